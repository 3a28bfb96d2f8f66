/**
 * Trusted documents (PERSISTED_OPERATIONS_FILE): only operations listed in a JSON allow-list run.
 * The file is either a map of ids to documents, `{ "<id>": "<GraphQL document>" }`, or an Apollo
 * persisted-query manifest (`{ "format": "apollo-persisted-query-manifest", "version": 1,
 * "operations": [{ "id", "body", … }] }`, as `generate-persisted-query-manifest` writes it). An id
 * of 64 hex digits, bare or as `sha256:<hex>` (GraphQL Codegen's client preset, Hive), must be
 * the SHA-256 of its document. Callers send the id in
 * `{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"<id>"}}}` (Apollo) or as
 * `{"documentId":"<id>"}` (GraphQL over HTTP), and variables; an operation sent as text is refused.
 *
 * The list is read, parsed and validated against the schema at start-up (a bad entry stops the
 * gateway) and again on `reload()` (SIGHUP; a bad file then keeps the list in force): requests
 * only look a parsed document up.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { ConfigError } from '../../config.ts';
import { rejection } from './rejections.ts';

const SETTING = 'PERSISTED_OPERATIONS_FILE';
const SHA256_ID = /^(?:sha256:)?([0-9a-f]{64})$/i;
const APOLLO_MANIFEST = 'apollo-persisted-query-manifest';

/** The key an id is listed and looked up by: a hash in either case, with or without `sha256:`. */
function lookupKey(id: string): string {
  return SHA256_ID.exec(id)?.[1]?.toLowerCase() ?? id;
}

/** The entries of either format: [id, document] pairs (documents not checked yet). */
function entriesOf(file: string, list: Record<string, unknown>): Array<[string, unknown]> {
  if (list['format'] !== APOLLO_MANIFEST) return Object.entries(list);
  const operations = list['operations'];
  if (list['version'] !== 1 || !Array.isArray(operations)) {
    throw new ConfigError([
      `${SETTING}: ${file} is an Apollo manifest but not version 1 with an "operations" array`,
    ]);
  }
  return operations.map((operation: unknown, index): [string, unknown] => {
    const { id, body } = (operation ?? {}) as { id?: unknown; body?: unknown };
    return [typeof id === 'string' ? id : `operations[${index}]`, body];
  });
}

function readList(file: string): Array<[string, unknown]> {
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
      `${SETTING}: ${file} must hold a JSON object mapping ids to GraphQL documents, ` +
        'or an Apollo persisted-query manifest',
    ]);
  }
  return entriesOf(file, list as Record<string, unknown>);
}

/** Problem with one entry of the list, or its parsed document. */
function checkEntry(id: string, document: unknown, schema: GraphQLSchema): DocumentNode | string {
  if (typeof document !== 'string') return 'the document must be a string';
  const hash = SHA256_ID.exec(id)?.[1];
  if (hash !== undefined) {
    const digest = createHash('sha256').update(document, 'utf8').digest('hex');
    if (digest !== hash.toLowerCase())
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
  for (const [id, document] of readList(file)) {
    const checked = checkEntry(id, document, schema);
    if (typeof checked === 'string') problems.push(`${SETTING}: entry "${id}": ${checked}`);
    else operations.set(lookupKey(id), checked);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  if (operations.size === 0) throw new ConfigError([`${SETTING}: ${file} lists no operations`]);
  return operations;
}

/** The allow-list in force, and its reload from the same file. */
export interface TrustedDocuments {
  get(id: string): DocumentNode | null;
  /** Reads the file again; on a bad file throws ConfigError and keeps the list in force. Returns the count. */
  reload(): number;
}

/** Loads the allow-list (throws ConfigError on a bad file). */
export function createTrustedDocuments(file: string, schema: GraphQLSchema): TrustedDocuments {
  let operations = loadPersistedOperations(file, schema);
  return {
    get: (id) => operations.get(lookupKey(id)) ?? null,
    reload() {
      operations = loadPersistedOperations(file, schema);
      return operations.size;
    },
  };
}

/** Apollo's `extensions.persistedQuery.sha256Hash`, or GraphQL over HTTP's `documentId`. */
function operationId(params: GraphQLParams & { documentId?: unknown }): string | null {
  const persistedQuery: unknown = params.extensions?.['persistedQuery'];
  const hash =
    typeof persistedQuery === 'object' && persistedQuery !== null
      ? (persistedQuery as { sha256Hash?: unknown }).sha256Hash
      : undefined;
  if (typeof hash === 'string') return hash;
  return typeof params.documentId === 'string' ? params.documentId : null;
}

export function usePersistedOperationsOnly(documents: TrustedDocuments): Plugin {
  const idRequired = () =>
    rejection(
      'PERSISTED_QUERY_ID_REQUIRED',
      'This gateway runs only persisted operations: send extensions.persistedQuery.sha256Hash ' +
        '(or documentId) with the id of one, instead of the operation text.',
      { status: 400 },
    );
  return usePersistedOperations({
    allowArbitraryOperations: false,
    extractPersistedOperationId: operationId,
    getPersistedOperation: (id) => documents.get(id),
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
