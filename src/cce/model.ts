/**
 * Domain shapes of CCE resources: what the rest of the gateway sees.
 *
 * The wire types (snake_case, as CCE sends them) live in `wire.ts` and are turned into these
 * shapes in exactly one place (`parse.ts`). Resolvers, loaders and the server never see wire types.
 */

/** The two CCE API families. Every cluster belongs to one; its releases and add-ons live on that family's paths. */
export const CLUSTER_FAMILIES = ['CCE', 'AUTOPILOT'] as const;

export type ClusterFamily = (typeof CLUSTER_FAMILIES)[number];

export function isClusterFamily(value: string): value is ClusterFamily {
  return (CLUSTER_FAMILIES as readonly string[]).includes(value);
}

export interface ClusterEndpoint {
  url: string;
  type: string;
}

/** Node figures of a cluster, from the `detail=true` annotations (cce-api.md §1.1). */
export interface ClusterNodeSummary {
  total: number;
  active: number;
  /** CPU cores of all nodes; null when CCE sent no readable figure. */
  cpu: number | null;
  /** Memory of all nodes in GiB; null when CCE sent no readable figure. */
  memoryGiB: number | null;
}

export interface Cluster {
  id: string;
  name: string;
  alias: string | null;
  family: ClusterFamily;
  /** `status.phase` as CCE reports it, e.g. `Available`. */
  phase: string | null;
  kubernetesVersion: string | null;
  flavor: string | null;
  category: string | null;
  description: string | null;
  endpoints: ClusterEndpoint[];
  /** Null when the answer had no `detail=true` node figures. */
  nodes: ClusterNodeSummary | null;
  /** How many add-ons are installed (`installedAddonInstances`); null when CCE did not say. */
  installedAddonCount: number | null;
  createdAt: string | null;
  updatedAt: string | null;
}

export type ReleaseStatus =
  | 'DEPLOYED'
  | 'DELETED'
  | 'FAILED'
  | 'DELETING'
  | 'PENDING_INSTALL'
  | 'PENDING_UPGRADE'
  | 'PENDING_ROLLBACK'
  | 'UNKNOWN';

/** A release is identified by the triple (cluster, namespace, name); CCE has no release id. */
export interface ReleaseKey {
  clusterId: string;
  namespace: string;
  name: string;
}

export interface Release extends ReleaseKey {
  clusterName: string | null;
  chartName: string | null;
  chartVersion: string | null;
  chartPublic: boolean | null;
  /** Helm revision number (`version` on the wire). */
  revision: number;
  status: ReleaseStatus;
  statusDescription: string | null;
  description: string | null;
  /** JSON text exactly as CCE sent it (secrets already masked by CCE); parsed lazily by whoever needs it. */
  valuesJson: string;
  /** JSON text (may be empty) of the release parameters. */
  parametersJson: string;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface Chart {
  id: string;
  name: string;
  version: string | null;
  description: string | null;
  source: string | null;
  instruction: string | null;
  iconUrl: string | null;
  public: boolean | null;
  chartUrl: string | null;
  /** JSON text of the chart's default values. */
  valuesJson: string;
  createdAt: string | null;
  updatedAt: string | null;
}

export type AddonStatus =
  | 'running'
  | 'abnormal'
  | 'installing'
  | 'installFailed'
  | 'upgrading'
  | 'upgradeFailed'
  | 'deleting'
  | 'deleteSuccess'
  | 'deleteFailed'
  | 'available'
  | 'rollbacking'
  | 'rollbackFailed'
  | 'unknown';

export interface AddonSupportedVersion {
  clusterType: string;
  clusterVersions: string[];
  categories: string[];
}

export interface AddonVersion {
  version: string;
  stable: boolean;
  input: Record<string, unknown>;
  translate: Record<string, unknown>;
  supportVersions: AddonSupportedVersion[];
  createdAt: string | null;
  updatedAt: string | null;
}

export interface Addon {
  /** `metadata.uid`. */
  id: string;
  name: string;
  alias: string | null;
  clusterId: string;
  templateName: string;
  templateType: string | null;
  templateLogo: string | null;
  templateLabels: string[];
  /** `spec.version`: the installed version. */
  version: string;
  description: string | null;
  /** `spec.values` as CCE sent it, secrets unmasked: the schema's `values` masks them when read. */
  values: Record<string, unknown>;
  status: AddonStatus;
  /** `status.Reason` on the wire. */
  reason: string | null;
  message: string | null;
  targetVersions: string[];
  currentVersion: AddonVersion | null;
  isRollbackable: boolean;
  previousVersion: string | null;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface AddonTemplate {
  name: string;
  alias: string | null;
  type: string;
  required: boolean;
  labels: string[];
  logoUrl: string | null;
  readmeUrl: string | null;
  description: string | null;
  versions: AddonVersion[];
}

/** The two facts about a cluster that decide which endpoints serve it and its objects. A `Cluster` is one. */
export type ClusterRef = Pick<Cluster, 'id' | 'family'>;

/** A chart and the family whose repository holds it (chart ids are only unique per repository). */
export type FamilyChart = Chart & { family: ClusterFamily };

/** An add-on template and the family whose clusters can install it. */
export type FamilyAddonTemplate = AddonTemplate & { family: ClusterFamily };

/** Release create/upgrade parameters (CCE `ReleaseReqBodyParams`). */
export interface ReleaseParameters {
  dryRun?: boolean;
  nameTemplate?: string;
  noHooks?: boolean;
  replace?: boolean;
  recreate?: boolean;
  resetValues?: boolean;
  releaseVersion?: number;
  includeHooks?: boolean;
}

export interface ReleaseCreateInput {
  chartId: string;
  name: string;
  namespace: string;
  /** Chart version to install. */
  version: string;
  description?: string;
  values: Record<string, unknown>;
  parameters?: ReleaseParameters;
}

export interface ReleaseUpdateInput {
  chartId: string;
  action: 'upgrade' | 'rollback';
  values: Record<string, unknown>;
  parameters: ReleaseParameters;
}

export interface AddonInstallInput {
  clusterId: string;
  templateName: string;
  /** Omitted: CCE picks the newest version the cluster supports. */
  version?: string;
  values: Record<string, unknown>;
}

export interface AddonUpgradeInput {
  clusterId: string;
  templateName: string;
  version: string;
  /** The full value set, as CCE requires on upgrade. */
  values: Record<string, unknown>;
}

/** An add-on upgrade to have CCE check (BatchCreateAddonPrecheck, type `addonUpgrade`). */
export interface AddonPrecheckInput {
  clusterId: string;
  /** The add-on's CCE id (`metadata.uid`). */
  addonId: string;
  templateName: string;
  targetVersion: string;
  /** The complete values the upgrade would send. */
  values: Record<string, unknown>;
}

/** Where a check stands (CCE's `Init`, `Running`, `Success`, `Failed`); a value CCE adds later is `UNKNOWN`. */
export type AddonCheckState = 'INIT' | 'RUNNING' | 'SUCCESS' | 'FAILED' | 'UNKNOWN';

/** CCE's `Info`, `Warning` (may be skipped) and `Fatal` (may not); an unknown level reads as `FATAL`. */
export type AddonCheckLevel = 'INFO' | 'WARNING' | 'FATAL';

/** `ConfigurationRisks`: a setting that differs from its original value. Values as CCE sent them. */
export interface AddonConfigurationRisk {
  package: string | null;
  sourceFile: string | null;
  nodeMessage: string | null;
  field: string | null;
  operation: string | null;
  originalValue: string | null;
  value: string | null;
}

/** One check item: a task's `CheckTaskRisk`, or a `PreCheckItemStatus` of the precheck's answer. */
export interface AddonCheckItem {
  name: string;
  level: AddonCheckLevel;
  /** `FAILED`: checked, and the risk was found; `SUCCESS`: checked, no risk. */
  state: AddonCheckState;
  message: string | null;
  configurationRisks: AddonConfigurationRisk[];
}

/** `AddonCheckTask`: the check of one add-on. */
export interface AddonCheckTask {
  taskId: string;
  /** `addonUpgrade` or `addonStatic`. */
  type: string;
  templateName: string;
  addonId: string | null;
  addonName: string | null;
  targetVersion: string | null;
  /** `FAILED`: finished with risks; `SUCCESS`: finished without. */
  state: AddonCheckState;
  message: string | null;
  risks: AddonCheckItem[];
  createdAt: string | null;
  expiresAt: string | null;
}

/** What BatchCreateAddonPrecheck answered: the tasks it started and the checks it answered at once. */
export interface AddonPrecheckStarted {
  phase: AddonCheckState;
  /** The tasks CCE named (`status.items`); empty when it named none. */
  tasks: AddonCheckTask[];
  /** `status.itemsStatus`. */
  items: AddonCheckItem[];
}

/** ListAddonPrecheckTasks filters. */
export interface AddonPrecheckTaskFilter {
  type?: 'addonUpgrade' | 'addonStatic';
  taskId?: string;
  addonId?: string;
}

export interface ReleaseListFilter {
  chartId?: string;
  namespace?: string;
}

export interface AddonTemplateFilter {
  name?: string;
  clusterId?: string;
  version?: string;
  newest?: boolean;
}

/** Per-call options: the caller's abort signal, so a disconnected GraphQL request aborts its upstream calls. */
export interface CallOptions {
  signal?: AbortSignal;
}

/**
 * The gateway-facing CCE client, bound to one caller's credentials.
 *
 * Each method picks the standard or Autopilot operation (`ListReleases` vs `ListAutopilotReleases`, …)
 * from `family`, so nothing above this layer ever builds a CCE path.
 */
export interface CceClient {
  listClusters(family: ClusterFamily, options?: CallOptions): Promise<Cluster[]>;
  showCluster(family: ClusterFamily, clusterId: string, options?: CallOptions): Promise<Cluster>;

  listReleases(
    family: ClusterFamily,
    clusterId: string,
    filter?: ReleaseListFilter,
    options?: CallOptions,
  ): Promise<Release[]>;
  showRelease(family: ClusterFamily, key: ReleaseKey, options?: CallOptions): Promise<Release>;
  showReleaseHistory(
    family: ClusterFamily,
    key: ReleaseKey,
    options?: CallOptions,
  ): Promise<Release[]>;
  createRelease(
    family: ClusterFamily,
    clusterId: string,
    input: ReleaseCreateInput,
    options?: CallOptions,
  ): Promise<Release>;
  updateRelease(
    family: ClusterFamily,
    key: ReleaseKey,
    input: ReleaseUpdateInput,
    options?: CallOptions,
  ): Promise<Release>;
  /** Resolves with the deleted release when CCE returns it (standard family), else `null`. */
  deleteRelease(
    family: ClusterFamily,
    key: ReleaseKey,
    options?: CallOptions,
  ): Promise<Release | null>;

  listCharts(family: ClusterFamily, options?: CallOptions): Promise<Chart[]>;
  showChart(family: ClusterFamily, chartId: string, options?: CallOptions): Promise<Chart>;
  showChartValues(
    family: ClusterFamily,
    chartId: string,
    options?: CallOptions,
  ): Promise<Record<string, unknown>>;

  listAddons(
    family: ClusterFamily,
    clusterId: string,
    filter?: { templateName?: string },
    options?: CallOptions,
  ): Promise<Addon[]>;
  showAddon(
    family: ClusterFamily,
    id: string,
    clusterId?: string,
    options?: CallOptions,
  ): Promise<Addon>;
  installAddon(
    family: ClusterFamily,
    input: AddonInstallInput,
    options?: CallOptions,
  ): Promise<Addon>;
  upgradeAddon(
    family: ClusterFamily,
    id: string,
    input: AddonUpgradeInput,
    options?: CallOptions,
  ): Promise<Addon>;
  rollbackAddon(
    family: ClusterFamily,
    id: string,
    clusterId: string,
    options?: CallOptions,
  ): Promise<Addon>;
  /** Resolves with the add-on when CCE returns it, else `null` (CCE often answers the text `success`). */
  uninstallAddon(
    family: ClusterFamily,
    id: string,
    clusterId: string,
    options?: CallOptions,
  ): Promise<Addon | null>;
  listAddonTemplates(
    family: ClusterFamily,
    filter?: AddonTemplateFilter,
    options?: CallOptions,
  ): Promise<AddonTemplate[]>;

  /** BatchCreateAddonPrecheck for one add-on upgrade. CCE has it for standard clusters only. */
  createAddonPrecheck(
    input: AddonPrecheckInput,
    options?: CallOptions,
  ): Promise<AddonPrecheckStarted>;
  /** ListAddonPrecheckTasks of a standard cluster. */
  listAddonPrecheckTasks(
    clusterId: string,
    filter?: AddonPrecheckTaskFilter,
    options?: CallOptions,
  ): Promise<AddonCheckTask[]>;
}
