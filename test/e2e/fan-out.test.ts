/**
 * Upstream cost of GraphQL operations, counted by the simulator: the formulas of docs/fan-out.md.
 * Every count is exact, so a loader that stops batching or de-duplicating fails here. Lookups that
 * name a cluster have two costs: cold (the caller's cluster directory does not know the cluster
 * yet) and warm (it does); each is asserted with a caller of its own.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DEMO_ADDONS,
  DEMO_CHARTS,
  DEMO_CLUSTERS,
  DEMO_PROJECT_ID,
  DEMO_RELEASES,
  OTHER_PROJECT_ID,
  OTHER_TOKEN,
  scaleClusterFamily,
} from '../../src/simulator/demo-data.ts';
import type { Stack } from '../support/stack.ts';
import { freshCallers } from './callers.ts';
import { createClient, useStack, type Client, type StackUnderTest } from './harness.ts';

/** The query of the issue: every relation of every cluster. */
const EVERYTHING = `{ clusters {
  releases { nodes { cluster { name } chart { name } history { revision } } }
  addons { cluster { id } template { name } }
} }`;

/** The same data asked for again and again through aliases and fragments. */
const EVERYTHING_REPEATED = `
fragment ReleaseParts on Release { cluster { name id } chart { name version } history { revision } }
fragment ClusterParts on Cluster {
  releases { nodes { ...ReleaseParts } edges { node { ...ReleaseParts chart { id } } } }
  again: releases { nodes { history { status } cluster { type } } }
  addons { cluster { id } template { name } }
  moreAddons: addons { template { versions { version } } cluster { releases { totalCount } } }
}
{
  clusters { ...ClusterParts name }
  same: clusters { ...ClusterParts releases { nodes { cluster { ...ClusterParts } } } }
}`;

function operationsOf(stack: Stack): Record<string, number> {
  return stack.simulator.stats().operations;
}

/** The upstream calls one request of `client` costs, per SDK operation. */
async function costOf(
  env: StackUnderTest,
  client: Client,
  document: string,
): Promise<Record<string, number>> {
  env.stack.simulator.resetStats();
  await client.request(document);
  return operationsOf(env.stack);
}

// EVERYTHING_REPEATED is deliberately deep and wide; the default operation limits refuse it.
const ROOMY_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 1_000,
  maxDirectives: 50,
  maxCost: 50_000,
};

const magento = DEMO_RELEASES.magentoMysql;
const MAGENTO = `release(clusterId: "${magento.clusterId}", namespace: "${magento.namespace}", name: "${magento.name}")`;
const CLUSTER_LISTS = { ListClusters: 1, ListAutopilotClusters: 1 };

describe('fan-out over the demo data', () => {
  const callers = freshCallers(40, 'fan-out');
  const env = useStack({
    simulator: { tokens: callers.tokens },
    // The formulas are measured here, including queries over the upstream-call budget.
    gateway: {
      security: { limits: ROOMY_LIMITS, upstreamCallBudget: 0 },
      // Later than the simulator's transition (30 ms): an add-on precheck is read once, finished.
      insights: { addonPrecheckPollMs: 100 },
    },
  });
  beforeEach(() => {
    env.stack.simulator.resetStats();
  });

  // 3 clusters (2 CCE, 1 Autopilot), 6 releases (2 + 2 + 2), add-ons in every cluster.
  const EVERYTHING_COST = {
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
    ShowReleaseHistory: 4,
    ShowAutopilotReleaseHistory: 2,
  };

  it('costs 2 cluster lists + C release lists + C add-on lists + 1 chart and 1 template list per family + 1 history per release', async () => {
    await env.client.request(EVERYTHING);
    expect(operationsOf(env.stack)).toEqual(EVERYTHING_COST);
  });

  it('costs the same however many aliases and fragments repeat the fields', async () => {
    await env.client.request(EVERYTHING_REPEATED);
    expect(operationsOf(env.stack)).toEqual(EVERYTHING_COST);
  });

  it('starts from scratch for every request (loaders are per request), cold or warm', async () => {
    const caller = createClient(env.stack, callers.next());
    expect(await costOf(env, caller, EVERYTHING)).toEqual(EVERYTHING_COST);
    expect(await costOf(env, caller, EVERYTHING)).toEqual(EVERYTHING_COST);
  });

  // Operations that look up no cluster by id cost the same for a caller seen before.
  const unaffected: Array<[string, string, Record<string, number>]> = [
    ['clusters', '{ clusters { id name phase } }', CLUSTER_LISTS],
    ['clusters of one type', '{ clusters(type: CCE) { name } }', { ListClusters: 1 }],
    [
      'clusters with node figures and add-on counts (the same lists)',
      '{ clusters { nodeSummary { total cpu } installedAddonCount } }',
      CLUSTER_LISTS,
    ],
    [
      'every release and add-on, pending or stuck (no call more)',
      '{ clusters { releases { nodes { pendingSince stuck } } addons { pendingSince stuck } } }',
      {
        ...CLUSTER_LISTS,
        ListReleases: 2,
        ListAutopilotReleases: 1,
        ListAddonInstances: 2,
        ListAutopilotAddonInstances: 1,
      },
    ],
    [
      'every release with its chart (charts are served from one list per family)',
      '{ clusters { releases { nodes { chart { name } } } } }',
      {
        ...CLUSTER_LISTS,
        ListReleases: 2,
        ListAutopilotReleases: 1,
        ListCharts: 1,
        ListAutopilotCharts: 1,
      },
    ],
    ['charts', '{ charts { name } }', { ListCharts: 1, ListAutopilotCharts: 1 }],
    [
      'one chart by global id',
      `{ chart(id: "Chart:AUTOPILOT/${DEMO_CHARTS.autopilotNginx}") { name } }`,
      { ListAutopilotCharts: 1 },
    ],
    [
      'add-on templates of one family',
      '{ addonTemplates(clusterType: CCE) { name versions { version } } }',
      { ListAddonTemplates: 1 },
    ],
    [
      'every chart with its versions (the same list)',
      '{ charts(clusterType: CCE) { name versions { version } } }',
      { ListCharts: 1 },
    ],
    [
      'every release behind its chart (the chart list of each family)',
      '{ clusters { releases { nodes { upgradeAvailable latestChart { id } chart { name } } } } }',
      {
        ...CLUSTER_LISTS,
        ListReleases: 2,
        ListAutopilotReleases: 1,
        ListCharts: 1,
        ListAutopilotCharts: 1,
      },
    ],
    [
      'every add-on behind its template (the template list of each family)',
      '{ clusters { addons { upgradeAvailable latestVersion { version } template { name } } } }',
      {
        ...CLUSTER_LISTS,
        ListAddonInstances: 2,
        ListAutopilotAddonInstances: 1,
        ListAddonTemplates: 1,
        ListAutopilotAddonTemplates: 1,
      },
    ],
    [
      'every release against its chart defaults (one ShowChartValues per distinct chart)',
      '{ clusters { releases { nodes { userValues defaultsDiff { kind } } } } }',
      {
        ...CLUSTER_LISTS,
        ListReleases: 2,
        ListAutopilotReleases: 1,
        ListCharts: 1,
        ListAutopilotCharts: 1,
        ShowChartValues: 3,
        ShowAutopilotChartValues: 2,
      },
    ],
    [
      'the fleet of outdated releases and add-ons',
      '{ outdated { name latestVersion cluster { name } latestChart { id } } }',
      {
        ...CLUSTER_LISTS,
        ListReleases: 2,
        ListAutopilotReleases: 1,
        ListAddonInstances: 2,
        ListAutopilotAddonInstances: 1,
        ListCharts: 1,
        ListAutopilotCharts: 1,
        ListAddonTemplates: 1,
        ListAutopilotAddonTemplates: 1,
      },
    ],
  ];

  it.each(unaffected)('%s: the same cold and warm', async (_name, query, cost) => {
    const caller = createClient(env.stack, callers.next());
    expect(await costOf(env, caller, query)).toEqual(cost);
    expect(await costOf(env, caller, query)).toEqual(cost);
  });

  // [name, query, cold cost, warm cost]
  const lookups: Array<[string, string, Record<string, number>, Record<string, number>]> = [
    [
      'one release',
      `{ ${MAGENTO} { name status values } }`,
      { ...CLUSTER_LISTS, ShowRelease: 1 },
      { ShowRelease: 1 },
    ],
    [
      'one release with cluster, chart and history',
      `{ ${MAGENTO} { cluster { name } chart { name } history { revision } } }`,
      { ...CLUSTER_LISTS, ShowRelease: 1, ListCharts: 1, ShowReleaseHistory: 1 },
      { ShowRelease: 1, ShowCluster: 1, ListCharts: 1, ShowReleaseHistory: 1 },
    ],
    [
      'two releases of one cluster (one list instead of two shows)',
      `{ a: release(clusterId: "${magento.clusterId}", namespace: "default", name: "magento-mysql") { name }
         b: release(clusterId: "${magento.clusterId}", namespace: "web", name: "nginx-web") { name }
         c: node(id: "Release:${magento.clusterId}/default/magento-mysql") { id } }`,
      { ...CLUSTER_LISTS, ListReleases: 1 },
      { ListReleases: 1 },
    ],
    [
      'a release lookup next to the list that already has it',
      `{ clusters(type: CCE) { releases { totalCount } } ${MAGENTO} { name } }`,
      { ...CLUSTER_LISTS, ListReleases: 2 },
      { ListClusters: 1, ListReleases: 2 },
    ],
    [
      'a release lookup before the list that has it',
      `{ ${MAGENTO} { name } clusters(type: CCE) { releases { totalCount } } }`,
      { ...CLUSTER_LISTS, ListReleases: 2 },
      { ListClusters: 1, ListReleases: 2 },
    ],
    [
      'a release lookup next to a read of its cluster',
      `{ ${MAGENTO} { name } node(id: "Cluster:${magento.clusterId}") { ... on Cluster { releases { totalCount } } } }`,
      { ...CLUSTER_LISTS, ListReleases: 1 },
      { ShowCluster: 1, ListReleases: 1 },
    ],
    [
      'one cluster',
      `{ cluster(id: "${DEMO_CLUSTERS.autopilot}") { name phase } }`,
      CLUSTER_LISTS,
      { ShowAutopilotCluster: 1 },
    ],
    [
      'one cluster with its releases and add-ons',
      `{ cluster(id: "${DEMO_CLUSTERS.production}") { releases { totalCount } addons { name } } }`,
      { ...CLUSTER_LISTS, ListReleases: 1, ListAddonInstances: 1 },
      { ShowCluster: 1, ListReleases: 1, ListAddonInstances: 1 },
    ],
    [
      'one release of one cluster',
      `{ cluster(id: "${DEMO_CLUSTERS.production}") { release(namespace: "web", name: "nginx-web") { name } } }`,
      { ...CLUSTER_LISTS, ShowRelease: 1 },
      { ShowCluster: 1, ShowRelease: 1 },
    ],
    [
      'one add-on',
      `{ addon(clusterId: "${DEMO_CLUSTERS.autopilot}", id: "${DEMO_ADDONS.autopilotCoredns}") { name status } }`,
      { ...CLUSTER_LISTS, ShowAutopilotAddonInstance: 1 },
      { ShowAutopilotAddonInstance: 1 },
    ],
    [
      'one add-on with cluster and template',
      `{ addon(clusterId: "${DEMO_CLUSTERS.autopilot}", id: "${DEMO_ADDONS.autopilotCoredns}") { cluster { name } template { name } } }`,
      { ...CLUSTER_LISTS, ShowAutopilotAddonInstance: 1, ListAutopilotAddonTemplates: 1 },
      { ShowAutopilotAddonInstance: 1, ShowAutopilotCluster: 1, ListAutopilotAddonTemplates: 1 },
    ],
    [
      'one release behind its chart',
      `{ ${MAGENTO} { upgradeAvailable latestChart { version } chart { name } } }`,
      { ...CLUSTER_LISTS, ShowRelease: 1, ListCharts: 1 },
      { ShowRelease: 1, ListCharts: 1 },
    ],
    [
      "one add-on behind its template (the cluster's Kubernetes version decides)",
      `{ addon(clusterId: "${DEMO_CLUSTERS.autopilot}", id: "${DEMO_ADDONS.autopilotCoredns}") { upgradeAvailable latestVersion { version } } }`,
      { ...CLUSTER_LISTS, ShowAutopilotAddonInstance: 1, ListAutopilotAddonTemplates: 1 },
      { ShowAutopilotAddonInstance: 1, ShowAutopilotCluster: 1, ListAutopilotAddonTemplates: 1 },
    ],
    [
      'one release with its last operation (from the one history)',
      `{ ${MAGENTO} { lastOperation { kind } history { revision } } }`,
      { ...CLUSTER_LISTS, ShowRelease: 1, ShowReleaseHistory: 1 },
      { ShowRelease: 1, ShowReleaseHistory: 1 },
    ],
    [
      'one release with values diffs (from the one history)',
      `{ ${MAGENTO} { valuesDiff(fromRevision: 1) { kind } history { valuesDiff { kind } } } }`,
      { ...CLUSTER_LISTS, ShowRelease: 1, ShowReleaseHistory: 1 },
      { ShowRelease: 1, ShowReleaseHistory: 1 },
    ],
    [
      'one release against its chart defaults',
      `{ ${MAGENTO} { userValues defaultsDiff { kind } chart { name } } }`,
      { ...CLUSTER_LISTS, ShowRelease: 1, ListCharts: 1, ShowChartValues: 1 },
      { ShowRelease: 1, ListCharts: 1, ShowChartValues: 1 },
    ],
    [
      'an upgrade preview to the same chart (one ShowChartValues, one dry run)',
      `{ releaseUpgradePreview(input: { clusterId: "${DEMO_CLUSTERS.production}", namespace: "web", name: "nginx-web", valuesPatch: { replicaCount: 3 } }) { valuesDiff { kind } defaultsDiff { kind } dryRun { accepted } } }`,
      { ...CLUSTER_LISTS, ShowRelease: 1, ListCharts: 1, ShowChartValues: 1, UpdateRelease: 1 },
      { ShowRelease: 1, ListCharts: 1, ShowChartValues: 1, UpdateRelease: 1 },
    ],
    [
      'an add-on upgrade preview with its precheck (one create, one read of the finished task)',
      `{ addonUpgradePreview(input: { clusterId: "${DEMO_CLUSTERS.production}", addonId: "${DEMO_ADDONS.productionCoredns}", version: "1.30.6", valuesPatch: {} }) { valuesDiff { kind } precheck { status } } }`,
      {
        ...CLUSTER_LISTS,
        ShowAddonInstance: 1,
        ListAddonTemplates: 1,
        BatchCreateAddonPrecheck: 1,
        ListAddonPrecheckTasks: 1,
      },
      {
        ShowAddonInstance: 1,
        ShowCluster: 1,
        ListAddonTemplates: 1,
        BatchCreateAddonPrecheck: 1,
        ListAddonPrecheckTasks: 1,
      },
    ],
    [
      'the add-ons of one cluster',
      `{ addons(clusterId: "${DEMO_CLUSTERS.development}") { name } }`,
      { ...CLUSTER_LISTS, ListAddonInstances: 1 },
      { ListAddonInstances: 1 },
    ],
    [
      'add-on templates for one cluster',
      `{ addonTemplates(clusterId: "${DEMO_CLUSTERS.development}") { name } }`,
      { ...CLUSTER_LISTS, ListAddonTemplates: 1 },
      { ListAddonTemplates: 1 },
    ],
    [
      'node for each type',
      `{ a: node(id: "Cluster:${DEMO_CLUSTERS.autopilot}") { id }
         b: node(id: "Addon:${DEMO_CLUSTERS.production}/${DEMO_ADDONS.productionEverest}") { id }
         c: node(id: "Chart:CCE/${DEMO_CHARTS.redis}") { id } }`,
      { ...CLUSTER_LISTS, ShowAddonInstance: 1, ListCharts: 1 },
      { ShowAutopilotCluster: 1, ShowAddonInstance: 1, ListCharts: 1 },
    ],
    [
      'several clusters by node id (one list per family with more than one)',
      `{ a: node(id: "Cluster:${DEMO_CLUSTERS.production}") { id }
         b: node(id: "Cluster:${DEMO_CLUSTERS.development}") { id }
         c: node(id: "Cluster:${DEMO_CLUSTERS.autopilot}") { id } }`,
      CLUSTER_LISTS,
      { ListClusters: 1, ShowAutopilotCluster: 1 },
    ],
  ];

  it.each(lookups)('%s: cold, then warm', async (_name, query, cold, warm) => {
    const caller = createClient(env.stack, callers.next());
    expect(await costOf(env, caller, query)).toEqual(cold);
    expect(await costOf(env, caller, query)).toEqual(warm);
  });

  it('keeps a 404 from the family`s endpoint a 404: no object, no second guess', async () => {
    const caller = createClient(env.stack, callers.next());
    await caller.request('{ clusters { id } }');
    const missing = `{ release(clusterId: "${magento.clusterId}", namespace: "default", name: "nope") { name } }`;
    expect(await costOf(env, caller, missing)).toEqual({ ShowRelease: 1 });
    expect(await caller.request(missing)).toEqual({ release: null });

    env.stack.simulator.setFault({ operation: 'ListAddonInstances', type: 'error', status: 404 });
    try {
      env.stack.simulator.resetStats();
      const { errors } = await caller.raw(
        `{ addons(clusterId: "${DEMO_CLUSTERS.development}") { name } }`,
      );
      expect(errors.map((error) => error.extensions?.['code'])).toEqual(['NOT_FOUND']);
      expect(operationsOf(env.stack)).toEqual({ ListAddonInstances: 1 });
    } finally {
      env.stack.simulator.clearFaults();
    }
  });
});

describe('fan-out at scale', () => {
  const scale = { clusters: 7, releasesPerCluster: 5, addonsPerCluster: 3 };
  const env = useStack({
    simulator: { demoData: scale },
    gateway: { security: { upstreamCallBudget: 0 } },
  });

  it('follows the formula for C clusters and R releases', async () => {
    env.stack.simulator.resetStats();
    const { clusters } = await env.client.request<{
      clusters: Array<{ releases: { nodes: unknown[] }; addons: unknown[] }>;
    }>(EVERYTHING);
    const autopilot = Array.from({ length: scale.clusters }, (_, index) =>
      scaleClusterFamily(index),
    ).filter((family) => family === 'AUTOPILOT').length;
    const standard = scale.clusters - autopilot;
    expect(clusters).toHaveLength(scale.clusters);
    expect(clusters.every((cluster) => cluster.releases.nodes.length === 5)).toBe(true);
    expect(operationsOf(env.stack)).toEqual({
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
      ShowReleaseHistory: standard * scale.releasesPerCluster,
      ShowAutopilotReleaseHistory: autopilot * scale.releasesPerCluster,
    });
    // 2 + 2C + 2 + 2 + R
    expect(env.stack.simulator.stats().total).toBe(
      2 + 2 * scale.clusters + 2 + 2 + scale.clusters * scale.releasesPerCluster,
    );
  });
});

describe('fan-out of mutations (reads that validate, then one write)', () => {
  const production = DEMO_CLUSTERS.production;
  const development = DEMO_CLUSTERS.development;
  // [name, mutation, cold cost, warm cost]
  const cases: Array<[string, string, Record<string, number>, Record<string, number>]> = [
    [
      'releaseCreate',
      `releaseCreate(input: { clusterId: "${development}", namespace: "x", name: "y", chartId: "${DEMO_CHARTS.nginx}" })`,
      { ...CLUSTER_LISTS, ListCharts: 1, CreateRelease: 1 },
      { ListCharts: 1, CreateRelease: 1 },
    ],
    [
      'releaseUpgrade',
      `releaseUpgrade(input: { clusterId: "${production}", namespace: "web", name: "nginx-web", values: {} })`,
      { ...CLUSTER_LISTS, ShowRelease: 1, ListCharts: 1, UpdateRelease: 1 },
      { ShowRelease: 1, ListCharts: 1, UpdateRelease: 1 },
    ],
    [
      'releaseRollback',
      `releaseRollback(input: { clusterId: "${production}", namespace: "default", name: "magento-mysql", revision: 1 })`,
      { ...CLUSTER_LISTS, ShowRelease: 1, ShowReleaseHistory: 1, ListCharts: 1, UpdateRelease: 1 },
      { ShowRelease: 1, ShowReleaseHistory: 1, ListCharts: 1, UpdateRelease: 1 },
    ],
    [
      'releaseDelete',
      `releaseDelete(input: { clusterId: "${development}", namespace: "cache", name: "redis-cache" })`,
      { ...CLUSTER_LISTS, ShowRelease: 1, DeleteRelease: 1 },
      { ShowRelease: 1, DeleteRelease: 1 },
    ],
    [
      'addonInstall',
      `addonInstall(input: { clusterId: "${development}", templateName: "npd" })`,
      { ...CLUSTER_LISTS, ListAddonTemplates: 1, ListAddonInstances: 1, CreateAddonInstance: 1 },
      { ShowCluster: 1, ListAddonTemplates: 1, ListAddonInstances: 1, CreateAddonInstance: 1 },
    ],
    [
      'addonUpgrade',
      `addonUpgrade(input: { clusterId: "${development}", addonId: "${DEMO_ADDONS.developmentEverest}", version: "2.3.8", values: {} })`,
      { ...CLUSTER_LISTS, ShowAddonInstance: 1, ListAddonTemplates: 1, UpdateAddonInstance: 1 },
      { ShowAddonInstance: 1, ShowCluster: 1, ListAddonTemplates: 1, UpdateAddonInstance: 1 },
    ],
    [
      'addonRollback',
      `addonRollback(input: { clusterId: "${production}", addonId: "${DEMO_ADDONS.productionEverest}" })`,
      { ...CLUSTER_LISTS, ShowAddonInstance: 1, RollbackAddonInstance: 1 },
      { ShowAddonInstance: 1, RollbackAddonInstance: 1 },
    ],
    [
      'addonUninstall',
      `addonUninstall(input: { clusterId: "${development}", addonId: "${DEMO_ADDONS.developmentCoredns}" })`,
      { ...CLUSTER_LISTS, ShowAddonInstance: 1, DeleteAddonInstance: 1 },
      { ShowAddonInstance: 1, DeleteAddonInstance: 1 },
    ],
  ];

  async function mutate(env: StackUnderTest, client: Client, mutation: string) {
    env.stack.simulator.resetStats();
    const data = await client.request<Record<string, { userErrors: unknown[] }>>(
      `mutation { result: ${mutation} { userErrors { field code message } } }`,
    );
    expect(data['result']?.userErrors).toEqual([]);
    return operationsOf(env.stack);
  }

  // Each mutation changes the demo data, so cold and warm each get a stack of their own.
  describe('cold: a caller whose directory does not know the cluster', () => {
    const callers = freshCallers(cases.length, 'mutation');
    const env = useStack({ simulator: { tokens: callers.tokens } });
    it.each(cases)('%s', async (_name, mutation, cold) => {
      expect(await mutate(env, createClient(env.stack, callers.next()), mutation)).toEqual(cold);
    });
  });

  describe('warm: a caller who has listed the clusters', () => {
    const env = useStack();
    beforeEach(async () => {
      await env.client.request('{ clusters { id } }');
    });
    it.each(cases)('%s', async (_name, mutation, _cold, warm) => {
      expect(await mutate(env, env.client, mutation)).toEqual(warm);
    });
  });
});

describe('cluster directory: per caller', () => {
  const callers = freshCallers(4, 'scope');
  const env = useStack({ simulator: { tokens: callers.tokens } });
  const LOOKUP = `{ ${MAGENTO} { name } }`;
  const COLD = { ...CLUSTER_LISTS, ShowRelease: 1 };
  const WARM = { ShowRelease: 1 };

  it('never serves one caller`s entries to another caller of the same project', async () => {
    const first = createClient(env.stack, callers.next());
    const second = createClient(env.stack, callers.next());
    expect(await costOf(env, first, LOOKUP)).toEqual(COLD);
    expect(await costOf(env, first, LOOKUP)).toEqual(WARM);
    expect(await costOf(env, second, LOOKUP)).toEqual(COLD);
    expect(await costOf(env, second, LOOKUP)).toEqual(WARM);
    expect(await costOf(env, first, LOOKUP)).toEqual(WARM);
  });

  it('still finds nothing (NOT_FOUND), or is refused (FORBIDDEN), outside the caller`s project', async () => {
    const owner = createClient(env.stack, callers.next());
    await owner.request(LOOKUP);
    expect(await costOf(env, owner, LOOKUP)).toEqual(WARM);

    const outsider = createClient(env.stack, {
      'X-Auth-Token': OTHER_TOKEN,
      'X-Project-Id': OTHER_PROJECT_ID,
    });
    const probe = `{ ${MAGENTO} { name } addons(clusterId: "${magento.clusterId}") { name } }`;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      env.stack.simulator.resetStats();
      const { data, errors } = await outsider.raw(probe);
      expect(data).toEqual({ release: null, addons: null });
      expect(errors.map((error) => error.extensions?.['code'])).toEqual(['NOT_FOUND']);
      // Cold both times: the outsider's own lists, which do not have the cluster.
      expect(operationsOf(env.stack)).toEqual(CLUSTER_LISTS);
    }

    const intruder = createClient(env.stack, {
      'X-Auth-Token': OTHER_TOKEN,
      'X-Project-Id': DEMO_PROJECT_ID,
    });
    env.stack.simulator.resetStats();
    const { data, errors } = await intruder.raw(probe);
    expect(data).toEqual({ release: null, addons: null });
    expect(errors.map((error) => error.extensions?.['code'])).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(operationsOf(env.stack)).toEqual(CLUSTER_LISTS);
  });
});

describe('cluster directory off (CLUSTER_FAMILY_CACHE_TTL_MS=0)', () => {
  const env = useStack({ gateway: { clusterDirectory: { ttlMs: 0, maxEntries: 10_000 } } });

  it('costs the cold formula every time', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(await costOf(env, env.client, `{ ${MAGENTO} { name } }`)).toEqual({
        ...CLUSTER_LISTS,
        ShowRelease: 1,
      });
    }
  });
});

describe('cluster directory bounded (CLUSTER_FAMILY_CACHE_MAX_ENTRIES)', () => {
  const callers = freshCallers(2, 'bounded');
  // The demo project has 3 clusters: one caller's cold lookup fills the directory.
  const env = useStack({
    simulator: { tokens: callers.tokens },
    gateway: { clusterDirectory: { ttlMs: 600_000, maxEntries: 3 } },
  });

  it('pushes out the least recently used entries', async () => {
    const first = createClient(env.stack, callers.next());
    const second = createClient(env.stack, callers.next());
    const lookup = `{ ${MAGENTO} { name } }`;
    const cold = { ...CLUSTER_LISTS, ShowRelease: 1 };
    expect(await costOf(env, first, lookup)).toEqual(cold);
    expect(await costOf(env, first, lookup)).toEqual({ ShowRelease: 1 });
    expect(await costOf(env, second, lookup)).toEqual(cold);
    expect(await costOf(env, second, lookup)).toEqual({ ShowRelease: 1 });
    // The second caller's 3 entries took the place of the first caller's.
    expect(await costOf(env, first, lookup)).toEqual(cold);
  });
});
