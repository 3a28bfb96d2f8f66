/**
 * Clusters of both API families. The two cluster lists (ListClusters, ListAutopilotClusters) are
 * read at most once per request and answer every cluster lookup, which is also how the gateway
 * learns each cluster's family and so which endpoints serve its releases and add-ons.
 */
import type { CallOptions, CceClient, Cluster, ClusterFamily } from '../cce/model.ts';
import { asError, callKey, createCallLoader } from './call-loader.ts';

export const FAMILIES: readonly ClusterFamily[] = ['CCE', 'AUTOPILOT'];

export interface ClusterLoaders {
  /** The clusters of one family, or of both (CCE first). */
  list(family?: ClusterFamily): Promise<Cluster[]>;
  /**
   * The cluster with this CCE id, or null when neither list has it. When one family's list failed
   * and the other has the cluster, the cluster is still found; when it is in neither, the failure wins.
   */
  byId(clusterId: string): Promise<Cluster | null>;
}

export function createClusterLoaders(client: CceClient, options: CallOptions): ClusterLoaders {
  const lists = createCallLoader(
    (family: ClusterFamily) => callKey(family, 'List', 'Clusters'),
    (family: ClusterFamily) => client.listClusters(family, options),
  );

  return {
    async list(family) {
      if (family) return lists.load(family);
      const perFamily = await Promise.all(FAMILIES.map((each) => lists.load(each)));
      return perFamily.flat();
    },
    async byId(clusterId) {
      const outcomes = await Promise.allSettled(FAMILIES.map((family) => lists.load(family)));
      let failure: Error | null = null;
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') {
          failure ??= asError(outcome.reason);
          continue;
        }
        const found = outcome.value.find((cluster) => cluster.id === clusterId);
        if (found) return found;
      }
      if (failure !== null) throw failure;
      return null;
    },
  };
}
