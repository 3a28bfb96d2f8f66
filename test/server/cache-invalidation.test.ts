/**
 * The invalidation table against the real schema: every mutation says what it changes, and every
 * type it names exists, so a new mutation cannot silently leave stale answers in the cache.
 */
import { isObjectType, isInterfaceType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MUTATION_CHANGES, typesChangedBy } from '../../src/server/cache/invalidation.ts';
import { createGatewaySchema } from '../../src/schema.ts';

describe('mutation invalidation table', () => {
  const schema = createGatewaySchema();

  it('has an entry for every field of Mutation, and none for fields that do not exist', () => {
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    expect(mutations.length).toBeGreaterThan(0);
    expect(Object.keys(MUTATION_CHANGES).sort()).toEqual([...mutations].sort());
  });

  it('names only object and interface types of the schema', () => {
    for (const types of Object.values(MUTATION_CHANGES)) {
      for (const name of types) {
        const type = schema.getType(name);
        expect(isObjectType(type) || isInterfaceType(type), name).toBe(true);
      }
    }
  });

  it('collects the types of every selected mutation, and none for __typename', () => {
    expect([...typesChangedBy(['releaseCreate'])].sort()).toEqual([
      'Node',
      'Release',
      'ReleaseConnection',
    ]);
    expect([...typesChangedBy(['releaseDelete', 'addonInstall'])].sort()).toEqual([
      'Addon',
      'Node',
      'Release',
      'ReleaseConnection',
    ]);
    expect(typesChangedBy(['__typename']).size).toBe(0);
  });

  it('treats a mutation missing from the table as changing every type the table knows', () => {
    const all = new Set(Object.values(MUTATION_CHANGES).flat());
    expect(typesChangedBy(['someFutureMutation'])).toEqual(all);
  });
});
