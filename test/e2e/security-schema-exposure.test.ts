/**
 * What the gateway tells strangers about its schema: introspection can be turned off, and
 * `Did you mean …?` hints are left out of errors unless field suggestions are on.
 */
import { describe, expect, it } from 'vitest';
import { apiKeyDigest } from '../../src/server/security/api-keys.ts';
import { DEMO_TOKEN } from '../../src/simulator/demo-data.ts';
import { gql } from '../support/stack.ts';
import { useStack } from './harness.ts';

const MISSPELLED_FIELD = '{ clusterz { id } }';
const BAD_ENUM_VARIABLE = 'query ($type: ClusterType) { charts(clusterType: $type) { id } }';

describe('with introspection off and suggestions hidden', () => {
  const run = useStack({
    gateway: { security: { introspection: false, fieldSuggestions: false } },
  });

  it.each([
    ['__schema', '{ __schema { types { name } } }'],
    ['__type', '{ __type(name: "Cluster") { fields { name } } }'],
    [
      '__schema inside a fragment',
      '{ ...F } fragment F on Query { __schema { queryType { name } } }',
    ],
  ])('refuses %s with INTROSPECTION_DISABLED, without calling CCE', async (_name, query) => {
    run.stack.simulator.resetStats();
    const result = await gql(run.stack, query);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('INTROSPECTION_DISABLED');
    expect(result.errors?.[0]?.message).toMatch(/^Introspection is disabled on this gateway/);
    expect(result.data).toBeUndefined();
    expect(run.stack.simulator.stats().total).toBe(0);
  });

  it('still answers __typename', async () => {
    const result = await gql<{ __typename: string }>(run.stack, '{ __typename }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.__typename).toBe('Query');
  });

  it('leaves the suggestion out of a validation error', async () => {
    const result = await gql(run.stack, MISSPELLED_FIELD);
    expect(result.errors?.map((e) => e.message)).toEqual([
      'Cannot query field "clusterz" on type "Query".',
    ]);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('leaves the suggestion out of an error about a variable value', async () => {
    const result = await gql(run.stack, BAD_ENUM_VARIABLE, { type: 'CC' });
    const message = result.errors?.[0]?.message ?? '';
    expect(message).toContain('Value "CC" does not exist in "ClusterType" enum.');
    expect(message).not.toContain('Did you mean');
    expect(message).not.toContain('"CCE"');
  });
});

describe('with field suggestions on (development)', () => {
  const run = useStack({ gateway: { security: { fieldSuggestions: true } } });

  it('keeps the hints', async () => {
    const field = await gql(run.stack, MISSPELLED_FIELD);
    expect(field.errors?.[0]?.message).toBe(
      'Cannot query field "clusterz" on type "Query". Did you mean "cluster" or "clusters"?',
    );
    const variable = await gql(run.stack, BAD_ENUM_VARIABLE, { type: 'CC' });
    expect(variable.errors?.[0]?.message).toContain('Did you mean the enum value "CCE"?');
  });
});

// Before: with introspection off, `_service { sdl }` still gave any caller the whole schema.
describe('federation `_service { sdl }` with introspection off', () => {
  const SDL_KEY = 'federation-router-key';
  const run = useStack({
    gateway: { security: { introspection: false, sdlApiKeyDigests: [apiKeyDigest(SDL_KEY)] } },
  });
  const SDL = '{ _service { sdl } }';

  it('refuses callers without a key of FEDERATION_SDL_API_KEYS', async () => {
    const callers: Array<Record<string, string>> = [
      { 'X-Auth-Token': DEMO_TOKEN },
      { 'X-Auth-Token': DEMO_TOKEN, 'X-Api-Key': 'guessed' },
    ];
    for (const headers of callers) {
      const result = await gql<{ _service: { sdl: string } }>(run.stack, SDL, undefined, headers);
      expect(result.data?._service ?? null).toBeNull();
      expect(result.errors?.map((error) => error.extensions?.['code'])).toEqual([
        'INTROSPECTION_DISABLED',
      ]);
      const aliased = await gql(run.stack, '{ s: _service { sdl } }', undefined, headers);
      expect(JSON.stringify(aliased)).not.toContain('type Cluster');
    }
  });

  it('answers the federation gateway named by its key', async () => {
    const result = await gql<{ _service: { sdl: string } }>(run.stack, SDL, undefined, {
      'X-Auth-Token': DEMO_TOKEN,
      'X-Api-Key': SDL_KEY,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._service.sdl).toContain('type Cluster');
  });
});

describe('federation `_service { sdl }` with introspection off and the response cache on', () => {
  const SDL_KEY = 'federation-router-key';
  const run = useStack({
    gateway: {
      security: { introspection: false, sdlApiKeyDigests: [apiKeyDigest(SDL_KEY)] },
      responseCache: { ttlMs: 60_000 },
    },
  });

  it('does not hand the SDL cached for the key to the same token without it', async () => {
    const token = { 'X-Auth-Token': DEMO_TOKEN };
    const keyed = await gql(run.stack, '{ _service { sdl } }', undefined, {
      ...token,
      'X-Api-Key': SDL_KEY,
    });
    expect(keyed.errors).toBeUndefined();
    const without = await gql(run.stack, '{ _service { sdl } }', undefined, token);
    expect(without.errors?.map((error) => error.extensions?.['code'])).toEqual([
      'INTROSPECTION_DISABLED',
    ]);
  });
});
