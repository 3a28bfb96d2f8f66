/** Add-on instances and templates over HTTP: lifecycle, 409, rollback rules, validation. */
import { describe, expect, it } from 'vitest';
import { DEMO_ADDONS, DEMO_CLUSTERS, DEMO_PROJECT_ID } from '../../src/simulator/demo-data.ts';
import type { Simulator } from '../../src/simulator/index.ts';
import {
  call,
  cceError,
  pollUntil,
  simulator,
  type AddonInstance,
  type Envelope,
} from './helpers.ts';

const PROD = DEMO_CLUSTERS.production;
const NPD_VALUES = {
  basic: { swr_user: 'hwofficial' },
  custom: { enable_npc: true },
  flavor: { replicas: 1 },
};

function installBody(spec: Record<string, unknown> = {}, annotations: Record<string, string> = {}) {
  return {
    kind: 'Addon',
    apiVersion: 'v3',
    metadata: { annotations: { 'addon.install/type': 'install', ...annotations } },
    spec: { clusterID: PROD, addonTemplateName: 'npd', values: NPD_VALUES, ...spec },
  };
}

function upgradeBody(spec: Record<string, unknown> = {}) {
  return {
    kind: 'Addon',
    apiVersion: 'v3',
    metadata: { annotations: { 'addon.upgrade/type': 'upgrade' } },
    spec: {
      clusterID: PROD,
      addonTemplateName: 'npd',
      version: '1.19.11',
      values: NPD_VALUES,
      ...spec,
    },
  };
}

const addonPath = (id: string, family: 'api' | 'autopilot' = 'api') =>
  `/${family === 'api' ? 'api' : 'autopilot'}/v3/addons/${id}`;

async function install(
  target: Simulator,
  spec: Record<string, unknown> = {},
): Promise<AddonInstance> {
  const result = await call(target, 'POST', '/api/v3/addons', { body: installBody(spec) });
  expect(result.status).toBe(201);
  return result.json<AddonInstance>();
}

function settled(target: Simulator, id: string, status: string): Promise<AddonInstance> {
  return pollUntil(
    () => call(target, 'GET', addonPath(id)),
    (result) => result.json<AddonInstance>().status.status === status,
  ).then((result) => result.json<AddonInstance>());
}

const rollback = (target: Simulator, id: string, clusterID: string = PROD) =>
  call(target, 'POST', `${addonPath(id)}/operation/rollback`, { body: { clusterID } });

describe('add-on lifecycle', () => {
  it('installs the newest supported version, answering installing, then running', async () => {
    const target = await simulator();
    const created = await install(target);
    expect(created).toMatchObject({
      kind: 'Addon',
      apiVersion: 'v3',
      metadata: { name: 'npd', alias: 'CCE Node Problem Detector' },
      spec: {
        clusterID: PROD,
        version: '1.19.11',
        addonTemplateName: 'npd',
        addonTemplateType: 'helm',
      },
      status: {
        status: 'installing',
        Reason: '',
        message: '',
        targetVersions: null,
        isRollbackable: false,
      },
    });
    expect(created.metadata.uid).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(created.status.currentVersion.version).toBe('1.19.11');
    expect(created.spec.values).toEqual({
      ...NPD_VALUES,
      systemAutoInject: {
        cluster: { clusterID: PROD, clusterNetworkMode: 'vpc-router', clusterVersion: 'v1.29' },
        user: { projectID: DEMO_PROJECT_ID },
      },
    });
    const running = await settled(target, created.metadata.uid, 'running');
    expect(running.metadata.uid).toBe(created.metadata.uid);
  });

  it('answers 409 CCE.03409001 when the template is already installed in the cluster', async () => {
    const target = await simulator();
    await install(target);
    const again = await call(target, 'POST', '/api/v3/addons', { body: installBody() });
    expect(again.status).toBe(409);
    expect(cceError(again)).toEqual({
      errorCode: 'CCE.03409001',
      errorMessage: 'Addon instance has installed.',
    });
    const demoCoredns = await call(target, 'POST', '/api/v3/addons', {
      body: installBody({ addonTemplateName: 'coredns' }),
    });
    expect(demoCoredns.status).toBe(409);
  });

  it('upgrades, rolls back to the earlier version and values, and refuses a second rollback', async () => {
    const target = await simulator();
    const { metadata } = await install(target, { version: '1.19.1' });
    await settled(target, metadata.uid, 'running');
    const noRollbackYet = await rollback(target, metadata.uid);
    expect(noRollbackYet.status).toBe(400);
    expect(cceError(noRollbackYet).errorMessage).toBe(
      'Invalid request. Addon npd cannot be rolled back (status running, isRollbackable false).',
    );

    const newValues = { ...NPD_VALUES, custom: { enable_npc: false } };
    const upgrading = await call(target, 'PUT', addonPath(metadata.uid), {
      body: upgradeBody({ values: newValues }),
    });
    expect(upgrading.status).toBe(200);
    expect(upgrading.json<AddonInstance>()).toMatchObject({
      spec: { version: '1.19.11' },
      status: {
        status: 'upgrading',
        Reason: 'addon upgrading',
        isRollbackable: false,
        previousVersion: '1.19.1',
      },
    });
    const upgraded = await settled(target, metadata.uid, 'running');
    expect(upgraded.status).toMatchObject({ isRollbackable: true, previousVersion: '1.19.1' });
    expect(upgraded.spec.values.custom).toEqual({ enable_npc: false });

    const rolling = await rollback(target, metadata.uid);
    expect(rolling.status).toBe(200);
    expect(rolling.json<AddonInstance>().status).toMatchObject({
      status: 'rollbacking',
      isRollbackable: false,
    });
    const restored = await settled(target, metadata.uid, 'running');
    expect(restored.spec.version).toBe('1.19.1');
    expect(restored.status.currentVersion.version).toBe('1.19.1');
    expect(restored.status).toMatchObject({ isRollbackable: false, previousVersion: '1.19.11' });
    expect(restored.spec.values.custom).toEqual({ enable_npc: true });
    expect((await rollback(target, metadata.uid)).status).toBe(400);
  });

  it('fails install and upgrade through the test switch; rollback is allowed from upgradeFailed', async () => {
    const target = await simulator();
    const failingValues = { ...NPD_VALUES, simulator: { fail: true } };
    const failedInstall = await install(target, { values: failingValues });
    const installFailed = await settled(target, failedInstall.metadata.uid, 'installFailed');
    expect(installFailed.status.message).toMatch(/simulated failure/);
    expect(installFailed.status.Reason).toBe('addon install failed');

    const good = await install(target, { addonTemplateName: 'autoscaler', version: '1.28.22' });
    await settled(target, good.metadata.uid, 'running');
    const body = upgradeBody({
      addonTemplateName: 'autoscaler',
      version: '1.30.18',
      values: failingValues,
    });
    expect((await call(target, 'PUT', addonPath(good.metadata.uid), { body })).status).toBe(200);
    const upgradeFailed = await settled(target, good.metadata.uid, 'upgradeFailed');
    expect(upgradeFailed.status.isRollbackable).toBe(true);
    expect((await rollback(target, good.metadata.uid)).status).toBe(200);
    const recovered = await settled(target, good.metadata.uid, 'running');
    expect(recovered.spec.version).toBe('1.28.22');
  });

  it('rolls the demo everest back from 2.3.8 to 2.1.30', async () => {
    const target = await simulator();
    const id = DEMO_ADDONS.productionEverest;
    const everest = (await call(target, 'GET', addonPath(id))).json<AddonInstance>();
    expect(everest.status).toMatchObject({
      status: 'running',
      isRollbackable: true,
      previousVersion: '2.1.30',
    });
    expect(Object.keys(everest.spec.values).sort()).toEqual([
      'basic',
      'custom',
      'flavor',
      'systemAutoInject',
    ]);
    expect((await rollback(target, id)).status).toBe(200);
    expect((await settled(target, id, 'running')).spec.version).toBe('2.1.30');
  });

  it('deletes with the text "success", shows deleting, then 404; the template can be installed again', async () => {
    const target = await simulator();
    const { metadata } = await install(target);
    const deleted = await call(target, 'DELETE', `${addonPath(metadata.uid)}?cluster_id=${PROD}`);
    expect(deleted.status).toBe(200);
    expect(deleted.text).toBe('success');
    expect(
      (await call(target, 'GET', addonPath(metadata.uid))).json<AddonInstance>().status.status,
    ).toBe('deleting');
    expect((await call(target, 'DELETE', addonPath(metadata.uid))).text).toBe('success');
    const gone = await pollUntil(
      () => call(target, 'GET', addonPath(metadata.uid)),
      (r) => r.status === 404,
    );
    expect(cceError(gone).errorCode).toBe('CCE.03404001');
    await install(target);
  });

  it('serves Autopilot add-ons on /autopilot/v3 only', async () => {
    const target = await simulator();
    const cluster = DEMO_CLUSTERS.autopilot;
    const list = await call(target, 'GET', `/autopilot/v3/addons?cluster_id=${cluster}`);
    expect(list.json<Envelope<AddonInstance>>().items.map((a) => a.metadata.name)).toEqual([
      'coredns',
      'metrics-server',
    ]);
    const wrongFamily = await call(target, 'GET', `/api/v3/addons?cluster_id=${cluster}`);
    expect(wrongFamily.status).toBe(404);
    expect(cceError(wrongFamily).errorCode).toBe('CCE.03404001');
    expect((await call(target, 'GET', addonPath(DEMO_ADDONS.autopilotCoredns))).status).toBe(404);
    const created = await call(target, 'POST', '/autopilot/v3/addons', {
      body: installBody({ clusterID: cluster, addonTemplateName: 'log-agent' }),
    });
    expect(created.status).toBe(201);
    const id = created.json<AddonInstance>().metadata.uid;
    expect((await call(target, 'DELETE', addonPath(id, 'autopilot'))).text).toBe('success');
    expect(target.stats().operations).toMatchObject({
      ListAutopilotAddonInstances: 1,
      CreateAutopilotAddonInstance: 1,
      DeleteAutopilotAddonInstance: 1,
      ListAddonInstances: 1,
      ShowAddonInstance: 1,
    });
  });

  it('filters the list by addon_template_name', async () => {
    const target = await simulator();
    const list = await call(
      target,
      'GET',
      `/api/v3/addons?cluster_id=${PROD}&addon_template_name=everest`,
    );
    expect(list.json<Envelope<AddonInstance>>().items.map((a) => a.metadata.uid)).toEqual([
      DEMO_ADDONS.productionEverest,
    ]);
  });
});

describe('add-on validation', () => {
  const invalid = (message: string) => ({
    errorCode: 'CCE.03400001',
    errorMessage: `Invalid request. ${message}`,
  });

  it.each([
    [
      'without the install annotation',
      { ...installBody(), metadata: { annotations: {} } },
      'metadata.annotations must contain "addon.install/type": "install".',
    ],
    ['without metadata', { ...installBody(), metadata: undefined }, 'metadata is required.'],
    ['without kind', { ...installBody(), kind: undefined }, 'kind is required.'],
    ['without spec', { ...installBody(), spec: undefined }, 'spec is required.'],
    [
      'without spec.clusterID',
      installBody({ clusterID: undefined }),
      'spec.clusterID is required.',
    ],
    [
      'without spec.addonTemplateName',
      installBody({ addonTemplateName: undefined }),
      'spec.addonTemplateName is required.',
    ],
    ['without spec.values', installBody({ values: undefined }), 'spec.values is required.'],
    [
      'with an unknown version',
      installBody({ version: '0.0.1' }),
      'Addon template npd has no version 0.0.1.',
    ],
  ])('install %s → 400', async (_case, body, message) => {
    const target = await simulator();
    const result = await call(target, 'POST', '/api/v3/addons', { body });
    expect(result.status).toBe(400);
    expect(cceError(result)).toEqual(invalid(message));
  });

  it('refuses a version the cluster does not support, and a template of the other family', async () => {
    const target = await simulator();
    const autopilot = (spec: Record<string, unknown>) =>
      call(target, 'POST', '/autopilot/v3/addons', {
        body: installBody({ clusterID: DEMO_CLUSTERS.autopilot, ...spec }),
      });
    const unsupported = await autopilot({ addonTemplateName: 'coredns', version: '1.28.7' });
    expect(unsupported.status).toBe(400);
    expect(cceError(unsupported)).toEqual(
      invalid('coredns 1.28.7 does not support cluster version v1.30.'),
    );
    const standardOnly = await autopilot({ addonTemplateName: 'everest' });
    expect(standardOnly.status).toBe(404);
    expect(cceError(standardOnly).errorMessage).toBe(
      'Resource not found. Addon template everest not found.',
    );
  });

  it.each([
    [
      'with the install annotation',
      { ...upgradeBody(), metadata: { annotations: { 'addon.install/type': 'install' } } },
      'metadata.annotations must contain "addon.upgrade/type": "upgrade".',
    ],
    ['without a version', upgradeBody({ version: undefined }), 'spec.version is required.'],
    [
      'of another template',
      upgradeBody({ addonTemplateName: 'coredns' }),
      'spec.addonTemplateName is coredns, but the instance is everest.',
    ],
    [
      'to an unknown version',
      upgradeBody({ addonTemplateName: 'everest', version: '9.0.0' }),
      'Addon template everest has no version 9.0.0.',
    ],
  ])('upgrade %s → 400', async (_case, body, message) => {
    const target = await simulator();
    const result = await call(target, 'PUT', addonPath(DEMO_ADDONS.productionEverest), { body });
    expect(result.status).toBe(400);
    expect(cceError(result)).toEqual(invalid(message));
  });

  it('refuses an upgrade while the add-on is installing', async () => {
    const target = await simulator({ transitionDelayMs: 10_000 });
    const { metadata } = await install(target);
    const result = await call(target, 'PUT', addonPath(metadata.uid), { body: upgradeBody() });
    expect(cceError(result)).toEqual(
      invalid('Addon npd is installing; wait for the operation to finish.'),
    );
  });

  it('requires cluster_id on the list and a JSON body on rollback', async () => {
    const target = await simulator();
    const list = await call(target, 'GET', '/api/v3/addons');
    expect(list.status).toBe(400);
    expect(cceError(list)).toEqual(invalid('The query parameter cluster_id is required.'));
    const noBody = await call(
      target,
      'POST',
      `${addonPath(DEMO_ADDONS.productionEverest)}/operation/rollback`,
    );
    expect(cceError(noBody)).toEqual(invalid('The request body is required.'));
    const noCluster = await call(
      target,
      'POST',
      `${addonPath(DEMO_ADDONS.productionEverest)}/operation/rollback`,
      {
        body: {},
      },
    );
    expect(cceError(noCluster)).toEqual(invalid('clusterID is required.'));
  });

  it('answers 404 for unknown add-ons, templates and clusters, and for a mismatched cluster id', async () => {
    const target = await simulator();
    const everest = DEMO_ADDONS.productionEverest;
    const results = [
      await call(target, 'GET', addonPath('add00000-0000-4000-8000-0000000000ff')),
      await call(target, 'GET', `${addonPath(everest)}?cluster_id=${DEMO_CLUSTERS.development}`),
      await call(target, 'DELETE', `${addonPath(everest)}?cluster_id=${DEMO_CLUSTERS.development}`),
      await rollback(target, everest, DEMO_CLUSTERS.development),
      await call(target, 'PUT', addonPath(everest), {
        body: upgradeBody({
          addonTemplateName: 'everest',
          clusterID: DEMO_CLUSTERS.development,
          version: '2.4.2',
        }),
      }),
      await call(target, 'POST', '/api/v3/addons', {
        body: installBody({ addonTemplateName: 'nope' }),
      }),
      await call(target, 'POST', '/api/v3/addons', {
        body: installBody({ clusterID: 'no-such-cluster' }),
      }),
      await call(target, 'GET', '/api/v3/addons?cluster_id=no-such-cluster'),
    ];
    expect(results.map((result) => [result.status, cceError(result).errorCode])).toEqual(
      results.map(() => [404, 'CCE.03404001']),
    );
    const everestNow = (await call(target, 'GET', addonPath(everest))).json<AddonInstance>();
    expect(everestNow.spec.version).toBe('2.3.8');
    expect(everestNow.status.status).toBe('running');
  });
});

interface TemplateWire {
  metadata: { name: string; alias: string };
  spec: {
    type: string;
    versions: { version: string; supportVersions: { category: string[] }[] }[];
  };
}

describe('add-on templates', () => {
  const templates = async (target: Simulator, query = '', family: 'api' | 'autopilot' = 'api') =>
    (await call(target, 'GET', `/${family}/v3/addontemplates${query}`)).json<
      Envelope<TemplateWire>
    >().items;

  it('lists the catalog per family, each template with several versions', async () => {
    const target = await simulator({ demoData: false });
    const standard = await templates(target);
    expect(standard.map((t) => t.metadata.name)).toEqual(
      expect.arrayContaining(['coredns', 'everest']),
    );
    expect(standard.every((t) => t.spec.versions.length >= 3)).toBe(true);
    const autopilot = await templates(target, '', 'autopilot');
    expect(autopilot.map((t) => t.metadata.name)).not.toContain('everest');
    expect(autopilot[0]!.spec.versions[0]!.supportVersions[0]!.category).toEqual(['Autopilot']);
  });

  it('filters by name or alias, version, newest, cluster and base version', async () => {
    const target = await simulator();
    const versions = async (query: string, family: 'api' | 'autopilot' = 'api') =>
      (await templates(target, query, family)).map((t) => [
        t.metadata.name,
        t.spec.versions.map((v) => v.version),
      ]);
    expect(await versions('?addon_template_name=coredns')).toEqual([
      ['coredns', ['1.28.7', '1.29.4', '1.30.6']],
    ]);
    expect(await versions('?addon_template_name=CCE%20Node%20Problem%20Detector')).toEqual([
      ['npd', ['1.18.46', '1.19.1', '1.19.11']],
    ]);
    expect(await versions('?addon_template_name=coredns&newest=true')).toEqual([
      ['coredns', ['1.30.6']],
    ]);
    expect(await versions('?addon_template_name=coredns&version=1.29.4')).toEqual([
      ['coredns', ['1.29.4']],
    ]);
    expect(await versions('?addon_template_name=coredns&base_update_addon_version=1.28.7')).toEqual(
      [['coredns', ['1.29.4', '1.30.6']]],
    );
    expect(
      await versions(
        `?addon_template_name=coredns&cluster_id=${DEMO_CLUSTERS.autopilot}`,
        'autopilot',
      ),
    ).toEqual([['coredns', ['1.29.4', '1.30.6']]]);
    const unknownCluster = await call(target, 'GET', '/api/v3/addontemplates?cluster_id=nope');
    expect(unknownCluster.status).toBe(404);
  });
});
