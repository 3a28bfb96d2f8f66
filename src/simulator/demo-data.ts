/**
 * Names and ids of the simulator's demo data, for tests, docs and the gateway's GraphiQL defaults.
 * Ids are UUID-shaped and readable: `cce…` standard clusters, `a…` Autopilot clusters, `c4a47…`
 * charts, `add…` add-ons. The two standard magento-mysql chart ids are the ones in the seed pages,
 * so their example requests can be replayed as they are.
 */

export const DEMO_PROJECT_ID = 'demo-project';
export const OTHER_PROJECT_ID = 'other-project';

/** Token of demo-project, and of other-project (which sees only its own cluster). */
export const DEMO_TOKEN = 'demo-token';
export const OTHER_TOKEN = 'other-token';

/** AK/SK pair of demo-project. */
export const DEMO_ACCESS_KEY = 'DEMOACCESSKEY';
export const DEMO_SECRET_KEY = 'DEMOSECRETKEY';

export const DEMO_CLUSTERS = {
  /** CCE cluster `prod-cce` (Kubernetes v1.29) of demo-project. */
  production: 'cce00000-0000-4000-8000-000000000001',
  /** CCE cluster `dev-cce` (v1.28) of demo-project. */
  development: 'cce00000-0000-4000-8000-000000000002',
  /** Autopilot cluster `autopilot-web` (v1.30) of demo-project. */
  autopilot: 'a0000000-0000-4000-8000-000000000001',
  /** CCE cluster `other-cce` (v1.28) of other-project. */
  otherProject: 'cce00000-0000-4000-8000-000000000901',
} as const;

export const DEMO_CHARTS = {
  /** Standard magento-mysql 1.0.0 (the chart id of the CreateRelease seed page). */
  magentoMysql: '3c138b72-7ce4-6d76-7c55-604cdb2ce423',
  /** Standard magento-mysql 1.1.0 (the chart id of the UpdateRelease seed page). */
  magentoMysqlNext: 'af4b699e-018c-11ec-b8b0-0255ac100b05',
  nginx: 'c4a47000-0000-4000-8000-000000000001',
  nginxNext: 'c4a47000-0000-4000-8000-000000000002',
  redis: 'c4a47000-0000-4000-8000-000000000003',
  autopilotMagentoMysql: 'c4a47000-0000-4000-8000-000000000101',
  autopilotNginx: 'c4a47000-0000-4000-8000-000000000102',
  autopilotNginxNext: 'c4a47000-0000-4000-8000-000000000103',
  otherProjectNginx: 'c4a47000-0000-4000-8000-000000000901',
} as const;

interface DemoReleaseKey {
  readonly clusterId: string;
  readonly namespace: string;
  readonly name: string;
}

export const DEMO_RELEASES = {
  /** magento-mysql (seed values, passwords included) at revision 2, chart 1.1.0; revision 1 used 1.0.0. */
  magentoMysql: {
    clusterId: DEMO_CLUSTERS.production,
    namespace: 'default',
    name: 'magento-mysql',
  },
  nginxWeb: { clusterId: DEMO_CLUSTERS.production, namespace: 'web', name: 'nginx-web' },
  /** A release in FAILED status. */
  redisCache: { clusterId: DEMO_CLUSTERS.development, namespace: 'cache', name: 'redis-cache' },
  developmentNginx: {
    clusterId: DEMO_CLUSTERS.development,
    namespace: 'default',
    name: 'nginx-web',
  },
  autopilotMagentoMysql: {
    clusterId: DEMO_CLUSTERS.autopilot,
    namespace: 'default',
    name: 'magento-mysql',
  },
  autopilotNginx: { clusterId: DEMO_CLUSTERS.autopilot, namespace: 'web', name: 'nginx-web' },
  otherProjectApp: {
    clusterId: DEMO_CLUSTERS.otherProject,
    namespace: 'default',
    name: 'private-app',
  },
} as const satisfies Record<string, DemoReleaseKey>;

export const DEMO_ADDONS = {
  productionCoredns: 'add00000-0000-4000-8000-000000000001',
  /** everest 2.3.8, upgraded from 2.1.30: rollbackable. */
  productionEverest: 'add00000-0000-4000-8000-000000000002',
  developmentCoredns: 'add00000-0000-4000-8000-000000000003',
  developmentEverest: 'add00000-0000-4000-8000-000000000004',
  autopilotCoredns: 'add00000-0000-4000-8000-000000000005',
  autopilotMetricsServer: 'add00000-0000-4000-8000-000000000006',
  otherProjectCoredns: 'add00000-0000-4000-8000-000000000901',
} as const;

function hex(value: number, width: number): string {
  return value.toString(16).padStart(width, '0');
}

/**
 * Ids of generated load data (`demoData: {clusters, releasesPerCluster, addonsPerCluster}`):
 * cluster `index` is Autopilot when `index % 3 === 2`, CCE otherwise; indexes start at 0.
 */
export function scaleClusterFamily(index: number): 'CCE' | 'AUTOPILOT' {
  return index % 3 === 2 ? 'AUTOPILOT' : 'CCE';
}

export function scaleClusterId(index: number): string {
  const prefix = scaleClusterFamily(index) === 'AUTOPILOT' ? 'a05ca1e0' : 'cce5ca1e';
  return `${prefix}-0000-4000-8000-${hex(index, 12)}`;
}

export function scaleReleaseName(index: number): string {
  return `app-${String(index + 1).padStart(3, '0')}`;
}

/** Generated releases cycle through these namespaces. */
export const SCALE_NAMESPACES = ['default', 'web', 'data', 'jobs'] as const;

export function scaleAddonId(clusterIndex: number, addonIndex: number): string {
  return `add5ca1e-${hex(clusterIndex, 4)}-4000-8000-${hex(addonIndex, 12)}`;
}
