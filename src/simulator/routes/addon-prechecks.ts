/**
 * BatchCreateAddonPrecheck and ListAddonPrecheckTasks: standard clusters only (the SDKs have no
 * Autopilot twin). The create answers 201 with the started tasks in `status.items` (where the API
 * page of ListAddonPrecheckTasks says their ids are) and, as the SDK's `AddonCheckStatus` models,
 * `status.phase` and `status.itemsStatus`: the configuration check, answered at once.
 */
import { invalidRequest, notFound } from '../errors.ts';
import type { PrecheckRequest } from '../lifecycle/addon-prechecks.ts';
import { addonCheckTaskWire, type ConfigurationRisk } from '../model/addon-precheck.ts';
import type { ClusterFamily, ClusterRecord } from '../model/cluster.ts';
import { jsonReply } from '../reply.ts';
import { fieldsOf, parseJsonObject, type JsonObject } from '../validation.ts';
import { versionFor } from './addons.ts';
import { checkProject, requireCluster, type RouteDeps } from './deps.ts';
import type { RequestContext, RouteDef } from './route.ts';

const group = '03';
const CHECK_TYPES: ReadonlySet<string> = new Set(['addonUpgrade', 'addonStatic']);

/** `PreCheckItemStatus` of the configuration check. */
function configurationItem(risks: readonly ConfigurationRisk[]) {
  return {
    name: 'ConfigurationChanged',
    kind: 'Risk',
    group: 'AddonCheck',
    level: 'Warning',
    phase: risks.length > 0 ? 'Failed' : 'Success',
    message:
      risks.length > 0
        ? `${risks.length} setting(s) differ from the add-on's current values.`
        : "The settings are the add-on's current values.",
    riskSource: { configurationRisks: risks },
  };
}

export function addonPrecheckRoutes(deps: RouteDeps, family: ClusterFamily): RouteDef[] {
  if (family !== 'CCE') return [];
  const { store, prechecks } = deps;
  const path = '/api/v3/projects/:project_id/clusters/:cluster_id/addons/precheck';

  function clusterOf(context: RequestContext): ClusterRecord {
    checkProject(context);
    return requireCluster(store, context.projectId, family, context.params.cluster_id!, group);
  }

  /** One `AddonInfo` of the add-on list, checked against the cluster's add-ons and templates. */
  function readAddonInfo(
    context: RequestContext,
    cluster: ClusterRecord,
    item: unknown,
    index: number,
  ): PrecheckRequest {
    const prefix = `spec.addonList[${index}].`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw invalidRequest(group, `${prefix.slice(0, -1)} must be a JSON object.`);
    }
    const info = fieldsOf(item as JsonObject, group, prefix);
    const type = info.string('type');
    if (!CHECK_TYPES.has(type)) {
      throw invalidRequest(group, `${prefix}type must be addonUpgrade or addonStatic.`);
    }
    const addonId = info.string('addonInstanceID');
    const addon = store.addon(context.projectId, family, addonId);
    if (addon === undefined || addon.clusterId !== cluster.id) {
      throw notFound(group, `Addon instance ${addonId} not found.`);
    }
    const templateName = info.string('addonTemplateName');
    if (templateName !== addon.template.name) {
      throw invalidRequest(
        group,
        `${prefix}addonTemplateName is ${templateName}, but the instance is ${addon.template.name}.`,
      );
    }
    const targetVersion =
      type === 'addonUpgrade' ? info.string('targetVersion') : info.optionalString('targetVersion');
    if (targetVersion !== undefined) versionFor(addon.template, cluster, targetVersion);
    return {
      addon,
      type: type as PrecheckRequest['type'],
      targetVersion,
      values: info.optionalObject('values') ?? addon.state.values,
    };
  }

  function create(context: RequestContext) {
    const cluster = clusterOf(context);
    const body = fieldsOf(parseJsonObject(context.body, group), group);
    body.string('kind');
    body.string('apiVersion');
    const specObject = body.object('spec');
    if (fieldsOf(specObject, group, 'spec.').string('clusterID') !== cluster.id) {
      throw invalidRequest(group, `spec.clusterID must be the cluster of the path, ${cluster.id}.`);
    }
    const addonList = specObject.addonList;
    if (!Array.isArray(addonList) || addonList.length === 0) {
      throw invalidRequest(group, 'spec.addonList must be a non-empty array.');
    }
    // Every item is checked before any task starts: a bad item starts none.
    const requests = addonList.map((item, index) => readAddonInfo(context, cluster, item, index));
    const started = requests.map((request) => prechecks.start(request));
    const configurationRisks = started.flatMap((each) => each.configurationRisks ?? []);
    const configurationChecked = started.some((each) => each.configurationRisks !== null);
    return jsonReply(201, {
      kind: 'AddonCheck',
      apiVersion: 'v3',
      // The values are not echoed: they may hold secrets.
      spec: {
        clusterID: cluster.id,
        addonList: requests.map(({ addon, type, targetVersion }) => ({
          addonTemplateName: addon.template.name,
          addonInstanceID: addon.id,
          type,
          ...(targetVersion === undefined ? {} : { targetVersion }),
        })),
      },
      status: {
        phase: 'Running',
        items: started.map(({ task }) => addonCheckTaskWire(task)),
        itemsStatus: configurationChecked ? [configurationItem(configurationRisks)] : [],
      },
    });
  }

  function list(context: RequestContext) {
    const cluster = clusterOf(context);
    const type = context.query.get('type');
    const taskId = context.query.get('task_id');
    const addonId = context.query.get('addon_instance_id');
    if (type !== null && !CHECK_TYPES.has(type)) {
      throw invalidRequest(group, 'The query parameter type must be addonUpgrade or addonStatic.');
    }
    const items = store
      .checkTasks(cluster.id)
      .filter(
        (task) =>
          (type === null || task.type === type) &&
          (taskId === null || task.taskId === taskId) &&
          (addonId === null || task.addonId === addonId),
      )
      .map(addonCheckTaskWire);
    return jsonReply(200, {
      kind: 'AddonCheck',
      apiVersion: 'v3',
      pageInfo: { currentCount: items.length },
      items,
    });
  }

  return [
    { method: 'POST', path, operation: 'BatchCreateAddonPrecheck', group, handler: create },
    {
      method: 'GET',
      path: `${path}/tasks`,
      operation: 'ListAddonPrecheckTasks',
      group,
      handler: list,
    },
  ];
}
