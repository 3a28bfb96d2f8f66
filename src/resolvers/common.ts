/**
 * Resolvers of common.graphql: `Node` and `Query.node` (the scalars come from graphql-scalars).
 */
import type { NodeResolvers, QueryResolvers } from '../generated/graphql.ts';

export const Node: NodeResolvers = {
  // The domain shapes carry no type name; each has a field only it has.
  __resolveType(parent) {
    if ('endpoints' in parent) return 'Cluster';
    if ('revision' in parent) return 'Release';
    if ('templateName' in parent) return 'Addon';
    return 'Chart';
  },
};

export const commonQueries: Pick<QueryResolvers, 'node'> = {
  node: (_parent, { id }, { cce }) => cce.node(id),
};
