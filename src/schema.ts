/**
 * The executable schema: the SDL of schema/*.graphql with the resolvers, built as an Apollo
 * Federation v2 subgraph.
 *
 * Two libraries, each for what it does well:
 * - `buildSubgraphSchema` (@apollo/subgraph) builds the schema and attaches the resolvers itself:
 *   it is the only way `__resolveReference` is seen by `_entities`.
 * - @graphql-tools/schema checks the resolver map against the built schema at start
 *   (`requireResolversToMatchSchema`): a resolver for a type or field the SDL does not have (a
 *   field renamed in the SDL, a typo) stops the process with its name, instead of never being
 *   called. The checked copy is thrown away; the per-domain modules are merged by
 *   @graphql-tools/merge (src/resolvers/index.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { addResolversToSchema } from '@graphql-tools/schema';
import { parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { guardEntities } from './entities.ts';
import type { Resolvers } from './generated/graphql.ts';
import { mergeResolverModules, resolverModules } from './resolvers/index.ts';

const SCHEMA_DIRECTORY = new URL('../schema/', import.meta.url);

/** The SDL files, in a fixed order, joined into one document. */
export function loadTypeDefs(): DocumentNode {
  const files = readdirSync(SCHEMA_DIRECTORY)
    .filter((file) => file.endsWith('.graphql'))
    .sort();
  return parse(
    files.map((file) => readFileSync(new URL(file, SCHEMA_DIRECTORY), 'utf8')).join('\n'),
  );
}

/**
 * Throws when `resolvers` name a type, field or enum value `schema` does not have. Federation's
 * own resolvers (`__resolveReference`) and the other `__` hooks are not fields, and pass.
 */
export function checkResolvers(schema: GraphQLSchema, resolvers: Resolvers): void {
  addResolversToSchema({
    schema,
    resolvers: resolvers as Record<string, never>,
    updateResolversInPlace: false,
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}

/** The gateway's schema; `modules` only for tests that add a module of their own. */
export function createGatewaySchema(
  modules: readonly Resolvers[] = resolverModules,
): GraphQLSchema {
  const resolvers = mergeResolverModules(modules);
  const schema = buildSubgraphSchema([{ typeDefs: loadTypeDefs(), resolvers }]);
  checkResolvers(schema, resolvers);
  return guardEntities(schema);
}
