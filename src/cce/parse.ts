/**
 * The one place where CCE wire answers (wire.ts) become domain shapes (model.ts).
 *
 * Inputs are parsed JSON of unknown shape. Identity fields (names, ids) must be present or the answer
 * is rejected with `WireShapeError` (the transport reports it as `UpstreamProtocolError`); fields the
 * SDK models mark optional get neutral defaults. Enum values CCE adds later map to `UNKNOWN`/`unknown`
 * rather than failing a whole list.
 */
import type {
  Addon,
  AddonCheckItem,
  AddonCheckLevel,
  AddonCheckState,
  AddonCheckTask,
  AddonConfigurationRisk,
  AddonPrecheckStarted,
  AddonStatus,
  AddonSupportedVersion,
  AddonTemplate,
  AddonVersion,
  Chart,
  Cluster,
  ClusterNodeSummary,
  ClusterEndpoint,
  ClusterFamily,
  Release,
  ReleaseStatus,
} from './model.ts';
import type {
  WireAddonCheckTask,
  WireAddonCheckResponse,
  WireAddonInstance,
  WireAddonTemplate,
  WireChart,
  WireChartValues,
  WireCheckTaskRisk,
  WireCluster,
  WireConfigurationRisks,
  WireErrorBody,
  WireList,
  WirePreCheckItemStatus,
  WireRelease,
  WireSupportVersions,
  WireVersions,
} from './wire.ts';
import { maskValues, ValuesTooDeepError } from '../values/masking.ts';

/** An answer that is valid JSON but not the documented shape. */
export class WireShapeError extends Error {
  override readonly name = 'WireShapeError';
}

/** Told of each item of a list that could not be read (and is left out): what it was, and why. */
export type SkippedItemReport = (problem: string) => void;

/**
 * The items of a list that can be read. One that cannot (a WireShapeError) is left out and
 * reported, so one bad item costs only itself: the rest of the list, and other lists, are
 * answered.
 */
function readableItems<T>(
  items: readonly unknown[],
  what: string,
  parseItem: (item: unknown) => T,
  report: SkippedItemReport,
): T[] {
  const read: T[] = [];
  items.forEach((item, index) => {
    try {
      read.push(parseItem(item));
    } catch (error) {
      if (!(error instanceof WireShapeError)) throw error;
      const name = isObject(item) && typeof item['name'] === 'string' ? ` "${item['name']}"` : '';
      report(`${what} item ${index}${name}: ${error.message}`);
    }
  });
  return read;
}

/** The largest value of GraphQL's Int (a signed 32-bit integer). */
const MAX_INT = 2 ** 31 - 1;

/** A revision number: absent is 0; anything but a whole number GraphQL's Int can carry is bad. */
function revisionNumber(value: unknown, what: string): number {
  if (value === undefined || value === null) return 0;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_INT) {
    return value;
  }
  throw new WireShapeError(`${what} is not a revision number (got ${JSON.stringify(value)})`);
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function object(value: unknown, what: string): JsonObject {
  if (!isObject(value)) throw new WireShapeError(`${what} is not a JSON object`);
  return value;
}

function array(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new WireShapeError(`${what} is not a JSON array`);
  return value;
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** A string that says something: empty strings (CCE's "no value") become null. */
function nonEmpty(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function required(value: unknown, what: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new WireShapeError(`${what} is missing or not a non-empty string`);
  }
  return value;
}

function strings(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is string => typeof item === 'string');
}

function record(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {};
}

/** `values` with their secrets masked (src/values/masking.ts); too deep a document is a bad answer. */
function masked<T>(values: T, what: string): T {
  try {
    return maskValues(values);
  } catch (error) {
    if (error instanceof ValuesTooDeepError) throw new WireShapeError(`${what}: ${error.message}`);
    throw error;
  }
}

/**
 * Values CCE may send as JSON text (documented) or, tolerated, as an object. Text stays as sent
 * (masked when it is parsed, see parseValuesText); an object is masked before it becomes text.
 */
function jsonText(value: unknown, absent: string, what: string): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return absent;
  return JSON.stringify(masked(value, what));
}

/**
 * A delete's answer: the deleted object when CCE sends one; anything else (nothing, an empty object,
 * a plain string such as `success`) means "deleted, nothing to show".
 */
function deletedObject<T>(json: unknown, parse: (json: JsonObject) => T): T | null {
  return isObject(json) && Object.keys(json).length > 0 ? parse(json) : null;
}

/** `{kind, apiVersion, items}`; a missing `items` is an empty list, as in the SDKs. */
function envelopeItems(json: unknown, what: string): unknown[] {
  const items = (object(json, what) as WireList<unknown>).items;
  return items === undefined || items === null ? [] : array(items, `${what}.items`);
}

// ---------------------------------------------------------------- releases

const RELEASE_STATUSES: ReadonlySet<string> = new Set<ReleaseStatus>([
  'DEPLOYED',
  'DELETED',
  'FAILED',
  'DELETING',
  'PENDING_INSTALL',
  'PENDING_UPGRADE',
  'PENDING_ROLLBACK',
  'UNKNOWN',
]);

/** `clusterId` is the cluster the release was fetched from: a release is known by that key. */
export function parseRelease(json: unknown, clusterId: string): Release {
  const wire = object(json, 'release') as WireRelease;
  const status = wire.status;
  return {
    clusterId,
    namespace: required(wire.namespace, 'release.namespace'),
    name: required(wire.name, 'release.name'),
    clusterName: nonEmpty(wire.cluster_name),
    chartName: nonEmpty(wire.chart_name),
    chartVersion: nonEmpty(wire.chart_version),
    chartPublic: typeof wire.chart_public === 'boolean' ? wire.chart_public : null,
    revision: revisionNumber(wire.version, 'release.version'),
    status:
      typeof status === 'string' && RELEASE_STATUSES.has(status)
        ? (status as ReleaseStatus)
        : 'UNKNOWN',
    statusDescription: nonEmpty(wire.status_description),
    description: nonEmpty(wire.description),
    valuesJson: jsonText(wire.values, '{}', 'release.values'),
    parametersJson: jsonText(wire.parameters, '', 'release.parameters'),
    createdAt: nonEmpty(wire.create_at),
    updatedAt: nonEmpty(wire.update_at),
  };
}

export function parseReleaseList(
  json: unknown,
  clusterId: string,
  report: SkippedItemReport = () => {},
): Release[] {
  return readableItems(
    array(json, 'release list'),
    `release list of cluster ${clusterId}:`,
    (item) => parseRelease(item, clusterId),
    report,
  );
}

/**
 * DeleteRelease answers the deleted release, or nothing (older docs); DeleteAutopilotRelease answers
 * a plain string. Anything but a release object means "deleted, nothing to show".
 */
export function parseDeletedRelease(json: unknown, clusterId: string): Release | null {
  return deletedObject(json, (item) => parseRelease(item, clusterId));
}

// ---------------------------------------------------------------- charts

export function parseChart(json: unknown): Chart {
  const wire = object(json, 'chart') as WireChart;
  return {
    id: required(wire.id, 'chart.id'),
    name: required(wire.name, 'chart.name'),
    version: nonEmpty(wire.version),
    description: nonEmpty(wire.description),
    source: nonEmpty(wire.source),
    instruction: nonEmpty(wire.instruction),
    iconUrl: nonEmpty(wire.icon_url),
    public: typeof wire.public === 'boolean' ? wire.public : null,
    chartUrl: nonEmpty(wire.chart_url),
    valuesJson: jsonText(wire.values, '{}', 'chart.values'),
    createdAt: nonEmpty(wire.create_at),
    updatedAt: nonEmpty(wire.update_at),
  };
}

export function parseChartList(json: unknown, report: SkippedItemReport = () => {}): Chart[] {
  return readableItems(array(json, 'chart list'), 'chart list:', parseChart, report);
}

export function parseChartValues(json: unknown): Record<string, unknown> {
  const values = (object(json, 'chart values') as WireChartValues).values;
  if (values === undefined || values === null) return {};
  return object(values, 'chart values.values');
}

// ---------------------------------------------------------------- add-ons and templates

const ADDON_STATUSES: ReadonlySet<string> = new Set<AddonStatus>([
  'running',
  'abnormal',
  'installing',
  'installFailed',
  'upgrading',
  'upgradeFailed',
  'deleting',
  'deleteSuccess',
  'deleteFailed',
  'available',
  'rollbacking',
  'rollbackFailed',
  'unknown',
]);

function parseSupportVersion(json: unknown): AddonSupportedVersion {
  const wire = record(json) as WireSupportVersions;
  return {
    clusterType: text(wire.clusterType) ?? '',
    clusterVersions: strings(wire.clusterVersion),
    categories: strings(wire.category),
  };
}

function parseAddonVersion(json: unknown, what: string): AddonVersion {
  const wire = object(json, what) as WireVersions;
  const supportVersions = Array.isArray(wire.supportVersions) ? wire.supportVersions : [];
  return {
    version: required(wire.version, `${what}.version`),
    stable: wire.stable === true,
    input: record(wire.input),
    translate: record(wire.translate),
    supportVersions: supportVersions.map(parseSupportVersion),
    createdAt: nonEmpty(wire.creationTimestamp),
    updatedAt: nonEmpty(wire.updateTimestamp),
  };
}

/** `clusterId`: the cluster asked about, used when the answer's `spec.clusterID` is missing. */
export function parseAddon(json: unknown, clusterId?: string): Addon {
  const wire = object(json, 'add-on') as WireAddonInstance;
  const metadata = record(wire.metadata) as NonNullable<WireAddonInstance['metadata']>;
  const spec = object(wire.spec, 'add-on.spec') as NonNullable<WireAddonInstance['spec']>;
  const status = record(wire.status) as NonNullable<WireAddonInstance['status']>;
  const templateName = required(spec.addonTemplateName, 'add-on.spec.addonTemplateName');
  const currentVersion =
    status.currentVersion === undefined || status.currentVersion === null
      ? null
      : parseAddonVersion(status.currentVersion, 'add-on.status.currentVersion');
  const state = status.status;
  return {
    id: required(metadata.uid, 'add-on.metadata.uid'),
    name: nonEmpty(metadata.name) ?? templateName,
    alias: nonEmpty(metadata.alias),
    clusterId: nonEmpty(spec.clusterID) ?? required(clusterId, 'add-on.spec.clusterID'),
    templateName,
    templateType: nonEmpty(spec.addonTemplateType),
    templateLogo: nonEmpty(spec.addonTemplateLogo),
    templateLabels: strings(spec.addonTemplateLabels),
    version: nonEmpty(spec.version) ?? currentVersion?.version ?? '',
    description: nonEmpty(spec.description),
    // As CCE sent it: masked when a query reads it (resolvers/addon.ts), so that a list that does
    // not ask for values (a dashboard) does not copy and walk every add-on's.
    values: record(spec.values),
    status:
      typeof state === 'string' && ADDON_STATUSES.has(state) ? (state as AddonStatus) : 'unknown',
    reason: nonEmpty(status.Reason),
    message: nonEmpty(status.message),
    targetVersions: strings(status.targetVersions),
    currentVersion,
    isRollbackable: status.isRollbackable === true,
    previousVersion: nonEmpty(status.previousVersion),
    createdAt: nonEmpty(metadata.creationTimestamp),
    updatedAt: nonEmpty(metadata.updateTimestamp),
  };
}

export function parseAddonList(
  json: unknown,
  clusterId: string,
  report: SkippedItemReport = () => {},
): Addon[] {
  return readableItems(
    envelopeItems(json, 'add-on list'),
    `add-on list of cluster ${clusterId}:`,
    (item) => parseAddon(item, clusterId),
    report,
  );
}

/** DeleteAddonInstance answers the text `success` (docs) or the add-on (Go model). */
export function parseDeletedAddon(json: unknown, clusterId: string): Addon | null {
  return deletedObject(json, (item) => parseAddon(item, clusterId));
}

function parseAddonTemplate(json: unknown): AddonTemplate {
  const wire = object(json, 'add-on template') as WireAddonTemplate;
  const metadata = record(wire.metadata) as NonNullable<WireAddonTemplate['metadata']>;
  const spec = record(wire.spec) as NonNullable<WireAddonTemplate['spec']>;
  const versions = spec.versions === undefined || spec.versions === null ? [] : spec.versions;
  const parsedVersions = array(versions, 'add-on template.spec.versions').map((version) =>
    parseAddonVersion(version, 'add-on template.spec.versions[]'),
  );
  return {
    name: nonEmpty(metadata.name) ?? required(metadata.uid, 'add-on template.metadata.name'),
    alias: nonEmpty(metadata.alias),
    type: text(spec.type) ?? '',
    required: spec.require === true,
    labels: strings(spec.labels),
    logoUrl: nonEmpty(spec.logoURL),
    readmeUrl: nonEmpty(spec.readmeURL),
    description: nonEmpty(spec.description),
    versions: parsedVersions,
  };
}

export function parseAddonTemplateList(
  json: unknown,
  report: SkippedItemReport = () => {},
): AddonTemplate[] {
  return readableItems(
    envelopeItems(json, 'add-on template list'),
    'add-on template list:',
    parseAddonTemplate,
    report,
  );
}

// ---------------------------------------------------------------- add-on prechecks

const CHECK_STATES: ReadonlyMap<string, AddonCheckState> = new Map([
  ['Init', 'INIT'],
  ['Running', 'RUNNING'],
  ['Success', 'SUCCESS'],
  ['Failed', 'FAILED'],
]);

function checkState(value: unknown): AddonCheckState {
  return (typeof value === 'string' && CHECK_STATES.get(value)) || 'UNKNOWN';
}

/** A missing or unknown level is read as `FATAL`: only CCE's own `Warning` says a risk may be skipped. */
function checkLevel(value: unknown): AddonCheckLevel {
  if (value === 'Info') return 'INFO';
  return value === 'Warning' ? 'WARNING' : 'FATAL';
}

function parseConfigurationRisk(json: unknown): AddonConfigurationRisk {
  const wire = record(json) as WireConfigurationRisks;
  return {
    package: nonEmpty(wire.package),
    sourceFile: nonEmpty(wire.sourceFile),
    nodeMessage: nonEmpty(wire.nodeMsg),
    field: nonEmpty(wire.field),
    operation: nonEmpty(wire.operation),
    originalValue: text(wire.originalValue),
    value: text(wire.value),
  };
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

// A risk is a message to a person: one CCE sent without a name is shown unnamed, never dropped.
function parseCheckTaskRisk(json: unknown): AddonCheckItem {
  const wire = record(json) as WireCheckTaskRisk;
  return {
    name: nonEmpty(wire.riskName) ?? 'unnamed risk',
    level: checkLevel(wire.level),
    state: checkState(wire.status),
    message: nonEmpty(wire.message),
    configurationRisks: [],
  };
}

function parsePreCheckItem(json: unknown): AddonCheckItem {
  const wire = record(json) as WirePreCheckItemStatus;
  return {
    name: nonEmpty(wire.name) ?? 'unnamed check',
    level: checkLevel(wire.level),
    state: checkState(wire.phase),
    message: nonEmpty(wire.message),
    configurationRisks: listOf(record(wire.riskSource).configurationRisks).map(
      parseConfigurationRisk,
    ),
  };
}

function parseAddonCheckTask(json: unknown): AddonCheckTask {
  const wire = object(json, 'add-on check task') as WireAddonCheckTask;
  const metadata = record(wire.metadata) as NonNullable<WireAddonCheckTask['metadata']>;
  const status = record(wire.status) as NonNullable<WireAddonCheckTask['status']>;
  return {
    taskId: required(metadata.taskID, 'add-on check task.metadata.taskID'),
    type: text(metadata.type) ?? '',
    templateName: text(metadata.addonTemplateName) ?? '',
    addonId: nonEmpty(metadata.addonInstanceID),
    addonName: nonEmpty(metadata.addonInstanceName),
    targetVersion: nonEmpty(record(wire.spec).addonTargetVersion),
    state: checkState(status.status),
    message: nonEmpty(status.message),
    risks: listOf(status.riskList).map(parseCheckTaskRisk),
    createdAt: nonEmpty(metadata.createTimeStamp),
    expiresAt: nonEmpty(metadata.expireTimeStamp),
  };
}

export function parseAddonCheckTaskList(
  json: unknown,
  report: SkippedItemReport = () => {},
): AddonCheckTask[] {
  return readableItems(
    envelopeItems(json, 'add-on check task list'),
    'add-on check task list:',
    parseAddonCheckTask,
    report,
  );
}

/** BatchCreateAddonPrecheck's answer: its phase, the tasks it names and the checks it answered. */
export function parseAddonPrecheckStarted(json: unknown): AddonPrecheckStarted {
  const status = record(object(json, 'add-on precheck').status) as NonNullable<
    WireAddonCheckResponse['status']
  >;
  return {
    phase: checkState(status.phase),
    tasks: readableItems(listOf(status.items), 'add-on precheck:', parseAddonCheckTask, () => {}),
    items: listOf(status.itemsStatus).map(parsePreCheckItem),
  };
}

// ---------------------------------------------------------------- clusters

function parseEndpoints(value: unknown): ClusterEndpoint[] {
  const endpoints: ClusterEndpoint[] = [];
  if (!Array.isArray(value)) return endpoints;
  for (const item of value) {
    const url = isObject(item) ? text(item.url) : null;
    if (url !== null) endpoints.push({ url, type: text((item as JsonObject).type) ?? '' });
  }
  return endpoints;
}

/** `family` is the API family the cluster was listed from: it decides its releases' and add-ons' paths. */
export function parseCluster(json: unknown, family: ClusterFamily): Cluster {
  const wire = object(json, 'cluster') as WireCluster;
  const metadata = object(wire.metadata, 'cluster.metadata') as NonNullable<
    WireCluster['metadata']
  >;
  const spec = record(wire.spec) as NonNullable<WireCluster['spec']>;
  const status = record(wire.status) as NonNullable<WireCluster['status']>;
  return {
    id: required(metadata.uid, 'cluster.metadata.uid'),
    name: required(metadata.name, 'cluster.metadata.name'),
    alias: nonEmpty(metadata.alias),
    family,
    phase: nonEmpty(status.phase),
    kubernetesVersion: nonEmpty(spec.version),
    flavor: nonEmpty(spec.flavor),
    category: nonEmpty(spec.category),
    description: nonEmpty(spec.description),
    endpoints: parseEndpoints(status.endpoints),
    nodes: parseNodeSummary(record(metadata.annotations)),
    installedAddonCount: installedAddonCount(record(metadata.annotations)),
    createdAt: nonEmpty(metadata.creationTimestamp),
    updatedAt: nonEmpty(metadata.updateTimestamp),
  };
}

/** A whole number of an annotation (`"3"`), or null. */
function countOf(text: unknown): number | null {
  if (typeof text !== 'string' || !/^\d+$/.test(text.trim())) return null;
  return Number(text.trim());
}

// Kubernetes quantity suffixes, as multiples of a byte (memory) or of a core (CPU, `m` = milli).
const QUANTITY_UNITS: Readonly<Record<string, number>> = {
  '': 1,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
};

/** A Kubernetes quantity (`24`, `8000m`, `96Gi`, `100G`) in its base unit, or null. */
function quantityOf(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const match = /^(\d+(?:\.\d+)?)\s*([a-zA-Z]*)$/.exec(text.trim());
  const unit = match ? QUANTITY_UNITS[match[2] as string] : undefined;
  return match && unit !== undefined ? Number(match[1]) * unit : null;
}

/**
 * The node figures of `detail=true` (totalNodesNumber, activeNodesNumber, totalNodesCPU in cores
 * or millicores, totalNodesMemory as a quantity; a memory figure without unit is read as GiB), or
 * null when the node count is missing.
 */
function parseNodeSummary(annotations: Record<string, unknown>): ClusterNodeSummary | null {
  const total = countOf(annotations['totalNodesNumber']);
  if (total === null) return null;
  const memoryText = annotations['totalNodesMemory'];
  const memory =
    typeof memoryText === 'string' && /^\d+(?:\.\d+)?$/.test(memoryText.trim())
      ? Number(memoryText.trim()) * 2 ** 30
      : quantityOf(memoryText);
  return {
    total,
    active: countOf(annotations['activeNodesNumber']) ?? total,
    cpu: quantityOf(annotations['totalNodesCPU']),
    memoryGiB: memory === null ? null : Math.round((memory / 2 ** 30) * 100) / 100,
  };
}

/** The length of `installedAddonInstances` (a JSON array in text), or null. */
function installedAddonCount(annotations: Record<string, unknown>): number | null {
  const text = annotations['installedAddonInstances'];
  if (typeof text !== 'string') return null;
  try {
    const list: unknown = JSON.parse(text);
    return Array.isArray(list) ? list.length : null;
  } catch {
    return null;
  }
}

export function parseClusterList(
  json: unknown,
  family: ClusterFamily,
  report: SkippedItemReport = () => {},
): Cluster[] {
  return readableItems(
    envelopeItems(json, 'cluster list'),
    `${family} cluster list:`,
    (item) => parseCluster(item, family),
    report,
  );
}

// ---------------------------------------------------------------- errors

export interface UpstreamErrorDetails {
  code: string | null;
  message: string | null;
  /** `request_id` some gateway errors carry in the body. */
  requestId: string | null;
}

/**
 * Code and message of an error answer in any casing CCE uses: `error_code`/`error_msg` (gateway,
 * generic), `errorCode`/`errorMessage` (CCE docs), nested `error.code`/`error.message`.
 * Bodies that are not a JSON object (HTML from a proxy, plain text) yield nulls.
 */
export function parseErrorBody(body: string): UpstreamErrorDetails {
  const trimmed = body.trimStart();
  let json: unknown = null;
  if (trimmed.startsWith('{')) {
    try {
      json = JSON.parse(trimmed);
    } catch {
      json = null;
    }
  }
  if (!isObject(json)) return { code: null, message: null, requestId: null };
  const wire = json as WireErrorBody;
  const nested = isObject(wire.error) ? wire.error : null;
  return {
    code: nonEmpty(wire.error_code) ?? nonEmpty(wire.errorCode) ?? nonEmpty(nested?.code),
    message: nonEmpty(wire.error_msg) ?? nonEmpty(wire.errorMessage) ?? nonEmpty(nested?.message),
    requestId: nonEmpty(wire.request_id),
  };
}
