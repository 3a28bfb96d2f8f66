/** Add-on instances: Create/List/Show/Update/Delete/Rollback and their Autopilot twins. */
import { apiError, invalidRequest, notFound } from '../errors.ts';
import { addonOperationInProgress, canRollBack } from '../lifecycle/addons.ts';
import { addonJson, type AddonRecord } from '../model/addon.ts';
import type { AddonTemplate, AddonVersion } from '../model/addon-templates.ts';
import type { ClusterFamily, ClusterRecord } from '../model/cluster.ts';
import { envelopeText, jsonText, textReply } from '../reply.ts';
import { fieldsOf, parseJsonObject } from '../validation.ts';
import { requireCluster, type RouteDeps } from './deps.ts';
import { apiPrefix, operationName, type RequestContext, type RouteDef } from './route.ts';

const group = '03';
const INSTALL_ANNOTATION = 'addon.install/type';
const UPGRADE_ANNOTATION = 'addon.upgrade/type';

/** `InstanceRequest`: kind and apiVersion are required (their values are ignored, as CCE does). */
function readInstanceRequest(context: RequestContext, annotation: string, marker: string) {
  const body = fieldsOf(parseJsonObject(context.body, group), group);
  body.string('kind');
  body.string('apiVersion');
  const annotations = fieldsOf(body.object('metadata'), group, 'metadata.').object('annotations');
  if (annotations[annotation] !== marker) {
    throw invalidRequest(group, `metadata.annotations must contain "${annotation}": "${marker}".`);
  }
  const spec = fieldsOf(body.object('spec'), group, 'spec.');
  return {
    clusterId: spec.string('clusterID'),
    templateName: spec.string('addonTemplateName'),
    version: spec.optionalString('version'),
    values: spec.object('values'),
  };
}

/** The requested version of the template, checked against the cluster's Kubernetes version. */
export function versionFor(
  template: AddonTemplate,
  cluster: ClusterRecord,
  version: string,
): AddonVersion {
  const found = template.versions.find((candidate) => candidate.version === version);
  if (found === undefined) {
    throw invalidRequest(group, `Addon template ${template.name} has no version ${version}.`);
  }
  if (!found.supports(cluster.kubernetesVersion)) {
    throw invalidRequest(
      group,
      `${template.name} ${version} does not support cluster version ${cluster.kubernetesVersion}.`,
    );
  }
  return found;
}

/** Without a version CCE installs the newest one the cluster supports. */
function newestFor(template: AddonTemplate, cluster: ClusterRecord): AddonVersion {
  const found = template.versions.findLast((candidate) =>
    candidate.supports(cluster.kubernetesVersion),
  );
  if (found === undefined) {
    throw invalidRequest(
      group,
      `No version of ${template.name} supports cluster version ${cluster.kubernetesVersion}.`,
    );
  }
  return found;
}

export function addonRoutes(deps: RouteDeps, family: ClusterFamily): RouteDef[] {
  const { store, catalog, addons } = deps;
  const path = `${apiPrefix(family)}/addons`;

  function clusterOf(context: RequestContext, clusterId: string): ClusterRecord {
    return requireCluster(store, context.projectId, family, clusterId, group);
  }

  /** The add-on of the path; a cluster id given in the query or body must be its cluster. */
  function addonOf(context: RequestContext, clusterId: string | null): AddonRecord {
    const id = context.params.id!;
    const addon = store.addon(context.projectId, family, id);
    if (
      addon === undefined ||
      (clusterId !== null && clusterId !== '' && addon.clusterId !== clusterId)
    ) {
      throw notFound(group, `Addon instance ${id} not found.`);
    }
    return addon;
  }

  function refuseWhileBusy(addon: AddonRecord): void {
    if (addonOperationInProgress(addon)) {
      throw invalidRequest(
        group,
        `Addon ${addon.template.name} is ${addon.state.status}; wait for the operation to finish.`,
      );
    }
  }

  function templateOf(name: string): AddonTemplate {
    const template = catalog.template(family, name);
    if (template === undefined) throw notFound(group, `Addon template ${name} not found.`);
    return template;
  }

  function install(context: RequestContext) {
    const request = readInstanceRequest(context, INSTALL_ANNOTATION, 'install');
    const cluster = clusterOf(context, request.clusterId);
    const template = templateOf(request.templateName);
    const version =
      request.version === undefined
        ? newestFor(template, cluster)
        : versionFor(template, cluster, request.version);
    if (store.addonOfTemplate(cluster.id, template.name) !== undefined) {
      throw apiError(group, 409);
    }
    return jsonText(201, addonJson(addons.install(cluster, template, version, request.values)));
  }

  function upgrade(context: RequestContext) {
    const request = readInstanceRequest(context, UPGRADE_ANNOTATION, 'upgrade');
    if (request.version === undefined) throw invalidRequest(group, 'spec.version is required.');
    const addon = addonOf(context, request.clusterId);
    if (request.templateName !== addon.template.name) {
      throw invalidRequest(
        group,
        `spec.addonTemplateName is ${request.templateName}, but the instance is ${addon.template.name}.`,
      );
    }
    refuseWhileBusy(addon);
    const cluster = clusterOf(context, addon.clusterId);
    addons.upgrade(
      addon,
      cluster,
      versionFor(addon.template, cluster, request.version),
      request.values,
    );
    return jsonText(200, addonJson(addon));
  }

  function rollback(context: RequestContext) {
    const body = fieldsOf(parseJsonObject(context.body, group), group);
    const addon = addonOf(context, body.string('clusterID'));
    if (!canRollBack(addon)) {
      const { status, isRollbackable } = addon.state;
      throw invalidRequest(
        group,
        `Addon ${addon.template.name} cannot be rolled back (status ${status}, isRollbackable ${isRollbackable}).`,
      );
    }
    addons.rollback(addon);
    return jsonText(200, addonJson(addon));
  }

  function remove(context: RequestContext) {
    const addon = addonOf(context, context.query.get('cluster_id'));
    // A repeated delete while the first one runs succeeds again: clients retry deletes.
    if (addon.state.status !== 'deleting') addons.uninstall(addon);
    return textReply(200, 'success');
  }

  return [
    {
      method: 'POST',
      path,
      operation: operationName(family, 'Create', 'AddonInstance'),
      group,
      handler: install,
    },
    {
      method: 'GET',
      path,
      operation: operationName(family, 'List', 'AddonInstances'),
      group,
      handler(context) {
        const clusterId = context.query.get('cluster_id');
        if (clusterId === null || clusterId === '') {
          throw invalidRequest(group, 'The query parameter cluster_id is required.');
        }
        const cluster = clusterOf(context, clusterId);
        const templateName = context.query.get('addon_template_name');
        const items: string[] = [];
        for (const addon of store.addons(cluster.id)) {
          if (templateName === null || addon.template.name === templateName)
            items.push(addonJson(addon));
        }
        return jsonText(200, envelopeText('Addon', items));
      },
    },
    {
      method: 'GET',
      path: `${path}/:id`,
      operation: operationName(family, 'Show', 'AddonInstance'),
      group,
      handler: (context) =>
        jsonText(200, addonJson(addonOf(context, context.query.get('cluster_id')))),
    },
    {
      method: 'PUT',
      path: `${path}/:id`,
      operation: operationName(family, 'Update', 'AddonInstance'),
      group,
      handler: upgrade,
    },
    {
      method: 'DELETE',
      path: `${path}/:id`,
      operation: operationName(family, 'Delete', 'AddonInstance'),
      group,
      handler: remove,
    },
    {
      method: 'POST',
      path: `${path}/:id/operation/rollback`,
      operation: operationName(family, 'Rollback', 'AddonInstance'),
      group,
      handler: rollback,
    },
  ];
}
