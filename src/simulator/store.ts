/**
 * The simulator's in-memory state. Lookups take the caller's project and the path's family, so a
 * cluster of another project or of the other family is simply not there for that caller.
 */
import type { AddonRecord } from './model/addon.ts';
import type { AddonCheckTaskRecord } from './model/addon-precheck.ts';
import type { ChartRecord } from './model/chart.ts';
import type { ClusterFamily, ClusterRecord } from './model/cluster.ts';
import type { ReleaseRecord } from './model/release.ts';

function scopeKey(projectId: string, family: ClusterFamily): string {
  return `${family}:${projectId}`;
}

function releaseKey(namespace: string, name: string): string {
  return `${namespace}/${name}`;
}

/** Check tasks kept per cluster: the oldest go first, so that a long load run stays bounded. */
const CHECK_TASKS_PER_CLUSTER = 100;

function listOf<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (list === undefined) {
    list = [];
    map.set(key, list);
  }
  return list;
}

export class SimulatorStore {
  readonly #clusters = new Map<string, ClusterRecord>();
  readonly #clustersByScope = new Map<string, ClusterRecord[]>();
  readonly #charts = new Map<string, ChartRecord>();
  readonly #chartsByScope = new Map<string, ChartRecord[]>();
  /** Per cluster id, releases by `namespace/name`, in creation order. */
  readonly #releases = new Map<string, Map<string, ReleaseRecord>>();
  readonly #addons = new Map<string, AddonRecord>();
  /** Per cluster id, add-ons by template name (one instance per template and cluster). */
  readonly #addonsByCluster = new Map<string, Map<string, AddonRecord>>();
  /** Per cluster id, add-on check tasks, oldest first. */
  readonly #checkTasks = new Map<string, AddonCheckTaskRecord[]>();

  /** Forgets everything (the control route's reset loads the demo data again afterwards). */
  clear(): void {
    for (const map of [
      this.#clusters,
      this.#clustersByScope,
      this.#charts,
      this.#chartsByScope,
      this.#releases,
      this.#addons,
      this.#addonsByCluster,
      this.#checkTasks,
    ]) {
      map.clear();
    }
  }

  addCluster(cluster: ClusterRecord): void {
    if (this.#clusters.has(cluster.id)) throw new Error(`duplicate cluster id ${cluster.id}`);
    this.#clusters.set(cluster.id, cluster);
    listOf(this.#clustersByScope, scopeKey(cluster.projectId, cluster.family)).push(cluster);
    this.#releases.set(cluster.id, new Map());
    this.#addonsByCluster.set(cluster.id, new Map());
  }

  clusters(projectId: string, family: ClusterFamily): readonly ClusterRecord[] {
    return this.#clustersByScope.get(scopeKey(projectId, family)) ?? [];
  }

  cluster(projectId: string, family: ClusterFamily, id: string): ClusterRecord | undefined {
    const cluster = this.#clusters.get(id);
    return cluster?.projectId === projectId && cluster.family === family ? cluster : undefined;
  }

  addChart(chart: ChartRecord): void {
    if (this.#charts.has(chart.id)) throw new Error(`duplicate chart id ${chart.id}`);
    this.#charts.set(chart.id, chart);
    listOf(this.#chartsByScope, scopeKey(chart.projectId, chart.family)).push(chart);
  }

  charts(projectId: string, family: ClusterFamily): readonly ChartRecord[] {
    return this.#chartsByScope.get(scopeKey(projectId, family)) ?? [];
  }

  chart(projectId: string, family: ClusterFamily, id: string): ChartRecord | undefined {
    const chart = this.#charts.get(id);
    return chart?.projectId === projectId && chart.family === family ? chart : undefined;
  }

  releases(clusterId: string): Iterable<ReleaseRecord> {
    return this.#releases.get(clusterId)?.values() ?? [];
  }

  release(clusterId: string, namespace: string, name: string): ReleaseRecord | undefined {
    return this.#releases.get(clusterId)?.get(releaseKey(namespace, name));
  }

  putRelease(release: ReleaseRecord): void {
    this.#releasesOf(release.clusterId).set(releaseKey(release.namespace, release.name), release);
  }

  removeRelease(release: ReleaseRecord): void {
    this.#releases.get(release.clusterId)?.delete(releaseKey(release.namespace, release.name));
  }

  addons(clusterId: string): Iterable<AddonRecord> {
    return this.#addonsByCluster.get(clusterId)?.values() ?? [];
  }

  addon(projectId: string, family: ClusterFamily, id: string): AddonRecord | undefined {
    const addon = this.#addons.get(id);
    return addon?.projectId === projectId && addon.family === family ? addon : undefined;
  }

  addonOfTemplate(clusterId: string, templateName: string): AddonRecord | undefined {
    return this.#addonsByCluster.get(clusterId)?.get(templateName);
  }

  putAddon(addon: AddonRecord): void {
    if (this.#addons.has(addon.id)) throw new Error(`duplicate add-on id ${addon.id}`);
    this.#addons.set(addon.id, addon);
    this.#addonsOf(addon.clusterId).set(addon.template.name, addon);
  }

  removeAddon(addon: AddonRecord): void {
    this.#addons.delete(addon.id);
    this.#addonsByCluster.get(addon.clusterId)?.delete(addon.template.name);
  }

  addCheckTask(task: AddonCheckTaskRecord): void {
    const tasks = listOf(this.#checkTasks, task.clusterId);
    tasks.push(task);
    if (tasks.length > CHECK_TASKS_PER_CLUSTER) tasks.shift();
  }

  checkTasks(clusterId: string): readonly AddonCheckTaskRecord[] {
    return this.#checkTasks.get(clusterId) ?? [];
  }

  #releasesOf(clusterId: string): Map<string, ReleaseRecord> {
    const releases = this.#releases.get(clusterId);
    if (releases === undefined) throw new Error(`unknown cluster ${clusterId}`);
    return releases;
  }

  #addonsOf(clusterId: string): Map<string, AddonRecord> {
    const addons = this.#addonsByCluster.get(clusterId);
    if (addons === undefined) throw new Error(`unknown cluster ${clusterId}`);
    return addons;
  }
}
