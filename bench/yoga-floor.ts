/**
 * What the stack alone costs: graphql-yoga with its defaults (graphql-js execution, yoga's parse
 * and validation caches, error masking) on node:http, answering the benchmark's three operations
 * with the baseline's own hand-written code (bench/baseline-operations.ts) as its resolvers. It
 * makes the same upstream calls and answers the gateway's queries with the same JSON; the gap
 * between it and the baseline is what any server on this stack pays per request before adding a
 * feature, and the gap between the gateway and it is what the gateway's features cost. Its schema
 * is bench/floor-schema.ts; bench/graphql-floor.ts runs the same schema without yoga.
 *
 * Settings (environment): those of baseline-operations.ts (BASELINE_PORT: 0 = any; the URL is
 * printed).
 */
import { createServer } from 'node:http';
import { createYoga } from 'graphql-yoga';
import { serve } from './hand-written-http.ts';
import { floorSchema, type FloorContext } from './floor-schema.ts';

const yoga = createYoga<object, FloorContext>({
  schema: floorSchema,
  context: ({ request }) => ({ token: request.headers.get('x-auth-token') ?? '' }),
  // Neither page is part of a GraphQL request's cost.
  graphiql: false,
  landingPage: false,
});

const server = createServer((request, response) => {
  void yoga.requestListener(request, response);
});
serve(server, 'yoga floor');
