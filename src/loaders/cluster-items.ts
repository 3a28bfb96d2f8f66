/**
 * Per-cluster lists (releases, add-ons) and lookups of single items in lists, at the lowest upstream
 * cost. A lookup in a list this request has already asked for is answered from that list, as are
 * several lookups in one list batched together (federation `_entities`, `node` aliases): one list
 * call instead of one show call per item. A lone lookup uses the show call.
 */
import DataLoader from 'dataloader';
import type { ClusterRef } from '../cce/model.ts';
import { asError, callKey, createCallLoader, type CallArguments } from './call-loader.ts';

/** Unfiltered lists, one per `Source` (a cluster's releases, a family's clusters, …). */
export interface WholeLists<Source, Item> {
  loadWhole(source: Source): Promise<Item[]>;
  /** Whether this request has already asked for the list of `source`. */
  wholeRequested(source: Source): boolean;
  /** Names the list call of `source`; equal names mean the same list. */
  wholeKey(source: Source): string;
}

export interface ClusterListLoader<Filter, Item> extends WholeLists<ClusterRef, Item> {
  load(cluster: ClusterRef, filter: Filter): Promise<Item[]>;
  clearAll(): void;
}

/**
 * `resource` is the SDK resource name (`Releases` → ListReleases / ListAutopilotReleases);
 * `filterArguments` spells a filter as the query arguments CCE receives (undefined = not sent).
 */
export function createClusterListLoader<Filter, Item>(
  resource: string,
  filterArguments: (filter: Filter | null) => CallArguments,
  call: (cluster: ClusterRef, filter: Filter | null) => Promise<Item[]>,
): ClusterListLoader<Filter, Item> {
  interface Key {
    cluster: ClusterRef;
    filter: Filter | null;
  }
  const keyOf = ({ cluster, filter }: Key) =>
    callKey(cluster.family, 'List', resource, {
      cluster_id: cluster.id,
      ...filterArguments(filter),
    });
  const loader = createCallLoader(keyOf, ({ cluster, filter }: Key) => call(cluster, filter));
  const wholeRequested = new Set<string>();
  const loadWhole = (cluster: ClusterRef) => {
    const key = { cluster, filter: null };
    wholeRequested.add(keyOf(key));
    return loader.load(key);
  };
  const wholeKey = (cluster: ClusterRef) => keyOf({ cluster, filter: null });
  return {
    load: (cluster, filter) => loader.load({ cluster, filter }),
    loadWhole,
    wholeRequested: (cluster) => wholeRequested.has(wholeKey(cluster)),
    wholeKey,
    clearAll() {
      wholeRequested.clear();
      loader.clearAll();
    },
  };
}

export interface ItemLoaderOptions<Key, Item, Source = ClusterRef> {
  /** Names the show call a key stands for (the loader's cache key). */
  keyOf(key: Key): string;
  /** Which list would hold the item (for releases and add-ons: the cluster). */
  sourceOf(key: Key): Source;
  lists: WholeLists<Source, Item>;
  matches(item: Item, key: Key): boolean;
  /** The show call; resolves null when the item does not exist. */
  show(key: Key): Promise<Item | null>;
}

export type ItemLoader<Key, Item> = DataLoader<Key, Item | null, string>;

export function createItemLoader<Key, Item, Source = ClusterRef>(
  options: ItemLoaderOptions<Key, Item, Source>,
): ItemLoader<Key, Item> {
  const batch = async (keys: readonly Key[]): Promise<Array<Item | null | Error>> => {
    const groups = new Map<string, { source: Source; indexes: number[] }>();
    keys.forEach((key, index) => {
      const source = options.sourceOf(key);
      const groupKey = options.lists.wholeKey(source);
      const group = groups.get(groupKey);
      if (group) group.indexes.push(index);
      else groups.set(groupKey, { source, indexes: [index] });
    });
    const results = new Array<Item | null | Error>(keys.length);
    await Promise.all(
      [...groups.values()].map(async ({ source, indexes }) => {
        if (indexes.length === 1 && !options.lists.wholeRequested(source)) {
          const [index] = indexes as [number];
          results[index] = await options.show(keys[index] as Key).catch(asError);
          return;
        }
        try {
          const items = await options.lists.loadWhole(source);
          for (const index of indexes) {
            const key = keys[index] as Key;
            results[index] = items.find((item) => options.matches(item, key)) ?? null;
          }
        } catch (error) {
          for (const index of indexes) results[index] = asError(error);
        }
      }),
    );
    return results;
  };
  return new DataLoader<Key, Item | null, string>(batch, {
    cacheKeyFn: (key) => options.keyOf(key),
  });
}
