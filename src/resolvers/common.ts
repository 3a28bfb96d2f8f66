/**
 * Resolvers of common.graphql: the scalars (from graphql-scalars), `Node` and `Query.node`.
 */
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import type { NodeResolvers, QueryResolvers, Resolvers } from '../generated/graphql.ts';

const Node: NodeResolvers = {
  // The domain shapes carry no type name; each has a field only it has.
  __resolveType(parent) {
    if ('endpoints' in parent) return 'Cluster';
    if ('revision' in parent) return 'Release';
    if ('templateName' in parent) return 'Addon';
    return 'Chart';
  },
};

const commonQueries: Pick<QueryResolvers, 'node'> = {
  node: (_parent, { id }, { cce }) => cce.node(id),
};

/** The resolvers of common.graphql. */
export const commonResolvers: Resolvers = {
  DateTime: DateTimeResolver,
  JSON: JSONResolver,
  Node,
  Query: commonQueries,
};
