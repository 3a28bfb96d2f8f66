/**
 * Resolvers of release.graphql's types and queries: `Release`, `ReleaseRevision`, `Query.release`.
 * The release mutations are in release-mutations.ts.
 */
import type { Release as ReleaseModel } from '../cce/model.ts';
import type { GatewayContext } from '../context.ts';
import type {
  QueryResolvers,
  ReleaseResolvers,
  ReleaseRevisionResolvers,
} from '../generated/graphql.ts';
import { clusterUidOf, readReference, releaseGlobalId } from '../ids.ts';
import { releaseByKey } from './lookups.ts';
import { parseJsonText, toDateTime } from './values.ts';

function familyOf(context: GatewayContext, release: ReleaseModel) {
  return context.loaders.clusters.familyOf(release.clusterId);
}

export const Release: ReleaseResolvers = {
  __resolveReference(reference, context) {
    const parsed = readReference('Release', reference.id);
    return parsed.kind === 'global' ? releaseByKey(context, parsed.id.key) : null;
  },
  id: (release) => releaseGlobalId(release),
  cluster: (release, _args, context) => context.loaders.clusters.byId(release.clusterId),
  async chart(release, _args, context) {
    const family = await familyOf(context, release);
    return family ? context.loaders.charts.forRelease(family, release) : null;
  },
  values: (release) => parseJsonText(release.valuesJson),
  parameters: (release) => parseJsonText(release.parametersJson),
  async history(release, _args, context) {
    const family = await familyOf(context, release);
    if (!family) return null;
    const revisions = await context.loaders.releases.history(family, release);
    return [...revisions].sort((newer, older) => older.revision - newer.revision);
  },
  createdAt: (release) => toDateTime(release.createdAt),
  updatedAt: (release) => toDateTime(release.updatedAt),
};

export const ReleaseRevision: ReleaseRevisionResolvers = {
  values: (revision) => parseJsonText(revision.valuesJson),
  createdAt: (revision) => toDateTime(revision.createdAt),
  updatedAt: (revision) => toDateTime(revision.updatedAt),
};

export const releaseQueries: Pick<QueryResolvers, 'release'> = {
  release(_parent, { clusterId, namespace, name }, context) {
    const uid = clusterUidOf(clusterId);
    return uid === null ? null : releaseByKey(context, { clusterId: uid, namespace, name });
  },
};
