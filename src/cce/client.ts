/**
 * The gateway-facing CCE client: one per caller (cheap), bound to that caller's credentials,
 * sharing the process-wide transport. Each method picks the family's SDK operation, builds the
 * wire request and parses the answer (parse.ts).
 */
import { createAuthorizer, secretsOf } from './auth.ts';
import type { CceCredentials } from './credentials.ts';
import {
  CLUSTER_FAMILIES,
  type Addon,
  type AddonInstallInput,
  type AddonPrecheckInput,
  type AddonPrecheckTaskFilter,
  type AddonTemplate,
  type AddonTemplateFilter,
  type AddonUpgradeInput,
  type CallOptions,
  type CceClient,
  type Chart,
  type Cluster,
  type ClusterFamily,
  type Release,
  type ReleaseCreateInput,
  type ReleaseKey,
  type ReleaseParameters,
  type ReleaseUpdateInput,
} from './model.ts';
import { expandPath, OPERATIONS } from './operations.ts';
import type { CceOperation } from './operations.ts';
import {
  parseAddon,
  parseAddonCheckTaskList,
  parseAddonList,
  parseAddonPrecheckStarted,
  parseAddonTemplateList,
  parseChart,
  parseChartList,
  parseChartValues,
  parseCluster,
  parseClusterList,
  parseDeletedAddon,
  parseDeletedRelease,
  parseRelease,
  parseReleaseList,
  type SkippedItemReport,
} from './parse.ts';
import { canonicalQueryString } from './signer.ts';
import type { CceCallHook, CceTransport } from './transport.ts';
import type {
  WireAddonCheckRequest,
  WireAddonRollbackRequest,
  WireCreateReleaseBody,
  WireInstanceRequest,
  WireReleaseParams,
  WireUpdateReleaseBody,
} from './wire.ts';

export interface CceClientOptions {
  /** Per-client hook (e.g. counting upstream calls of one GraphQL request). */
  onCall?: CceCallHook;
  /**
   * Called before each call is sent (e.g. to spend one GraphQL request's upstream-call budget); what
   * it throws fails that call, with nothing sent.
   */
  beforeCall?: () => void;
  /**
   * Told of each list item CCE sent that could not be read: it is left out of the list, and the
   * rest answered (e.g. to tell the GraphQL request so). Without it such items are only left out.
   */
  onSkippedItem?: SkippedItemReport;
}

interface FamilyOperations {
  listClusters: CceOperation;
  showCluster: CceOperation;
  createRelease: CceOperation;
  listReleases: CceOperation;
  showRelease: CceOperation;
  updateRelease: CceOperation;
  deleteRelease: CceOperation;
  showReleaseHistory: CceOperation;
  listCharts: CceOperation;
  showChart: CceOperation;
  showChartValues: CceOperation;
  createAddon: CceOperation;
  listAddons: CceOperation;
  showAddon: CceOperation;
  updateAddon: CceOperation;
  deleteAddon: CceOperation;
  rollbackAddon: CceOperation;
  listAddonTemplates: CceOperation;
}

const FAMILY_OPERATIONS: Readonly<Record<ClusterFamily, FamilyOperations>> = {
  CCE: {
    listClusters: OPERATIONS.ListClusters,
    showCluster: OPERATIONS.ShowCluster,
    createRelease: OPERATIONS.CreateRelease,
    listReleases: OPERATIONS.ListReleases,
    showRelease: OPERATIONS.ShowRelease,
    updateRelease: OPERATIONS.UpdateRelease,
    deleteRelease: OPERATIONS.DeleteRelease,
    showReleaseHistory: OPERATIONS.ShowReleaseHistory,
    listCharts: OPERATIONS.ListCharts,
    showChart: OPERATIONS.ShowChart,
    showChartValues: OPERATIONS.ShowChartValues,
    createAddon: OPERATIONS.CreateAddonInstance,
    listAddons: OPERATIONS.ListAddonInstances,
    showAddon: OPERATIONS.ShowAddonInstance,
    updateAddon: OPERATIONS.UpdateAddonInstance,
    deleteAddon: OPERATIONS.DeleteAddonInstance,
    rollbackAddon: OPERATIONS.RollbackAddonInstance,
    listAddonTemplates: OPERATIONS.ListAddonTemplates,
  },
  AUTOPILOT: {
    listClusters: OPERATIONS.ListAutopilotClusters,
    showCluster: OPERATIONS.ShowAutopilotCluster,
    createRelease: OPERATIONS.CreateAutopilotRelease,
    listReleases: OPERATIONS.ListAutopilotReleases,
    showRelease: OPERATIONS.ShowAutopilotRelease,
    updateRelease: OPERATIONS.UpdateAutopilotRelease,
    deleteRelease: OPERATIONS.DeleteAutopilotRelease,
    showReleaseHistory: OPERATIONS.ShowAutopilotReleaseHistory,
    listCharts: OPERATIONS.ListAutopilotCharts,
    showChart: OPERATIONS.ShowAutopilotChart,
    showChartValues: OPERATIONS.ShowAutopilotChartValues,
    createAddon: OPERATIONS.CreateAutopilotAddonInstance,
    listAddons: OPERATIONS.ListAutopilotAddonInstances,
    showAddon: OPERATIONS.ShowAutopilotAddonInstance,
    updateAddon: OPERATIONS.UpdateAutopilotAddonInstance,
    deleteAddon: OPERATIONS.DeleteAutopilotAddonInstance,
    rollbackAddon: OPERATIONS.RollbackAutopilotAddonInstance,
    listAddonTemplates: OPERATIONS.ListAutopilotAddonTemplates,
  },
};

function operationsOf(family: ClusterFamily): FamilyOperations {
  const operations = FAMILY_OPERATIONS[family] as FamilyOperations | undefined;
  if (operations === undefined) {
    throw new RangeError(
      `Unknown cluster family ${JSON.stringify(family)}; expected ${CLUSTER_FAMILIES.join(' or ')}`,
    );
  }
  return operations;
}

type QueryPairs = Array<[string, string]>;

/** Query pairs with the unset ones left out. */
function query(...entries: Array<[string, string | undefined]>): QueryPairs {
  const pairs: QueryPairs = [];
  for (const [key, value] of entries) if (value !== undefined) pairs.push([key, value]);
  return pairs;
}

function wireReleaseParams(parameters: ReleaseParameters): WireReleaseParams {
  return {
    dry_run: parameters.dryRun,
    name_template: parameters.nameTemplate,
    no_hooks: parameters.noHooks,
    replace: parameters.replace,
    recreate: parameters.recreate,
    reset_values: parameters.resetValues,
    release_version: parameters.releaseVersion,
    include_hooks: parameters.includeHooks,
  };
}

/** What one call sends (path values for the operation's URI template) and how it reads the answer. */
interface CallSpec<T> {
  path?: readonly string[];
  query?: QueryPairs;
  body?: object | null;
  parse: (json: unknown) => T;
}

/** `InstanceRequest` of an install or upgrade; the annotation tells CCE which one it is. */
function instanceRequest(
  annotations: Record<string, string>,
  input: AddonInstallInput | AddonUpgradeInput,
): WireInstanceRequest {
  return {
    kind: 'Addon',
    apiVersion: 'v3',
    metadata: { annotations },
    spec: {
      clusterID: input.clusterId,
      addonTemplateName: input.templateName,
      version: input.version,
      values: input.values,
    },
  };
}

export function createCceClient(
  transport: CceTransport,
  credentials: CceCredentials,
  options: CceClientOptions = {},
): CceClient {
  const authorize = createAuthorizer(credentials, transport.host);
  const secrets = secretsOf(credentials);
  const projectId = credentials.projectId;
  const onCall = options.onCall;
  const skipped: SkippedItemReport = options.onSkippedItem ?? (() => {});

  /** An operation of the family's row (ListReleases or ListAutopilotReleases, …). */
  function call<T>(
    family: ClusterFamily,
    kind: keyof FamilyOperations,
    callOptions: CallOptions | undefined,
    spec: CallSpec<T>,
  ): Promise<T> {
    let operation: CceOperation;
    try {
      operation = operationsOf(family)[kind];
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return send(operation, callOptions, spec);
  }

  function send<T>(
    operation: CceOperation,
    callOptions: CallOptions | undefined,
    { path: pathValues = [], query: queryPairs = [], body = null, parse }: CallSpec<T>,
  ): Promise<T> {
    let path: string;
    let canonicalQuery: string;
    let bodyText: string | null;
    try {
      options.beforeCall?.();
      path = transport.basePath + expandPath(operation, pathValues);
      canonicalQuery = canonicalQueryString(queryPairs);
      // JSON.stringify drops undefined members: the body sent is exactly what is signed and hashed.
      bodyText = body === null ? null : JSON.stringify(body);
    } catch (error) {
      // Bad input fails like every other failure, as a rejected promise, before anything is sent.
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return transport.send({
      operation,
      path: canonicalQuery === '' ? path : `${path}?${canonicalQuery}`,
      headers: authorize(operation.method, path, canonicalQuery, bodyText),
      body: bodyText,
      signal: callOptions?.signal,
      parse,
      onCall,
      secrets,
    });
  }

  /** An operation on one release, addressed by its key. */
  function onRelease<T>(
    family: ClusterFamily,
    kind: 'showRelease' | 'showReleaseHistory' | 'updateRelease' | 'deleteRelease',
    key: ReleaseKey,
    body: object | null,
    parse: (json: unknown, clusterId: string) => T,
    callOptions: CallOptions | undefined,
  ): Promise<T> {
    const { clusterId, namespace, name } = key;
    return call(family, kind, callOptions, {
      path: [clusterId, namespace, name],
      body,
      parse: (json) => parse(json, clusterId),
    });
  }

  return {
    // `detail=true` adds node figures and installed add-ons to the annotations at no extra call.
    listClusters(family, callOptions) {
      return call(family, 'listClusters', callOptions, {
        path: [projectId],
        query: query(['detail', 'true']),
        parse: (json) => parseClusterList(json, family, skipped),
      });
    },
    showCluster(family, clusterId, callOptions): Promise<Cluster> {
      return call(family, 'showCluster', callOptions, {
        path: [projectId, clusterId],
        query: query(['detail', 'true']),
        parse: (json) => parseCluster(json, family),
      });
    },

    listReleases(family, clusterId, filter = {}, callOptions) {
      return call(family, 'listReleases', callOptions, {
        path: [clusterId],
        query: query(['chart_id', filter.chartId], ['namespace', filter.namespace]),
        parse: (json) => parseReleaseList(json, clusterId, skipped),
      });
    },
    showRelease(family, key: ReleaseKey, callOptions): Promise<Release> {
      return onRelease(family, 'showRelease', key, null, parseRelease, callOptions);
    },
    showReleaseHistory(family, key, callOptions) {
      const history = (json: unknown, clusterId: string) =>
        parseReleaseList(json, clusterId, skipped);
      return onRelease(family, 'showReleaseHistory', key, null, history, callOptions);
    },
    createRelease(family, clusterId, input: ReleaseCreateInput, callOptions) {
      const body: WireCreateReleaseBody = {
        chart_id: input.chartId,
        name: input.name,
        namespace: input.namespace,
        version: input.version,
        description: input.description,
        values: input.values,
        parameters:
          input.parameters === undefined ? undefined : wireReleaseParams(input.parameters),
      };
      return call(family, 'createRelease', callOptions, {
        path: [clusterId],
        body,
        parse: (json) => parseRelease(json, clusterId),
      });
    },
    updateRelease(family, key, input: ReleaseUpdateInput, callOptions) {
      const body: WireUpdateReleaseBody = {
        chart_id: input.chartId,
        action: input.action,
        parameters: wireReleaseParams(input.parameters),
        values: input.values,
      };
      return onRelease(family, 'updateRelease', key, body, parseRelease, callOptions);
    },
    deleteRelease(family, key, callOptions) {
      return onRelease(family, 'deleteRelease', key, null, parseDeletedRelease, callOptions);
    },

    listCharts(family, callOptions): Promise<Chart[]> {
      return call(family, 'listCharts', callOptions, {
        parse: (json) => parseChartList(json, skipped),
      });
    },
    showChart(family, chartId, callOptions) {
      return call(family, 'showChart', callOptions, { path: [chartId], parse: parseChart });
    },
    showChartValues(family, chartId, callOptions) {
      return call(family, 'showChartValues', callOptions, {
        path: [chartId],
        parse: parseChartValues,
      });
    },

    listAddons(family, clusterId, filter = {}, callOptions): Promise<Addon[]> {
      return call(family, 'listAddons', callOptions, {
        query: query(['cluster_id', clusterId], ['addon_template_name', filter.templateName]),
        parse: (json) => parseAddonList(json, clusterId, skipped),
      });
    },
    showAddon(family, id, clusterId, callOptions) {
      return call(family, 'showAddon', callOptions, {
        path: [id],
        query: query(['cluster_id', clusterId]),
        parse: (json) => parseAddon(json, clusterId),
      });
    },
    installAddon(family, input: AddonInstallInput, callOptions) {
      return call(family, 'createAddon', callOptions, {
        body: instanceRequest({ 'addon.install/type': 'install' }, input),
        parse: (json) => parseAddon(json, input.clusterId),
      });
    },
    upgradeAddon(family, id, input: AddonUpgradeInput, callOptions) {
      return call(family, 'updateAddon', callOptions, {
        path: [id],
        body: instanceRequest({ 'addon.upgrade/type': 'upgrade' }, input),
        parse: (json) => parseAddon(json, input.clusterId),
      });
    },
    rollbackAddon(family, id, clusterId, callOptions) {
      const body: WireAddonRollbackRequest = { clusterID: clusterId };
      return call(family, 'rollbackAddon', callOptions, {
        path: [id],
        body,
        parse: (json) => parseAddon(json, clusterId),
      });
    },
    uninstallAddon(family, id, clusterId, callOptions) {
      return call(family, 'deleteAddon', callOptions, {
        path: [id],
        query: query(['cluster_id', clusterId]),
        parse: (json) => parseDeletedAddon(json, clusterId),
      });
    },
    listAddonTemplates(
      family,
      filter: AddonTemplateFilter = {},
      callOptions,
    ): Promise<AddonTemplate[]> {
      return call(family, 'listAddonTemplates', callOptions, {
        query: query(
          ['addon_template_name', filter.name],
          ['cluster_id', filter.clusterId],
          ['version', filter.version],
          ['newest', filter.newest === undefined ? undefined : String(filter.newest)],
        ),
        parse: (json) => parseAddonTemplateList(json, skipped),
      });
    },

    createAddonPrecheck(input: AddonPrecheckInput, callOptions) {
      const body: WireAddonCheckRequest = {
        kind: 'AddonCheck',
        apiVersion: 'v3',
        spec: {
          clusterID: input.clusterId,
          addonList: [
            {
              addonTemplateName: input.templateName,
              addonInstanceID: input.addonId,
              targetVersion: input.targetVersion,
              type: 'addonUpgrade',
              values: input.values,
            },
          ],
        },
      };
      return send(OPERATIONS.BatchCreateAddonPrecheck, callOptions, {
        path: [projectId, input.clusterId],
        body,
        parse: parseAddonPrecheckStarted,
      });
    },
    listAddonPrecheckTasks(clusterId, filter: AddonPrecheckTaskFilter = {}, callOptions) {
      return send(OPERATIONS.ListAddonPrecheckTasks, callOptions, {
        path: [projectId, clusterId],
        query: query(
          ['type', filter.type],
          ['task_id', filter.taskId],
          ['addon_instance_id', filter.addonId],
        ),
        parse: (json) => parseAddonCheckTaskList(json, skipped),
      });
    },
  };
}
