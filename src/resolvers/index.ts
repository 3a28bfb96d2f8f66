/**
 * The resolvers of the whole schema: one module per SDL file (plus the enums' internal values),
 * deep-merged by @graphql-tools/merge, so that each module brings its own `Query`, `Mutation` and
 * types without this file spreading them field by field. `src/schema.ts` checks the result against
 * the schema at start.
 */
import { mergeResolvers } from '@graphql-tools/merge';
import type { Resolvers } from '../generated/graphql.ts';
import { addonResolvers } from './addon.ts';
import { chartResolvers } from './chart.ts';
import { clusterResolvers } from './cluster.ts';
import { commonResolvers } from './common.ts';
import { enumResolvers } from './enums.ts';
import { outdatedResolvers } from './outdated.ts';
import { releaseResolvers } from './release.ts';
import { subscriptionResolvers } from './subscription.ts';

/** The per-domain modules, each a `Resolvers` of its own (typed against the generated schema types). */
export const resolverModules: readonly Resolvers[] = [
  commonResolvers,
  clusterResolvers,
  releaseResolvers,
  chartResolvers,
  addonResolvers,
  outdatedResolvers,
  subscriptionResolvers,
  enumResolvers,
];

/** The modules as one resolver map. */
export function mergeResolverModules(modules: readonly Resolvers[]): Resolvers {
  return mergeResolvers([...modules]);
}
