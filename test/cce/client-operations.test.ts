/**
 * Every CceClient operation, both families, over loopback HTTP against the simulator: the answer
 * is parsed into domain shapes, the simulator saw exactly one request for the expected SDK
 * operation, and the metrics event reports its documented success status.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCceClient } from '../../src/cce/client.ts';
import type { CceCredentials } from '../../src/cce/credentials.ts';
import { CceError } from '../../src/cce/errors.ts';
import type { Addon, CceClient, ClusterFamily, Release } from '../../src/cce/model.ts';
import { OPERATIONS } from '../../src/cce/operations.ts';
import type { OperationName } from '../../src/cce/operations.ts';
import { createCceTransport } from '../../src/cce/transport.ts';
import type { CceCallEvent, CceTransport } from '../../src/cce/transport.ts';
import {
  DEMO_ACCESS_KEY,
  DEMO_ADDONS,
  DEMO_CHARTS,
  DEMO_CLUSTERS,
  DEMO_PROJECT_ID,
  DEMO_RELEASES,
  DEMO_SECRET_KEY,
  DEMO_TOKEN,
} from '../../src/simulator/demo-data.ts';
import { startSimulator } from '../../src/simulator/index.ts';
import type { Simulator } from '../../src/simulator/index.ts';

const TRANSITION_DELAY_MS = 30;

interface FamilyFixture {
  family: ClusterFamily;
  /** `''` or `'Autopilot'`: the infix of the family's SDK operation names. */
  infix: string;
  clusterId: string;
  chartId: string;
  release: { clusterId: string; namespace: string; name: string };
  addonId: string;
}

const FIXTURES: FamilyFixture[] = [
  {
    family: 'CCE',
    infix: '',
    clusterId: DEMO_CLUSTERS.production,
    chartId: DEMO_CHARTS.nginx,
    release: DEMO_RELEASES.nginxWeb,
    addonId: DEMO_ADDONS.productionCoredns,
  },
  {
    family: 'AUTOPILOT',
    infix: 'Autopilot',
    clusterId: DEMO_CLUSTERS.autopilot,
    chartId: DEMO_CHARTS.autopilotNginx,
    release: DEMO_RELEASES.autopilotNginx,
    addonId: DEMO_ADDONS.autopilotCoredns,
  },
];

let simulator: Simulator;
let transport: CceTransport;
const events: CceCallEvent[] = [];

function clientFor(credentials: CceCredentials): CceClient {
  return createCceClient(transport, credentials, { onCall: (event) => events.push(event) });
}

const tokenCredentials: CceCredentials = {
  kind: 'token',
  token: DEMO_TOKEN,
  projectId: DEMO_PROJECT_ID,
};

beforeAll(async () => {
  simulator = await startSimulator({ demoData: true, transitionDelayMs: TRANSITION_DELAY_MS });
  transport = createCceTransport({ endpoint: simulator.url });
});

afterAll(async () => {
  await transport.close();
  await simulator.close();
});

beforeEach(() => {
  simulator.clearFaults();
  simulator.resetStats();
  events.length = 0;
});

/** Runs `call`, asserting it was exactly one request of `operation`, answered with its success status. */
async function once<T>(operation: string, call: () => Promise<T>): Promise<T> {
  simulator.resetStats();
  events.length = 0;
  const result = await call();
  const op = OPERATIONS[operation as OperationName];
  expect(op, `${operation} is in the operation table`).toBeDefined();
  expect(simulator.stats().operations[operation]).toBe(1);
  expect(simulator.stats().total).toBe(1);
  expect(events).toEqual([
    expect.objectContaining({
      operation,
      method: op.method,
      status: op.successStatus,
      outcome: 'success',
      attempts: 1,
    }),
  ]);
  expect(events[0]?.requestId).toMatch(/\S/);
  return result;
}

/** Polls `read` until `done` holds: bounded in attempts, each a few transition delays apart. */
async function waitUntil<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, TRANSITION_DELAY_MS));
  }
  throw new Error('condition not reached after 100 polls');
}

describe.each(FIXTURES)('$family family', (fixture) => {
  const { family, infix } = fixture;
  const op = (verb: string, noun: string) => `${verb}${infix}${noun}`;
  let client: CceClient;

  beforeAll(() => {
    client = clientFor(tokenCredentials);
  });

  describe('clusters', () => {
    it('lists the project clusters of the family', async () => {
      const clusters = await once(op('List', 'Clusters'), () => client.listClusters(family));
      const cluster = clusters.find((candidate) => candidate.id === fixture.clusterId);
      expect(cluster).toMatchObject({ family, id: fixture.clusterId });
      expect(cluster?.name).toEqual(expect.any(String));
      expect(clusters.every((candidate) => candidate.family === family)).toBe(true);
      expect(clusters.map((candidate) => candidate.id)).not.toContain(DEMO_CLUSTERS.otherProject);
    });

    it('shows one cluster', async () => {
      const cluster = await once(op('Show', 'Cluster'), () =>
        client.showCluster(family, fixture.clusterId),
      );
      expect(cluster).toMatchObject({ id: fixture.clusterId, family });
      expect(cluster.phase).toEqual(expect.any(String));
      expect(cluster.kubernetesVersion).toMatch(/^v1\./);
    });
  });

  describe('charts', () => {
    it('lists, shows and reads the values of a chart', async () => {
      const charts = await once(op('List', 'Charts'), () => client.listCharts(family));
      expect(charts.map((chart) => chart.id)).toContain(fixture.chartId);

      const chart = await once(op('Show', 'Chart'), () =>
        client.showChart(family, fixture.chartId),
      );
      expect(chart.id).toBe(fixture.chartId);
      expect(chart.name).not.toBe('');
      expect(() => JSON.parse(chart.valuesJson) as unknown).not.toThrow();

      const values = await once(op('Show', 'ChartValues'), () =>
        client.showChartValues(family, fixture.chartId),
      );
      expect(typeof values).toBe('object');
    });
  });

  describe('releases', () => {
    it('lists releases, filtered by namespace and chart', async () => {
      const all = await once(op('List', 'Releases'), () =>
        client.listReleases(family, fixture.release.clusterId),
      );
      expect(all.map((release) => release.name)).toContain(fixture.release.name);

      const inNamespace = await once(op('List', 'Releases'), () =>
        client.listReleases(family, fixture.release.clusterId, {
          namespace: fixture.release.namespace,
        }),
      );
      expect(inNamespace.length).toBeGreaterThan(0);
      expect(inNamespace.every((release) => release.namespace === fixture.release.namespace)).toBe(
        true,
      );

      const none = await once(op('List', 'Releases'), () =>
        client.listReleases(family, fixture.release.clusterId, { chartId: 'no-such-chart' }),
      );
      expect(none).toEqual([]);
    });

    it('shows a release and its history', async () => {
      const release = await once(op('Show', 'Release'), () =>
        client.showRelease(family, fixture.release),
      );
      expect(release).toMatchObject(fixture.release);
      expect(release.revision).toBeGreaterThan(0);

      const history = await once(op('Show', 'ReleaseHistory'), () =>
        client.showReleaseHistory(family, fixture.release),
      );
      expect(history.length).toBeGreaterThan(0);
      expect(history.every((revision) => revision.name === fixture.release.name)).toBe(true);
    });

    it('creates, upgrades and deletes a release', async () => {
      const chart = await client.showChart(family, fixture.chartId);
      const key = {
        clusterId: fixture.clusterId,
        namespace: 'itest',
        name: `it-${family.toLowerCase()}`,
      };
      const created = await once(op('Create', 'Release'), () =>
        client.createRelease(family, fixture.clusterId, {
          chartId: chart.id,
          name: key.name,
          namespace: key.namespace,
          version: chart.version ?? '',
          description: 'integration test',
          values: { replicaCount: 1 },
          parameters: { dryRun: false, noHooks: false },
        }),
      );
      expect(created).toMatchObject({ ...key, revision: 1, status: 'PENDING_INSTALL' });
      expect(JSON.parse(created.valuesJson)).toMatchObject({ replicaCount: 1 });

      await waitUntil(
        () => client.showRelease(family, key),
        (release: Release) => release.status === 'DEPLOYED',
      );

      const upgraded = await once(op('Update', 'Release'), () =>
        client.updateRelease(family, key, {
          chartId: chart.id,
          action: 'upgrade',
          values: { replicaCount: 2 },
          parameters: { resetValues: false },
        }),
      );
      expect(upgraded).toMatchObject({ ...key, revision: 2, status: 'PENDING_UPGRADE' });
      await waitUntil(
        () => client.showRelease(family, key),
        (release: Release) => release.status === 'DEPLOYED',
      );

      const deleted = await once(op('Delete', 'Release'), () => client.deleteRelease(family, key));
      if (family === 'CCE') expect(deleted).toMatchObject(key);
      else expect(deleted).toBeNull();
    });

    it('reports a missing release as a CceError with CCE code and message', async () => {
      const missing = { ...fixture.release, name: 'no-such-release' };
      const error = await client.showRelease(family, missing).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(CceError);
      expect(error).toMatchObject({ status: 404, operation: op('Show', 'Release') });
      expect((error as CceError).code).toMatch(/^CCE\.\d{2}404\d{3}$/);
      expect((error as CceError).message).toContain('not found');
      expect((error as CceError).requestId).toBe(events.at(-1)?.requestId);
      expect((error as CceError).requestId).toMatch(/\S/);
      expect(simulator.stats().operations[op('Show', 'Release')]).toBe(1);
      expect(events.at(-1)).toMatchObject({ outcome: 'error', status: 404, attempts: 1 });
    });
  });

  describe('add-ons and templates', () => {
    it('lists add-ons of a cluster, filtered by template', async () => {
      const addons = await once(op('List', 'AddonInstances'), () =>
        client.listAddons(family, fixture.clusterId),
      );
      const known = addons.find((addon) => addon.id === fixture.addonId);
      expect(known).toMatchObject({ clusterId: fixture.clusterId });

      const filtered = await once(op('List', 'AddonInstances'), () =>
        client.listAddons(family, fixture.clusterId, { templateName: known?.templateName }),
      );
      expect(filtered.map((addon) => addon.id)).toEqual([fixture.addonId]);
    });

    it('shows an add-on with and without its cluster id', async () => {
      const addon = await once(op('Show', 'AddonInstance'), () =>
        client.showAddon(family, fixture.addonId, fixture.clusterId),
      );
      expect(addon).toMatchObject({ id: fixture.addonId, clusterId: fixture.clusterId });
      expect(addon.currentVersion?.version).toBe(addon.version);

      const withoutCluster = await once(op('Show', 'AddonInstance'), () =>
        client.showAddon(family, fixture.addonId),
      );
      expect(withoutCluster.id).toBe(fixture.addonId);
    });

    it('lists add-on templates, filtered by name', async () => {
      const templates = await once(op('List', 'AddonTemplates'), () =>
        client.listAddonTemplates(family),
      );
      expect(templates.length).toBeGreaterThan(0);
      const [first] = templates;
      expect(first?.versions.length).toBeGreaterThan(0);

      const named = await once(op('List', 'AddonTemplates'), () =>
        client.listAddonTemplates(family, { name: first?.name, clusterId: fixture.clusterId }),
      );
      expect(named.map((template) => template.name)).toEqual([first?.name]);
    });

    it('installs, upgrades, rolls back and uninstalls an add-on', async () => {
      const installed = new Set(
        (await client.listAddons(family, fixture.clusterId)).map((addon) => addon.templateName),
      );
      const templates = await client.listAddonTemplates(family);
      const candidates = templates.filter((template) => !installed.has(template.name));
      expect(candidates.length).toBeGreaterThan(0);

      let addon: Addon | undefined;
      for (const template of candidates) {
        simulator.resetStats();
        events.length = 0;
        addon = await client
          .installAddon(family, {
            clusterId: fixture.clusterId,
            templateName: template.name,
            values: { basic: {}, custom: {} },
          })
          .catch((error: unknown) => {
            // A template with no version for this cluster's Kubernetes answers 400: try the next one.
            if (error instanceof CceError && error.status === 400) return undefined;
            throw error;
          });
        if (addon !== undefined) break;
      }
      expect(addon, 'some template installs on this cluster').toBeDefined();
      if (addon === undefined) return;
      expect(simulator.stats().operations[op('Create', 'AddonInstance')]).toBe(1);
      expect(events.at(-1)).toMatchObject({ status: 201, outcome: 'success' });
      expect(addon).toMatchObject({ clusterId: fixture.clusterId, status: 'installing' });
      const id = addon.id;

      const running = await waitUntil(
        () => client.showAddon(family, id, fixture.clusterId),
        (current: Addon) => current.status === 'running',
      );

      const upgrading = await once(op('Update', 'AddonInstance'), () =>
        client.upgradeAddon(family, id, {
          clusterId: fixture.clusterId,
          templateName: running.templateName,
          version: running.version,
          values: { basic: {}, custom: { upgraded: true } },
        }),
      );
      expect(upgrading).toMatchObject({ id, status: 'upgrading' });
      const upgraded = await waitUntil(
        () => client.showAddon(family, id, fixture.clusterId),
        (current: Addon) => current.status === 'running',
      );
      expect(upgraded.isRollbackable).toBe(true);

      const rollingBack = await once(op('Rollback', 'AddonInstance'), () =>
        client.rollbackAddon(family, id, fixture.clusterId),
      );
      expect(rollingBack).toMatchObject({ id, status: 'rollbacking' });
      await waitUntil(
        () => client.showAddon(family, id, fixture.clusterId),
        (current: Addon) => current.status === 'running',
      );

      const removed = await once(op('Delete', 'AddonInstance'), () =>
        client.uninstallAddon(family, id, fixture.clusterId),
      );
      expect(removed).toBeNull();
    });
  });
});

describe('add-on prechecks (standard clusters only)', () => {
  const clusterId = DEMO_CLUSTERS.production;
  const addonId = DEMO_ADDONS.productionCoredns;

  it('starts a check task, then lists it until it has finished with its risks', async () => {
    const client = clientFor(tokenCredentials);
    const current = await client.showAddon('CCE', addonId, clusterId);
    const started = await once('BatchCreateAddonPrecheck', () =>
      client.createAddonPrecheck({
        clusterId,
        addonId,
        templateName: 'coredns',
        targetVersion: '1.30.6',
        values: {
          ...current.values,
          custom: { cache_ttl: 60 },
          simulator: { precheckFatal: true, precheckConfiguration: true },
        },
      }),
    );
    expect(started.phase).toBe('RUNNING');
    expect(started.tasks).toEqual([
      expect.objectContaining({
        type: 'addonUpgrade',
        templateName: 'coredns',
        addonId,
        targetVersion: '1.30.6',
        state: 'RUNNING',
        risks: [],
      }),
    ]);
    expect(started.items).toEqual([
      expect.objectContaining({ name: 'ConfigurationChanged', level: 'WARNING', state: 'FAILED' }),
    ]);
    expect(started.items[0]?.configurationRisks).toContainEqual({
      package: 'coredns',
      sourceFile: 'values',
      nodeMessage: null,
      field: 'custom.cache_ttl',
      operation: 'modify',
      originalValue: '30',
      value: '60',
    });
    const taskId = started.tasks[0]!.taskId;
    const listed = await once('ListAddonPrecheckTasks', () =>
      client.listAddonPrecheckTasks(clusterId, { type: 'addonUpgrade', taskId, addonId }),
    );
    expect(listed.map((task) => task.taskId)).toEqual([taskId]);
    const [done] = await waitUntil(
      () => client.listAddonPrecheckTasks(clusterId, { taskId }),
      (tasks) => tasks[0]?.state === 'FAILED',
    );
    expect(done?.expiresAt).toEqual(expect.any(String));
    expect(done?.risks).toEqual([
      expect.objectContaining({ level: 'FATAL', state: 'SUCCESS' }),
      expect.objectContaining({ name: 'SimulatedFatalRisk', level: 'FATAL', state: 'FAILED' }),
    ]);
  });
});

describe('AK/SK service mode', () => {
  const signed: CceCredentials = {
    kind: 'aksk',
    accessKey: DEMO_ACCESS_KEY,
    secretKey: DEMO_SECRET_KEY,
    projectId: DEMO_PROJECT_ID,
  };

  it('signs reads with and without query strings, accepted by the simulator', async () => {
    const client = clientFor(signed);
    const clusters = await once('ListClusters', () => client.listClusters('CCE'));
    expect(clusters.map((cluster) => cluster.id)).toContain(DEMO_CLUSTERS.production);
    const addons = await once('ListAddonInstances', () =>
      client.listAddons('CCE', DEMO_CLUSTERS.production, { templateName: 'coredns' }),
    );
    expect(addons.every((addon) => addon.templateName === 'coredns')).toBe(true);
  });

  it('signs writes with their exact JSON body', async () => {
    const client = clientFor(signed);
    const chart = await client.showChart('AUTOPILOT', DEMO_CHARTS.autopilotNginx);
    const key = { clusterId: DEMO_CLUSTERS.autopilot, namespace: 'signed', name: 'signed-web' };
    const created = await once('CreateAutopilotRelease', () =>
      client.createRelease('AUTOPILOT', key.clusterId, {
        chartId: chart.id,
        name: key.name,
        namespace: key.namespace,
        version: chart.version ?? '',
        values: { note: 'ünïcödé and "quotes"' },
      }),
    );
    expect(created).toMatchObject(key);
    await waitUntil(
      () => client.showRelease('AUTOPILOT', key),
      (release: Release) => release.status === 'DEPLOYED',
    );
    expect(await once('DeleteAutopilotRelease', () => client.deleteRelease('AUTOPILOT', key))).toBe(
      null,
    );
  });

  it('is refused with a wrong secret key, and the error shows no secret', async () => {
    const wrongSecret = 'WRONG-SECRET-KEY-123';
    const client = clientFor({ ...signed, secretKey: wrongSecret });
    const error = await client.listClusters('CCE').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CceError);
    expect(error).toMatchObject({ status: 401 });
    const text = `${String(error)} ${JSON.stringify(error)} ${(error as Error).stack ?? ''}`;
    expect(text).not.toContain(wrongSecret);
    expect(text).not.toContain(DEMO_SECRET_KEY);
    expect(text).not.toMatch(/Signature=[0-9a-f]{64}/);
  });

  it('is refused for a token of another project without leaking the token', async () => {
    const token = 'not-a-valid-token-xyz';
    const client = clientFor({ kind: 'token', token, projectId: DEMO_PROJECT_ID });
    const error = await client.listClusters('CCE').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CceError);
    expect(error).toMatchObject({ status: 401 });
    expect((error as CceError).code).toMatch(/^(CCE|APIG)\./);
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(token);
  });
});
