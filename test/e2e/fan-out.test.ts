/**
 * Upstream cost of GraphQL operations, counted by the simulator: the formulas of docs/fan-out.md.
 * Every count is exact, so a loader that stops batching or de-duplicating fails here.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DEMO_ADDONS,
  DEMO_CHARTS,
  DEMO_CLUSTERS,
  DEMO_RELEASES,
  scaleClusterFamily,
} from '../../src/simulator/demo-data.ts';
import type { Stack } from '../support/stack.ts';
import { useStack } from './harness.ts';

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

describe('fan-out over the demo data', () => {
  const env = useStack();
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

  it('starts from scratch for every request (loaders are per request)', async () => {
    await env.client.request(EVERYTHING);
    await env.client.request(EVERYTHING);
    expect(env.stack.simulator.stats().total).toBe(
      2 * Object.values(EVERYTHING_COST).reduce((sum, count) => sum + count, 0),
    );
  });

  const magento = DEMO_RELEASES.magentoMysql;
  const cases: Array<[string, string, Record<string, number>]> = [
    ['clusters', '{ clusters { id name phase } }', { ListClusters: 1, ListAutopilotClusters: 1 }],
    ['clusters of one type', '{ clusters(type: CCE) { name } }', { ListClusters: 1 }],
    [
      'one cluster with its releases and add-ons',
      `{ cluster(id: "${DEMO_CLUSTERS.production}") { releases { totalCount } addons { name } } }`,
      { ListClusters: 1, ListAutopilotClusters: 1, ListReleases: 1, ListAddonInstances: 1 },
    ],
    [
      'one release with cluster, chart and history',
      `{ release(clusterId: "${magento.clusterId}", namespace: "${magento.namespace}", name: "${magento.name}") {
        cluster { name } chart { name } history { revision } } }`,
      {
        ListClusters: 1,
        ListAutopilotClusters: 1,
        ShowRelease: 1,
        ListCharts: 1,
        ShowReleaseHistory: 1,
      },
    ],
    [
      'two releases of one cluster (one list instead of two shows)',
      `{ a: release(clusterId: "${magento.clusterId}", namespace: "default", name: "magento-mysql") { name }
         b: release(clusterId: "${magento.clusterId}", namespace: "web", name: "nginx-web") { name }
         c: node(id: "Release:${magento.clusterId}/default/magento-mysql") { id } }`,
      { ListClusters: 1, ListAutopilotClusters: 1, ListReleases: 1 },
    ],
    [
      'a release lookup next to the list that already has it',
      `{ clusters(type: CCE) { releases { totalCount } }
         release(clusterId: "${magento.clusterId}", namespace: "default", name: "magento-mysql") { name } }`,
      { ListClusters: 1, ListAutopilotClusters: 1, ListReleases: 2 },
    ],
    [
      'every release with its chart (charts are served from one list per family)',
      '{ clusters { releases { nodes { chart { name } } } } }',
      {
        ListClusters: 1,
        ListAutopilotClusters: 1,
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
      'one add-on with cluster and template',
      `{ addon(clusterId: "${DEMO_CLUSTERS.autopilot}", id: "${DEMO_ADDONS.autopilotCoredns}") { cluster { name } template { name } } }`,
      {
        ListClusters: 1,
        ListAutopilotClusters: 1,
        ShowAutopilotAddonInstance: 1,
        ListAutopilotAddonTemplates: 1,
      },
    ],
    [
      'add-on templates of one family',
      '{ addonTemplates(clusterType: CCE) { name versions { version } } }',
      { ListAddonTemplates: 1 },
    ],
    [
      'node for each type',
      `{ a: node(id: "Cluster:${DEMO_CLUSTERS.autopilot}") { id }
         b: node(id: "Addon:${DEMO_CLUSTERS.production}/${DEMO_ADDONS.productionEverest}") { id }
         c: node(id: "Chart:CCE/${DEMO_CHARTS.redis}") { id } }`,
      { ListClusters: 1, ListAutopilotClusters: 1, ShowAddonInstance: 1, ListCharts: 1 },
    ],
  ];

  it.each(cases)('%s', async (_name, query, cost) => {
    await env.client.request(query);
    expect(operationsOf(env.stack)).toEqual(cost);
  });
});

describe('fan-out at scale', () => {
  const scale = { clusters: 7, releasesPerCluster: 5, addonsPerCluster: 3 };
  const env = useStack({ simulator: { demoData: scale } });

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
  const env = useStack();
  beforeEach(() => {
    env.stack.simulator.resetStats();
  });

  const production = DEMO_CLUSTERS.production;
  const development = DEMO_CLUSTERS.development;
  const CLUSTER_LISTS = { ListClusters: 1, ListAutopilotClusters: 1 };
  const cases: Array<[string, string, Record<string, number>]> = [
    [
      'releaseCreate',
      `releaseCreate(input: { clusterId: "${development}", namespace: "x", name: "y", chartId: "${DEMO_CHARTS.nginx}" })`,
      { ...CLUSTER_LISTS, ListCharts: 1, CreateRelease: 1 },
    ],
    [
      'releaseUpgrade',
      `releaseUpgrade(input: { clusterId: "${production}", namespace: "web", name: "nginx-web", values: {} })`,
      { ...CLUSTER_LISTS, ShowRelease: 1, ListCharts: 1, UpdateRelease: 1 },
    ],
    [
      'releaseRollback',
      `releaseRollback(input: { clusterId: "${production}", namespace: "default", name: "magento-mysql", revision: 1 })`,
      { ...CLUSTER_LISTS, ShowRelease: 1, ShowReleaseHistory: 1, ListCharts: 1, UpdateRelease: 1 },
    ],
    [
      'releaseDelete',
      `releaseDelete(input: { clusterId: "${development}", namespace: "cache", name: "redis-cache" })`,
      { ...CLUSTER_LISTS, ShowRelease: 1, DeleteRelease: 1 },
    ],
    [
      'addonInstall',
      `addonInstall(input: { clusterId: "${development}", templateName: "npd" })`,
      { ...CLUSTER_LISTS, ListAddonTemplates: 1, ListAddonInstances: 1, CreateAddonInstance: 1 },
    ],
    [
      'addonUpgrade',
      `addonUpgrade(input: { clusterId: "${development}", addonId: "${DEMO_ADDONS.developmentEverest}", version: "2.3.8", values: {} })`,
      { ...CLUSTER_LISTS, ShowAddonInstance: 1, ListAddonTemplates: 1, UpdateAddonInstance: 1 },
    ],
    [
      'addonRollback',
      `addonRollback(input: { clusterId: "${production}", addonId: "${DEMO_ADDONS.productionEverest}" })`,
      { ...CLUSTER_LISTS, ShowAddonInstance: 1, RollbackAddonInstance: 1 },
    ],
    [
      'addonUninstall',
      `addonUninstall(input: { clusterId: "${development}", addonId: "${DEMO_ADDONS.developmentCoredns}" })`,
      { ...CLUSTER_LISTS, ShowAddonInstance: 1, DeleteAddonInstance: 1 },
    ],
  ];

  it.each(cases)('%s', async (_name, mutation, cost) => {
    const data = await env.client.request<Record<string, { userErrors: unknown[] }>>(
      `mutation { result: ${mutation} { userErrors { field code message } } }`,
    );
    expect(data['result']?.userErrors).toEqual([]);
    expect(operationsOf(env.stack)).toEqual(cost);
  });
});
