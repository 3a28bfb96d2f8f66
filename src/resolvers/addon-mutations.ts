/**
 * The add-on mutations of addon.graphql. Each checks its input's format (no upstream call), then
 * that what it names exists (reads only), and only then writes; the payload carries the add-on as
 * CCE answered the write, i.e. in its pending state.
 */
import type { Addon, Cluster } from '../cce/model.ts';
import type { GatewayContext } from '../context.ts';
import type { MutationResolvers, UserError } from '../generated/graphql.ts';
import { addonGlobalId } from '../ids.ts';
import type { ClusterRef, FamilyAddonTemplate } from '../loaders/index.ts';
import { addonByArgument } from './lookups.ts';
import {
  afterFormatChecks,
  findCluster,
  findClusterRef,
  inputField,
  isRefusal,
  refuse,
  type Refusal,
} from './mutation-support.ts';
import {
  checkDnsLabel,
  checkId,
  checkValues,
  checkVersion,
  jsonObjectOrEmpty,
  MAX_TEMPLATE_NAME_LENGTH,
  supportsKubernetesVersion,
} from './validation.ts';

/** What names an add-on in the upgrade, rollback and uninstall inputs. */
interface AddonSelector {
  clusterId: string;
  addonId: string;
}

function checkSelector(input: AddonSelector): UserError[] {
  return [
    ...checkId(input.clusterId, inputField('clusterId'), 'cluster id'),
    ...checkId(input.addonId, inputField('addonId'), 'add-on id'),
  ];
}

/**
 * The add-on the selector names, with its cluster's id and family, or the refusal saying why not.
 * Reading the add-on is also what shows the cluster still exists.
 */
async function findAddon(
  context: GatewayContext,
  input: AddonSelector,
): Promise<{ cluster: ClusterRef; addon: Addon } | Refusal> {
  const cluster = await findClusterRef(context, input.clusterId);
  if (isRefusal(cluster)) return cluster;
  const addon = await addonByArgument(context, cluster, input.addonId);
  if (!addon) {
    return refuse(
      inputField('addonId'),
      'NOT_FOUND',
      `Cluster "${input.clusterId}" has no add-on "${input.addonId}".`,
    );
  }
  return { cluster, addon };
}

async function findTemplate(
  context: GatewayContext,
  cluster: ClusterRef,
  templateName: string,
  field: readonly string[],
): Promise<FamilyAddonTemplate | Refusal> {
  const template = await context.loaders.addonTemplates.byName(cluster.family, templateName);
  return (
    template ??
    refuse(
      field,
      'NOT_FOUND',
      `There is no add-on template "${templateName}" for ${cluster.family} clusters.`,
    )
  );
}

/** The version must exist in the template and support the cluster's Kubernetes version. */
function checkTemplateVersion(
  template: FamilyAddonTemplate,
  cluster: Cluster,
  version: string,
): Refusal | null {
  const found = template.versions.find((candidate) => candidate.version === version);
  if (!found) {
    const known = template.versions.map((candidate) => candidate.version).join(', ');
    return refuse(
      inputField('version'),
      'NOT_FOUND',
      `Add-on template "${template.name}" has no version ${version}; it has ${known || 'none'}.`,
    );
  }
  if (!supportsKubernetesVersion(found.supportVersions, cluster.kubernetesVersion)) {
    return refuse(
      inputField('version'),
      'NOT_ALLOWED',
      `${template.name} ${version} does not support Kubernetes ${cluster.kubernetesVersion ?? '?'} of cluster "${cluster.name}".`,
    );
  }
  return null;
}

/**
 * After a write, later fields of this request must read CCE's new state, not what was cached, and
 * this caller's status subscriptions learn the new state at once.
 */
function afterWrite(
  context: GatewayContext,
  cluster: ClusterRef,
  addonId: string,
  answer: Addon | null,
): void {
  context.loaders.addons.clearAll();
  context.live.addonChanged(cluster.id, addonId, answer);
}

export const addonMutations: Pick<
  MutationResolvers,
  'addonInstall' | 'addonUpgrade' | 'addonRollback' | 'addonUninstall'
> = {
  async addonInstall(_parent, { input }, context) {
    const version = input.version ?? undefined;
    const problems = [
      ...checkId(input.clusterId, inputField('clusterId'), 'cluster id'),
      ...checkDnsLabel(
        input.templateName,
        MAX_TEMPLATE_NAME_LENGTH,
        inputField('templateName'),
        'template name',
      ),
      ...(version === undefined ? [] : checkVersion(version, inputField('version'))),
      ...checkValues(input.values, inputField('values'), true),
    ];
    const cluster = await afterFormatChecks(problems, () => findCluster(context, input.clusterId));
    if (isRefusal(cluster)) return cluster;
    const field = inputField('templateName');
    const template = await findTemplate(context, cluster, input.templateName, field);
    if (isRefusal(template)) return template;
    const unsupported =
      version === undefined ? null : checkTemplateVersion(template, cluster, version);
    if (unsupported) return unsupported;
    // CCE runs one instance of a template per cluster.
    const installed = await context.loaders.addons.list(cluster);
    if (installed.some((addon) => addon.templateName === template.name)) {
      return refuse(
        field,
        'NOT_ALLOWED',
        `Cluster "${cluster.name}" already has the add-on "${template.name}"; upgrade it instead.`,
      );
    }

    const addon = await context.client.installAddon(
      cluster.family,
      {
        clusterId: cluster.id,
        templateName: template.name,
        ...(version === undefined ? {} : { version }),
        values: jsonObjectOrEmpty(input.values),
      },
      context.callOptions,
    );
    afterWrite(context, cluster, addon.id, addon);
    return { addon, userErrors: [] };
  },

  async addonUpgrade(_parent, { input }, context) {
    const problems = [
      ...checkSelector(input),
      ...checkVersion(input.version, inputField('version')),
      ...checkValues(input.values, inputField('values'), false),
    ];
    const found = await afterFormatChecks(problems, () => findAddon(context, input));
    if (isRefusal(found)) return found;
    const { addon } = found;
    // The cluster's Kubernetes version decides which add-on versions fit it.
    const cluster = await findCluster(context, found.cluster.id);
    if (isRefusal(cluster)) return cluster;
    const template = await findTemplate(
      context,
      cluster,
      addon.templateName,
      inputField('addonId'),
    );
    if (isRefusal(template)) return template;
    const unsupported = checkTemplateVersion(template, cluster, input.version);
    if (unsupported) return unsupported;

    const upgraded = await context.client.upgradeAddon(
      cluster.family,
      addon.id,
      {
        clusterId: cluster.id,
        templateName: addon.templateName,
        version: input.version,
        values: jsonObjectOrEmpty(input.values),
      },
      context.callOptions,
    );
    afterWrite(context, cluster, addon.id, upgraded);
    return { addon: upgraded, userErrors: [] };
  },

  async addonRollback(_parent, { input }, context) {
    const found = await afterFormatChecks(checkSelector(input), () => findAddon(context, input));
    if (isRefusal(found)) return found;
    const { cluster, addon } = found;
    if (!addon.isRollbackable) {
      return refuse(
        inputField('addonId'),
        'NOT_ALLOWED',
        `Add-on "${addon.name}" cannot be rolled back now (CCE allows it only after an upgrade, while the add-on is not busy).`,
      );
    }

    const rolledBack = await context.client.rollbackAddon(
      cluster.family,
      addon.id,
      cluster.id,
      context.callOptions,
    );
    afterWrite(context, cluster, addon.id, rolledBack);
    return { addon: rolledBack, userErrors: [] };
  },

  async addonUninstall(_parent, { input }, context) {
    const found = await afterFormatChecks(checkSelector(input), () => findAddon(context, input));
    if (isRefusal(found)) return found;
    const { cluster, addon } = found;

    const uninstalled = await context.client.uninstallAddon(
      cluster.family,
      addon.id,
      cluster.id,
      context.callOptions,
    );
    afterWrite(context, cluster, addon.id, uninstalled);
    return {
      addon: uninstalled,
      deletedAddonId: addonGlobalId(cluster.id, addon.id),
      userErrors: [],
    };
  },
};
