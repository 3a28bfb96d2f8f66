/**
 * Clusters of both API families (ListClusters, ListAutopilotClusters, ShowCluster and its twin).
 * A cluster's family decides which endpoints serve it, its releases and its add-ons. Every list
 * read teaches the caller's cluster directory (cluster-directory.ts) the family of each cluster in
 * it. A lookup of a cluster the directory knows goes straight to its family: the family's list
 * when this request reads that list anyway or looks up several of its clusters, else ShowCluster.
 * A cluster the caller has not seen within the directory's TTL is looked for in both lists, each
 * read at most once per request.
 */
import DataLoader from 'dataloader';
import { nullWhenNotFound } from '../cce/errors.ts';
import {
  CLUSTER_FAMILIES,
  type CallOptions,
  type CceClient,
  type Cluster,
  type ClusterFamily,
} from '../cce/model.ts';
import { asError, callKey, createCallLoader } from './call-loader.ts';
import type { CallerClusterDirectory } from './cluster-directory.ts';
import { createItemLoader, type WholeLists } from './cluster-items.ts';

export interface ClusterLoaders {
  /** The clusters of one family, or of both (CCE first). */
  list(family?: ClusterFamily): Promise<Cluster[]>;
  /**
   * The cluster with this CCE id, or null when the caller has no such cluster. When one family's
   * list failed and the other has the cluster, the cluster is still found; when it is in neither,
   * the failure wins.
   */
  byId(clusterId: string): Promise<Cluster | null>;
  /**
   * The family of the cluster with this CCE id, or null when the caller has no such cluster. Costs
   * no upstream call when the caller's directory knows the id; the family of an id never changes,
   * so a 404 from the family's endpoints later means the object is gone, not that the family was wrong.
   */
  familyOf(clusterId: string): Promise<ClusterFamily | null>;
}

interface LookupKey {
  family: ClusterFamily;
  clusterId: string;
}

const listKey = (family: ClusterFamily) => callKey(family, 'List', 'Clusters');

export function createClusterLoaders(
  client: CceClient,
  options: CallOptions,
  directory: CallerClusterDirectory,
): ClusterLoaders {
  const lists = createCallLoader(listKey, async (family: ClusterFamily) => {
    const clusters = await client.listClusters(family, options);
    directory.remember(clusters);
    return clusters;
  });
  const requested = new Set<ClusterFamily>();
  const familyLists: WholeLists<ClusterFamily, Cluster> = {
    loadWhole(family) {
      requested.add(family);
      return lists.load(family);
    },
    wholeRequested: (family) => requested.has(family),
    wholeKey: listKey,
  };
  const lookups = createItemLoader<LookupKey, Cluster, ClusterFamily>({
    keyOf: ({ family, clusterId }) => callKey(family, 'Show', 'Cluster', { cluster_id: clusterId }),
    sourceOf: ({ family }) => family,
    lists: familyLists,
    matches: (cluster, { clusterId }) => cluster.id === clusterId,
    show: ({ family, clusterId }) =>
      nullWhenNotFound(client.showCluster(family, clusterId, options)),
  });

  // The cluster objects this request reads, by id (see `familyOf`).
  const reads = new Map<string, Promise<Cluster | null>>();

  async function inEitherList(clusterId: string): Promise<Cluster | null> {
    const outcomes = await Promise.allSettled(
      CLUSTER_FAMILIES.map((family) => familyLists.loadWhole(family)),
    );
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
  }

  function byId(clusterId: string): Promise<Cluster | null> {
    const family = directory.familyOf(clusterId);
    const read = family ? lookups.load({ family, clusterId }) : inEitherList(clusterId);
    reads.set(clusterId, read);
    return read;
  }

  /**
   * Decided per batch, once every field of this tick has asked for what it reads: when this
   * request reads the cluster anyway (its object, or its family's list), a lookup in it waits for
   * that read, as it would without the directory, so the cluster's own fields (say, all its
   * releases) answer the lookup instead of a show call more.
   */
  async function familyOf(clusterId: string): Promise<ClusterFamily | null> {
    const known = directory.familyOf(clusterId);
    if (known === undefined) return (await inEitherList(clusterId))?.family ?? null;
    if (!reads.has(clusterId) && !familyLists.wholeRequested(known)) return known;
    try {
      return (await byId(clusterId))?.family ?? null;
    } catch {
      return known;
    }
  }
  const families = new DataLoader<string, ClusterFamily | null>((ids) =>
    Promise.all(ids.map((id) => familyOf(id).catch(asError))),
  );

  return {
    async list(family) {
      if (family) return familyLists.loadWhole(family);
      const perFamily = await Promise.all(
        CLUSTER_FAMILIES.map((each) => familyLists.loadWhole(each)),
      );
      return perFamily.flat();
    },
    byId,
    familyOf: (clusterId) => families.load(clusterId),
  };
}
