/**
 * Clusters, and the one place that turns a cluster id into the API family that serves it: every
 * other part of the service asks here (`refById`, `refByArgument`) and never reads the family
 * from anywhere else.
 */
import { GraphQLError } from 'graphql';
import type { Cluster, ClusterFamily, ClusterRef } from '../cce/model.ts';
import { clusterUidOf, readReference } from '../ids.ts';
import type { ServiceScope } from './scope.ts';

/** How a federation gateway refers to a cluster: by global id, or by CCE id (`uid`). */
export type ClusterReference = { id: string } | { uid: string };

export class ClusterService {
  readonly #scope: ServiceScope;

  constructor(scope: ServiceScope) {
    this.#scope = scope;
  }

  /** The clusters of one family, or of both (CCE first). */
  list(family?: ClusterFamily | null): Promise<Cluster[]> {
    return this.#scope.loaders.clusters.list(family ?? undefined);
  }

  /** The cluster with this CCE id, or null. */
  byId(clusterId: string): Promise<Cluster | null> {
    return this.#scope.loaders.clusters.byId(clusterId);
  }

  /** The cluster a `clusterId` argument names (its global id or CCE id), or null. */
  async byArgument(clusterId: string): Promise<Cluster | null> {
    const uid = clusterUidOf(clusterId);
    return uid === null ? null : this.byId(uid);
  }

  fromReference(reference: ClusterReference): Promise<Cluster | null> | null {
    if ('uid' in reference) return this.byId(reference.uid);
    const parsed = readReference('Cluster', reference.id);
    return parsed.kind === 'global' ? this.byId(parsed.id.clusterId) : null;
  }

  /**
   * The id and family of the cluster with this CCE id, or null when the caller has no such
   * cluster: all that is needed to reach its releases and add-ons, usually without reading it.
   */
  async refById(clusterId: string): Promise<ClusterRef | null> {
    const family = await this.#scope.loaders.clusters.familyOf(clusterId);
    return family === null ? null : { id: clusterId, family };
  }

  /** Like `refById`, for a `clusterId` argument (its global id or CCE id). */
  async refByArgument(clusterId: string): Promise<ClusterRef | null> {
    const uid = clusterUidOf(clusterId);
    return uid === null ? null : this.refById(uid);
  }

  /** Like `refByArgument`, for a list argument: an unknown cluster is an error, not an empty list. */
  async requireRefByArgument(clusterId: string): Promise<ClusterRef> {
    const cluster = await this.refByArgument(clusterId);
    if (cluster) return cluster;
    throw new GraphQLError(`No cluster with id "${clusterId}" is visible to this caller.`, {
      extensions: { code: 'NOT_FOUND' },
    });
  }
}
