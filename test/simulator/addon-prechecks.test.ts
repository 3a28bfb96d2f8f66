/**
 * Add-on prechecks over HTTP: a task runs, then finishes with the risks the test switches ask for;
 * configuration risks come with the precheck's answer; the list filters; bad requests are refused.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_ADDONS, DEMO_CLUSTERS, DEMO_PROJECT_ID } from '../../src/simulator/demo-data.ts';
import type { Simulator } from '../../src/simulator/index.ts';
import { call, cceError, pollUntil, simulator, type AddonInstance } from './helpers.ts';

const PROD = DEMO_CLUSTERS.production;
const COREDNS = DEMO_ADDONS.productionCoredns;
const PRECHECK = `/api/v3/projects/${DEMO_PROJECT_ID}/clusters/${PROD}/addons/precheck`;

interface CheckTask {
  metadata: {
    type: string;
    taskID: string;
    addonTemplateName: string;
    addonInstanceID: string;
    createTimeStamp: string;
    expireTimeStamp?: string;
  };
  spec: { addonTargetVersion?: string };
  status: {
    status: string;
    message: string;
    riskList: Array<{ riskName: string; level: string; status: string; message: string }>;
  };
}

interface PrecheckAnswer {
  kind: string;
  apiVersion: string;
  status: {
    phase: string;
    items: CheckTask[];
    itemsStatus: Array<{
      name: string;
      level: string;
      phase: string;
      riskSource: { configurationRisks: Array<Record<string, string>> };
    }>;
  };
}

function precheckBody(values?: Record<string, unknown>, item: Record<string, unknown> = {}) {
  return {
    kind: 'AddonCheck',
    apiVersion: 'v3',
    spec: {
      clusterID: PROD,
      addonList: [
        {
          addonTemplateName: 'coredns',
          addonInstanceID: COREDNS,
          targetVersion: '1.30.6',
          type: 'addonUpgrade',
          ...(values === undefined ? {} : { values }),
          ...item,
        },
      ],
    },
  };
}

async function currentValues(target: Simulator): Promise<Record<string, unknown>> {
  const addon = await call(target, 'GET', `/api/v3/addons/${COREDNS}?cluster_id=${PROD}`);
  const values = { ...addon.json<AddonInstance>().spec.values };
  delete values.systemAutoInject;
  return values;
}

async function precheck(target: Simulator, values?: Record<string, unknown>) {
  const started = await call(target, 'POST', PRECHECK, { body: precheckBody(values) });
  expect(started.status).toBe(201);
  return started.json<PrecheckAnswer>();
}

function finished(target: Simulator, taskId: string): Promise<CheckTask> {
  return pollUntil(
    () => call(target, 'GET', `${PRECHECK}/tasks?task_id=${taskId}`),
    (result) =>
      ['Success', 'Failed'].includes(
        result.json<{ items: CheckTask[] }>().items[0]?.status.status ?? '',
      ),
  ).then((result) => result.json<{ items: CheckTask[] }>().items[0]!);
}

describe('add-on prechecks', () => {
  it('runs a task that finishes without risks', async () => {
    const target = await simulator();
    const answer = await precheck(target, await currentValues(target));
    expect(answer).toMatchObject({ kind: 'AddonCheck', apiVersion: 'v3' });
    expect(answer.status.phase).toBe('Running');
    expect(answer.status.itemsStatus).toEqual([]);
    const [task] = answer.status.items;
    expect(task?.status.status).toBe('Running');
    expect(task?.metadata).toMatchObject({
      type: 'addonUpgrade',
      addonTemplateName: 'coredns',
      addonInstanceID: COREDNS,
    });
    expect(task?.metadata.expireTimeStamp).toBeUndefined();
    const done = await finished(target, task!.metadata.taskID);
    expect(done.status.status).toBe('Success');
    expect(done.spec).toEqual({ addonTargetVersion: '1.30.6' });
    expect(done.metadata.expireTimeStamp).toMatch(/Z$/);
    expect(done.status.riskList.map((risk) => risk.status)).toEqual(['Success']);
  });

  it('finds a Fatal and a Warning risk when the values ask for them', async () => {
    const target = await simulator();
    const values = {
      ...(await currentValues(target)),
      simulator: { precheckFatal: true, precheckWarning: true },
    };
    const answer = await precheck(target, values);
    const done = await finished(target, answer.status.items[0]!.metadata.taskID);
    expect(done.status.status).toBe('Failed');
    expect(
      done.status.riskList
        .filter((risk) => risk.status === 'Failed')
        .map(({ riskName, level }) => [riskName, level]),
    ).toEqual([
      ['SimulatedFatalRisk', 'Fatal'],
      ['SimulatedWarningRisk', 'Warning'],
    ]);
  });

  it('answers configuration risks for the settings that differ from the add-on', async () => {
    const target = await simulator();
    const current = await currentValues(target);
    const basic = current.basic as Record<string, unknown>;
    const values = {
      ...current,
      basic: { ...basic, cluster_ip: '10.247.3.11', swr_password: 'S3cret!' },
      simulator: { precheckConfiguration: true },
    };
    const answer = await precheck(target, values);
    expect(answer.status.itemsStatus).toEqual([
      expect.objectContaining({
        name: 'ConfigurationChanged',
        level: 'Warning',
        phase: 'Failed',
      }),
    ]);
    expect(answer.status.itemsStatus[0]?.riskSource.configurationRisks).toEqual([
      {
        package: 'coredns',
        sourceFile: 'values',
        field: 'basic.cluster_ip',
        operation: 'modify',
        originalValue: '10.247.3.10',
        value: '10.247.3.11',
      },
      {
        package: 'coredns',
        sourceFile: 'values',
        field: 'basic.swr_password',
        operation: 'add',
        originalValue: '',
        value: 'S3cret!',
      },
    ]);
    // The values are not echoed back in the spec.
    expect(JSON.stringify((answer as unknown as { spec: unknown }).spec)).not.toContain('S3cret');
  });

  it('lists tasks by type, task id and add-on', async () => {
    const target = await simulator();
    const first = await precheck(target);
    const second = await precheck(target);
    const list = async (query: string) =>
      (await call(target, 'GET', `${PRECHECK}/tasks${query}`)).json<{
        pageInfo: { currentCount: number };
        items: CheckTask[];
      }>();
    const ids = (answer: { items: CheckTask[] }) => answer.items.map((t) => t.metadata.taskID);
    const all = await list('');
    expect(all.pageInfo.currentCount).toBe(2);
    expect(ids(all)).toEqual([first, second].map((a) => a.status.items[0]!.metadata.taskID));
    expect(ids(await list(`?addon_instance_id=${COREDNS}&type=addonUpgrade`))).toHaveLength(2);
    expect(ids(await list('?type=addonStatic'))).toEqual([]);
    expect(ids(await list(`?task_id=${second.status.items[0]!.metadata.taskID}`))).toEqual([
      second.status.items[0]!.metadata.taskID,
    ]);
  });

  it('refuses what CCE refuses', async () => {
    const target = await simulator();
    const refused = async (
      body: unknown,
      status: number,
      message: RegExp,
      path: string = PRECHECK,
    ) => {
      const result = await call(target, 'POST', path, { body });
      expect(result.status).toBe(status);
      expect(cceError(result).errorMessage).toMatch(message);
    };
    await refused(precheckBody(undefined, { targetVersion: '9.9.9' }), 400, /no version 9\.9\.9/);
    await refused(precheckBody(undefined, { targetVersion: undefined }), 400, /targetVersion/);
    await refused(precheckBody(undefined, { type: 'other' }), 400, /type must be/);
    await refused(precheckBody(undefined, { addonTemplateName: 'everest' }), 400, /instance is/);
    await refused(
      precheckBody(undefined, { addonInstanceID: DEMO_ADDONS.developmentCoredns }),
      404,
      /not found/,
    );
    await refused(
      { ...precheckBody(), spec: { clusterID: PROD, addonList: [] } },
      400,
      /non-empty/,
    );
    await refused(
      precheckBody(),
      404,
      /Cluster .* not found/,
      `/api/v3/projects/${DEMO_PROJECT_ID}/clusters/${DEMO_CLUSTERS.autopilot}/addons/precheck`,
    );
    await refused(
      precheckBody(),
      403,
      /project other-project/,
      PRECHECK.replace(DEMO_PROJECT_ID, 'other-project'),
    );
    // Nothing refused started a task.
    const tasks = await call(target, 'GET', `${PRECHECK}/tasks`);
    expect(tasks.json<{ items: unknown[] }>().items).toEqual([]);
  });
});
