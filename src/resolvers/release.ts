/**
 * Resolvers of release.graphql: `Release`, `ReleaseRevision`, `Query.release` and the release
 * mutations.
 */
import type {
  MutationResolvers,
  QueryResolvers,
  ReleaseOperationResolvers,
  ReleaseResolvers,
  ReleaseRevisionResolvers,
  Resolvers,
} from '../generated/graphql.ts';
import { releaseGlobalId } from '../ids.ts';
import { parseJsonText } from '../values/json-text.ts';
import { toDateTime } from './values.ts';

const Release: ReleaseResolvers = {
  __resolveReference: (reference, { cce }) => cce.releases.fromReference(reference),
  id: (release) => releaseGlobalId(release),
  cluster: (release, _args, { cce }) => cce.clusters.byId(release.clusterId),
  chart: (release, _args, { cce }) => cce.charts.ofRelease(release),
  latestChart: (release, _args, { cce }) => cce.charts.latestOfRelease(release),
  upgradeAvailable: (release, _args, { cce }) => cce.charts.upgradeAvailable(release),
  values: (release) => parseJsonText(release.valuesJson),
  parameters: (release) => parseJsonText(release.parametersJson),
  history: (release, _args, { cce }) => cce.releases.history(release),
  valuesDiff: (release, { fromRevision, toRevision }, { cce }) =>
    cce.releases.valuesDiff(release, fromRevision, toRevision),
  userValues: (release, _args, { cce }) => cce.releases.userValues(release),
  defaultsDiff: (release, _args, { cce }) => cce.releases.defaultsDiff(release),
  pendingSince: (release, _args, { cce }) => cce.releases.pendingSince(release),
  stuck: (release, _args, { cce }) => cce.releases.stuck(release),
  lastOperation: (release, _args, { cce }) => cce.releases.lastOperation(release),
  createdAt: (release) => toDateTime(release.createdAt),
  updatedAt: (release) => toDateTime(release.updatedAt),
};

const ReleaseOperation: ReleaseOperationResolvers = {
  at: (operation) => toDateTime(operation.at),
};

const ReleaseRevision: ReleaseRevisionResolvers = {
  values: (revision) => parseJsonText(revision.valuesJson),
  valuesDiff: (revision, { against }, { cce }) => cce.releases.revisionDiff(revision, against),
  createdAt: (revision) => toDateTime(revision.createdAt),
  updatedAt: (revision) => toDateTime(revision.updatedAt),
};

const releaseQueries: Pick<QueryResolvers, 'release' | 'releaseUpgradePreview'> = {
  release: (_parent, args, { cce }) => cce.releases.byArgument(args),
  releaseUpgradePreview: (_parent, { input }, { cce }) => cce.releases.upgradePreview(input),
};

const releaseMutations: Pick<
  MutationResolvers,
  'releaseCreate' | 'releaseUpgrade' | 'releaseRollback' | 'releaseDelete'
> = {
  releaseCreate: (_parent, { input }, { cce }) => cce.releases.create(input),
  releaseUpgrade: (_parent, { input }, { cce }) => cce.releases.upgrade(input),
  releaseRollback: (_parent, { input }, { cce }) => cce.releases.rollback(input),
  releaseDelete: (_parent, { input }, { cce }) => cce.releases.delete(input),
};

/** The resolvers of release.graphql. */
export const releaseResolvers: Resolvers = {
  Release,
  ReleaseRevision,
  ReleaseOperation,
  Query: releaseQueries,
  Mutation: releaseMutations,
};
