/**
 * Resolvers of release.graphql: `Release`, `ReleaseRevision`, `Query.release` and the release
 * mutations.
 */
import type {
  MutationResolvers,
  QueryResolvers,
  ReleaseResolvers,
  ReleaseRevisionResolvers,
} from '../generated/graphql.ts';
import { releaseGlobalId } from '../ids.ts';
import { parseJsonText } from '../values/json-text.ts';
import { toDateTime } from './values.ts';

export const Release: ReleaseResolvers = {
  __resolveReference: (reference, { cce }) => cce.releases.fromReference(reference),
  id: (release) => releaseGlobalId(release),
  cluster: (release, _args, { cce }) => cce.clusters.byId(release.clusterId),
  chart: (release, _args, { cce }) => cce.charts.ofRelease(release),
  values: (release) => parseJsonText(release.valuesJson),
  parameters: (release) => parseJsonText(release.parametersJson),
  history: (release, _args, { cce }) => cce.releases.history(release),
  createdAt: (release) => toDateTime(release.createdAt),
  updatedAt: (release) => toDateTime(release.updatedAt),
};

export const ReleaseRevision: ReleaseRevisionResolvers = {
  values: (revision) => parseJsonText(revision.valuesJson),
  createdAt: (revision) => toDateTime(revision.createdAt),
  updatedAt: (revision) => toDateTime(revision.updatedAt),
};

export const releaseQueries: Pick<QueryResolvers, 'release'> = {
  release: (_parent, args, { cce }) => cce.releases.byArgument(args),
};

export const releaseMutations: Pick<
  MutationResolvers,
  'releaseCreate' | 'releaseUpgrade' | 'releaseRollback' | 'releaseDelete'
> = {
  releaseCreate: (_parent, { input }, { cce }) => cce.releases.create(input),
  releaseUpgrade: (_parent, { input }, { cce }) => cce.releases.upgrade(input),
  releaseRollback: (_parent, { input }, { cce }) => cce.releases.rollback(input),
  releaseDelete: (_parent, { input }, { cce }) => cce.releases.delete(input),
};
