/**
 * Resolvers of outdated.graphql: `OutdatedItem` and `Query.outdated`.
 */
import type { OutdatedItemResolvers, QueryResolvers, Resolvers } from '../generated/graphql.ts';

const OutdatedItem: OutdatedItemResolvers = {
  release: (item) => (item.kind === 'RELEASE' ? item.release : null),
  addon: (item) => (item.kind === 'ADDON' ? item.addon : null),
  name: (item) => (item.kind === 'RELEASE' ? item.release.name : item.addon.templateName),
  namespace: (item) => (item.kind === 'RELEASE' ? item.release.namespace : null),
  latestChart: (item) => (item.kind === 'RELEASE' ? item.latestChart : null),
};

const outdatedQueries: Pick<QueryResolvers, 'outdated'> = {
  outdated: (_parent, { clusterIds, kind }, { cce }) => cce.outdated.list(clusterIds, kind),
};

/** The resolvers of outdated.graphql. */
export const outdatedResolvers: Resolvers = { OutdatedItem, Query: outdatedQueries };
