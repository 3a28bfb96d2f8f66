/**
 * The executable schema: the SDL of schema/*.graphql with the resolvers, built as an Apollo
 * Federation v2 subgraph. `buildSubgraphSchema` must attach the resolvers itself: it is the only
 * way `__resolveReference` is seen by `_entities`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';

import { parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { guardEntities } from './entities.ts';
import { resolvers } from './resolvers/index.ts';

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

export function createGatewaySchema(): GraphQLSchema {
  return guardEntities(buildSubgraphSchema([{ typeDefs: loadTypeDefs(), resolvers }]));
}
