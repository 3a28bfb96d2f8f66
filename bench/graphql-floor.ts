/**
 * The yoga floor without yoga: the same schema and resolvers (bench/floor-schema.ts) executed by
 * graphql-js straight from node:http, with what a careful hand-written GraphQL handler needs and
 * nothing more (the body read whole, each query text parsed and validated once, the result
 * written in one `end`). Beside the yoga floor it splits what the stack costs in two: GraphQL
 * execution itself (this ÷ baseline) and yoga's HTTP and plugin machinery on top of it (yoga floor ÷
 * this).
 *
 *   POST /graphql  {"query", "variables"?, "operationName"?}   any scenario, as the gateway is asked
 *
 * Settings (environment): those of baseline-operations.ts (BASELINE_PORT: 0 = any; the URL is
 * printed).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { execute, parse, validate, type DocumentNode, type GraphQLError } from 'graphql';
import { readBody, reply, serve } from './hand-written-http.ts';
import { floorSchema } from './floor-schema.ts';

interface GraphqlRequest {
  query?: unknown;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** Parsed and validated documents by query text; the benchmark sends a handful. */
const documents = new Map<string, DocumentNode>();
const MAX_DOCUMENTS = 1_000;

/** The query's document, or the errors that stop it from running. */
function documentOf(query: string): DocumentNode | readonly GraphQLError[] {
  const known = documents.get(query);
  if (known !== undefined) return known;
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    return [error as GraphQLError];
  }
  const errors = validate(floorSchema, document);
  if (errors.length > 0) return errors;
  if (documents.size >= MAX_DOCUMENTS) documents.clear();
  documents.set(query, document);
  return document;
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'POST' || request.url !== '/graphql') {
    reply(response, 404, { errors: [{ message: 'not found' }] });
    return;
  }
  let body: GraphqlRequest;
  try {
    body = JSON.parse(await readBody(request)) as GraphqlRequest;
  } catch {
    reply(response, 400, { errors: [{ message: 'the body is not JSON' }] });
    return;
  }
  if (typeof body.query !== 'string') {
    reply(response, 400, { errors: [{ message: 'no query' }] });
    return;
  }
  const document = documentOf(body.query);
  if (!('kind' in document)) {
    reply(response, 400, { errors: document });
    return;
  }
  const token = request.headers['x-auth-token'];
  const result = await execute({
    schema: floorSchema,
    document,
    variableValues: body.variables ?? null,
    operationName: body.operationName ?? null,
    contextValue: { token: typeof token === 'string' ? token : '' },
  });
  reply(response, 200, result);
}

const server = createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    reply(response, 500, { errors: [{ message: String(error) }] });
  });
});
serve(server, 'graphql-js floor');
