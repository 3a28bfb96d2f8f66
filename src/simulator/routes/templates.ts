/** ListAddonTemplates / ListAutopilotAddonTemplates with their documented and hidden filters. */
import type { AddonTemplate, AddonVersion } from '../model/addon-templates.ts';
import type { ClusterFamily } from '../model/cluster.ts';
import { envelopeText, jsonText } from '../reply.ts';
import { requireCluster, type RouteDeps } from './deps.ts';
import { apiPrefix, operationName, type RequestContext, type RouteDef } from './route.ts';

/** Numeric comparison of dotted versions (`1.29.4` < `1.30.6`). */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

export function templateRoutes({ store, catalog }: RouteDeps, family: ClusterFamily): RouteDef[] {
  const group = '03';

  /** The version filter the query asks for, or null when every version is wanted. */
  function versionFilter(context: RequestContext): ((version: AddonVersion) => boolean) | null {
    const { query } = context;
    const version = query.get('version');
    const since = query.get('base_update_addon_version');
    const clusterId = query.get('cluster_id');
    const cluster =
      clusterId === null
        ? undefined
        : requireCluster(store, context.projectId, family, clusterId, group);
    if (version === null && since === null && cluster === undefined) return null;
    return (candidate) =>
      (version === null || candidate.version === version) &&
      (since === null || compareVersions(candidate.version, since) > 0) &&
      (cluster === undefined || candidate.supports(cluster.kubernetesVersion));
  }

  function render(template: AddonTemplate, keep: AddonVersion[]): string {
    const spec = template.wire.spec as Record<string, unknown>;
    return JSON.stringify({
      ...template.wire,
      spec: { ...spec, versions: keep.map((v) => v.wire) },
    });
  }

  return [
    {
      method: 'GET',
      path: `${apiPrefix(family)}/addontemplates`,
      operation: operationName(family, 'List', 'AddonTemplates'),
      group,
      handler(context) {
        const name = context.query.get('addon_template_name');
        const newest = context.query.get('newest') === 'true';
        const filter = versionFilter(context);
        const items: string[] = [];
        for (const template of catalog.templates(family)) {
          if (name !== null && name !== '' && template.name !== name && template.alias !== name)
            continue;
          if (filter === null && !newest) {
            items.push(template.json);
            continue;
          }
          const kept = filter === null ? [...template.versions] : template.versions.filter(filter);
          if (kept.length === 0) continue;
          items.push(render(template, newest ? kept.slice(-1) : kept));
        }
        return jsonText(200, envelopeText('Addon', items));
      },
    },
  ];
}
