/** Helm releases: Create/List/Show/Update/Delete/ShowReleaseHistory and their Autopilot twins. */
import { apiError, invalidRequest, notFound } from '../errors.ts';
import { operationInProgress } from '../lifecycle/releases.ts';
import type { ClusterFamily } from '../model/cluster.ts';
import {
  currentRevision,
  releaseJson,
  releaseJsonWithResources,
  type ReleaseRecord,
} from '../model/release.ts';
import { jsonArrayText, jsonText, textReply } from '../reply.ts';
import { checkDnsLabel, fieldsOf, parseJsonObject, type JsonObject } from '../validation.ts';
import { requireChart, requireCluster, type RouteDeps } from './deps.ts';
import { operationName, type RequestContext, type RouteDef } from './route.ts';

const group = '02';
const RELEASE_NAME_MAX = 53;
const NAMESPACE_MAX = 63;

/** `ReleaseReqBodyParams`: every documented field type-checked, the object kept as sent. */
function readParameters(parameters: JsonObject | undefined) {
  if (parameters === undefined)
    return { parameters: null, dryRun: false, releaseVersion: undefined };
  const fields = fieldsOf(parameters, group, 'parameters.');
  for (const flag of ['no_hooks', 'replace', 'recreate', 'reset_values', 'include_hooks']) {
    fields.optionalBoolean(flag);
  }
  fields.optionalString('name_template');
  return {
    parameters,
    dryRun: fields.optionalBoolean('dry_run') ?? false,
    releaseVersion: fields.optionalInteger('release_version'),
  };
}

export function releaseRoutes(deps: RouteDeps, family: ClusterFamily): RouteDef[] {
  const { store, releases } = deps;
  const clusterPath = `${family === 'AUTOPILOT' ? '/autopilot' : '/cce'}/cam/v3/clusters/:cluster_id`;
  const collection = `${clusterPath}/releases`;
  // The item path spells `namespace` in the singular, unlike the collection.
  const item = `${clusterPath}/namespace/:namespace/releases/:name`;

  function clusterOf(context: RequestContext) {
    return requireCluster(store, context.projectId, family, context.params.cluster_id!, group);
  }

  function releaseOf(context: RequestContext): ReleaseRecord {
    const cluster = clusterOf(context);
    const { namespace = '', name = '' } = context.params;
    const release = store.release(cluster.id, namespace, name);
    if (release === undefined) throw notFound(group, `Release ${namespace}/${name} not found.`);
    return release;
  }

  function create(context: RequestContext) {
    const cluster = clusterOf(context);
    const body = fieldsOf(parseJsonObject(context.body, group), group);
    const chartId = body.string('chart_id');
    const name = body.string('name');
    const namespace = body.string('namespace');
    const version = body.string('version');
    const values = body.object('values');
    const description = body.optionalString('description');
    const { parameters, dryRun } = readParameters(body.optionalObject('parameters'));
    checkDnsLabel(name, RELEASE_NAME_MAX, 'Release name', group);
    checkDnsLabel(namespace, NAMESPACE_MAX, 'Namespace', group);
    const chart = requireChart(store, context.projectId, family, chartId);
    if (chart.version !== version) {
      throw invalidRequest(
        group,
        `Chart ${chartId} is ${chart.name} ${chart.version}, not version ${version}.`,
      );
    }
    if (store.release(cluster.id, namespace, name) !== undefined) {
      throw apiError(group, 409, `Release ${name} already exists in namespace ${namespace}.`);
    }
    const request = { name, namespace, description, chart, values, parameters };
    return jsonText(201, releaseJson(releases.install(cluster, request, dryRun)));
  }

  function update(context: RequestContext) {
    const release = releaseOf(context);
    const body = fieldsOf(parseJsonObject(context.body, group), group);
    const chartId = body.string('chart_id');
    const action = body.string('action');
    const { parameters, dryRun, releaseVersion } = readParameters(body.object('parameters'));
    const values = body.object('values');
    if (action !== 'upgrade' && action !== 'rollback') {
      throw invalidRequest(group, `action must be "upgrade" or "rollback", not "${action}".`);
    }
    if (operationInProgress(release)) {
      const { status } = currentRevision(release);
      throw invalidRequest(
        group,
        `Release ${release.name} is ${status}; another operation is in progress.`,
      );
    }
    if (action === 'upgrade') {
      const chart = requireChart(store, context.projectId, family, chartId);
      return jsonText(
        200,
        releaseJson(releases.upgrade(release, { chart, values, parameters }, dryRun)),
      );
    }
    if (releaseVersion === undefined) {
      throw invalidRequest(group, 'parameters.release_version is required for a rollback.');
    }
    const target = release.revisions.find((revision) => revision.revision === releaseVersion);
    if (target === undefined) {
      throw invalidRequest(group, `Release ${release.name} has no revision ${releaseVersion}.`);
    }
    return jsonText(200, releaseJson(releases.rollback(release, target, parameters, dryRun)));
  }

  function remove(context: RequestContext) {
    const release = releaseOf(context);
    // A repeated delete while the first one runs answers again instead of failing: clients retry deletes.
    if (currentRevision(release).status !== 'DELETING') releases.uninstall(release);
    return family === 'AUTOPILOT' ? textReply(200, 'success') : jsonText(200, releaseJson(release));
  }

  return [
    {
      method: 'POST',
      path: collection,
      operation: operationName(family, 'Create', 'Release'),
      group,
      handler: create,
    },
    {
      method: 'GET',
      path: collection,
      operation: operationName(family, 'List', 'Releases'),
      group,
      handler(context) {
        const cluster = clusterOf(context);
        const chartId = context.query.get('chart_id');
        const namespace = context.query.get('namespace');
        const items: string[] = [];
        for (const release of store.releases(cluster.id)) {
          if (namespace !== null && release.namespace !== namespace) continue;
          if (chartId !== null && currentRevision(release).chartId !== chartId) continue;
          items.push(releaseJson(release));
        }
        return jsonText(200, jsonArrayText(items));
      },
    },
    {
      method: 'GET',
      path: item,
      operation: operationName(family, 'Show', 'Release'),
      group,
      handler(context) {
        const release = releaseOf(context);
        const withResources = context.query.get('show_resources') === 'true';
        return jsonText(
          200,
          withResources ? releaseJsonWithResources(release) : releaseJson(release),
        );
      },
    },
    {
      method: 'PUT',
      path: item,
      operation: operationName(family, 'Update', 'Release'),
      group,
      handler: update,
    },
    {
      method: 'DELETE',
      path: item,
      operation: operationName(family, 'Delete', 'Release'),
      group,
      handler: remove,
    },
    {
      method: 'GET',
      path: `${item}/history`,
      operation: operationName(family, 'Show', 'ReleaseHistory'),
      group,
      handler(context) {
        const release = releaseOf(context);
        const items = release.revisions.map((revision) => releaseJson(release, revision));
        return jsonText(200, jsonArrayText(items));
      },
    },
  ];
}
