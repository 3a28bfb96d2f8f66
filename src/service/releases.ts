/**
 * Helm releases: reads through the request's loaders, status watches through the caller's live
 * session, and the four release writes, each a `WritePlan` run by the mutation skeleton.
 */
import { GraphQLError } from 'graphql';
import type { ClusterRef, FamilyChart, Release, ReleaseKey } from '../cce/model.ts';
import type {
  ClusterReleasesArgs,
  ReleaseCreateInput,
  ReleaseDeleteInput,
  ReleaseRollbackInput,
  ReleaseUpgradeInput,
  UserError,
} from '../generated/graphql.ts';
import { clusterUidOf, readReference, releaseGlobalId } from '../ids.ts';
import { diffValues, overridesOf, type ValueChange } from '../values/diff.ts';
import { maskValues } from '../values/masking.ts';
import {
  dryRunRefusal,
  orphanedOverrides,
  overriddenChanges,
  refusedPreview,
  type UpgradePlan,
  type UpgradePreview,
} from './upgrade-preview.ts';
import { parseJsonText } from '../values/json-text.ts';
import type { LiveUpdate } from '../live/poller.ts';
import type { ChartService } from './charts.ts';
import { lastOperation, type ReleaseOperation } from './last-operation.ts';
import { isReleaseBusy, isStuck, releasePendingSince } from './pending.ts';
import type { ClusterService } from './clusters.ts';
import { paginate, type Page } from './connection.ts';
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
  checkNoMaskedValues,
  checkRevision,
  checkValues,
  checkVersion,
  jsonObjectOrEmpty,
  MAX_NAMESPACE_LENGTH,
  MAX_RELEASE_NAME_LENGTH,
} from './validation.ts';
import { checkValuesChange, proposeValues } from './values-change.ts';
import { watchOrFail, checkWatchArguments, unwrap } from './watch.ts';
import {
  rereadQuietly,
  runWrite,
  type Payload,
  type PreparedWrite,
  type WrittenKind,
} from './writes.ts';

const DEFAULT_PAGE_SIZE = 50;

/** What names a release in every release mutation's input (and in `Query.release`). */
interface ReleaseSelector {
  clusterId: string;
  namespace: string;
  name: string;
}

function checkSelector(input: ReleaseSelector): UserError[] {
  return [
    ...checkId(input.clusterId, inputField('clusterId'), 'cluster id'),
    ...checkDnsLabel(input.namespace, MAX_NAMESPACE_LENGTH, inputField('namespace'), 'namespace'),
    ...checkDnsLabel(input.name, MAX_RELEASE_NAME_LENGTH, inputField('name'), 'release name'),
  ];
}

/** A release found for a write, with its cluster's id and family. */
interface Found {
  cluster: ClusterRef;
  release: Release;
}

/** What a release write changes: the release, on its cluster. */
interface Target {
  cluster: ClusterRef;
  key: ReleaseKey;
}

/** What a release looks like once a write has landed, judged by what was read before it. */
type Expectation =
  /** Created: it exists (it did not before). */
  | { kind: 'exists' }
  /** Upgraded or rolled back: a revision above the one read before. */
  | { kind: 'newRevision'; after: number }
  /** Deleted: being deleted, or gone. */
  | { kind: 'gone' };

type Prepared = PreparedWrite<Release, Target, Expectation>;

/** The optimistic-concurrency field of the upgrade, rollback and delete inputs. */
interface Expecting {
  expectedRevision?: number | null;
}

function checkExpectedRevision(revision: number | null | undefined): UserError[] {
  return revision === null || revision === undefined
    ? []
    : checkRevision(revision, inputField('expectedRevision'));
}

/** STALE when the input expects another revision than the release is at. */
function staleRelease(release: Release, expected: number | null | undefined): Refusal | null {
  if (expected === null || expected === undefined || release.revision === expected) return null;
  return refuse(
    inputField('expectedRevision'),
    'STALE',
    `Release "${release.name}" is at revision ${release.revision} (status ${release.status}), not ${expected}: it changed since it was read. Read it again and decide anew.`,
  );
}

function alreadyExists(input: ReleaseSelector): Refusal {
  return refuse(
    inputField('name'),
    'ALREADY_EXISTS',
    `Namespace "${input.namespace}" already has a release "${input.name}"; choose another name, or upgrade that release.`,
  );
}

/** The key alone (plain JSON: an idempotency record may keep it). */
function keyOf({ clusterId, namespace, name }: ReleaseKey): ReleaseKey {
  return { clusterId, namespace, name };
}

function chartMissing(chartId: string, cluster: ClusterRef): Refusal {
  return refuse(
    inputField('chartId'),
    'NOT_FOUND',
    `The ${cluster.family} chart repository (used by cluster "${cluster.id}") has no chart "${chartId}".`,
  );
}

export class ReleaseService {
  readonly #scope: ServiceScope;
  readonly #clusters: ClusterService;
  readonly #charts: ChartService;

  constructor(scope: ServiceScope, clusters: ClusterService, charts: ChartService) {
    this.#scope = scope;
    this.#clusters = clusters;
    this.#charts = charts;
  }

  /** The release with this key, or null when it (or its cluster) does not exist. */
  async byKey(key: ReleaseKey): Promise<Release | null> {
    const cluster = await this.#clusters.refById(key.clusterId);
    return cluster ? this.#scope.loaders.releases.byKey(cluster.family, key) : null;
  }

  /** `Query.release`: the cluster given by its global id or CCE id. */
  byArgument({ clusterId, namespace, name }: ReleaseSelector): Promise<Release | null> | null {
    const uid = clusterUidOf(clusterId);
    return uid === null ? null : this.byKey({ clusterId: uid, namespace, name });
  }

  fromReference(reference: { id: string }): Promise<Release | null> | null {
    const parsed = readReference('Release', reference.id);
    return parsed.kind === 'global' ? this.byKey(parsed.id.key) : null;
  }

  /** One release of a cluster the request has read. */
  inCluster(
    cluster: ClusterRef,
    { namespace, name }: { namespace: string; name: string },
  ): Promise<Release | null> {
    return this.#scope.loaders.releases.byKey(cluster.family, {
      clusterId: cluster.id,
      namespace,
      name,
    });
  }

  /** `Cluster.releases`: one page of the cluster's releases, sorted by namespace and name. */
  async page(cluster: ClusterRef, args: ClusterReleasesArgs): Promise<Page<Release>> {
    const { namespace, chartId, status, first, after } = args;
    const chartUid =
      chartId === null || chartId === undefined ? undefined : chartUidIn(cluster, chartId);
    // A chart reference that cannot name a chart of this cluster's repository matches nothing.
    const releases =
      chartUid === null
        ? []
        : await this.#scope.loaders.releases.list(cluster, {
            ...(namespace ? { namespace } : {}),
            ...(chartUid ? { chartId: chartUid } : {}),
          });
    const matching = status ? releases.filter((release) => release.status === status) : releases;
    const sortKey = (release: Release) => [release.namespace, release.name];
    return paginate(matching, sortKey, first ?? DEFAULT_PAGE_SIZE, after ?? null);
  }

  /** Every revision of the release, newest first; null when its cluster is gone. */
  async history(release: Release): Promise<Release[] | null> {
    const cluster = await this.#clusters.refById(release.clusterId);
    if (!cluster) return null;
    const revisions = await this.#scope.loaders.releases.history(cluster.family, release);
    return [...revisions].sort((newer, older) => older.revision - newer.revision);
  }

  /**
   * `Release.valuesDiff`: from one revision of the history to another (the current one by
   * default). No extra call: the history is read once per release.
   */
  async valuesDiff(
    release: Release,
    fromRevision: number,
    toRevision?: number | null,
  ): Promise<ValueChange[]> {
    const history = await this.#revisions(release);
    const from = revisionIn(history, fromRevision);
    const to = revisionIn(history, toRevision ?? release.revision, release);
    return diffValues(parseJsonText(from.valuesJson), parseJsonText(to.valuesJson));
  }

  /**
   * `ReleaseRevision.valuesDiff`: from revision `against` (by default the one just before) to
   * this revision; the first revision against nothing.
   */
  async revisionDiff(revision: Release, against?: number | null): Promise<ValueChange[]> {
    const history = await this.#revisions(revision);
    const older =
      against === null || against === undefined
        ? history.find((each) => each.revision < revision.revision)
        : revisionIn(history, against);
    return diffValues(
      older ? parseJsonText(older.valuesJson) : {},
      parseJsonText(revision.valuesJson),
    );
  }

  /** `Release.userValues`: the values minus the chart's defaults; null when the chart is gone. */
  async userValues(release: Release): Promise<unknown> {
    const defaults = await this.#chartDefaults(release);
    return defaults === null ? null : overridesOf(parseJsonText(release.valuesJson), defaults);
  }

  /** `Release.defaultsDiff`: the chart's defaults → the values; null when the chart is gone. */
  async defaultsDiff(release: Release): Promise<ValueChange[] | null> {
    const defaults = await this.#chartDefaults(release);
    return defaults === null ? null : diffValues(defaults, parseJsonText(release.valuesJson));
  }

  /** The default values of the chart the release runs (ShowChartValues), or null when it is gone. */
  async #chartDefaults(release: Release): Promise<Record<string, unknown> | null> {
    const chart = await this.#charts.ofRelease(release);
    return chart ? this.#scope.loaders.charts.defaults(chart.family, chart.id) : null;
  }

  /** The release's history, newest first; a history CCE cannot give is an error here. */
  async #revisions(release: Release): Promise<Release[]> {
    const history = await this.history(release);
    if (history === null) {
      throw new GraphQLError(`The cluster of release "${release.name}" is gone.`, {
        extensions: { code: 'NOT_FOUND' },
      });
    }
    return history;
  }

  /** `Release.pendingSince`: when the current pending status began, or null. */
  pendingSince(release: Release): Date | null {
    return releasePendingSince(release);
  }

  /** `Release.stuck`: pending longer than STUCK_AFTER_MS. */
  stuck(release: Release): boolean {
    return isStuck(releasePendingSince(release), this.#scope.insights.stuckAfterMs);
  }

  /** `Release.lastOperation`, from the history; null when its cluster is gone. */
  async lastOperation(release: Release): Promise<ReleaseOperation | null> {
    const history = await this.history(release);
    return history === null ? null : lastOperation(history);
  }

  /** `Subscription.releaseStatus`: checks the arguments, then hands over to the live session. */
  watch(
    args: ReleaseSelector & { untilSettled: boolean },
  ): Promise<AsyncIterable<LiveUpdate<Release>>> {
    checkWatchArguments([
      ...checkDnsLabel(args.namespace, MAX_NAMESPACE_LENGTH, ['namespace'], 'namespace'),
      ...checkDnsLabel(args.name, MAX_RELEASE_NAME_LENGTH, ['name'], 'release name'),
    ]);
    return watchOrFail(async () => {
      const cluster = await this.#clusters.requireRefByArgument(args.clusterId);
      const key = { clusterId: cluster.id, namespace: args.namespace, name: args.name };
      return this.#scope.live.watchRelease(cluster, key, args.untilSettled);
    });
  }

  /** One update of a watch as the subscription's value (or the error that ended it). */
  fromUpdate(update: LiveUpdate<Release>): Release {
    // The request lives as long as the subscription: later fields (history, …) must read anew.
    this.#scope.loaders.releases.clearAll();
    return unwrap(update);
  }

  create(input: ReleaseCreateInput): Promise<Payload<'ReleaseCreatePayload'>> {
    return runWrite(this.#scope.writes, this.#written, {
      mutation: 'releaseCreate',
      input,
      problems: [
        ...checkSelector(input),
        ...checkId(input.chartId, inputField('chartId'), 'chart id'),
        ...(input.chartVersion === null || input.chartVersion === undefined
          ? []
          : checkVersion(input.chartVersion, inputField('chartVersion'))),
        ...checkValues(input.values, inputField('values'), true),
        ...checkNoMaskedValues(input.values, inputField('values')),
      ],
      prepare: () => this.#prepareCreate(input),
      answer: (release) => ({ release }),
    });
  }

  upgrade(input: ReleaseUpgradeInput): Promise<Payload<'ReleaseUpgradePayload'>> {
    return runWrite(this.#scope.writes, this.#written, {
      mutation: 'releaseUpgrade',
      input,
      problems: this.#upgradeProblems(input),
      prepare: () => this.#prepareUpgrade(input),
      answer: (release) => ({ release }),
    });
  }

  rollback(input: ReleaseRollbackInput): Promise<Payload<'ReleaseRollbackPayload'>> {
    return runWrite(this.#scope.writes, this.#written, {
      mutation: 'releaseRollback',
      input,
      problems: [
        ...checkSelector(input),
        ...checkRevision(input.revision, inputField('revision')),
        ...checkExpectedRevision(input.expectedRevision),
      ],
      prepare: () => this.#prepareRollback(input),
      answer: (release) => ({ release }),
    });
  }

  delete(input: ReleaseDeleteInput): Promise<Payload<'ReleaseDeletePayload'>> {
    return runWrite(this.#scope.writes, this.#written, {
      mutation: 'releaseDelete',
      input,
      problems: [...checkSelector(input), ...checkExpectedRevision(input.expectedRevision)],
      prepare: () => this.#prepareDelete(input),
      answer: (release, { key }) => ({ release, deletedReleaseId: releaseGlobalId(key) }),
    });
  }

  /** Whatever CCE answered a write, the request reads releases anew and the caller's watchers learn it. */
  readonly #written: WrittenKind<Release, Target, Expectation> = {
    changed: ({ key }, answer) => {
      this.#scope.loaders.releases.clearAll();
      this.#scope.live.releaseChanged(key, answer);
    },
    reread: ({ cluster, key }) => {
      this.#scope.loaders.releases.clearAll();
      return this.#scope.loaders.releases.byKey(cluster.family, key);
    },
    shows: (expectation, release) => {
      switch (expectation.kind) {
        case 'exists':
          return release !== null;
        case 'newRevision':
          return release !== null && release.revision > expectation.after;
        case 'gone':
          return release === null || release.status === 'DELETING' || release.status === 'DELETED';
      }
    },
    describe: ({ key }) => `release "${key.name}" in namespace "${key.namespace}"`,
  };

  /**
   * The release the selector names, with its cluster, or the refusal saying why not. Reading the
   * release is also what shows the cluster still exists.
   */
  async #find(input: ReleaseSelector): Promise<Found | Refusal> {
    const cluster = await this.#clusters.refByArgument(input.clusterId);
    if (!cluster) return clusterMissing(input.clusterId);
    const key = { clusterId: cluster.id, namespace: input.namespace, name: input.name };
    const release = await this.#scope.loaders.releases.byKey(cluster.family, key);
    if (!release) {
      return refuse(
        inputField('name'),
        'NOT_FOUND',
        `Cluster "${input.clusterId}" has no release "${input.name}" in namespace "${input.namespace}".`,
      );
    }
    return { cluster, release };
  }

  /**
   * The release the selector names when no operation is under way on it and it is at the revision
   * the input expects (when it names one).
   */
  async #findSettled(input: ReleaseSelector & Expecting): Promise<Found | Refusal> {
    const found = await this.#find(input);
    if (isRefusal(found)) return found;
    // Stale first: a caller acting on an old revision learns that, busy or not.
    const stale = staleRelease(found.release, input.expectedRevision);
    if (stale) return stale;
    if (!isReleaseBusy(found.release.status)) return found;
    return refuse(
      inputField('name'),
      'NOT_ALLOWED',
      `Release "${input.name}" is ${found.release.status}; wait until it settles, then try again.`,
    );
  }

  async #prepareCreate(input: ReleaseCreateInput): Promise<Prepared | Refusal> {
    // The write itself answers whether a cluster the caller saw recently still exists.
    const cluster = await this.#clusters.refByArgument(input.clusterId);
    if (!cluster) return clusterMissing(input.clusterId);
    const chart = await this.#charts.byArgument(input.chartId, cluster.family);
    if (!chart) return chartMissing(input.chartId, cluster);
    // A CCE chart id stands for one version of a chart; another version has another id.
    const version = input.chartVersion ?? chart.version;
    if (!version) {
      return refuse(
        inputField('chartVersion'),
        'REQUIRED',
        `Chart "${chart.name}" records no version; give chartVersion.`,
      );
    }
    if (chart.version && version !== chart.version) {
      return refuse(
        inputField('chartVersion'),
        'NOT_FOUND',
        `Chart "${chart.name}" with this id is version ${chart.version}, not ${version}; use the id of the chart with version ${version}.`,
      );
    }
    const key = { clusterId: cluster.id, namespace: input.namespace, name: input.name };
    const dryRun = input.dryRun ?? false;
    return {
      target: { cluster, key },
      expectation: { kind: 'exists' },
      dryRun,
      // No read before: CCE's own 409 says the name is taken, at no extra call.
      conflict: alreadyExists(input),
      send: () =>
        this.#scope.client.createRelease(
          cluster.family,
          cluster.id,
          {
            chartId: chart.id,
            name: input.name,
            namespace: input.namespace,
            version,
            values: jsonObjectOrEmpty(input.values),
            ...(input.description ? { description: input.description } : {}),
            parameters: { dryRun },
          },
          this.#scope.options,
        ),
    };
  }

  /** What an upgrade would do: the release, the chart and the complete values it would send. */
  async #planUpgrade(input: ReleaseUpgradeInput): Promise<UpgradePlan | Refusal> {
    const found = await this.#findSettled(input);
    if (isRefusal(found)) return found;
    const { cluster, release } = found;
    const chart = input.chartId
      ? await this.#charts.byArgument(input.chartId, cluster.family)
      : await this.#scope.loaders.charts.forRelease(cluster.family, release);
    if (!chart) {
      return input.chartId
        ? chartMissing(input.chartId, cluster)
        : refuse(
            inputField('chartId'),
            'REQUIRED',
            `The chart the release runs (${release.chartName ?? '?'} ${release.chartVersion ?? '?'}) is no longer in the ${cluster.family} chart repository; give chartId.`,
          );
    }
    const proposed = proposeValues(parseJsonText(release.valuesJson), input);
    if ('userErrors' in proposed) return refusal(proposed.userErrors);
    return { cluster, release, chart, values: proposed.values };
  }

  /** The UpdateRelease body of an upgrade plan. */
  #upgradeBody(plan: UpgradePlan, input: ReleaseUpgradeInput, dryRun: boolean) {
    return {
      chartId: plan.chart.id,
      action: 'upgrade' as const,
      values: plan.values,
      parameters: { dryRun, resetValues: input.resetValues ?? false },
    };
  }

  async #prepareUpgrade(input: ReleaseUpgradeInput): Promise<Prepared | Refusal> {
    const plan = await this.#planUpgrade(input);
    if (isRefusal(plan)) return plan;
    const { cluster, release } = plan;
    const dryRun = input.dryRun ?? false;
    return {
      target: { cluster, key: keyOf(release) },
      expectation: { kind: 'newRevision', after: release.revision },
      dryRun,
      send: () =>
        this.#scope.client.updateRelease(
          cluster.family,
          release,
          this.#upgradeBody(plan, input, dryRun),
          this.#scope.options,
        ),
    };
  }

  /**
   * `Query.releaseUpgradePreview`: the same checks as `releaseUpgrade`, then the values it would
   * send, their diffs, and CCE's verdict on a dry run (UpdateRelease with `dry_run`, a write:
   * never retried, and the response cache never keeps the answer). Nothing changes.
   */
  async upgradePreview(input: ReleaseUpgradeInput): Promise<UpgradePreview> {
    const problems = this.#upgradeProblems(input);
    if (problems.length > 0) return refusedPreview(problems);
    const plan = await this.#planUpgrade(input);
    if (isRefusal(plan)) return refusedPreview(plan.userErrors);
    const { cluster, release, chart } = plan;
    const current = await this.#scope.loaders.charts.forRelease(cluster.family, release);
    const [oldDefaults, newDefaults, verdict] = await Promise.all([
      current ? this.#scope.loaders.charts.defaults(current.family, current.id) : null,
      this.#scope.loaders.charts.defaults(chart.family, chart.id),
      this.#scope.client
        .updateRelease(
          cluster.family,
          release,
          this.#upgradeBody(plan, input, true),
          this.#scope.options,
        )
        .then(
          () => ({ accepted: true, code: null, message: null }),
          (error: unknown) => dryRunRefusal(error),
        ),
    ]);
    return {
      release,
      chart,
      values: maskValues(plan.values),
      valuesDiff: diffValues(parseJsonText(release.valuesJson), plan.values),
      defaultsDiff: oldDefaults === null ? null : diffValues(oldDefaults, newDefaults),
      orphanedOverrides: orphanedOverrides(plan.values, newDefaults),
      overriddenChangedDefaults:
        oldDefaults === null ? [] : overriddenChanges(plan.values, oldDefaults, newDefaults),
      dryRun: verdict,
      userErrors: [],
    };
  }

  #upgradeProblems(input: ReleaseUpgradeInput): UserError[] {
    return [
      ...checkSelector(input),
      ...(input.chartId === null || input.chartId === undefined
        ? []
        : checkId(input.chartId, inputField('chartId'), 'chart id')),
      ...checkValuesChange(input),
      ...checkExpectedRevision(input.expectedRevision),
    ];
  }

  async #prepareDelete(input: ReleaseDeleteInput): Promise<Prepared | Refusal> {
    const found = await this.#find(input);
    if (isRefusal(found)) return found;
    const { cluster, release } = found;
    if (release.status === 'DELETING') {
      return refuse(
        inputField('name'),
        'NOT_ALLOWED',
        `Release "${release.name}" is already being deleted.`,
      );
    }
    const stale = staleRelease(release, input.expectedRevision);
    if (stale) return stale;
    const target = { cluster, key: keyOf(release) };
    return {
      target,
      expectation: { kind: 'gone' },
      send: async () =>
        // Autopilot answers a delete with the text `success`: the payload shows the release as
        // read now (DELETING), as CCE's own answer does on a CCE cluster.
        (await this.#scope.client.deleteRelease(cluster.family, release, this.#scope.options)) ??
        (await rereadQuietly(this.#written, target)),
    };
  }

  async #prepareRollback(input: ReleaseRollbackInput): Promise<Prepared | Refusal> {
    const found = await this.#findSettled(input);
    if (isRefusal(found)) return found;
    const { cluster, release } = found;
    const history = await this.#scope.loaders.releases.history(cluster.family, release);
    const target = history.find((revision) => revision.revision === input.revision);
    if (!target) {
      const known = history.map((revision) => revision.revision).sort((a, b) => a - b);
      return refuse(
        inputField('revision'),
        'NOT_FOUND',
        `Release "${release.name}" has no revision ${input.revision}; its revisions are ${known.join(', ')}.`,
      );
    }
    // CCE wants a chart id even for a rollback: the chart of the target revision, else the current one.
    const chart: FamilyChart | null =
      (await this.#scope.loaders.charts.forRelease(cluster.family, target)) ??
      (await this.#scope.loaders.charts.forRelease(cluster.family, release));
    if (!chart) {
      return refuse(
        inputField('revision'),
        'NOT_FOUND',
        `Neither the chart of revision ${target.revision} (${target.chartName ?? '?'} ${target.chartVersion ?? '?'}) nor the current one is in the ${cluster.family} chart repository any more.`,
      );
    }
    return {
      target: { cluster, key: keyOf(release) },
      expectation: { kind: 'newRevision', after: release.revision },
      send: () =>
        this.#scope.client.updateRelease(
          cluster.family,
          release,
          {
            chartId: chart.id,
            action: 'rollback',
            values: {},
            parameters: { releaseVersion: target.revision },
          },
          this.#scope.options,
        ),
    };
  }
}

/** The revision numbered `revision` in `history`, else `fallback`, else a NOT_FOUND error. */
function revisionIn(history: readonly Release[], revision: number, fallback?: Release): Release {
  const found = history.find((each) => each.revision === revision);
  if (found) return found;
  if (fallback && fallback.revision === revision) return fallback;
  const known = history.map((each) => each.revision).sort((a, b) => a - b);
  throw new GraphQLError(
    `Release "${history[0]?.name ?? fallback?.name ?? '?'}" has no revision ${revision}; its revisions are ${known.join(', ') || 'none'}.`,
    { extensions: { code: 'NOT_FOUND' } },
  );
}

/** The CCE chart id a `chartId` filter names for `cluster`'s repository, or null when it names none. */
function chartUidIn(cluster: ClusterRef, chartId: string): string | null {
  const reference = readReference('Chart', chartId);
  if (reference.kind === 'cce') return reference.id;
  if (reference.kind === 'global' && reference.id.family === cluster.family) {
    return reference.id.chartId;
  }
  return null;
}
