/**
 * Trusted documents (PERSISTED_OPERATIONS_FILE): only operations listed in a JSON allow-list run.
 * The file maps an id to a document, `{ "<id>": "<GraphQL document>" }`; an id of 64 hex digits
 * must be the SHA-256 of its document (as Apollo's persisted-query clients compute it). Callers
 * send `{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"<id>"}}}` and variables; any
 * operation sent as text is refused.
 *
 * The list is read, parsed and validated against the schema once, at start-up: a bad entry stops
 * the gateway from starting, and requests only look a parsed document up.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ConfigError } from '../../config.ts';
import { rejection } from './rejections.ts';

const SETTING = 'PERSISTED_OPERATIONS_FILE';
const SHA256_HEX = /^[0-9a-f]{64}$/i;

/** The key an id is listed and looked up by: clients send hashes in either case. */
function lookupKey(id: string): string {
  return SHA256_HEX.test(id) ? id.toLowerCase() : id;
}

function readList(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ConfigError([`${SETTING}: cannot read ${file} (${reason})`]);
  }
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch (error) {
    throw new ConfigError([`${SETTING}: ${file} is not JSON (${(error as Error).message})`]);
  }
  if (typeof list !== 'object' || list === null || Array.isArray(list)) {
    throw new ConfigError([
      `${SETTING}: ${file} must hold a JSON object mapping ids to GraphQL documents`,
    ]);
  }
  return list as Record<string, unknown>;
}

/** Problem with one entry of the list, or its parsed document. */
function checkEntry(id: string, document: unknown, schema: GraphQLSchema): DocumentNode | string {
  if (typeof document !== 'string') return 'the document must be a string';
  if (SHA256_HEX.test(id)) {
    const digest = createHash('sha256').update(document, 'utf8').digest('hex');
    if (digest !== id.toLowerCase())
      return 'the id looks like a SHA-256 but is not that of the document';
  }
  let parsed: DocumentNode;
  try {
    parsed = parse(document);
  } catch (error) {
    return (error as Error).message;
  }
  const errors = validate(schema, parsed);
  return errors.length > 0 ? errors.map((e) => e.message).join('; ') : parsed;
}

/** Reads and checks the allow-list; throws ConfigError naming every bad entry. */
export function loadPersistedOperations(
  file: string,
  schema: GraphQLSchema,
): ReadonlyMap<string, DocumentNode> {
  const operations = new Map<string, DocumentNode>();
  const problems: string[] = [];
  for (const [id, document] of Object.entries(readList(file))) {
    const checked = checkEntry(id, document, schema);
    if (typeof checked === 'string') problems.push(`${SETTING}: entry "${id}": ${checked}`);
    else operations.set(lookupKey(id), checked);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  if (operations.size === 0) throw new ConfigError([`${SETTING}: ${file} lists no operations`]);
  return operations;
}

export function usePersistedOperationsOnly(operations: ReadonlyMap<string, DocumentNode>): Plugin {
  const idRequired = () =>
    rejection(
      'PERSISTED_QUERY_ID_REQUIRED',
      'This gateway runs only persisted operations: send extensions.persistedQuery.sha256Hash ' +
        'with the id of one, instead of the operation text.',
      { status: 400 },
    );
  return usePersistedOperations({
    allowArbitraryOperations: false,
    getPersistedOperation: (id) => operations.get(lookupKey(id)) ?? null,
    customErrors: {
      persistedQueryOnly: idRequired,
      keyNotFound: idRequired,
      notFound: () =>
        rejection(
          'PERSISTED_QUERY_NOT_IN_LIST',
          'The persisted operation id is not in the list of operations this gateway runs.',
          { status: 400 },
        ),
    },
  });
}
