/**
 * The hand-written demo set: what a newcomer sees at once. demo-project has two CCE clusters and
 * one Autopilot cluster with releases (the seed pages' magento-mysql among them) and add-ons
 * (coredns, everest with the seed page's value layout, metrics-server); other-project has one
 * cluster of its own, so that token scoping can be seen.
 */
import {
  DEMO_ADDONS,
  DEMO_CHARTS,
  DEMO_CLUSTERS,
  DEMO_PROJECT_ID,
  DEMO_RELEASES,
  OTHER_PROJECT_ID,
} from '../demo-data.ts';
import type { AddonCatalog } from '../model/addon-templates.ts';
import type { ChartRecord } from '../model/chart.ts';
import { createClusterRecord, type ClusterRecord, type ClusterSpec } from '../model/cluster.ts';
import type { SimulatorStore } from '../store.ts';
import { seedAddon, seedRelease } from './builders.ts';
import { magentoMysqlValues, nginxValues } from './charts.ts';

const day = (n: number) => new Date(Date.UTC(2025, 0, 15 + n, 8, 30, 0));

const DEMO_PASSWORDS = { admin: 'Magento@Demo1', mysql: 'Mysql@Demo1', root: 'Root@Demo1' };

const CLUSTERS: readonly ClusterSpec[] = [
  {
    id: DEMO_CLUSTERS.production,
    projectId: DEMO_PROJECT_ID,
    family: 'CCE',
    name: 'prod-cce',
    description: 'Production workloads',
    kubernetesVersion: 'v1.29',
    flavor: 'cce.s2.medium',
    phase: 'Available',
    createdAt: day(0),
    nodes: { total: 6, cpu: 48, memoryGi: 192 },
  },
  {
    id: DEMO_CLUSTERS.development,
    projectId: DEMO_PROJECT_ID,
    family: 'CCE',
    name: 'dev-cce',
    description: 'Development and staging',
    kubernetesVersion: 'v1.28',
    flavor: 'cce.s1.small',
    phase: 'Available',
    createdAt: day(1),
    nodes: { total: 2, cpu: 8, memoryGi: 32 },
  },
  {
    id: DEMO_CLUSTERS.autopilot,
    projectId: DEMO_PROJECT_ID,
    family: 'AUTOPILOT',
    name: 'autopilot-web',
    description: 'Serverless web front ends',
    kubernetesVersion: 'v1.30',
    flavor: 'cce.autopilot.cluster',
    phase: 'Available',
    createdAt: day(2),
    nodes: { total: 0, cpu: 0, memoryGi: 0 },
  },
  {
    id: DEMO_CLUSTERS.otherProject,
    projectId: OTHER_PROJECT_ID,
    family: 'CCE',
    name: 'other-cce',
    description: "Another team's cluster",
    kubernetesVersion: 'v1.28',
    flavor: 'cce.s1.small',
    phase: 'Available',
    createdAt: day(3),
    nodes: { total: 1, cpu: 4, memoryGi: 16 },
  },
];

function chartById(charts: ReadonlyMap<string, ChartRecord>, id: string): ChartRecord {
  const chart = charts.get(id);
  if (chart === undefined) throw new Error(`demo chart ${id} missing`);
  return chart;
}

function seedReleases(
  store: SimulatorStore,
  clusters: ReadonlyMap<string, ClusterRecord>,
  charts: ReadonlyMap<string, ChartRecord>,
): void {
  const deployed = (
    chartId: string,
    values: Record<string, unknown>,
    at: Date,
    upgrade = false,
  ) => ({
    chart: chartById(charts, chartId),
    values,
    status: 'DEPLOYED' as const,
    statusDescription: upgrade ? 'Upgrade complete' : 'Install complete',
    at,
  });
  const release = (key: { clusterId: string; namespace: string; name: string }) =>
    [clusters.get(key.clusterId)!, key.namespace, key.name] as const;

  seedRelease(store, ...release(DEMO_RELEASES.magentoMysql), [
    deployed(DEMO_CHARTS.magentoMysql, magentoMysqlValues('5.7.14', DEMO_PASSWORDS), day(4)),
    deployed(
      DEMO_CHARTS.magentoMysqlNext,
      magentoMysqlValues('5.7.44', DEMO_PASSWORDS),
      day(6),
      true,
    ),
  ]);
  seedRelease(store, ...release(DEMO_RELEASES.nginxWeb), [
    deployed(DEMO_CHARTS.nginx, nginxValues('1.25.4', 2), day(5)),
  ]);
  seedRelease(store, ...release(DEMO_RELEASES.redisCache), [
    {
      chart: chartById(charts, DEMO_CHARTS.redis),
      values: { auth: { enabled: true, password: 'Redis@Demo1' }, replica: { replicaCount: 3 } },
      status: 'FAILED',
      statusDescription: 'Release "redis-cache" failed: timed out waiting for the condition',
      at: day(5),
    },
  ]);
  seedRelease(store, ...release(DEMO_RELEASES.developmentNginx), [
    deployed(DEMO_CHARTS.nginx, nginxValues('1.25.4'), day(5)),
  ]);
  seedRelease(store, ...release(DEMO_RELEASES.autopilotMagentoMysql), [
    deployed(
      DEMO_CHARTS.autopilotMagentoMysql,
      magentoMysqlValues('5.7.14', DEMO_PASSWORDS),
      day(6),
    ),
  ]);
  seedRelease(store, ...release(DEMO_RELEASES.autopilotNginx), [
    deployed(DEMO_CHARTS.autopilotNginx, nginxValues('1.25.4', 3), day(6)),
    deployed(DEMO_CHARTS.autopilotNginxNext, nginxValues('1.27.0', 3), day(7), true),
  ]);
  seedRelease(store, ...release(DEMO_RELEASES.otherProjectApp), [
    deployed(DEMO_CHARTS.otherProjectNginx, nginxValues('1.25.4'), day(7)),
  ]);
}

function seedAddons(
  store: SimulatorStore,
  catalog: AddonCatalog,
  clusters: ReadonlyMap<string, ClusterRecord>,
): void {
  const addons = [
    [DEMO_CLUSTERS.production, DEMO_ADDONS.productionCoredns, 'coredns', '1.29.4', undefined],
    [DEMO_CLUSTERS.production, DEMO_ADDONS.productionEverest, 'everest', '2.3.8', '2.1.30'],
    [DEMO_CLUSTERS.development, DEMO_ADDONS.developmentCoredns, 'coredns', '1.28.7', undefined],
    [DEMO_CLUSTERS.development, DEMO_ADDONS.developmentEverest, 'everest', '2.1.30', undefined],
    [DEMO_CLUSTERS.autopilot, DEMO_ADDONS.autopilotCoredns, 'coredns', '1.30.6', undefined],
    [
      DEMO_CLUSTERS.autopilot,
      DEMO_ADDONS.autopilotMetricsServer,
      'metrics-server',
      '1.3.68',
      undefined,
    ],
    [DEMO_CLUSTERS.otherProject, DEMO_ADDONS.otherProjectCoredns, 'coredns', '1.29.4', undefined],
  ] as const;
  addons.forEach(([clusterId, id, templateName, version, upgradedFrom], index) => {
    seedAddon(store, catalog, clusters.get(clusterId)!, {
      id,
      templateName,
      version,
      upgradedFrom,
      at: day(index),
    });
  });
}

/** Loads the hand-written demo set; `charts` are the demo charts already in the store. */
export function seedDemoSet(
  store: SimulatorStore,
  catalog: AddonCatalog,
  charts: ReadonlyMap<string, ChartRecord>,
): void {
  const clusters = new Map<string, ClusterRecord>();
  for (const spec of CLUSTERS) {
    const cluster = createClusterRecord(spec);
    store.addCluster(cluster);
    clusters.set(cluster.id, cluster);
  }
  seedReleases(store, clusters, charts);
  seedAddons(store, catalog, clusters);
}
