/**
 * The release mutations of release.graphql. Each checks its input's format (no upstream call),
 * then that what it names exists (reads only), and only then writes; the payload carries the
 * release as CCE answered the write, i.e. in its pending state.
 */
import type { Release, ReleaseKey, ReleaseStatus } from '../cce/model.ts';
import type { GatewayContext } from '../context.ts';
import type { MutationResolvers, UserError } from '../generated/graphql.ts';
import { releaseGlobalId } from '../ids.ts';
import type { ClusterRef } from '../loaders/index.ts';
import { chartByArgument } from './lookups.ts';
import {
  afterFormatChecks,
  findClusterRef,
  inputField,
  isRefusal,
  refuse,
  type Refusal,
} from './mutation-support.ts';
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

/** What names a release in every release mutation's input. */
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

/**
 * The release the selector names, with its cluster's id and family, or the refusal saying why not.
 * Reading the release is also what shows the cluster still exists.
 */
async function findRelease(
  context: GatewayContext,
  input: ReleaseSelector,
): Promise<{ cluster: ClusterRef; release: Release } | Refusal> {
  const cluster = await findClusterRef(context, input.clusterId);
  if (isRefusal(cluster)) return cluster;
  const key = { clusterId: cluster.id, namespace: input.namespace, name: input.name };
  const release = await context.loaders.releases.byKey(cluster.family, key);
  if (!release) {
    return refuse(
      inputField('name'),
      'NOT_FOUND',
      `Cluster "${input.clusterId}" has no release "${input.name}" in namespace "${input.namespace}".`,
    );
  }
  return { cluster, release };
}

// Helm refuses a second operation while one is under way.
const BUSY: ReadonlySet<ReleaseStatus> = new Set([
  'PENDING_INSTALL',
  'PENDING_UPGRADE',
  'PENDING_ROLLBACK',
  'DELETING',
]);

/** The release the selector names when no operation is under way on it. */
async function findSettledRelease(context: GatewayContext, input: ReleaseSelector) {
  const found = await findRelease(context, input);
  if (isRefusal(found) || !BUSY.has(found.release.status)) return found;
  return refuse(
    inputField('name'),
    'NOT_ALLOWED',
    `Release "${input.name}" is ${found.release.status}; wait until it settles, then try again.`,
  );
}

function chartMissing(chartId: string, cluster: ClusterRef): Refusal {
  return refuse(
    inputField('chartId'),
    'NOT_FOUND',
    `The ${cluster.family} chart repository (used by cluster "${cluster.id}") has no chart "${chartId}".`,
  );
}

/**
 * After a write, later fields of this request must read CCE's new state, not what was cached, and
 * this caller's status subscriptions learn the new state at once (a dry run changed nothing).
 */
function afterWrite(
  context: GatewayContext,
  key: ReleaseKey,
  answer: Release | null,
  dryRun = false,
): void {
  context.loaders.releases.clearAll();
  if (!dryRun) context.live.releaseChanged(key, answer);
}

export const releaseMutations: Pick<
  MutationResolvers,
  'releaseCreate' | 'releaseUpgrade' | 'releaseRollback' | 'releaseDelete'
> = {
  async releaseCreate(_parent, { input }, context) {
    const problems = [
      ...checkSelector(input),
      ...checkId(input.chartId, inputField('chartId'), 'chart id'),
      ...(input.chartVersion === null || input.chartVersion === undefined
        ? []
        : checkVersion(input.chartVersion, inputField('chartVersion'))),
      ...checkValues(input.values, inputField('values'), true),
      ...checkNoMaskedValues(input.values, inputField('values')),
    ];
    // The write itself answers whether a cluster the caller saw recently still exists.
    const cluster = await afterFormatChecks(problems, () =>
      findClusterRef(context, input.clusterId),
    );
    if (isRefusal(cluster)) return cluster;
    const chart = await chartByArgument(context, input.chartId, cluster.family);
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

    const release = await context.client.createRelease(
      cluster.family,
      cluster.id,
      {
        chartId: chart.id,
        name: input.name,
        namespace: input.namespace,
        version,
        values: jsonObjectOrEmpty(input.values),
        ...(input.description ? { description: input.description } : {}),
        parameters: { dryRun: input.dryRun ?? false },
      },
      context.callOptions,
    );
    afterWrite(
      context,
      { clusterId: cluster.id, namespace: input.namespace, name: input.name },
      release,
      input.dryRun ?? false,
    );
    return { release, userErrors: [] };
  },

  async releaseUpgrade(_parent, { input }, context) {
    const problems = [
      ...checkSelector(input),
      ...(input.chartId === null || input.chartId === undefined
        ? []
        : checkId(input.chartId, inputField('chartId'), 'chart id')),
      ...checkValues(input.values, inputField('values'), false),
      ...checkNoMaskedValues(input.values, inputField('values')),
    ];
    const found = await afterFormatChecks(problems, () => findSettledRelease(context, input));
    if (isRefusal(found)) return found;
    const { cluster, release } = found;
    const chart = input.chartId
      ? await chartByArgument(context, input.chartId, cluster.family)
      : await context.loaders.charts.forRelease(cluster.family, release);
    if (!chart) {
      return input.chartId
        ? chartMissing(input.chartId, cluster)
        : refuse(
            inputField('chartId'),
            'REQUIRED',
            `The chart the release runs (${release.chartName ?? '?'} ${release.chartVersion ?? '?'}) is no longer in the ${cluster.family} chart repository; give chartId.`,
          );
    }

    const upgraded = await context.client.updateRelease(
      cluster.family,
      release,
      {
        chartId: chart.id,
        action: 'upgrade',
        values: jsonObjectOrEmpty(input.values),
        parameters: { dryRun: input.dryRun ?? false, resetValues: input.resetValues ?? false },
      },
      context.callOptions,
    );
    afterWrite(context, release, upgraded, input.dryRun ?? false);
    return { release: upgraded, userErrors: [] };
  },

  async releaseRollback(_parent, { input }, context) {
    const problems = [
      ...checkSelector(input),
      ...checkRevision(input.revision, inputField('revision')),
    ];
    const found = await afterFormatChecks(problems, () => findSettledRelease(context, input));
    if (isRefusal(found)) return found;
    const { cluster, release } = found;
    const history = await context.loaders.releases.history(cluster.family, release);
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
    const chart =
      (await context.loaders.charts.forRelease(cluster.family, target)) ??
      (await context.loaders.charts.forRelease(cluster.family, release));
    if (!chart) {
      return refuse(
        inputField('revision'),
        'NOT_FOUND',
        `Neither the chart of revision ${target.revision} (${target.chartName ?? '?'} ${target.chartVersion ?? '?'}) nor the current one is in the ${cluster.family} chart repository any more.`,
      );
    }

    const rolledBack = await context.client.updateRelease(
      cluster.family,
      release,
      {
        chartId: chart.id,
        action: 'rollback',
        values: {},
        parameters: { releaseVersion: target.revision },
      },
      context.callOptions,
    );
    afterWrite(context, release, rolledBack);
    return { release: rolledBack, userErrors: [] };
  },

  async releaseDelete(_parent, { input }, context) {
    const found = await afterFormatChecks(checkSelector(input), () => findRelease(context, input));
    if (isRefusal(found)) return found;
    const { cluster, release } = found;
    if (release.status === 'DELETING') {
      return refuse(
        inputField('name'),
        'NOT_ALLOWED',
        `Release "${release.name}" is already being deleted.`,
      );
    }

    const deleted = await context.client.deleteRelease(
      cluster.family,
      release,
      context.callOptions,
    );
    afterWrite(context, release, deleted);
    return { release: deleted, deletedReleaseId: releaseGlobalId(release), userErrors: [] };
  },
};
