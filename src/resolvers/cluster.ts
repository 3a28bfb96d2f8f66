/**
 * Resolvers of cluster.graphql: `Cluster`, `ClusterEndpoint` and the cluster queries.
 */
import type { Cluster as ClusterModel, Release } from '../cce/model.ts';
import type {
  ClusterEndpointResolvers,
  ClusterResolvers,
  QueryResolvers,
} from '../generated/graphql.ts';
import { clusterGlobalId, readReference } from '../ids.ts';
import { paginate } from './connection.ts';
import { ClusterCategory, ClusterEndpointType, ClusterPhase, cceValues } from './enums.ts';
import { addonByArgument, clusterByArgument } from './lookups.ts';
import { knownValue, toDateTime } from './values.ts';

const DEFAULT_PAGE_SIZE = 50;
const PHASES = cceValues(ClusterPhase);
const CATEGORIES = cceValues(ClusterCategory);
const ENDPOINT_TYPES = cceValues(ClusterEndpointType);

export const Cluster: ClusterResolvers = {
  __resolveReference(reference, context) {
    if ('uid' in reference) return context.loaders.clusters.byId(reference.uid);
    const parsed = readReference('Cluster', reference.id);
    return parsed.kind === 'global' ? context.loaders.clusters.byId(parsed.id.clusterId) : null;
  },
  id: (cluster) => clusterGlobalId(cluster.id),
  uid: (cluster) => cluster.id,
  type: (cluster) => cluster.family,
  // A phase CCE added after this gateway was written is reported as UNKNOWN, not as an error.
  phase: (cluster) =>
    cluster.phase === null ? null : (knownValue(PHASES, cluster.phase) ?? 'Unknown'),
  category: (cluster) => knownValue(CATEGORIES, cluster.category),
  createdAt: (cluster) => toDateTime(cluster.createdAt),
  updatedAt: (cluster) => toDateTime(cluster.updatedAt),
  async releases(cluster, { namespace, chartId, status, first, after }, context) {
    const chartUid =
      chartId === null || chartId === undefined ? undefined : chartUidIn(cluster, chartId);
    // A chart reference that cannot name a chart of this cluster's repository matches nothing.
    const releases =
      chartUid === null
        ? []
        : await context.loaders.releases.list(cluster, {
            ...(namespace ? { namespace } : {}),
            ...(chartUid ? { chartId: chartUid } : {}),
          });
    const matching = status ? releases.filter((release) => release.status === status) : releases;
    const sortKey = (release: Release) => [release.namespace, release.name];
    return paginate(matching, sortKey, first ?? DEFAULT_PAGE_SIZE, after ?? null);
  },
  release: (cluster, { namespace, name }, context) =>
    context.loaders.releases.byKey(cluster.family, { clusterId: cluster.id, namespace, name }),
  addons: (cluster, { templateName }, context) =>
    context.loaders.addons.list(cluster, templateName ?? undefined),
  addon: (cluster, { id }, context) => addonByArgument(context, cluster, id),
};

/** The CCE chart id a `chartId` filter names for `cluster`'s repository, or null when it names none. */
function chartUidIn(cluster: ClusterModel, chartId: string): string | null {
  const reference = readReference('Chart', chartId);
  if (reference.kind === 'cce') return reference.id;
  if (reference.kind === 'global' && reference.id.family === cluster.family) {
    return reference.id.chartId;
  }
  return null;
}

export const ClusterEndpoint: ClusterEndpointResolvers = {
  type: (endpoint) => knownValue(ENDPOINT_TYPES, endpoint.type),
};

export const clusterQueries: Pick<QueryResolvers, 'clusters' | 'cluster'> = {
  clusters: (_parent, { type }, context) => context.loaders.clusters.list(type ?? undefined),
  cluster: (_parent, { id }, context) => clusterByArgument(context, id),
};
