/**
 * Deterministic load data for benchmarks: `clusters` clusters in demo-project (every third one
 * Autopilot), each with `releasesPerCluster` releases and `addonsPerCluster` add-ons. Ids and
 * names come from demo-data.ts, so a benchmark can address any of them.
 */
import {
  DEMO_PROJECT_ID,
  SCALE_NAMESPACES,
  scaleAddonId,
  scaleClusterFamily,
  scaleClusterId,
  scaleReleaseName,
} from '../demo-data.ts';
import type { AddonCatalog } from '../model/addon-templates.ts';
import type { ChartRecord } from '../model/chart.ts';
import { createClusterRecord, type ClusterRecord } from '../model/cluster.ts';
import type { SimulatorStore } from '../store.ts';
import { seedAddon, seedRelease } from './builders.ts';

export interface DemoScale {
  clusters: number;
  releasesPerCluster: number;
  addonsPerCluster: number;
}

const KUBERNETES_VERSIONS = ['v1.28', 'v1.29', 'v1.30'] as const;
const CREATED_AT = new Date('2025-02-01T00:00:00Z');

function scaleCluster(index: number): ClusterRecord {
  const family = scaleClusterFamily(index);
  const autopilot = family === 'AUTOPILOT';
  const number = String(index + 1).padStart(2, '0');
  return createClusterRecord({
    id: scaleClusterId(index),
    projectId: DEMO_PROJECT_ID,
    family,
    name: autopilot ? `bench-autopilot-${number}` : `bench-cce-${number}`,
    description: `Generated cluster ${index + 1}`,
    kubernetesVersion: KUBERNETES_VERSIONS[index % KUBERNETES_VERSIONS.length]!,
    flavor: autopilot ? 'cce.autopilot.cluster' : 'cce.s2.medium',
    phase: 'Available',
    createdAt: CREATED_AT,
    nodes: autopilot ? { total: 0, cpu: 0, memoryGi: 0 } : { total: 3, cpu: 24, memoryGi: 96 },
  });
}

/** Values like a real chart's, with one secret so that masking is part of the measured work. */
function releaseValues(clusterIndex: number, releaseIndex: number) {
  return {
    replicaCount: 1 + (releaseIndex % 3),
    image: { repository: 'nginx', tag: `1.25.${releaseIndex % 10}`, pullPolicy: 'IfNotPresent' },
    service: { type: 'ClusterIP', port: 80 },
    database: { host: 'db.internal', user: 'app', password: `pw-${clusterIndex}-${releaseIndex}` },
  };
}

export function seedScaleSet(
  store: SimulatorStore,
  catalog: AddonCatalog,
  charts: readonly ChartRecord[],
  scale: DemoScale,
): void {
  for (let index = 0; index < scale.clusters; index++) {
    const cluster = scaleCluster(index);
    store.addCluster(cluster);
    const familyCharts = charts.filter(
      (chart) => chart.family === cluster.family && chart.projectId === DEMO_PROJECT_ID,
    );
    for (let release = 0; release < scale.releasesPerCluster; release++) {
      const chart = familyCharts[release % familyCharts.length]!;
      const values = releaseValues(index, release);
      // Every other release has been upgraded once, so histories have one or two revisions.
      const revisions = release % 2 === 0 ? 1 : 2;
      const history = Array.from({ length: revisions }, (_, revision) => ({
        chart,
        values,
        status: 'DEPLOYED' as const,
        statusDescription: revision === 0 ? 'Install complete' : 'Upgrade complete',
        at: CREATED_AT,
      }));
      const namespace = SCALE_NAMESPACES[release % SCALE_NAMESPACES.length]!;
      seedRelease(store, cluster, namespace, scaleReleaseName(release), history);
    }
    const templates = catalog.templates(cluster.family);
    for (let addon = 0; addon < scale.addonsPerCluster; addon++) {
      const template = templates[addon]!;
      const version = template.versions.findLast((candidate) =>
        candidate.supports(cluster.kubernetesVersion),
      )!;
      seedAddon(store, catalog, cluster, {
        id: scaleAddonId(index, addon),
        templateName: template.name,
        version: version.version,
        at: CREATED_AT,
      });
    }
  }
}
