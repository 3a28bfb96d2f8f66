/**
 * Lookups shared by queries, `node`, federation references and mutation validation. Each goes
 * through the request's loaders, so repeating one costs no further upstream call.
 */
import { GraphQLError } from 'graphql';
import type { Addon, Cluster, ClusterFamily, Release, ReleaseKey } from '../cce/model.ts';
import type { GatewayContext } from '../context.ts';
import { clusterUidOf, readReference, type GlobalId } from '../ids.ts';
import type { ClusterRef, FamilyChart } from '../loaders/index.ts';

/** The cluster a `clusterId` argument names (its global id or CCE id), or null. */
export async function clusterByArgument(
  context: GatewayContext,
  clusterId: string,
): Promise<Cluster | null> {
  const uid = clusterUidOf(clusterId);
  return uid === null ? null : context.loaders.clusters.byId(uid);
}

/**
 * The id and family of the cluster a `clusterId` argument names, or null when the caller has no
 * such cluster: all that is needed to reach its releases and add-ons, without reading the cluster.
 */
export async function clusterRefByArgument(
  context: GatewayContext,
  clusterId: string,
): Promise<ClusterRef | null> {
  const uid = clusterUidOf(clusterId);
  const family = uid === null ? null : await context.loaders.clusters.familyOf(uid);
  return uid !== null && family !== null ? { id: uid, family } : null;
}

/** Like `clusterRefByArgument`, for a list argument: an unknown cluster is an error, not an empty list. */
export async function requireClusterRefByArgument(
  context: GatewayContext,
  clusterId: string,
): Promise<ClusterRef> {
  const cluster = await clusterRefByArgument(context, clusterId);
  if (cluster) return cluster;
  throw new GraphQLError(`No cluster with id "${clusterId}" is visible to this caller.`, {
    extensions: { code: 'NOT_FOUND' },
  });
}

export async function releaseByKey(
  context: GatewayContext,
  key: ReleaseKey,
): Promise<Release | null> {
  const family = await context.loaders.clusters.familyOf(key.clusterId);
  return family ? context.loaders.releases.byKey(family, key) : null;
}

/**
 * The add-on an `id` argument names (its global id or CCE id) in `cluster`, or null. A global id
 * of an add-on in another cluster names no add-on of this one.
 */
export async function addonByArgument(
  context: GatewayContext,
  cluster: ClusterRef,
  addonId: string,
): Promise<Addon | null> {
  const reference = readReference('Addon', addonId);
  if (reference.kind === 'invalid') return null;
  if (reference.kind === 'global' && reference.id.clusterId !== cluster.id) return null;
  const uid = reference.kind === 'global' ? reference.id.addonId : reference.id;
  return context.loaders.addons.byId(cluster, uid);
}

/**
 * The chart a `chartId` argument names (its global id or CCE id), in the repository of `family`
 * when given, else in either; null when there is none.
 */
export async function chartByArgument(
  context: GatewayContext,
  chartId: string,
  family?: ClusterFamily,
): Promise<FamilyChart | null> {
  const reference = readReference('Chart', chartId);
  if (reference.kind === 'invalid') return null;
  if (reference.kind === 'cce') return context.loaders.charts.byId(reference.id, family);
  if (family && reference.id.family !== family) return null;
  return context.loaders.charts.byId(reference.id.chartId, reference.id.family);
}

/** The object a global id names, or null. */
export async function objectByGlobalId(
  context: GatewayContext,
  id: GlobalId,
): Promise<Cluster | Release | Addon | FamilyChart | null> {
  switch (id.type) {
    case 'Cluster':
      return context.loaders.clusters.byId(id.clusterId);
    case 'Release':
      return releaseByKey(context, id.key);
    case 'Addon': {
      const family = await context.loaders.clusters.familyOf(id.clusterId);
      return family ? context.loaders.addons.byId({ id: id.clusterId, family }, id.addonId) : null;
    }
    case 'Chart':
      return context.loaders.charts.byId(id.chartId, id.family);
  }
}
