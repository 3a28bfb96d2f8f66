/**
 * Charts: each API family has its own chart repository, so a chart is always looked for in the
 * repository of the family in question.
 */
import type { ClusterFamily, FamilyChart, Release } from '../cce/model.ts';
import { readReference } from '../ids.ts';
import type { ClusterService } from './clusters.ts';
import type { ServiceScope } from './scope.ts';
import { isNewer, latestOf, newestFirst } from './versions.ts';

export class ChartService {
  readonly #scope: ServiceScope;
  readonly #clusters: ClusterService;

  constructor(scope: ServiceScope, clusters: ClusterService) {
    this.#scope = scope;
    this.#clusters = clusters;
  }

  /** The charts of one family's repository, or of both (CCE first). */
  list(family?: ClusterFamily | null): Promise<FamilyChart[]> {
    return this.#scope.loaders.charts.list(family ?? undefined);
  }

  /**
   * The chart a `chartId` argument names (its global id or CCE id), in the repository of `family`
   * when given, else in either; null when there is none.
   */
  async byArgument(chartId: string, family?: ClusterFamily): Promise<FamilyChart | null> {
    const reference = readReference('Chart', chartId);
    if (reference.kind === 'invalid') return null;
    const { charts } = this.#scope.loaders;
    if (reference.kind === 'cce') return charts.byId(reference.id, family);
    if (family && reference.id.family !== family) return null;
    return charts.byId(reference.id.chartId, reference.id.family);
  }

  /** The chart of a global id (federation references, `node`), or null. */
  byGlobalId(family: ClusterFamily, chartId: string): Promise<FamilyChart | null> {
    return this.#scope.loaders.charts.byId(chartId, family);
  }

  fromReference(reference: { id: string }): Promise<FamilyChart | null> | null {
    const parsed = readReference('Chart', reference.id);
    return parsed.kind === 'global' ? this.byGlobalId(parsed.id.family, parsed.id.chartId) : null;
  }

  /** The chart a release (or one of its revisions) was installed from, matched by name and version. */
  async ofRelease(release: Release): Promise<FamilyChart | null> {
    const cluster = await this.#clusters.refById(release.clusterId);
    return cluster ? this.#scope.loaders.charts.forRelease(cluster.family, release) : null;
  }

  /**
   * `Chart.versions`: every chart of the same name in the same family's repository (this one
   * included), newest first (see versions.ts). Served from the family's chart list.
   */
  async versions(chart: FamilyChart): Promise<FamilyChart[]> {
    return this.#sameName(chart.family, chart.name);
  }

  /** `Release.latestChart`: the latest version of the release's chart in its family's repository. */
  async latestOfRelease(release: Release): Promise<FamilyChart | null> {
    const cluster = await this.#clusters.refById(release.clusterId);
    return cluster && release.chartName !== null
      ? this.latest(cluster.family, release.chartName)
      : null;
  }

  /** The latest version (see versions.ts `latestOf`) of a chart name in one family's repository. */
  async latest(family: ClusterFamily, name: string): Promise<FamilyChart | null> {
    return latestOf(await this.#sameName(family, name), (chart) => chart.version);
  }

  /** `Release.upgradeAvailable`: the latest chart is newer than the one the release runs. */
  async upgradeAvailable(release: Release): Promise<boolean> {
    const latest = await this.latestOfRelease(release);
    return latest !== null && isNewer(latest.version, release.chartVersion);
  }

  async #sameName(family: ClusterFamily, name: string): Promise<FamilyChart[]> {
    const charts = await this.#scope.loaders.charts.list(family);
    return charts
      .filter((chart) => chart.name === name)
      .sort((a, b) => newestFirst(a.version, b.version));
  }
}
