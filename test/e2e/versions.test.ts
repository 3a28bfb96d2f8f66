/**
 * Versions behind latest: `Chart.versions`, `Release.latestChart`/`upgradeAvailable`,
 * `Addon.latestVersion`/`upgradeAvailable` and the fleet query `outdated`, against the demo data
 * and the generated load data, with their exact upstream cost.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DEMO_ADDONS,
  DEMO_CHARTS,
  DEMO_CLUSTERS,
  DEMO_RELEASES,
  scaleClusterFamily,
} from '../../src/simulator/demo-data.ts';
import { graphql } from '../generated/index.ts';
import { useStack } from './harness.ts';

const OUTDATED = graphql(`
  query VersionsOutdated($clusterIds: [ID!], $kind: OutdatedKind) {
    outdated(clusterIds: $clusterIds, kind: $kind) {
      kind name namespace currentVersion latestVersion cluster { name }
      latestChart { uid } release { name } addon { uid }
    }
  }
`);
const CHART_VERSIONS = graphql(`
  query VersionsChart($id: ID!) { chart(id: $id) { version versions { uid version } } }
`);
const RELEASE_LATEST = graphql(`
  query VersionsRelease($clusterId: ID!, $namespace: String!, $name: String!) {
    release(clusterId: $clusterId, namespace: $namespace, name: $name) {
      chartVersion upgradeAvailable latestChart { uid version }
    }
  }
`);
const ADDON_LATEST = graphql(`
  query VersionsAddon($clusterId: ID!, $id: ID!) {
    addon(clusterId: $clusterId, id: $id) { version upgradeAvailable latestVersion { version } }
  }
`);

describe('versions behind latest', () => {
  const env = useStack({ gateway: { security: { upstreamCallBudget: 0 } } });
  beforeEach(() => env.stack.simulator.resetStats());
  const operations = () => env.stack.simulator.stats().operations;

  it('lists every version of a chart in its family, newest first, from the chart list alone', async () => {
    const { chart } = await env.client.request(CHART_VERSIONS, {
      id: `Chart:CCE/${DEMO_CHARTS.nginx}`,
    });
    expect(chart?.versions).toEqual([
      { uid: DEMO_CHARTS.nginxNext, version: '1.3.0' },
      { uid: DEMO_CHARTS.nginx, version: '1.2.0' },
    ]);
    expect(operations()).toEqual({ ListCharts: 1 });
  });

  it('tells a release behind its chart from one on the latest version', async () => {
    const behind = await env.client.request(RELEASE_LATEST, DEMO_RELEASES.nginxWeb);
    expect(behind.release).toEqual({
      chartVersion: '1.2.0',
      upgradeAvailable: true,
      latestChart: { uid: DEMO_CHARTS.nginxNext, version: '1.3.0' },
    });
    const latest = await env.client.request(RELEASE_LATEST, DEMO_RELEASES.magentoMysql);
    expect(latest.release).toEqual({
      chartVersion: '1.1.0',
      upgradeAvailable: false,
      latestChart: { uid: DEMO_CHARTS.magentoMysqlNext, version: '1.1.0' },
    });
  });

  it('offers an add-on the newest template version its cluster supports', async () => {
    const everest = await env.client.request(ADDON_LATEST, {
      clusterId: DEMO_CLUSTERS.development,
      id: DEMO_ADDONS.developmentEverest,
    });
    expect(everest.addon).toEqual({
      version: '2.1.30',
      upgradeAvailable: true,
      latestVersion: { version: '2.4.2' },
    });
    const metrics = await env.client.request(ADDON_LATEST, {
      clusterId: DEMO_CLUSTERS.autopilot,
      id: DEMO_ADDONS.autopilotMetricsServer,
    });
    expect(metrics.addon).toEqual({
      version: '1.3.68',
      upgradeAvailable: false,
      latestVersion: { version: '1.3.68' },
    });
  });

  it('lists every release and add-on behind its latest version across the fleet', async () => {
    const { outdated } = await env.client.request(OUTDATED);
    expect(
      outdated.map((item) => [
        item.kind,
        item.cluster.name,
        item.name,
        item.currentVersion,
        item.latestVersion,
      ]),
    ).toEqual([
      ['RELEASE', 'prod-cce', 'nginx-web', '1.2.0', '1.3.0'],
      ['ADDON', 'prod-cce', 'coredns', '1.29.4', '1.30.6'],
      ['ADDON', 'prod-cce', 'everest', '2.3.8', '2.4.2'],
      ['RELEASE', 'dev-cce', 'nginx-web', '1.2.0', '1.3.0'],
      ['ADDON', 'dev-cce', 'coredns', '1.28.7', '1.30.6'],
      ['ADDON', 'dev-cce', 'everest', '2.1.30', '2.4.2'],
    ]);
    expect(outdated[0]).toMatchObject({
      namespace: 'web',
      latestChart: { uid: DEMO_CHARTS.nginxNext },
      release: { name: 'nginx-web' },
      addon: null,
    });
    expect(outdated[1]).toMatchObject({
      namespace: null,
      latestChart: null,
      release: null,
      addon: { uid: DEMO_ADDONS.productionCoredns },
    });
    expect(operations()).toEqual({
      ListClusters: 1,
      ListAutopilotClusters: 1,
      ListReleases: 2,
      ListAutopilotReleases: 1,
      ListAddonInstances: 2,
      ListAutopilotAddonInstances: 1,
      ListCharts: 1,
      ListAutopilotCharts: 1,
      ListAddonTemplates: 1,
      ListAutopilotAddonTemplates: 1,
    });
  });

  it('narrows to the given clusters and kind, skipping the other kind’s calls', async () => {
    const { outdated } = await env.client.request(OUTDATED, {
      clusterIds: [`Cluster:${DEMO_CLUSTERS.development}`],
      kind: 'RELEASE',
    });
    expect(outdated.map((item) => [item.kind, item.cluster.name, item.name])).toEqual([
      ['RELEASE', 'dev-cce', 'nginx-web'],
    ]);
    expect(operations()).toEqual({
      ListClusters: 1,
      ListAutopilotClusters: 1,
      ListReleases: 1,
      ListCharts: 1,
    });
  });

  it('refuses a cluster the caller cannot see with NOT_FOUND', async () => {
    const { errors } = await env.client.raw(OUTDATED, { clusterIds: [DEMO_CLUSTERS.otherProject] });
    expect(errors.map((error) => error.extensions?.['code'])).toEqual(['NOT_FOUND']);
  });
});

describe('outdated on the load data', () => {
  const scale = { clusters: 6, releasesPerCluster: 4, addonsPerCluster: 3 };
  const env = useStack({
    simulator: { demoData: scale },
    gateway: { security: { upstreamCallBudget: 0 } },
  });

  it('costs the cluster lists, one release and one add-on list per cluster, one chart and one template list per family', async () => {
    env.stack.simulator.resetStats();
    const { outdated } = await env.client.request(OUTDATED);
    expect(outdated.length).toBeGreaterThan(0);
    expect(outdated.every((item) => item.latestVersion !== item.currentVersion)).toBe(true);
    const autopilot = Array.from({ length: scale.clusters }, (_, index) =>
      scaleClusterFamily(index),
    ).filter((family) => family === 'AUTOPILOT').length;
    const standard = scale.clusters - autopilot;
    expect(env.stack.simulator.stats().operations).toEqual({
      ListClusters: 1,
      ListAutopilotClusters: 1,
      ListReleases: standard,
      ListAutopilotReleases: autopilot,
      ListAddonInstances: standard,
      ListAutopilotAddonInstances: autopilot,
      ListCharts: 1,
      ListAutopilotCharts: 1,
      ListAddonTemplates: 1,
      ListAutopilotAddonTemplates: 1,
    });
  });
});
