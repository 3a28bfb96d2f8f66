/**
 * The hand-written answers of the benchmark's three operations: exactly the upstream calls the
 * gateway makes, on one undici Pool, and the same JSON it answers with. Shared by the servers
 * measured against the gateway: bench/baseline.ts (plain node:http, the ceiling) and, as GraphQL
 * resolvers (bench/floor-schema.ts), the two floors: bench/graphql-floor.ts and
 * bench/yoga-floor.ts.
 *
 * Like the gateway, it remembers each caller's cluster families between requests when
 * BASELINE_DIRECTORY_TTL_MS > 0 (the gateway's CLUSTER_FAMILY_CACHE_TTL_MS), so a lookup in a
 * known cluster skips the two cluster lists: the same calls as the gateway's, cold or warm.
 *
 * Settings (environment): CCE_ENDPOINT, CCE_PROJECT_ID, BASELINE_CONNECTIONS (pool size, as the
 * gateway's CCE_POOL_CONNECTIONS), BASELINE_DIRECTORY_TTL_MS (0 = off).
 */
import { Pool } from 'undici';
import type { ClusterFamily } from '../src/cce/model.ts';
import { clusterGlobalId, releaseGlobalId } from '../src/ids.ts';
import { AddonStatus } from '../src/resolvers/enums.ts';

export type Json = Record<string, unknown>;

interface Cluster {
  id: string;
  name: string;
  family: ClusterFamily;
}

/** Where each family's resources live (cce-api.md §1). */
const ROUTES: Record<
  ClusterFamily,
  { clusters: string; releases: string; release: string; addons: string; charts: string }
> = {
  CCE: {
    clusters: '/api/v3/projects/{project}/clusters',
    releases: '/cce/cam/v3/clusters/{cluster}/releases',
    release: '/cce/cam/v3/clusters/{cluster}/namespace/{namespace}/releases/{name}',
    addons: '/api/v3/addons?cluster_id={cluster}',
    charts: '/v2/charts',
  },
  AUTOPILOT: {
    clusters: '/autopilot/v3/projects/{project}/clusters',
    releases: '/autopilot/cam/v3/clusters/{cluster}/releases',
    release: '/autopilot/cam/v3/clusters/{cluster}/namespace/{namespace}/releases/{name}',
    addons: '/autopilot/v3/addons?cluster_id={cluster}',
    charts: '/autopilot/v2/charts',
  },
};
const FAMILIES: readonly ClusterFamily[] = ['CCE', 'AUTOPILOT'];

/** CCE add-on states → the GraphQL enum names (the inverse of the gateway's enum table). */
const ADDON_STATUS = new Map<string, string>(
  Object.entries(AddonStatus).map(([name, cce]) => [cce, name]),
);

export class UpstreamError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

const endpoint = process.env.CCE_ENDPOINT ?? '';
const projectId = process.env.CCE_PROJECT_ID ?? '';
const directoryTtlMs = Number(process.env.BASELINE_DIRECTORY_TTL_MS ?? '0');
/** Bounds the directory; the benchmark has one caller and 10 clusters. */
const DIRECTORY_MAX_ENTRIES = 10_000;
/** `token \n clusterId` → the cluster's family and when that stops being trusted. */
const directory = new Map<string, { family: ClusterFamily; expiresAt: number }>();
const pool = new Pool(endpoint, {
  connections: Number(process.env.BASELINE_CONNECTIONS ?? '64'),
  pipelining: 1,
  allowH2: false,
});

async function upstream(
  token: string,
  method: 'GET' | 'PUT',
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await pool.request({
    method,
    path,
    headers: { 'content-type': 'application/json', 'x-auth-token': token },
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (response.statusCode >= 300) {
    throw new UpstreamError(response.statusCode, await response.body.text());
  }
  return response.body.json();
}

const path = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_match, key: string) => encodeURIComponent(values[key] ?? ''));

async function listClusters(token: string): Promise<Cluster[]> {
  const lists = await Promise.all(
    FAMILIES.map(async (family) => {
      const json = (await upstream(
        token,
        'GET',
        path(ROUTES[family].clusters, { project: projectId }),
      )) as { items?: Array<{ metadata: { uid: string; name: string } }> };
      return (json.items ?? []).map((item) => ({
        id: item.metadata.uid,
        name: item.metadata.name,
        family,
      }));
    }),
  );
  const clusters = lists.flat();
  if (directoryTtlMs > 0) {
    if (directory.size > DIRECTORY_MAX_ENTRIES) directory.clear();
    const expiresAt = Date.now() + directoryTtlMs;
    for (const cluster of clusters) {
      directory.set(`${token}\n${cluster.id}`, { family: cluster.family, expiresAt });
    }
  }
  return clusters;
}

/** The family of a cluster the caller names: from the directory, else from the two lists. */
async function familyOf(token: string, clusterId: string): Promise<ClusterFamily | null> {
  const known = directory.get(`${token}\n${clusterId}`);
  if (known && known.expiresAt > Date.now()) return known.family;
  const cluster = (await listClusters(token)).find((each) => each.id === clusterId);
  return cluster?.family ?? null;
}

interface WireRelease {
  name: string;
  namespace: string;
  status: string;
  version: number;
  chart_name?: string;
  chart_version?: string;
}

/** What the release calls need of a cluster. */
type ClusterRef = Pick<Cluster, 'id' | 'family'>;

function releaseKeyOf(cluster: ClusterRef, namespace: string, name: string) {
  return { clusterId: cluster.id, namespace, name };
}

function releaseOut(cluster: ClusterRef, wire: WireRelease) {
  return {
    id: releaseGlobalId(releaseKeyOf(cluster, wire.namespace, wire.name)),
    name: wire.name,
    namespace: wire.namespace,
    status: wire.status,
    revision: wire.version,
    chartName: wire.chart_name ?? null,
    chartVersion: wire.chart_version ?? null,
  };
}

function showReleasePath(cluster: ClusterRef, namespace: string, name: string): string {
  return path(ROUTES[cluster.family].release, { cluster: cluster.id, namespace, name });
}

export interface ReleaseKey {
  clusterId: string;
  namespace: string;
  name: string;
}

export async function release(
  token: string,
  { clusterId, namespace, name }: ReleaseKey,
): Promise<Json> {
  const family = await familyOf(token, clusterId);
  if (!family) return { release: null };
  const cluster = { id: clusterId, family };
  const wire = (await upstream(
    token,
    'GET',
    showReleasePath(cluster, namespace, name),
  )) as WireRelease;
  return { release: releaseOut(cluster, wire) };
}

const byNamespaceAndName = (a: WireRelease, b: WireRelease) =>
  a.namespace === b.namespace
    ? a.name < b.name
      ? -1
      : a.name > b.name
        ? 1
        : 0
    : a.namespace < b.namespace
      ? -1
      : 1;

/** Releases per cluster come as one page of 50, as the gateway's default connection page. */
const PAGE_SIZE = 50;

export async function dashboard(token: string): Promise<Json> {
  const clusters = await listClusters(token);
  const rows = await Promise.all(
    clusters.map(async (cluster) => {
      const routes = ROUTES[cluster.family];
      const [releases, addons] = await Promise.all([
        upstream(token, 'GET', path(routes.releases, { cluster: cluster.id })) as Promise<
          WireRelease[]
        >,
        upstream(token, 'GET', path(routes.addons, { cluster: cluster.id })) as Promise<{
          items?: Array<{
            metadata: { name?: string };
            spec: { addonTemplateName: string; version?: string };
            status?: { status?: string };
          }>;
        }>,
      ]);
      return {
        id: clusterGlobalId(cluster.id),
        name: cluster.name,
        type: cluster.family,
        releases: {
          nodes: [...releases]
            .sort(byNamespaceAndName)
            .slice(0, PAGE_SIZE)
            .map((wire) => {
              const { name, namespace, status, chartName, chartVersion, revision } = releaseOut(
                cluster,
                wire,
              );
              return { name, namespace, status, chartName, chartVersion, revision };
            }),
        },
        addons: (addons.items ?? []).map((addon) => ({
          name: addon.metadata.name || addon.spec.addonTemplateName,
          status: ADDON_STATUS.get(addon.status?.status ?? '') ?? 'UNKNOWN',
          version: addon.spec.version ?? '',
        })),
      };
    }),
  );
  return { clusters: rows };
}

export interface UpgradeInput {
  clusterId: string;
  namespace: string;
  name: string;
  values: Json;
}

export async function releaseUpgrade(token: string, input: UpgradeInput): Promise<Json> {
  const family = await familyOf(token, input.clusterId);
  if (!family) throw new UpstreamError(404, 'no such cluster');
  const cluster = { id: input.clusterId, family };
  const releasePath = showReleasePath(cluster, input.namespace, input.name);
  const current = (await upstream(token, 'GET', releasePath)) as WireRelease;
  const charts = (await upstream(token, 'GET', ROUTES[cluster.family].charts)) as Array<{
    id: string;
    name: string;
    version?: string;
  }>;
  const chart = charts.find(
    (each) => each.name === current.chart_name && each.version === current.chart_version,
  );
  if (!chart) throw new UpstreamError(404, 'the release chart is not in the repository');
  const upgraded = (await upstream(token, 'PUT', releasePath, {
    chart_id: chart.id,
    action: 'upgrade',
    parameters: { dry_run: false, reset_values: false },
    values: input.values,
  })) as WireRelease;
  const { id, revision, status, chartVersion } = releaseOut(cluster, upgraded);
  return { releaseUpgrade: { release: { id, revision, status, chartVersion }, userErrors: [] } };
}

/** Ends the upstream pool (after the server that used it). */
export const closeUpstream = () => pool.close();
