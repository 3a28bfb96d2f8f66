/**
 * Every loader of one request, bound to one caller's CCE client and the request's abort signal.
 * Created fresh per request by the context factory; never shared between requests or callers.
 * What outlives the request is only the caller's cluster directory (cluster id → family).
 */
import type { CallOptions, CceClient } from '../cce/model.ts';
import { createAddonTemplateLoaders, type AddonTemplateLoaders } from './addon-templates.ts';
import { createAddonLoaders, type AddonLoaders } from './addons.ts';
import { createChartLoaders, type ChartLoaders } from './charts.ts';
import type { CallerClusterDirectory } from './cluster-directory.ts';
import { createClusterLoaders, type ClusterLoaders } from './clusters.ts';
import { createReleaseLoaders, type ReleaseLoaders } from './releases.ts';

export interface Loaders {
  readonly clusters: ClusterLoaders;
  readonly releases: ReleaseLoaders;
  readonly charts: ChartLoaders;
  readonly addons: AddonLoaders;
  readonly addonTemplates: AddonTemplateLoaders;
}

export function createLoaders(
  client: CceClient,
  options: CallOptions,
  clusterFamilies: CallerClusterDirectory,
): Loaders {
  return {
    clusters: createClusterLoaders(client, options, clusterFamilies),
    releases: createReleaseLoaders(client, options),
    charts: createChartLoaders(client, options),
    addons: createAddonLoaders(client, options),
    addonTemplates: createAddonTemplateLoaders(client, options),
  };
}
