/**
 * Pure parts of the security edge: API key digests, suggestion removal, the CORS policy, the
 * trusted-documents loader, and which header carries a CCE token when callers use JWTs.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readToken, resolveCredentials } from '../../src/context.ts';
import { createGatewaySchema } from '../../src/schema.ts';
import { apiKeyDigest, createApiKeyVerifier } from '../../src/server/security/api-keys.ts';
import { corsPolicy } from '../../src/server/security/cors.ts';
import { loadPersistedOperations } from '../../src/server/security/persisted-operations.ts';
import { withoutSuggestions } from '../../src/server/security/suggestions.ts';
import { configProblems } from '../support/config-problems.ts';

describe('API keys', () => {
  it('digests a key as sha256sum does', () => {
    // printf %s 'abc' | sha256sum
    expect(apiKeyDigest('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('accepts exactly the keys whose digests are configured', () => {
    const verify = createApiKeyVerifier([apiKeyDigest('key-1'), apiKeyDigest('key-2')]);
    expect(verify('key-1')).toBe(true);
    expect(verify('key-2')).toBe(true);
    expect(verify('key-3')).toBe(false);
    expect(verify('')).toBe(false);
    expect(verify(apiKeyDigest('key-1'))).toBe(false); // the digest itself is not a key
  });

  it('accepts nothing with no digests', () => {
    expect(createApiKeyVerifier([])('anything')).toBe(false);
  });
});

describe('withoutSuggestions', () => {
  it.each([
    [
      'Cannot query field "clusterz" on type "Query". Did you mean "cluster" or "clusters"?',
      'Cannot query field "clusterz" on type "Query".',
    ],
    [
      'Unknown argument "frist" on field "Cluster.releases". Did you mean "first"?',
      'Unknown argument "frist" on field "Cluster.releases".',
    ],
    [
      'Variable "$t" got invalid value "CC"; Value "CC" does not exist in "ClusterType" enum. Did you mean the enum value "CCE"?',
      'Variable "$t" got invalid value "CC"; Value "CC" does not exist in "ClusterType" enum.',
    ],
    [
      'Unknown type "Clustr". Did you mean "Cluster", "ClusterType", or "ClusterPhase"?',
      'Unknown type "Clustr".',
    ],
    ['Syntax Error: Expected Name, found <EOF>.', 'Syntax Error: Expected Name, found <EOF>.'],
  ])('%s', (message, expected) => {
    expect(withoutSuggestions(message)).toBe(expected);
  });
});

describe('corsPolicy', () => {
  const request = (origin?: string) =>
    new Request('http://gateway/graphql', { headers: origin ? { origin } : {} });

  it('is off with no origins', () => {
    expect(corsPolicy([])).toBe(false);
  });

  it('answers only listed origins, never with credentials', async () => {
    const policy = corsPolicy(['https://a.example', 'https://b.example']);
    if (typeof policy !== 'function') throw new Error('expected a per-request policy');
    expect(await policy(request('https://b.example'))).toMatchObject({
      origin: 'https://b.example',
      credentials: false,
    });
    expect(await policy(request('https://c.example'))).toBe(false);
    expect(await policy(request('null'))).toBe(false);
    expect(await policy(request())).toBe(false);
  });

  it('answers any origin with *, still without credentials', () => {
    expect(corsPolicy(['*'])).toMatchObject({ origin: '*', credentials: false });
  });
});

describe('loadPersistedOperations', () => {
  const schema = createGatewaySchema();
  const QUERY = '{ clusters { id } }';
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

  function fileWith(content: string): string {
    const file = join(mkdtempSync(join(tmpdir(), 'cce-gateway-')), 'operations.json');
    writeFileSync(file, content);
    return file;
  }

  const problemsOf = (file: string) => configProblems(() => loadPersistedOperations(file, schema));

  it('parses every entry once, keyed by id (hashes in lower case)', () => {
    const operations = loadPersistedOperations(
      fileWith(JSON.stringify({ [sha256(QUERY).toUpperCase()]: QUERY, named: QUERY })),
      schema,
    );
    expect([...operations.keys()]).toEqual([sha256(QUERY), 'named']);
    expect(print(operations.get('named')!)).toBe(print(operations.get(sha256(QUERY))!));
  });

  it('names every bad entry', () => {
    const file = fileWith(
      JSON.stringify({
        [sha256('{ other }')]: QUERY,
        syntax: '{ clusters { id }',
        unknown: '{ clusterz { id } }',
        number: 42,
        fine: QUERY,
      }),
    );
    expect(problemsOf(file)).toEqual([
      `PERSISTED_OPERATIONS_FILE: entry "${sha256('{ other }')}": the id looks like a SHA-256 but is not that of the document`,
      'PERSISTED_OPERATIONS_FILE: entry "syntax": Syntax Error: Expected Name, found <EOF>.',
      'PERSISTED_OPERATIONS_FILE: entry "unknown": Cannot query field "clusterz" on type "Query". Did you mean "cluster" or "clusters"?',
      'PERSISTED_OPERATIONS_FILE: entry "number": the document must be a string',
    ]);
  });

  it.each([
    ['not JSON', '{ nope', /is not JSON/],
    ['an array', '[]', /must hold a JSON object mapping ids to GraphQL documents/],
    [
      'an Apollo manifest of another version',
      JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 2, operations: [] }),
      /is an Apollo manifest but not version 1/,
    ],
    ['empty', '{}', /lists no operations/],
  ])('refuses a file that is %s', (_case, content, problem) => {
    expect(problemsOf(fileWith(content))).toEqual([expect.stringMatching(problem)]);
  });

  it('refuses a file that cannot be read', () => {
    expect(problemsOf('/nonexistent/operations.json')).toEqual([
      'PERSISTED_OPERATIONS_FILE: cannot read /nonexistent/operations.json (ENOENT)',
    ]);
  });
});

describe('CCE token when callers authenticate with JWTs', () => {
  const deps = { projectId: 'p', serviceCredentials: { accessKey: 'AK', secretKey: 'SK' } };

  it('does not take Authorization: Bearer as a CCE token', () => {
    const headers = new Headers({ authorization: 'Bearer caller.jwt.value' });
    expect(readToken(headers, false)).toBeNull();
    expect(resolveCredentials(headers, { ...deps, bearerIsCallerJwt: true })).toMatchObject({
      kind: 'aksk',
    });
    expect(resolveCredentials(headers, deps)).toMatchObject({
      kind: 'token',
      token: 'caller.jwt.value',
    });
  });

  it('still takes X-Auth-Token', () => {
    const headers = new Headers({ authorization: 'Bearer caller.jwt', 'x-auth-token': 'cce' });
    expect(resolveCredentials(headers, { ...deps, bearerIsCallerJwt: true })).toMatchObject({
      kind: 'token',
      token: 'cce',
    });
  });
});
