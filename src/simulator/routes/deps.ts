/** What route handlers work with, and the lookups they share. */
import { forbidden, notFound, type ErrorGroup } from '../errors.ts';
import type { AddonPrecheckLifecycle } from '../lifecycle/addon-prechecks.ts';
import type { AddonLifecycle } from '../lifecycle/addons.ts';
import type { ReleaseLifecycle } from '../lifecycle/releases.ts';
import type { AddonCatalog } from '../model/addon-templates.ts';
import type { ChartRecord } from '../model/chart.ts';
import type { ClusterFamily, ClusterRecord } from '../model/cluster.ts';
import type { SimulatorStore } from '../store.ts';
import type { RequestContext } from './route.ts';

export interface RouteDeps {
  readonly store: SimulatorStore;
  readonly catalog: AddonCatalog;
  readonly releases: ReleaseLifecycle;
  readonly addons: AddonLifecycle;
  readonly prechecks: AddonPrecheckLifecycle;
}

/** The path names a project; only the caller's own is allowed. */
export function checkProject(context: RequestContext): void {
  const requested = context.params.project_id;
  if (requested !== context.projectId) {
    throw forbidden(`The credentials do not grant access to project ${requested}.`);
  }
}

/**
 * The caller's cluster of this family, or 404 in the route's group: a cluster of another project
 * or of the other family does not exist for this caller.
 */
export function requireCluster(
  store: SimulatorStore,
  projectId: string,
  family: ClusterFamily,
  clusterId: string,
  group: ErrorGroup,
): ClusterRecord {
  const cluster = store.cluster(projectId, family, clusterId);
  if (cluster === undefined) throw notFound(group, `Cluster ${clusterId} not found.`);
  return cluster;
}

/** The caller's chart of this family, or 404 (charts belong to a project, like clusters). */
export function requireChart(
  store: SimulatorStore,
  projectId: string,
  family: ClusterFamily,
  chartId: string,
): ChartRecord {
  const chart = store.chart(projectId, family, chartId);
  if (chart === undefined) throw notFound('02', `Chart ${chartId} not found.`);
  return chart;
}
