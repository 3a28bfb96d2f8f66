/**
 * Every query entry point and relation of the schema, through a real GraphQL client, against the
 * real gateway and the real simulator with its demo data.
 */
import { describe, expect, it } from 'vitest';
import {
  DEMO_ADDONS,
  DEMO_CHARTS,
  DEMO_CLUSTERS,
  DEMO_RELEASES,
  OTHER_PROJECT_ID,
  OTHER_TOKEN,
} from '../../src/simulator/demo-data.ts';
import { graphql } from '../generated/index.ts';
import { createClient, useStack } from './harness.ts';

const CLUSTERS = graphql(`
  query QueriesClusters { clusters { id uid name type phase category kubernetesVersion flavor createdAt } }
`);
const CLUSTER_NAMES = graphql(`
  query QueriesClusterNames($type: ClusterType) { clusters(type: $type) { name } }
`);
const CLUSTER = graphql(`
  query QueriesCluster($id: ID!) { cluster(id: $id) { id name endpoints { url type } } }
`);
const RELEASE_PAGE = graphql(`
  query QueriesReleasePage($id: ID!, $after: String) {
    cluster(id: $id) {
      releases(first: 1, after: $after) {
        totalCount
        edges { cursor node { name namespace } }
        nodes { name }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
`);
const RELEASE_FILTERS = graphql(`
  query QueriesReleaseFilters($id: ID!, $chart: ID, $otherFamilyChart: ID) {
    cluster(id: $id) {
      inCache: releases(namespace: "cache") { nodes { name } }
      ofChart: releases(chartId: $chart) { nodes { name } }
      failed: releases(status: FAILED) { nodes { name status } }
      none: releases(chartId: $otherFamilyChart) { totalCount }
    }
  }
`);
const RELEASE = graphql(`
  query QueriesRelease($cluster: ID!) {
    release(clusterId: $cluster, namespace: "default", name: "magento-mysql") {
      id name namespace revision status statusDescription chartName chartVersion values parameters
      cluster { id name type }
      chart { id uid name version clusterType }
      history { revision status chartName chartVersion values }
    }
  }
`);
const CLUSTER_RELEASE = graphql(`
  query QueriesClusterRelease($id: ID!) {
    cluster(id: $id) {
      release(namespace: "web", name: "nginx-web") { revision chart { id clusterType } history { revision } }
      missing: release(namespace: "web", name: "nope") { name }
    }
  }
`);
const CHARTS = graphql(`
  query QueriesCharts { all: charts { clusterType } autopilot: charts(clusterType: AUTOPILOT) { name clusterType } }
`);
const CHART = graphql(`
  query QueriesChart($id: ID!) { chart(id: $id) { id uid name version description defaultValues clusterType } }
`);
const ADDONS = graphql(`
  query QueriesAddons($clusterId: ID!) {
    addons(clusterId: $clusterId) {
      id uid name status version rollbackable previousVersion targetVersions
      values currentVersion { version stable }
      cluster { id }
      template { name clusterType type required labels versions { version supportedClusters { clusterType clusterVersions } } }
    }
  }
`);
const ADDON_LOOKUPS = graphql(`
  query QueriesAddonLookups($cluster: ID!, $otherCluster: ID!, $uid: ID!, $global: ID!) {
    coredns: addons(clusterId: $cluster, templateName: "coredns") { name }
    byUid: addon(clusterId: $cluster, id: $uid) { name template { clusterType } }
    byGlobal: addon(clusterId: $cluster, id: $global) { name }
    wrongCluster: addon(clusterId: $otherCluster, id: $global) { name }
    viaCluster: cluster(id: $cluster) { addons(templateName: "metrics-server") { name } addon(id: $global) { name } }
  }
`);
const ADDON_NAMES = graphql(`
  query QueriesAddonNames($clusterId: ID!) { addons(clusterId: $clusterId) { name } }
`);
const TEMPLATES = graphql(`
  query QueriesTemplates($autopilot: ID!) {
    cce: addonTemplates(clusterType: CCE) { name clusterType }
    forAutopilot: addonTemplates(clusterId: $autopilot) { name clusterType }
    both: addonTemplates { clusterType }
    everest: addonTemplates(clusterType: CCE, name: "everest") { name versions { version } }
  }
`);
const NODES = graphql(`
  query QueriesNodes($cluster: ID!, $release: ID!, $addon: ID!, $chart: ID!) {
    cluster: node(id: $cluster) { __typename id ... on Cluster { name } }
    release: node(id: $release) { __typename id ... on Release { revision } }
    addon: node(id: $addon) { __typename id ... on Addon { name } }
    chart: node(id: $chart) { __typename id ... on Chart { name clusterType } }
  }
`);
const RELEASE_PATHS = graphql(`
  query QueriesReleasePaths($clusterId: ID!, $namespace: String!, $name: String!, $id: ID!) {
    direct: release(clusterId: $clusterId, namespace: $namespace, name: $name) { id }
    viaNode: node(id: $id) { id }
  }
`);

const PRODUCTION = `Cluster:${DEMO_CLUSTERS.production}`;
const MAGENTO = `Release:${DEMO_CLUSTERS.production}/default/magento-mysql`;

describe('queries', () => {
  const env = useStack();

  describe('clusters', () => {
    it('lists the clusters of both API families with their type and phase', async () => {
      const { clusters } = await env.client.request(CLUSTERS);
      expect(clusters?.map(({ uid, name, type }) => ({ uid, name, type }))).toEqual([
        { uid: DEMO_CLUSTERS.production, name: 'prod-cce', type: 'CCE' },
        { uid: DEMO_CLUSTERS.development, name: 'dev-cce', type: 'CCE' },
        { uid: DEMO_CLUSTERS.autopilot, name: 'autopilot-web', type: 'AUTOPILOT' },
      ]);
      expect(clusters?.[0]).toMatchObject({
        id: PRODUCTION,
        phase: 'AVAILABLE',
        kubernetesVersion: 'v1.29',
        flavor: 'cce.s2.medium',
        createdAt: '2025-01-15T08:30:00.000Z',
      });
    });

    it('filters by type', async () => {
      const { clusters } = await env.client.request(CLUSTER_NAMES, { type: 'AUTOPILOT' });
      expect(clusters?.map((cluster) => cluster.name)).toEqual(['autopilot-web']);
    });

    it('shows each caller only its own project', async () => {
      const other = createClient(env.stack, {
        Authorization: `Bearer ${OTHER_TOKEN}`,
        'X-Project-Id': OTHER_PROJECT_ID,
      });
      const { clusters } = await other.request(CLUSTER_NAMES);
      expect(clusters?.map((cluster) => cluster.name)).toEqual(['other-cce']);
      const { cluster } = await env.client.request(CLUSTER, { id: DEMO_CLUSTERS.otherProject });
      expect(cluster).toBeNull();
    });

    it('finds one cluster by its global id or its CCE id, and null for unknown ids', async () => {
      const byGlobal = await env.client.request(CLUSTER, { id: PRODUCTION });
      const byUid = await env.client.request(CLUSTER, { id: DEMO_CLUSTERS.production });
      expect(byGlobal).toEqual(byUid);
      expect(byGlobal.cluster).toMatchObject({
        name: 'prod-cce',
        endpoints: [{ url: 'https://192.168.0.11:5443', type: 'INTERNAL' }],
      });
      for (const id of ['nope', MAGENTO]) {
        expect(await env.client.request(CLUSTER, { id }), id).toEqual({ cluster: null });
      }
      // An empty part cannot name a cluster: refused before any upstream call.
      const empty = await env.client.raw(CLUSTER, { id: 'Cluster:' });
      expect(empty.errors.map((error) => error.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('releases', () => {
    it('pages through a cluster`s releases with cursors', async () => {
      const first = await env.client.request(RELEASE_PAGE, { id: DEMO_CLUSTERS.production });
      expect(first.cluster?.releases).toMatchObject({
        totalCount: 2,
        edges: [{ node: { namespace: 'default', name: 'magento-mysql' } }],
        nodes: [{ name: 'magento-mysql' }],
        pageInfo: { hasNextPage: true, hasPreviousPage: false },
      });
      const second = await env.client.request(RELEASE_PAGE, {
        id: DEMO_CLUSTERS.production,
        after: first.cluster?.releases?.pageInfo.endCursor,
      });
      expect(second.cluster?.releases).toMatchObject({
        edges: [{ node: { namespace: 'web', name: 'nginx-web' } }],
        pageInfo: { hasNextPage: false, hasPreviousPage: true },
      });
    });

    it('filters by namespace, chart and status', async () => {
      const { cluster } = await env.client.request(RELEASE_FILTERS, {
        id: DEMO_CLUSTERS.development,
        chart: `Chart:CCE/${DEMO_CHARTS.nginx}`,
        otherFamilyChart: `Chart:AUTOPILOT/${DEMO_CHARTS.autopilotNginx}`,
      });
      expect(cluster).toEqual({
        inCache: { nodes: [{ name: 'redis-cache' }] },
        ofChart: { nodes: [{ name: 'nginx-web' }] },
        failed: { nodes: [{ name: 'redis-cache', status: 'FAILED' }] },
        none: { totalCount: 0 },
      });
    });

    it('refuses a page size out of range or a foreign cursor with BAD_USER_INPUT', async () => {
      const { errors } = await env.client.raw(
        `{ a: cluster(id: "${DEMO_CLUSTERS.production}") { releases(first: 501) { totalCount } }
           b: cluster(id: "${DEMO_CLUSTERS.production}") { releases(after: "bogus") { totalCount } } }`,
      );
      expect(errors.map((error) => [error.path, error.extensions?.['code']])).toEqual([
        [['a', 'releases'], 'BAD_USER_INPUT'],
        [['b', 'releases'], 'BAD_USER_INPUT'],
      ]);
    });

    it('reads one release with its cluster, chart, parsed values and history', async () => {
      const { release } = await env.client.request(RELEASE, { cluster: DEMO_CLUSTERS.production });
      expect(release).toMatchObject({
        id: MAGENTO,
        revision: 2,
        status: 'DEPLOYED',
        chartName: 'magento-mysql',
        chartVersion: '1.1.0',
        cluster: { id: PRODUCTION, name: 'prod-cce', type: 'CCE' },
        chart: {
          id: `Chart:CCE/${DEMO_CHARTS.magentoMysqlNext}`,
          uid: DEMO_CHARTS.magentoMysqlNext,
          version: '1.1.0',
          clusterType: 'CCE',
        },
        history: [
          { revision: 2, chartVersion: '1.1.0' },
          { revision: 1, chartVersion: '1.0.0' },
        ],
      });
      // The JSON scalar is typed `unknown`: the test says which shape it expects.
      const values = release?.values as { basic: Record<string, unknown>; image: object };
      // Secrets stay masked as CCE masks them; everything else is parsed JSON.
      expect(values.basic).toMatchObject({
        mysql_password: '******',
        admin_password: '******',
        mysql_port: 3306,
      });
      expect(values.image).toEqual({
        magento_image: 'example.com/everest/magento:latest',
        mysql_image: 'example.com/everest/mysql:5.7.44',
      });
      const previous = release?.history?.[1]?.values as { image: { mysql_image: string } };
      expect(previous.image.mysql_image).toBe('example.com/everest/mysql:5.7.14');
    });

    it('reads a release through its cluster and through the Autopilot family', async () => {
      const { cluster } = await env.client.request(CLUSTER_RELEASE, {
        id: DEMO_CLUSTERS.autopilot,
      });
      expect(cluster).toEqual({
        release: {
          revision: 2,
          chart: {
            id: `Chart:AUTOPILOT/${DEMO_CHARTS.autopilotNginxNext}`,
            clusterType: 'AUTOPILOT',
          },
          history: [{ revision: 2 }, { revision: 1 }],
        },
        missing: null,
      });
    });

    it('answers null for a release or cluster that does not exist', async () => {
      const { a, b } = await env.client.request<{ a: unknown; b: unknown }>(
        `{ a: release(clusterId: "${DEMO_CLUSTERS.production}", namespace: "default", name: "nope") { name }
           b: release(clusterId: "no-such-cluster", namespace: "default", name: "x") { name } }`,
      );
      expect([a, b]).toEqual([null, null]);
    });
  });

  describe('charts', () => {
    it('lists the charts of both repositories, or of one', async () => {
      const { all, autopilot } = await env.client.request(CHARTS);
      expect(new Set(all?.map((chart) => chart.clusterType))).toEqual(
        new Set(['CCE', 'AUTOPILOT']),
      );
      expect(autopilot?.length).toBeGreaterThan(0);
      expect(autopilot?.every((chart) => chart.clusterType === 'AUTOPILOT')).toBe(true);
      expect(all?.length).toBeGreaterThan(autopilot?.length ?? 0);
    });

    it('finds one chart by its global id or CCE id, with its default values', async () => {
      const byGlobal = await env.client.request(CHART, { id: `Chart:CCE/${DEMO_CHARTS.nginx}` });
      const byUid = await env.client.request(CHART, { id: DEMO_CHARTS.nginx });
      expect(byGlobal).toEqual(byUid);
      expect(byGlobal.chart).toMatchObject({
        name: 'nginx',
        version: '1.2.0',
        clusterType: 'CCE',
        defaultValues: { image: { repository: 'nginx' } },
      });
      expect(
        await env.client.request(CHART, { id: `Chart:AUTOPILOT/${DEMO_CHARTS.nginx}` }),
      ).toEqual({
        chart: null,
      });
    });
  });

  describe('add-ons', () => {
    it('lists a cluster`s add-ons with their cluster and template', async () => {
      const { addons } = await env.client.request(ADDONS, { clusterId: PRODUCTION });
      expect(addons?.map((addon) => [addon.name, addon.status, addon.rollbackable])).toEqual([
        ['coredns', 'RUNNING', false],
        ['everest', 'RUNNING', true],
      ]);
      expect(addons?.[1]).toMatchObject({
        id: `Addon:${DEMO_CLUSTERS.production}/${DEMO_ADDONS.productionEverest}`,
        uid: DEMO_ADDONS.productionEverest,
        version: '2.3.8',
        previousVersion: '2.1.30',
        currentVersion: { version: '2.3.8' },
        cluster: { id: PRODUCTION },
        template: { name: 'everest', clusterType: 'CCE', type: 'HELM' },
      });
      expect(addons?.[1]?.template?.versions.map((version) => version.version)).toEqual([
        '2.1.30',
        '2.3.8',
        '2.4.2',
      ]);
    });

    it('filters by template and finds one add-on by global or CCE id', async () => {
      const data = await env.client.request(ADDON_LOOKUPS, {
        cluster: DEMO_CLUSTERS.autopilot,
        otherCluster: DEMO_CLUSTERS.production,
        uid: DEMO_ADDONS.autopilotMetricsServer,
        global: `Addon:${DEMO_CLUSTERS.autopilot}/${DEMO_ADDONS.autopilotMetricsServer}`,
      });
      expect(data).toEqual({
        coredns: [{ name: 'coredns' }],
        byUid: { name: 'metrics-server', template: { clusterType: 'AUTOPILOT' } },
        byGlobal: { name: 'metrics-server' },
        wrongCluster: null,
        viaCluster: { addons: [{ name: 'metrics-server' }], addon: { name: 'metrics-server' } },
      });
    });

    it('says NOT_FOUND when the cluster of an add-on list does not exist', async () => {
      const { data, errors } = await env.client.raw(ADDON_NAMES, { clusterId: 'no-such-cluster' });
      expect(data.addons).toBeNull();
      expect(errors).toMatchObject([{ path: ['addons'], extensions: { code: 'NOT_FOUND' } }]);
    });

    it('lists the templates of a family, of a cluster`s family, or of both', async () => {
      const data = await env.client.request(TEMPLATES, { autopilot: DEMO_CLUSTERS.autopilot });
      expect(data.cce?.map((template) => template.name)).toContain('everest');
      expect(data.cce?.every((template) => template.clusterType === 'CCE')).toBe(true);
      expect(data.forAutopilot?.every((template) => template.clusterType === 'AUTOPILOT')).toBe(
        true,
      );
      expect(new Set(data.both?.map((template) => template.clusterType))).toEqual(
        new Set(['CCE', 'AUTOPILOT']),
      );
      expect(data.everest?.map((template) => template.name)).toEqual(['everest']);
    });
  });

  describe('node', () => {
    it('fetches every Node type by its global id', async () => {
      const ids = {
        cluster: PRODUCTION,
        release: MAGENTO,
        addon: `Addon:${DEMO_CLUSTERS.production}/${DEMO_ADDONS.productionCoredns}`,
        chart: `Chart:AUTOPILOT/${DEMO_CHARTS.autopilotNginx}`,
      };
      const data = await env.client.request(NODES, ids);
      expect(data).toEqual({
        cluster: { __typename: 'Cluster', id: ids.cluster, name: 'prod-cce' },
        release: { __typename: 'Release', id: ids.release, revision: 2 },
        addon: { __typename: 'Addon', id: ids.addon, name: 'coredns' },
        chart: { __typename: 'Chart', id: ids.chart, name: 'nginx', clusterType: 'AUTOPILOT' },
      });
    });

    it('answers null for ids that are malformed or name nothing', async () => {
      const data = await env.client.request<Record<string, unknown>>(
        `{ a: node(id: "nonsense") { id } b: node(id: "Release:${DEMO_CLUSTERS.production}/default/nope") { id }
           c: node(id: "Cluster:no-such-cluster") { id } d: node(id: "Addon:${DEMO_CLUSTERS.production}/${DEMO_ADDONS.autopilotCoredns}") { id } }`,
      );
      expect(data).toEqual({ a: null, b: null, c: null, d: null });
    });
  });

  it('reaches the same release through every path with one shape', async () => {
    const key = DEMO_RELEASES.nginxWeb;
    const id = `Release:${key.clusterId}/${key.namespace}/${key.name}`;
    const data = await env.client.request(RELEASE_PATHS, { ...key, id });
    expect(data.direct?.id).toBe(id);
    expect(data.viaNode).toEqual(data.direct);
  });
});
