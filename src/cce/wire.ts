/**
 * CCE wire types, spelled as CCE sends and expects them (cce-api.md §2): snake_case release and chart
 * fields, camelCase add-on and cluster fields, `status.Reason` with a capital R, release `values` as
 * JSON text. Only `parse.ts` (answers) and `client.ts` (request bodies) use them.
 *
 * Answer fields are optional, as in the SDK models: `parse.ts` checks what it relies on.
 */

// ---------------------------------------------------------------- releases

export interface WireRelease {
  chart_name?: string;
  chart_public?: boolean;
  chart_version?: string;
  cluster_id?: string;
  cluster_name?: string;
  create_at?: string;
  description?: string;
  name?: string;
  namespace?: string;
  /** Release parameters serialised as a string. */
  parameters?: string;
  resources?: string;
  status?: string;
  status_description?: string;
  update_at?: string;
  /** JSON text of the values. */
  values?: string;
  /** Helm revision. */
  version?: number;
}

export interface WireReleaseParams {
  dry_run?: boolean;
  name_template?: string;
  no_hooks?: boolean;
  replace?: boolean;
  recreate?: boolean;
  reset_values?: boolean;
  release_version?: number;
  include_hooks?: boolean;
}

export interface WireCreateReleaseBody {
  chart_id: string;
  description?: string;
  name: string;
  namespace: string;
  version: string;
  parameters?: WireReleaseParams;
  values: Record<string, unknown>;
}

export interface WireUpdateReleaseBody {
  chart_id: string;
  action: 'upgrade' | 'rollback';
  parameters: WireReleaseParams;
  values: Record<string, unknown>;
}

// ---------------------------------------------------------------- charts

export interface WireChart {
  id?: string;
  name?: string;
  /** JSON text of the chart's default values. */
  values?: string;
  translate?: string;
  instruction?: string;
  version?: string;
  description?: string;
  source?: string;
  icon_url?: string;
  public?: boolean;
  chart_url?: string;
  create_at?: string;
  update_at?: string;
}

export interface WireChartValues {
  values?: Record<string, unknown>;
}

// ---------------------------------------------------------------- add-ons and templates

export interface WireAddonMetadata {
  uid?: string;
  name?: string;
  alias?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  updateTimestamp?: string;
  creationTimestamp?: string;
}

export interface WireSupportVersions {
  clusterType?: string;
  clusterVersion?: string[];
  category?: string[];
}

export interface WireVersions {
  version?: string;
  input?: Record<string, unknown>;
  stable?: boolean;
  translate?: Record<string, unknown>;
  supportVersions?: WireSupportVersions[];
  creationTimestamp?: string;
  updateTimestamp?: string;
}

export interface WireAddonInstanceStatus {
  status?: string;
  /** Capital R, as CCE spells it. */
  Reason?: string;
  message?: string;
  targetVersions?: string[] | null;
  currentVersion?: WireVersions;
  isRollbackable?: boolean;
  previousVersion?: string;
}

export interface WireInstanceSpec {
  clusterID?: string;
  version?: string;
  addonTemplateName?: string;
  addonTemplateType?: string;
  addonTemplateLogo?: string;
  addonTemplateLabels?: string[];
  description?: string;
  values?: Record<string, unknown>;
}

export interface WireAddonInstance {
  kind?: string;
  apiVersion?: string;
  metadata?: WireAddonMetadata;
  spec?: WireInstanceSpec;
  status?: WireAddonInstanceStatus;
}

export interface WireTemplateSpec {
  type?: string;
  require?: boolean;
  labels?: string[];
  logoURL?: string;
  readmeURL?: string;
  description?: string;
  versions?: WireVersions[];
}

export interface WireAddonTemplate {
  kind?: string;
  apiVersion?: string;
  metadata?: WireAddonMetadata;
  spec?: WireTemplateSpec;
}

/** Body of CreateAddonInstance / UpdateAddonInstance (`InstanceRequest`). */
export interface WireInstanceRequest {
  kind: 'Addon';
  apiVersion: 'v3';
  metadata: { annotations: Record<string, string> };
  spec: {
    clusterID: string;
    addonTemplateName: string;
    version?: string;
    values: Record<string, unknown>;
  };
}

/** Body of RollbackAddonInstance. */
export interface WireAddonRollbackRequest {
  clusterID: string;
}

// ---------------------------------------------------------------- add-on prechecks

/** One add-on to check (`AddonInfo`). */
export interface WireAddonInfo {
  addonTemplateName: string;
  addonInstanceID: string;
  /** Required for `addonUpgrade`. */
  targetVersion?: string;
  type: 'addonUpgrade' | 'addonStatic';
  values?: Record<string, unknown>;
}

/** Body of BatchCreateAddonPrecheck (`AddonCheckRequest` with its `AddonCheckSpec`). */
export interface WireAddonCheckRequest {
  kind: 'AddonCheck';
  apiVersion: 'v3';
  spec: { clusterID: string; addonList: WireAddonInfo[] };
}

/** `ConfigurationRisks`: a setting that differs from its original value. */
export interface WireConfigurationRisks {
  package?: string;
  sourceFile?: string;
  nodeMsg?: string;
  field?: string;
  operation?: string;
  originalValue?: string;
  value?: string;
}

/** `PreCheckItemStatus`: one check CCE answered, with where its risk comes from (`RiskSource`). */
export interface WirePreCheckItemStatus {
  name?: string;
  kind?: string;
  group?: string;
  /** `Info`, `Warning` or `Fatal`. */
  level?: string;
  /** `Init`, `Running`, `Success` or `Failed`. */
  phase?: string;
  message?: string;
  riskSource?: { configurationRisks?: WireConfigurationRisks[] };
  errorCodes?: string[];
}

/** `CheckTaskRisk`: one risk item of a check task. */
export interface WireCheckTaskRisk {
  riskName?: string;
  /** `Warning` (may be skipped) or `Fatal` (may not). */
  level?: string;
  /** `Init`, `Running`, `Failed` (checked, risk found) or `Success` (checked, no risk). */
  status?: string;
  message?: string;
}

/** `AddonCheckTask`: one add-on's check task. */
export interface WireAddonCheckTask {
  metadata?: {
    type?: string;
    taskID?: string;
    addonTemplateName?: string;
    addonInstanceName?: string;
    addonInstanceID?: string;
    createTimeStamp?: string;
    /** Only on finished (`Failed`/`Success`) tasks. */
    expireTimeStamp?: string;
  };
  spec?: { addonTargetVersion?: string };
  status?: { status?: string; message?: string; riskList?: WireCheckTaskRisk[] };
}

/**
 * Answer of BatchCreateAddonPrecheck. The SDK model's `status` is `AddonCheckStatus`
 * (`phase`, `itemsStatus`); the API page of ListAddonPrecheckTasks takes the task id from
 * `status.items[].metadata.taskID`. Both are read (cce-api.md, add-on prechecks).
 */
export interface WireAddonCheckResponse {
  kind?: string;
  apiVersion?: string;
  spec?: { clusterID?: string; addonList?: WireAddonInfo[] };
  status?: {
    phase?: string;
    itemsStatus?: WirePreCheckItemStatus[];
    items?: WireAddonCheckTask[];
  };
}

/** Answer of ListAddonPrecheckTasks. */
export interface WireAddonCheckTaskList {
  kind?: string;
  apiVersion?: string;
  pageInfo?: { currentCount?: number };
  items?: WireAddonCheckTask[];
}

// ---------------------------------------------------------------- clusters

export interface WireCluster {
  kind?: string;
  apiVersion?: string;
  metadata?: {
    name?: string;
    uid?: string;
    alias?: string;
    annotations?: Record<string, string>;
    labels?: Record<string, string>;
    creationTimestamp?: string;
    updateTimestamp?: string;
  };
  spec?: {
    category?: string;
    type?: string;
    flavor?: string;
    version?: string;
    platformVersion?: string;
    description?: string;
  };
  status?: {
    phase?: string;
    jobID?: string;
    reason?: string;
    message?: string;
    endpoints?: Array<{ url?: string; type?: string }>;
  };
}

// ---------------------------------------------------------------- envelopes and errors

/** `{kind, apiVersion, items}` of the add-on, template and cluster lists. */
export interface WireList<T> {
  kind?: string;
  apiVersion?: string;
  items?: T[];
}

/** Every error casing CCE and its API gateway use (cce-api.md §4.1). */
export interface WireErrorBody {
  error_code?: string;
  error_msg?: string;
  errorCode?: string;
  errorMessage?: string;
  error?: { code?: string; message?: string };
  request_id?: string;
}
