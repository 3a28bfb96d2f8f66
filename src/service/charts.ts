/**
 * Charts: each API family has its own chart repository, so a chart is always looked for in the
 * repository of the family in question.
 */
import type { ClusterFamily, FamilyChart, Release } from '../cce/model.ts';
import { readReference } from '../ids.ts';
import type { ClusterService } from './clusters.ts';
import type { ServiceScope } from './scope.ts';

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
}
