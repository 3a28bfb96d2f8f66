/**
 * Add-ons and add-on templates: reads through the request's loaders, status watches through the
 * caller's live session, and the four add-on writes, each a `WritePlan` run by the mutation
 * skeleton.
 */
import { GraphQLError } from 'graphql';
import {
  CLUSTER_FAMILIES,
  type Addon,
  type AddonVersion,
  type Cluster,
  type ClusterRef,
  type FamilyAddonTemplate,
} from '../cce/model.ts';
import type {
  AddonInstallInput,
  AddonRollbackInput,
  AddonUninstallInput,
  AddonUpgradeInput,
  QueryAddonTemplatesArgs,
  UserError,
} from '../generated/graphql.ts';
import { addonGlobalId, readReference } from '../ids.ts';
import type { LiveUpdate } from '../live/poller.ts';
import type { ClusterService } from './clusters.ts';
import { clusterMissing, inputField, isRefusal, refuse, type Refusal } from './refusals.ts';
import type { ServiceScope } from './scope.ts';
import {
  checkDnsLabel,
  checkId,
  checkValues,
  checkVersion,
  jsonObjectOrEmpty,
  MAX_TEMPLATE_NAME_LENGTH,
  supportsKubernetesVersion,
  type FieldPath,
} from './validation.ts';
import { isNewer, latestOf } from './versions.ts';
import { unwrap, watchOrFail } from './watch.ts';
import { runWrite, type Payload, type PreparedWrite, type WrittenKind } from './writes.ts';

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

/** An add-on found for a write, with its cluster's id and family. */
interface Found {
  cluster: ClusterRef;
  addon: Addon;
}

/** What an add-on write changes: the add-on (its CCE id; null before an install), on its cluster. */
interface Target {
  cluster: ClusterRef;
  addonId: string | null;
}

type Prepared = PreparedWrite<Addon, Target>;

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
 * The CCE id of the add-on an id argument (its global id or CCE id) names in `cluster`, or null: a
 * global id of an add-on in another cluster names no add-on of this one.
 */
function addonUidIn(cluster: ClusterRef, addonId: string): string | null {
  const reference = readReference('Addon', addonId);
  if (reference.kind === 'invalid') return null;
  if (reference.kind === 'cce') return reference.id;
  return reference.id.clusterId === cluster.id ? reference.id.addonId : null;
}

export class AddonService {
  readonly #scope: ServiceScope;
  readonly #clusters: ClusterService;

  constructor(scope: ServiceScope, clusters: ClusterService) {
    this.#scope = scope;
    this.#clusters = clusters;
  }

  /** The add-on with this CCE id in the cluster with this CCE id, or null. */
  async byIds(clusterId: string, addonId: string): Promise<Addon | null> {
    const cluster = await this.#clusters.refById(clusterId);
    return cluster ? this.#scope.loaders.addons.byId(cluster, addonId) : null;
  }

  fromReference(reference: { id: string }): Promise<Addon | null> | null {
    const parsed = readReference('Addon', reference.id);
    return parsed.kind === 'global' ? this.byIds(parsed.id.clusterId, parsed.id.addonId) : null;
  }

  /** The add-ons of a cluster the request has read. */
  ofCluster(cluster: ClusterRef, templateName?: string | null): Promise<Addon[]> {
    return this.#scope.loaders.addons.list(cluster, templateName ?? undefined);
  }

  /** `Query.addons`: an unknown cluster is NOT_FOUND. */
  async list(clusterId: string, templateName?: string | null): Promise<Addon[]> {
    return this.ofCluster(await this.#clusters.requireRefByArgument(clusterId), templateName);
  }

  /** One add-on of a cluster the request has read, by an id argument (global id or CCE id). */
  async inCluster(cluster: ClusterRef, addonId: string): Promise<Addon | null> {
    const uid = addonUidIn(cluster, addonId);
    return uid === null ? null : this.#scope.loaders.addons.byId(cluster, uid);
  }

  /** `Query.addon`: the add-on of the cluster an argument names, or null. */
  async byArgument(clusterId: string, addonId: string): Promise<Addon | null> {
    const cluster = await this.#clusters.refByArgument(clusterId);
    return cluster ? this.inCluster(cluster, addonId) : null;
  }

  /** The template an add-on was made from, in the list of its cluster's family. */
  async templateOf(addon: Addon): Promise<FamilyAddonTemplate | null> {
    const cluster = await this.#clusters.refById(addon.clusterId);
    return cluster
      ? this.#scope.loaders.addonTemplates.byName(cluster.family, addon.templateName)
      : null;
  }

  /**
   * `Addon.latestVersion`: the latest version of the add-on's template it can move to, i.e. among
   * the versions CCE lists in `targetVersions` and those that support its cluster's Kubernetes
   * version; the installed version when none is newer. Null when the template is unknown.
   */
  async latestVersion(addon: Addon): Promise<AddonVersion | null> {
    const [cluster, template] = await Promise.all([
      this.#clusters.byId(addon.clusterId),
      this.templateOf(addon),
    ]);
    if (!template) return addon.currentVersion;
    const reachable = template.versions.filter(
      (version) =>
        addon.targetVersions.includes(version.version) ||
        (cluster !== null &&
          supportsKubernetesVersion(version.supportVersions, cluster.kubernetesVersion)),
    );
    const latest = latestOf(reachable, (version) => version.version);
    if (latest && isNewer(latest.version, addon.version)) return latest;
    return (
      template.versions.find((version) => version.version === addon.version) ?? addon.currentVersion
    );
  }

  /** `Addon.upgradeAvailable`: `latestVersion` is newer than the installed version. */
  async upgradeAvailable(addon: Addon): Promise<boolean> {
    const latest = await this.latestVersion(addon);
    return latest !== null && isNewer(latest.version, addon.version);
  }

  /** `Query.addonTemplates`: of one cluster's family (and what it supports), of one family, or of both. */
  async templates(args: QueryAddonTemplatesArgs): Promise<FamilyAddonTemplate[]> {
    const { clusterId, clusterType, name, version, newest } = args;
    const filter = {
      ...(name ? { name } : {}),
      ...(version ? { version } : {}),
      ...(typeof newest === 'boolean' ? { newest } : {}),
    };
    const { addonTemplates } = this.#scope.loaders;
    if (clusterId !== null && clusterId !== undefined) {
      const cluster = await this.#clusters.requireRefByArgument(clusterId);
      return addonTemplates.list(cluster.family, { ...filter, clusterId: cluster.id });
    }
    const families = clusterType ? [clusterType] : CLUSTER_FAMILIES;
    const lists = await Promise.all(families.map((family) => addonTemplates.list(family, filter)));
    return lists.flat();
  }

  /** `Subscription.addonStatus`: finds the cluster, then hands over to the live session. */
  watch({
    clusterId,
    id,
  }: {
    clusterId: string;
    id: string;
  }): Promise<AsyncIterable<LiveUpdate<Addon>>> {
    return watchOrFail(async () => {
      const cluster = await this.#clusters.requireRefByArgument(clusterId);
      return this.#scope.live.watchAddon(cluster, watchedAddonUid(cluster.id, id));
    });
  }

  /** One update of a watch as the subscription's value (or the error that ended it). */
  fromUpdate(update: LiveUpdate<Addon>): Addon {
    this.#scope.loaders.addons.clearAll();
    return unwrap(update);
  }

  async install(input: AddonInstallInput): Promise<Payload<'AddonInstallPayload'>> {
    const version = input.version ?? undefined;
    const result = await runWrite(this.#written, {
      problems: [
        ...checkId(input.clusterId, inputField('clusterId'), 'cluster id'),
        ...checkDnsLabel(
          input.templateName,
          MAX_TEMPLATE_NAME_LENGTH,
          inputField('templateName'),
          'template name',
        ),
        ...(version === undefined ? [] : checkVersion(version, inputField('version'))),
        ...checkValues(input.values, inputField('values'), true),
      ],
      prepare: () => this.#prepareInstall(input, version),
    });
    return isRefusal(result) ? result : { addon: result.object, userErrors: [] };
  }

  async upgrade(input: AddonUpgradeInput): Promise<Payload<'AddonUpgradePayload'>> {
    const result = await runWrite(this.#written, {
      problems: [
        ...checkSelector(input),
        ...checkVersion(input.version, inputField('version')),
        ...checkValues(input.values, inputField('values'), false),
      ],
      prepare: () => this.#prepareUpgrade(input),
    });
    return isRefusal(result) ? result : { addon: result.object, userErrors: [] };
  }

  async rollback(input: AddonRollbackInput): Promise<Payload<'AddonRollbackPayload'>> {
    const result = await runWrite(this.#written, {
      problems: checkSelector(input),
      prepare: () => this.#prepareRollback(input),
    });
    return isRefusal(result) ? result : { addon: result.object, userErrors: [] };
  }

  async uninstall(input: AddonUninstallInput): Promise<Payload<'AddonUninstallPayload'>> {
    const result = await runWrite(this.#written, {
      problems: checkSelector(input),
      prepare: async () => {
        const found = await this.#find(input);
        if (isRefusal(found)) return found;
        const { cluster, addon } = found;
        return {
          target: { cluster, addonId: addon.id },
          send: () =>
            this.#scope.client.uninstallAddon(
              cluster.family,
              addon.id,
              cluster.id,
              this.#scope.options,
            ),
        };
      },
    });
    if (isRefusal(result)) return result;
    const { cluster, addonId } = result.target;
    return {
      addon: result.object,
      deletedAddonId: addonId === null ? null : addonGlobalId(cluster.id, addonId),
      userErrors: [],
    };
  }

  async #prepareInstall(
    input: AddonInstallInput,
    version: string | undefined,
  ): Promise<Prepared | Refusal> {
    const cluster = await this.#findCluster(input.clusterId);
    if (isRefusal(cluster)) return cluster;
    const field = inputField('templateName');
    const template = await this.#findTemplate(cluster, input.templateName, field);
    if (isRefusal(template)) return template;
    const unsupported =
      version === undefined ? null : checkTemplateVersion(template, cluster, version);
    if (unsupported) return unsupported;
    // CCE runs one instance of a template per cluster.
    const installed = await this.#scope.loaders.addons.list(cluster);
    if (installed.some((addon) => addon.templateName === template.name)) {
      return refuse(
        field,
        'NOT_ALLOWED',
        `Cluster "${cluster.name}" already has the add-on "${template.name}"; upgrade it instead.`,
      );
    }
    return {
      target: { cluster, addonId: null },
      send: () =>
        this.#scope.client.installAddon(
          cluster.family,
          {
            clusterId: cluster.id,
            templateName: template.name,
            ...(version === undefined ? {} : { version }),
            values: jsonObjectOrEmpty(input.values),
          },
          this.#scope.options,
        ),
    };
  }

  async #prepareUpgrade(input: AddonUpgradeInput): Promise<Prepared | Refusal> {
    const found = await this.#find(input);
    if (isRefusal(found)) return found;
    const { addon } = found;
    // The cluster's Kubernetes version decides which add-on versions fit it.
    const cluster = await this.#findCluster(input.clusterId);
    if (isRefusal(cluster)) return cluster;
    const template = await this.#findTemplate(cluster, addon.templateName, inputField('addonId'));
    if (isRefusal(template)) return template;
    const unsupported = checkTemplateVersion(template, cluster, input.version);
    if (unsupported) return unsupported;
    return {
      target: { cluster, addonId: addon.id },
      send: () =>
        this.#scope.client.upgradeAddon(
          cluster.family,
          addon.id,
          {
            clusterId: cluster.id,
            templateName: addon.templateName,
            version: input.version,
            values: jsonObjectOrEmpty(input.values),
          },
          this.#scope.options,
        ),
    };
  }

  async #prepareRollback(input: AddonRollbackInput): Promise<Prepared | Refusal> {
    const found = await this.#find(input);
    if (isRefusal(found)) return found;
    const { cluster, addon } = found;
    if (!addon.isRollbackable) {
      return refuse(
        inputField('addonId'),
        'NOT_ALLOWED',
        `Add-on "${addon.name}" cannot be rolled back now (CCE allows it only after an upgrade, while the add-on is not busy).`,
      );
    }
    return {
      target: { cluster, addonId: addon.id },
      send: () =>
        this.#scope.client.rollbackAddon(cluster.family, addon.id, cluster.id, this.#scope.options),
    };
  }

  /** Whatever CCE answered a write, the request reads add-ons anew and the caller's watchers learn it. */
  readonly #written: WrittenKind<Addon, Target> = {
    changed: ({ cluster, addonId }, answer) => {
      this.#scope.loaders.addons.clearAll();
      const id = answer?.id ?? addonId;
      if (id !== null) this.#scope.live.addonChanged(cluster.id, id, answer);
    },
  };

  async #findCluster(clusterId: string): Promise<Cluster | Refusal> {
    return (await this.#clusters.byArgument(clusterId)) ?? clusterMissing(clusterId);
  }

  /**
   * The add-on the selector names, with its cluster, or the refusal saying why not. Reading the
   * add-on is also what shows the cluster still exists.
   */
  async #find(input: AddonSelector): Promise<Found | Refusal> {
    const cluster = await this.#clusters.refByArgument(input.clusterId);
    if (!cluster) return clusterMissing(input.clusterId);
    const addon = await this.inCluster(cluster, input.addonId);
    if (!addon) {
      return refuse(
        inputField('addonId'),
        'NOT_FOUND',
        `Cluster "${input.clusterId}" has no add-on "${input.addonId}".`,
      );
    }
    return { cluster, addon };
  }

  async #findTemplate(
    cluster: ClusterRef,
    templateName: string,
    field: FieldPath,
  ): Promise<FamilyAddonTemplate | Refusal> {
    const template = await this.#scope.loaders.addonTemplates.byName(cluster.family, templateName);
    return (
      template ??
      refuse(
        field,
        'NOT_FOUND',
        `There is no add-on template "${templateName}" for ${cluster.family} clusters.`,
      )
    );
  }
}

/** The CCE id of the add-on an `id` argument names in `clusterId`, or a NOT_FOUND/BAD_USER_INPUT error. */
function watchedAddonUid(clusterId: string, id: string): string {
  const reference = readReference('Addon', id);
  if (reference.kind === 'invalid') {
    throw new GraphQLError(`"${id}" is neither an add-on's global id nor a CCE add-on id.`, {
      extensions: { code: 'BAD_USER_INPUT', field: ['id'] },
    });
  }
  if (reference.kind === 'cce') return reference.id;
  if (reference.id.clusterId !== clusterId) {
    throw new GraphQLError(`Add-on "${id}" is not an add-on of cluster "${clusterId}".`, {
      extensions: { code: 'NOT_FOUND' },
    });
  }
  return reference.id.addonId;
}
