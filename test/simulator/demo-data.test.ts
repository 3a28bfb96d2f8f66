/** What the demo data and the generated load data contain, and option validation at start. */
import { describe, expect, it } from 'vitest';
import {
  DEMO_CHARTS,
  DEMO_CLUSTERS,
  OTHER_TOKEN,
  scaleAddonId,
  scaleClusterId,
  scaleReleaseName,
} from '../../src/simulator/demo-data.ts';
import { startSimulator } from '../../src/simulator/index.ts';
import { call, simulator, type AddonInstance, type Envelope, type ReleaseResp } from './helpers.ts';

interface ClusterWire {
  metadata: { uid: string; name: string; annotations?: Record<string, string> };
  spec: { flavor: string; version: string };
  status: { phase: string };
}

const clusters = async (
  target: Awaited<ReturnType<typeof simulator>>,
  family: 'api' | 'autopilot',
  query = '',
) =>
  (await call(target, 'GET', `/${family}/v3/projects/demo-project/clusters${query}`)).json<
    Envelope<ClusterWire>
  >().items;

describe('hand-written demo data', () => {
  it('has two CCE clusters and an Autopilot cluster in demo-project, one in other-project', async () => {
    const target = await simulator();
    expect((await clusters(target, 'api')).map((c) => c.metadata.uid)).toEqual([
      DEMO_CLUSTERS.production,
      DEMO_CLUSTERS.development,
    ]);
    const autopilot = await clusters(target, 'autopilot');
    expect(autopilot.map((c) => [c.metadata.uid, c.spec.flavor])).toEqual([
      [DEMO_CLUSTERS.autopilot, 'cce.autopilot.cluster'],
    ]);
    const other = await call(target, 'GET', '/api/v3/projects/other-project/clusters', {
      token: OTHER_TOKEN,
    });
    expect(other.json<Envelope<ClusterWire>>().items.map((c) => c.metadata.name)).toEqual([
      'other-cce',
    ]);
  });

  it('has several charts per family, magento-mysql among them, with their values', async () => {
    const target = await simulator();
    const standard = (await call(target, 'GET', '/v2/charts')).json<
      { id: string; name: string }[]
    >();
    const autopilot = (await call(target, 'GET', '/autopilot/v2/charts')).json<{ id: string }[]>();
    expect(standard.length).toBeGreaterThanOrEqual(3);
    expect(autopilot.length).toBeGreaterThanOrEqual(3);
    expect(standard.map((c) => c.name)).toContain('magento-mysql');
    const values = await call(target, 'GET', `/v2/charts/${DEMO_CHARTS.magentoMysql}/values`);
    expect(values.json<{ values: { basic: { app_name: string } } }>().values.basic.app_name).toBe(
      'magento',
    );
    const chart = await call(target, 'GET', `/autopilot/v2/charts/${DEMO_CHARTS.autopilotNginx}`);
    expect(chart.json()).toMatchObject({
      name: 'nginx',
      version: '1.2.0',
      chart_url: 'nginx-1.2.0.tgz',
    });
    expect((await call(target, 'GET', `/v2/charts/${DEMO_CHARTS.autopilotNginx}`)).status).toBe(
      404,
    );
  });

  it('filters clusters by status and version, and reports installed add-ons with detail=true', async () => {
    const target = await simulator();
    expect(await clusters(target, 'api', '?version=v1.28')).toHaveLength(1);
    expect(await clusters(target, 'api', '?status=Creating')).toHaveLength(0);
    const [production] = await clusters(target, 'api', '?detail=true');
    const installed = JSON.parse(
      production!.metadata.annotations!.installedAddonInstances!,
    ) as unknown[];
    expect(installed).toEqual([
      { addonTemplateName: 'coredns', version: '1.29.4', status: 'running' },
      { addonTemplateName: 'everest', version: '2.3.8', status: 'running' },
    ]);
    const show = await call(
      target,
      'GET',
      `/api/v3/projects/demo-project/clusters/${DEMO_CLUSTERS.production}`,
    );
    expect(show.json<ClusterWire>().metadata.annotations).toBeUndefined();
  });

  it('starts empty with demoData false', async () => {
    const target = await simulator({ demoData: false });
    expect(await clusters(target, 'api')).toEqual([]);
    expect((await call(target, 'GET', '/v2/charts')).json()).toEqual([]);
  });
});

describe('generated load data', () => {
  it('creates clusters x releases x add-ons deterministically in demo-project, mixing families', async () => {
    const target = await simulator({
      demoData: { clusters: 10, releasesPerCluster: 30, addonsPerCluster: 8 },
    });
    const standard = await clusters(target, 'api');
    const autopilot = await clusters(target, 'autopilot');
    expect(standard).toHaveLength(7);
    expect(autopilot.map((c) => c.metadata.uid)).toEqual([2, 5, 8].map(scaleClusterId));
    expect(standard[0]!.metadata.uid).toBe(scaleClusterId(0));

    const releases = await call(
      target,
      'GET',
      `/autopilot/cam/v3/clusters/${scaleClusterId(5)}/releases`,
    );
    const list = releases.json<ReleaseResp[]>();
    expect(list).toHaveLength(30);
    expect(list[0]!.name).toBe(scaleReleaseName(0));
    expect(JSON.parse(list[0]!.values)).toMatchObject({ database: { password: '******' } });
    const history = await call(
      target,
      'GET',
      `/autopilot/cam/v3/clusters/${scaleClusterId(5)}/namespace/${list[1]!.namespace}/releases/${list[1]!.name}/history`,
    );
    expect(history.json<unknown[]>()).toHaveLength(2);

    const addons = await call(target, 'GET', `/api/v3/addons?cluster_id=${scaleClusterId(3)}`);
    const items = addons.json<Envelope<AddonInstance>>().items;
    expect(items).toHaveLength(8);
    expect(items[7]!.metadata.uid).toBe(scaleAddonId(3, 7));
    expect(new Set(items.map((a) => a.metadata.name)).size).toBe(8);
  });
});

describe('startSimulator options', () => {
  it.each([
    [{ port: 70000 }, 'port must be an integer from 0 to 65535, not 70000.'],
    [{ transitionDelayMs: -5 }, 'transitionDelayMs must be an integer from 0 to 3600000, not -5.'],
    [
      { demoData: { clusters: 1, releasesPerCluster: 1, addonsPerCluster: 9 } },
      'demoData.addonsPerCluster must be an integer from 0 to 8, not 9.',
    ],
    [
      { demoData: { clusters: 0, releasesPerCluster: 1, addonsPerCluster: 1 } },
      'demoData.clusters must be',
    ],
    [{ tokens: { '': 'p' } }, 'a token must be a non-empty string.'],
    [{ errorCasing: 'kebab' as 'camel' }, 'errorCasing must be "camel" or "snake", not kebab.'],
    [
      {
        accessKeys: [
          { accessKey: 'AK', secretKey: 'one', projectId: 'p' },
          { accessKey: 'AK', secretKey: 'two', projectId: 'q' },
        ],
      },
      'access key AK is configured with two different secret keys',
    ],
  ])('refuses %j', async (options, message) => {
    await expect(startSimulator(options)).rejects.toThrow(message);
  });
});
