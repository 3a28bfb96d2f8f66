/** Every CCE route of both families. */
import type { ClusterFamily } from '../model/cluster.ts';
import { addonPrecheckRoutes } from './addon-prechecks.ts';
import { addonRoutes } from './addons.ts';
import { chartRoutes } from './charts.ts';
import { clusterRoutes } from './clusters.ts';
import type { RouteDeps } from './deps.ts';
import { releaseRoutes } from './releases.ts';
import type { RouteDef } from './route.ts';
import { templateRoutes } from './templates.ts';

const FAMILIES: readonly ClusterFamily[] = ['CCE', 'AUTOPILOT'];
const GROUPS = [
  clusterRoutes,
  releaseRoutes,
  chartRoutes,
  addonRoutes,
  addonPrecheckRoutes,
  templateRoutes,
];

export function cceRoutes(deps: RouteDeps): RouteDef[] {
  return FAMILIES.flatMap((family) => GROUPS.flatMap((group) => group(deps, family)));
}
