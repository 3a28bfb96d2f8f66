/**
 * Resolvers of cluster.graphql: `Cluster`, `ClusterEndpoint` and the cluster queries.
 */
import type {
  ClusterEndpointResolvers,
  ClusterResolvers,
  QueryResolvers,
  Resolvers,
} from '../generated/graphql.ts';
import { clusterGlobalId } from '../ids.ts';
import { ClusterCategory, ClusterEndpointType, ClusterPhase, cceValues } from './enums.ts';
import { knownValue, toDateTime } from './values.ts';

const PHASES = cceValues(ClusterPhase);
const CATEGORIES = cceValues(ClusterCategory);
const ENDPOINT_TYPES = cceValues(ClusterEndpointType);

const Cluster: ClusterResolvers = {
  __resolveReference: (reference, { cce }) => cce.clusters.fromReference(reference),
  id: (cluster) => clusterGlobalId(cluster.id),
  uid: (cluster) => cluster.id,
  type: (cluster) => cluster.family,
  // A phase CCE added after this gateway was written is reported as UNKNOWN, not as an error.
  phase: (cluster) =>
    cluster.phase === null ? null : (knownValue(PHASES, cluster.phase) ?? 'Unknown'),
  category: (cluster) => knownValue(CATEGORIES, cluster.category),
  createdAt: (cluster) => toDateTime(cluster.createdAt),
  updatedAt: (cluster) => toDateTime(cluster.updatedAt),
  nodeSummary: (cluster) => cluster.nodes,
  releases: (cluster, args, { cce }) => cce.releases.page(cluster, args),
  release: (cluster, args, { cce }) => cce.releases.inCluster(cluster, args),
  addons: (cluster, { templateName }, { cce }) => cce.addons.ofCluster(cluster, templateName),
  addon: (cluster, args, { cce }) => cce.addons.inCluster(cluster, args),
};

const ClusterEndpoint: ClusterEndpointResolvers = {
  type: (endpoint) => knownValue(ENDPOINT_TYPES, endpoint.type),
};

const clusterQueries: Pick<QueryResolvers, 'clusters' | 'cluster'> = {
  clusters: (_parent, { type }, { cce }) => cce.clusters.list(type),
  cluster: (_parent, { id }, { cce }) => cce.clusters.byArgument(id),
};

/** The resolvers of cluster.graphql. */
export const clusterResolvers: Resolvers = { Cluster, ClusterEndpoint, Query: clusterQueries };
