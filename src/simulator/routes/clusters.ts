/** ListClusters / ShowCluster and their Autopilot twins. */
import { clusterWire, type ClusterFamily, type ClusterRecord } from '../model/cluster.ts';
import { envelopeText, jsonText } from '../reply.ts';
import type { SimulatorStore } from '../store.ts';
import { checkProject, requireCluster, type RouteDeps } from './deps.ts';
import { apiPrefix, operationName, type RouteDef } from './route.ts';

/** The `detail=true` annotations: node figures and the installed add-ons. */
function detailAnnotations(store: SimulatorStore, cluster: ClusterRecord): Record<string, string> {
  const installed = [...store.addons(cluster.id)].map((addon) => ({
    addonTemplateName: addon.template.name,
    version: addon.state.version.version,
    status: addon.state.status,
  }));
  return {
    totalNodesNumber: String(cluster.nodes.total),
    activeNodesNumber: String(cluster.nodes.total),
    totalNodesCPU: String(cluster.nodes.cpu),
    totalNodesMemory: `${cluster.nodes.memoryGi}Gi`,
    installedAddonInstances: JSON.stringify(installed),
  };
}

export function clusterRoutes({ store }: RouteDeps, family: ClusterFamily): RouteDef[] {
  const path = `${apiPrefix(family)}/projects/:project_id/clusters`;
  const group = '01';

  function render(cluster: ClusterRecord, detail: boolean): string {
    return detail
      ? JSON.stringify(clusterWire(cluster, detailAnnotations(store, cluster)))
      : cluster.json;
  }

  return [
    {
      method: 'GET',
      path,
      operation: operationName(family, 'List', 'Clusters'),
      group,
      handler(context) {
        checkProject(context);
        const { query } = context;
        const phase = query.get('status');
        const type = query.get('type');
        const version = query.get('version');
        const detail = query.get('detail') === 'true';
        const items = store
          .clusters(context.projectId, family)
          .filter(
            (cluster) =>
              (phase === null || cluster.phase === phase) &&
              (type === null || type === 'VirtualMachine') &&
              (version === null || cluster.kubernetesVersion === version),
          )
          .map((cluster) => render(cluster, detail));
        return jsonText(200, envelopeText('Cluster', items));
      },
    },
    {
      method: 'GET',
      path: `${path}/:cluster_id`,
      operation: operationName(family, 'Show', 'Cluster'),
      group,
      handler(context) {
        checkProject(context);
        const id = context.params.cluster_id!;
        const cluster = requireCluster(store, context.projectId, family, id, group);
        return jsonText(200, render(cluster, context.query.get('detail') === 'true'));
      },
    },
  ];
}
