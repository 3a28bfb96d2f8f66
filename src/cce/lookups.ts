/**
 * Single-item reads that answer "not there" with null instead of an error, for the callers (loaders,
 * status pollers) that treat a missing item as a value.
 */
import { nullWhenNotFound } from './errors.ts';
import type { Addon, CallOptions, CceClient, ClusterFamily } from './model.ts';

/**
 * The add-on `addonId` of cluster `clusterId`, or null when that cluster has no such add-on. CCE
 * does not scope ShowAddonInstance by cluster: an answer from another cluster counts as not found.
 */
export async function showAddonInCluster(
  client: CceClient,
  family: ClusterFamily,
  clusterId: string,
  addonId: string,
  options?: CallOptions,
): Promise<Addon | null> {
  const addon = await nullWhenNotFound(client.showAddon(family, addonId, clusterId, options));
  return addon?.clusterId === clusterId ? addon : null;
}
