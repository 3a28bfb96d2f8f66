/**
 * Resolvers of common.graphql: `Node` and `Query.node` (the scalars come from graphql-scalars).
 */
import type { NodeResolvers, QueryResolvers } from '../generated/graphql.ts';
import { parseGlobalId } from '../ids.ts';
import { objectByGlobalId } from './lookups.ts';

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
  node(_parent, { id }, context) {
    const parsed = parseGlobalId(id);
    return parsed ? objectByGlobalId(context, parsed) : null;
  },
};
