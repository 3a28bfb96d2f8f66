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
  type AddonStatus,
  type Cluster,
  type ClusterRef,
  type FamilyAddonTemplate,
} from '../cce/model.ts';
import type {
  AddonInstallInput,
  AddonPrecheck,
  AddonRollbackInput,
  AddonUninstallInput,
  AddonUpgradeInput,
  QueryAddonTemplatesArgs,
  UserError,
} from '../generated/graphql.ts';
import { addonGlobalId, readReference } from '../ids.ts';
import type { LiveUpdate } from '../live/poller.ts';
import type { ClusterService } from './clusters.ts';
import { addonPendingSince, isStuck } from './pending.ts';
import {
  clusterMissing,
  inputField,
  isRefusal,
  refusal,
  refuse,
  type Refusal,
} from './refusals.ts';
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
import { checkValuesChange, proposeValues } from './values-change.ts';
import { unwrap, watchOrFail } from './watch.ts';
import { runWrite, type Payload, type PreparedWrite, type WrittenKind } from './writes.ts';
import { diffValues } from '../values/diff.ts';
import { maskedJson } from '../values/json-text.ts';
import { maskValues } from '../values/masking.ts';
import { runAddonPrecheck } from './addon-precheck.ts';
import { refusedAddonPreview, type AddonUpgradePreview } from './addon-upgrade-preview.ts';

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

/**
 * What an add-on write changes: the add-on (its CCE id; null before an install), on its cluster,
 * made from its template (CCE runs one add-on of a template per cluster).
 */
interface Target {
  cluster: ClusterRef;
  addonId: string | null;
  templateName: string;
}

/** What an add-on looks like once a write has landed, judged by what was read before it. */
type Expectation =
  /** Installed: an add-on of the template exists (none did before). */
  | { kind: 'installed' }
  /** Upgraded or rolled back: the operation's busy status, or another version than before. */
  | { kind: 'changed'; busy: AddonStatus; versionBefore: string }
  /** Uninstalled: being deleted, or gone. */
  | { kind: 'gone' };

type Prepared = PreparedWrite<Addon, Target, Expectation>;

/** What an upgrade would do: the add-on, its cluster, the target version and the values to send. */
interface UpgradePlan {
  cluster: Cluster;
  addon: Addon;
  /** The template's entry for the target version (checkTemplateVersion found it). */
  version: AddonVersion | null;
  values: Record<string, unknown>;
}

/** The optimistic-concurrency field of the upgrade, rollback and uninstall inputs. */
interface Expecting {
  expectedVersion?: string | null;
}

function checkExpectedVersion(version: string | null | undefined): UserError[] {
  return version === null || version === undefined
    ? []
    : checkVersion(version, inputField('expectedVersion'));
}

/** STALE when the input expects another version than the add-on runs. */
function staleAddon(addon: Addon, expected: string | null | undefined): Refusal | null {
  if (expected === null || expected === undefined || addon.version === expected) return null;
  return refuse(
    inputField('expectedVersion'),
    'STALE',
    `Add-on "${addon.name}" runs version ${addon.version} (status ${addon.status}), not ${expected}: it changed since it was read. Read it again and decide anew.`,
  );
}

/** How a query names an add-on: `addonId`, or its deprecated name `id`. */
export interface AddonIdArguments {
  addonId?: string | null;
  id?: string | null;
}

/** The one add-on id of the arguments; BAD_USER_INPUT when they name none, or two. */
function addonIdArgument(args: AddonIdArguments): string {
  const addonId = args.addonId ?? args.id;
  if (addonId === null || addonId === undefined) {
    throw new GraphQLError("Give the add-on's id in addonId.", {
      extensions: { code: 'BAD_USER_INPUT', field: ['addonId'] },
    });
  }
  if (args.addonId != null && args.id != null && args.addonId !== args.id) {
    throw new GraphQLError(
      'addonId and its deprecated name id name different add-ons; give addonId only.',
      {
        extensions: { code: 'BAD_USER_INPUT', field: ['addonId'] },
      },
    );
  }
  return addonId;
}

/** A cluster's id and family alone (plain JSON: an idempotency record may keep it). */
function refOf({ id, family }: ClusterRef): ClusterRef {
  return { id, family };
}

function targetOf(cluster: ClusterRef, addon: Addon): Target {
  return { cluster: refOf(cluster), addonId: addon.id, templateName: addon.templateName };
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

  /** `Cluster.addon`: one add-on of a cluster the request has read, by its id arguments. */
  inCluster(cluster: ClusterRef, args: AddonIdArguments): Promise<Addon | null> {
    return this.#inCluster(cluster, addonIdArgument(args));
  }

  /** `Query.addon`: the add-on of the cluster an argument names, or null. */
  async byArgument(args: AddonIdArguments & { clusterId: string }): Promise<Addon | null> {
    const addonId = addonIdArgument(args);
    const cluster = await this.#clusters.refByArgument(args.clusterId);
    return cluster ? this.#inCluster(cluster, addonId) : null;
  }

  /** One add-on of a cluster by an id (global id or CCE id); null when it names none there. */
  async #inCluster(cluster: ClusterRef, addonId: string): Promise<Addon | null> {
    const uid = addonUidIn(cluster, addonId);
    return uid === null ? null : this.#scope.loaders.addons.byId(cluster, uid);
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

  /** `Addon.pendingSince`: when the current pending status began, or null. */
  pendingSince(addon: Addon): Date | null {
    return addonPendingSince(addon);
  }

  /** `Addon.stuck`: pending longer than STUCK_AFTER_MS. */
  stuck(addon: Addon): boolean {
    return isStuck(addonPendingSince(addon), this.#scope.insights.stuckAfterMs);
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
  watch(
    args: AddonIdArguments & { clusterId: string; untilSettled: boolean },
  ): Promise<AsyncIterable<LiveUpdate<Addon>>> {
    return watchOrFail(async () => {
      const id = addonIdArgument(args);
      const cluster = await this.#clusters.requireRefByArgument(args.clusterId);
      return this.#scope.live.watchAddon(
        cluster,
        watchedAddonUid(cluster.id, id),
        args.untilSettled,
      );
    });
  }

  /** One update of a watch as the subscription's value (or the error that ended it). */
  fromUpdate(update: LiveUpdate<Addon>): Addon {
    this.#scope.loaders.addons.clearAll();
    return unwrap(update);
  }

  install(input: AddonInstallInput): Promise<Payload<'AddonInstallPayload'>> {
    const version = input.version ?? undefined;
    return runWrite(this.#scope.writes, this.#written, {
      mutation: 'addonInstall',
      input,
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
      answer: (addon) => ({ addon }),
    });
  }

  upgrade(input: AddonUpgradeInput): Promise<Payload<'AddonUpgradePayload'>> {
    return runWrite(this.#scope.writes, this.#written, {
      mutation: 'addonUpgrade',
      input,
      problems: this.#upgradeProblems(input),
      prepare: () => this.#prepareUpgrade(input),
      answer: (addon) => ({ addon }),
    });
  }

  rollback(input: AddonRollbackInput): Promise<Payload<'AddonRollbackPayload'>> {
    return runWrite(this.#scope.writes, this.#written, {
      mutation: 'addonRollback',
      input,
      problems: [...checkSelector(input), ...checkExpectedVersion(input.expectedVersion)],
      prepare: () => this.#prepareRollback(input),
      answer: (addon) => ({ addon }),
    });
  }

  uninstall(input: AddonUninstallInput): Promise<Payload<'AddonUninstallPayload'>> {
    return runWrite(this.#scope.writes, this.#written, {
      mutation: 'addonUninstall',
      input,
      problems: [...checkSelector(input), ...checkExpectedVersion(input.expectedVersion)],
      prepare: async () => {
        const found = await this.#find(input);
        if (isRefusal(found)) return found;
        const { cluster, addon } = found;
        const stale = staleAddon(addon, input.expectedVersion);
        if (stale) return stale;
        return {
          target: targetOf(cluster, addon),
          expectation: { kind: 'gone' },
          send: () =>
            this.#scope.client.uninstallAddon(
              cluster.family,
              addon.id,
              cluster.id,
              this.#scope.options,
            ),
        };
      },
      answer: (addon, { cluster, addonId }) => ({
        addon,
        deletedAddonId: addonId === null ? null : addonGlobalId(cluster.id, addonId),
      }),
    });
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
    const taken = refuse(
      field,
      'ALREADY_EXISTS',
      `Cluster "${cluster.name}" already has the add-on "${template.name}"; upgrade it instead.`,
    );
    const installed = await this.#scope.loaders.addons.list(cluster);
    if (installed.some((addon) => addon.templateName === template.name)) return taken;
    return {
      target: { cluster: refOf(cluster), addonId: null, templateName: template.name },
      expectation: { kind: 'installed' },
      // Another install may come between the check and the write; CCE answers 409.
      conflict: taken,
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

  /** What an upgrade would do: the add-on, its cluster, the version and the complete values. */
  async #planUpgrade(input: AddonUpgradeInput): Promise<UpgradePlan | Refusal> {
    const found = await this.#find(input);
    if (isRefusal(found)) return found;
    const { addon } = found;
    const stale = staleAddon(addon, input.expectedVersion);
    if (stale) return stale;
    // The cluster's Kubernetes version decides which add-on versions fit it.
    const cluster = await this.#findCluster(input.clusterId);
    if (isRefusal(cluster)) return cluster;
    const template = await this.#findTemplate(cluster, addon.templateName, inputField('addonId'));
    if (isRefusal(template)) return template;
    const unsupported = checkTemplateVersion(template, cluster, input.version);
    if (unsupported) return unsupported;
    // From the values as a reader sees them (masked): a secret the change leaves masked is refused.
    const proposed = proposeValues(maskedJson(addon.values), input);
    if ('userErrors' in proposed) return refusal(proposed.userErrors);
    const version = template.versions.find((each) => each.version === input.version) ?? null;
    return { cluster, addon, version, values: proposed.values };
  }

  async #prepareUpgrade(input: AddonUpgradeInput): Promise<Prepared | Refusal> {
    const plan = await this.#planUpgrade(input);
    if (isRefusal(plan)) return plan;
    const { cluster, addon } = plan;
    return {
      target: targetOf(cluster, addon),
      expectation: { kind: 'changed', busy: 'upgrading', versionBefore: addon.version },
      send: () =>
        this.#scope.client.upgradeAddon(
          cluster.family,
          addon.id,
          {
            clusterId: cluster.id,
            templateName: addon.templateName,
            version: input.version,
            values: plan.values,
          },
          this.#scope.options,
        ),
    };
  }

  /**
   * `Query.addonUpgradePreview`: the same checks as `addonUpgrade`, then the values it would send
   * and their diff. CCE's precheck runs only when `precheck` is selected (`precheck()` below).
   */
  async upgradePreview(input: AddonUpgradeInput): Promise<AddonUpgradePreview> {
    const problems = this.#upgradeProblems(input);
    if (problems.length > 0) return refusedAddonPreview(problems);
    const plan = await this.#planUpgrade(input);
    if (isRefusal(plan)) return refusedAddonPreview(plan.userErrors);
    const { cluster, addon, version, values } = plan;
    return {
      addon,
      version,
      values: maskValues(values),
      valuesDiff: diffValues(addon.values, values),
      plan: {
        cluster: refOf(cluster),
        input: {
          clusterId: cluster.id,
          addonId: addon.id,
          templateName: addon.templateName,
          targetVersion: input.version,
          values,
        },
      },
      userErrors: [],
    };
  }

  /**
   * `AddonUpgradePreview.precheck`: CCE's add-on precheck of the previewed upgrade (addon-precheck.ts);
   * null when the input was refused, or on an Autopilot cluster (CCE has no precheck there).
   */
  precheck(preview: AddonUpgradePreview): Promise<AddonPrecheck> | null {
    const { plan } = preview;
    if (plan === null || plan.cluster.family !== 'CCE') return null;
    const { addonPrecheckTimeoutMs: timeoutMs, addonPrecheckPollMs: pollMs } = this.#scope.insights;
    return runAddonPrecheck(
      this.#scope.client,
      plan.input,
      { timeoutMs, pollMs },
      this.#scope.options,
    );
  }

  #upgradeProblems(input: AddonUpgradeInput): UserError[] {
    return [
      ...checkSelector(input),
      ...checkVersion(input.version, inputField('version')),
      ...checkValuesChange(input),
      ...checkExpectedVersion(input.expectedVersion),
    ];
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
    const stale = staleAddon(addon, input.expectedVersion);
    if (stale) return stale;
    return {
      target: targetOf(cluster, addon),
      expectation: { kind: 'changed', busy: 'rollbacking', versionBefore: addon.version },
      send: () =>
        this.#scope.client.rollbackAddon(cluster.family, addon.id, cluster.id, this.#scope.options),
    };
  }

  /** Whatever CCE answered a write, the request reads add-ons anew and the caller's watchers learn it. */
  readonly #written: WrittenKind<Addon, Target, Expectation> = {
    changed: ({ cluster, addonId }, answer) => {
      this.#scope.loaders.addons.clearAll();
      const id = answer?.id ?? addonId;
      if (id !== null) this.#scope.live.addonChanged(cluster.id, id, answer);
    },
    reread: async ({ cluster, addonId, templateName }) => {
      this.#scope.loaders.addons.clearAll();
      if (addonId !== null) return this.#scope.loaders.addons.byId(cluster, addonId);
      const addons = await this.#scope.loaders.addons.list(cluster);
      return addons.find((addon) => addon.templateName === templateName) ?? null;
    },
    shows: (expectation, addon) => {
      switch (expectation.kind) {
        case 'installed':
          return addon !== null;
        case 'changed':
          return (
            addon !== null &&
            (addon.status === expectation.busy || addon.version !== expectation.versionBefore)
          );
        case 'gone':
          return addon === null || addon.status === 'deleting' || addon.status === 'deleteSuccess';
      }
    },
    describe: ({ templateName }) => `add-on "${templateName}"`,
  };

  async #findCluster(clusterId: string): Promise<Cluster | Refusal> {
    return (await this.#clusters.byArgument(clusterId)) ?? clusterMissing(clusterId);
  }

  /**
   * The add-on the selector names, with its cluster, or the refusal saying why not. Reading the
   * add-on is also what shows the cluster still exists.
   */
  async #find(input: AddonSelector & Expecting): Promise<Found | Refusal> {
    const cluster = await this.#clusters.refByArgument(input.clusterId);
    if (!cluster) return clusterMissing(input.clusterId);
    const addon = await this.#inCluster(cluster, input.addonId);
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
      extensions: { code: 'BAD_USER_INPUT', field: ['addonId'] },
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
