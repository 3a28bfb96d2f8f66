/**
 * Helm releases: per-cluster lists (ListReleases / ListAutopilotReleases, with the namespace and
 * chart filters CCE supports), single releases (served from a list when one is at hand, else
 * ShowRelease) and histories (ShowReleaseHistory, one call per release).
 */
import { nullWhenNotFound } from '../cce/errors.ts';
import type {
  CallOptions,
  CceClient,
  ClusterRef,
  ClusterFamily,
  Release,
  ReleaseKey,
  ReleaseListFilter,
} from '../cce/model.ts';
import { callKey, createCallLoader } from './call-loader.ts';
import { createClusterListLoader, createItemLoader } from './cluster-items.ts';

export interface ReleaseLoaders {
  list(cluster: ClusterRef, filter?: ReleaseListFilter): Promise<Release[]>;
  /** The release, or null when it does not exist. */
  byKey(family: ClusterFamily, key: ReleaseKey): Promise<Release | null>;
  /** Every revision of the release, as CCE lists them. */
  history(family: ClusterFamily, key: ReleaseKey): Promise<Release[]>;
  /** Forgets everything read so far; called after a write so later fields read fresh state. */
  clearAll(): void;
}

interface LookupKey {
  family: ClusterFamily;
  key: ReleaseKey;
}

function lookupArguments({ key }: LookupKey) {
  return { cluster_id: key.clusterId, namespace: key.namespace, name: key.name };
}

function isWhole(filter: ReleaseListFilter): boolean {
  return filter.namespace === undefined && filter.chartId === undefined;
}

export function createReleaseLoaders(client: CceClient, options: CallOptions): ReleaseLoaders {
  const lists = createClusterListLoader<ReleaseListFilter, Release>(
    'Releases',
    (filter) => ({ namespace: filter?.namespace, chart_id: filter?.chartId }),
    (cluster, filter) => client.listReleases(cluster.family, cluster.id, filter ?? {}, options),
  );
  const lookups = createItemLoader<LookupKey, Release>({
    keyOf: (lookup) => callKey(lookup.family, 'Show', 'Release', lookupArguments(lookup)),
    sourceOf: ({ family, key }) => ({ family, id: key.clusterId }),
    lists,
    matches: (release, { key }) => release.namespace === key.namespace && release.name === key.name,
    show: ({ family, key }) => nullWhenNotFound(client.showRelease(family, key, options)),
  });
  const histories = createCallLoader(
    (lookup: LookupKey) =>
      callKey(lookup.family, 'Show', 'ReleaseHistory', lookupArguments(lookup)),
    ({ family, key }: LookupKey) => client.showReleaseHistory(family, key, options),
  );

  return {
    list: (cluster, filter = {}) =>
      isWhole(filter) ? lists.loadWhole(cluster) : lists.load(cluster, filter),
    byKey: (family, key) => lookups.load({ family, key }),
    history: (family, key) => histories.load({ family, key }),
    clearAll() {
      lists.clearAll();
      lookups.clearAll();
      histories.clearAll();
    },
  };
}
