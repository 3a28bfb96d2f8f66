/**
 * `Query.outdated`: the fleet view of `upgradeAvailable`. It reads the two cluster lists, then per
 * cluster its whole release and add-on lists, and answers every "latest version" from the chart
 * and template lists of each family (one of each per request, through the loaders).
 */
import { GraphQLError } from 'graphql';
import type { Addon, Cluster, FamilyChart, Release } from '../cce/model.ts';
import type { OutdatedKind } from '../generated/graphql.ts';
import { clusterUidOf } from '../ids.ts';
import type { AddonService } from './addons.ts';
import type { ChartService } from './charts.ts';
import type { ClusterService } from './clusters.ts';
import type { ServiceScope } from './scope.ts';
import { isNewer } from './versions.ts';

/** One release or add-on behind its latest version (the `OutdatedItem` of the schema). */
export type OutdatedItem =
  | {
      kind: 'RELEASE';
      cluster: Cluster;
      release: Release;
      currentVersion: string | null;
      latestVersion: string;
      latestChart: FamilyChart;
    }
  | {
      kind: 'ADDON';
      cluster: Cluster;
      addon: Addon;
      currentVersion: string;
      latestVersion: string;
    };

export class OutdatedService {
  readonly #scope: ServiceScope;
  readonly #clusters: ClusterService;
  readonly #charts: ChartService;
  readonly #addons: AddonService;

  constructor(
    scope: ServiceScope,
    clusters: ClusterService,
    charts: ChartService,
    addons: AddonService,
  ) {
    this.#scope = scope;
    this.#clusters = clusters;
    this.#charts = charts;
    this.#addons = addons;
  }

  async list(
    clusterIds: readonly string[] | null | undefined,
    kind: OutdatedKind | null | undefined,
  ): Promise<OutdatedItem[]> {
    const clusters = await this.#chosenClusters(clusterIds);
    const perCluster = await Promise.all(
      clusters.map(async (cluster) => {
        const [releases, addons] = await Promise.all([
          kind === 'ADDON' ? [] : this.#releases(cluster),
          kind === 'RELEASE' ? [] : this.#addonsOf(cluster),
        ]);
        return [...releases, ...addons];
      }),
    );
    return perCluster.flat();
  }

  /** Every cluster of the caller, or the given ones in the order `clusters` lists them. */
  async #chosenClusters(clusterIds: readonly string[] | null | undefined): Promise<Cluster[]> {
    // Always the lists: they hold every cluster's Kubernetes version, which add-on versions need.
    const all = await this.#clusters.list();
    if (clusterIds === null || clusterIds === undefined) return all;
    const wanted = new Set<string>();
    for (const clusterId of clusterIds) {
      const uid = clusterUidOf(clusterId);
      if (uid === null || !all.some((cluster) => cluster.id === uid)) {
        throw new GraphQLError(`No cluster with id "${clusterId}" is visible to this caller.`, {
          extensions: { code: 'NOT_FOUND' },
        });
      }
      wanted.add(uid);
    }
    return all.filter((cluster) => wanted.has(cluster.id));
  }

  async #releases(cluster: Cluster): Promise<OutdatedItem[]> {
    const releases = await this.#scope.loaders.releases.list(cluster);
    const sorted = [...releases].sort(
      (a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name),
    );
    const items = await Promise.all(
      sorted.map(async (release): Promise<OutdatedItem | null> => {
        if (release.chartName === null) return null;
        const latest = await this.#charts.latest(cluster.family, release.chartName);
        if (latest === null || latest.version === null) return null;
        if (!isNewer(latest.version, release.chartVersion)) return null;
        return {
          kind: 'RELEASE',
          cluster,
          release,
          currentVersion: release.chartVersion,
          latestVersion: latest.version,
          latestChart: latest,
        };
      }),
    );
    return items.filter((item) => item !== null);
  }

  async #addonsOf(cluster: Cluster): Promise<OutdatedItem[]> {
    const addons = await this.#addons.ofCluster(cluster);
    const sorted = [...addons].sort((a, b) => a.templateName.localeCompare(b.templateName));
    const items = await Promise.all(
      sorted.map(async (addon): Promise<OutdatedItem | null> => {
        const latest = await this.#addons.latestVersion(addon);
        if (latest === null || !isNewer(latest.version, addon.version)) return null;
        return {
          kind: 'ADDON',
          cluster,
          addon,
          currentVersion: addon.version,
          latestVersion: latest.version,
        };
      }),
    );
    return items.filter((item) => item !== null);
  }
}
