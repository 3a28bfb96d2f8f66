/**
 * Add-on instances: per-cluster lists (ListAddonInstances / ListAutopilotAddonInstances) and single
 * add-ons (served from the list when one is at hand, else ShowAddonInstance).
 */
import { showAddonInCluster } from '../cce/lookups.ts';
import type { Addon, CallOptions, CceClient, ClusterRef } from '../cce/model.ts';
import { callKey } from './call-loader.ts';
import { createClusterListLoader, createItemLoader } from './cluster-items.ts';

export interface AddonLoaders {
  list(cluster: ClusterRef, templateName?: string): Promise<Addon[]>;
  /** The add-on, or null when the cluster has no add-on with this id. */
  byId(cluster: ClusterRef, addonId: string): Promise<Addon | null>;
  /** Forgets everything read so far; called after a write so later fields read fresh state. */
  clearAll(): void;
}

interface LookupKey {
  cluster: ClusterRef;
  addonId: string;
}

export function createAddonLoaders(client: CceClient, options: CallOptions): AddonLoaders {
  const lists = createClusterListLoader<string, Addon>(
    'AddonInstances',
    (templateName) => ({ addon_template_name: templateName ?? undefined }),
    (cluster, templateName) =>
      client.listAddons(
        cluster.family,
        cluster.id,
        templateName === null ? {} : { templateName },
        options,
      ),
  );
  const lookups = createItemLoader<LookupKey, Addon>({
    keyOf: ({ cluster, addonId }) =>
      callKey(cluster.family, 'Show', 'AddonInstance', { id: addonId, cluster_id: cluster.id }),
    sourceOf: ({ cluster }) => cluster,
    lists,
    matches: (addon, { addonId }) => addon.id === addonId,
    show: ({ cluster, addonId }) =>
      showAddonInCluster(client, cluster.family, cluster.id, addonId, options),
  });

  return {
    list: (cluster, templateName) =>
      templateName === undefined ? lists.loadWhole(cluster) : lists.load(cluster, templateName),
    byId: (cluster, addonId) => lookups.load({ cluster, addonId }),
    clearAll() {
      lists.clearAll();
      lookups.clearAll();
    },
  };
}
