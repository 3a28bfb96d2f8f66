import { describe, expect, it } from 'vitest';
import { createClusterFamilyCache } from '../../src/loaders/cluster-families.ts';

const ALICE = 'a'.repeat(64);
const BOB = 'b'.repeat(64);

/** A cache on a clock the test moves by hand. */
function setup(options: { ttlMs?: number; maxEntries?: number } = {}) {
  let now = 1_000;
  const cache = createClusterFamilyCache({
    ttlMs: options.ttlMs ?? 600_000,
    maxEntries: options.maxEntries ?? 100,
    now: () => now,
  });
  return {
    cache,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('cluster family cache', () => {
  it('remembers the family of each cluster of a list, for that caller only', () => {
    const { cache } = setup();
    cache.forCaller(ALICE).remember([
      { id: 'c1', family: 'CCE' },
      { id: 'c2', family: 'AUTOPILOT' },
    ]);
    expect(cache.forCaller(ALICE).familyOf('c1')).toBe('CCE');
    expect(cache.forCaller(ALICE).familyOf('c2')).toBe('AUTOPILOT');
    expect(cache.forCaller(ALICE).familyOf('c3')).toBeUndefined();
    expect(cache.forCaller(BOB).familyOf('c1')).toBeUndefined();
  });

  it('keeps each caller`s entries apart, even for the same cluster id', () => {
    const { cache } = setup();
    cache.forCaller(ALICE).remember([{ id: 'c1', family: 'CCE' }]);
    cache.forCaller(BOB).remember([{ id: 'c1', family: 'AUTOPILOT' }]);
    expect(cache.forCaller(ALICE).familyOf('c1')).toBe('CCE');
    expect(cache.forCaller(BOB).familyOf('c1')).toBe('AUTOPILOT');
    expect(cache.size).toBe(2);
  });

  it('forgets an entry once the TTL has passed since its cluster was last listed', () => {
    const { cache, advance } = setup({ ttlMs: 1_000 });
    const alice = cache.forCaller(ALICE);
    alice.remember([{ id: 'c1', family: 'CCE' }]);
    advance(999);
    expect(alice.familyOf('c1')).toBe('CCE');
    // Using an entry does not extend it; listing the cluster again does.
    advance(1);
    expect(alice.familyOf('c1')).toBeUndefined();
    expect(cache.size).toBe(0);
    alice.remember([{ id: 'c1', family: 'CCE' }]);
    advance(500);
    alice.remember([{ id: 'c1', family: 'CCE' }]);
    advance(999);
    expect(alice.familyOf('c1')).toBe('CCE');
  });

  it('holds at most maxEntries, pushing out the least recently used', () => {
    const { cache } = setup({ maxEntries: 3 });
    const alice = cache.forCaller(ALICE);
    alice.remember([
      { id: 'c1', family: 'CCE' },
      { id: 'c2', family: 'CCE' },
      { id: 'c3', family: 'CCE' },
    ]);
    expect(alice.familyOf('c1')).toBe('CCE'); // c2 is now the least recently used
    cache.forCaller(BOB).remember([{ id: 'c4', family: 'AUTOPILOT' }]);
    expect(cache.size).toBe(3);
    expect(alice.familyOf('c2')).toBeUndefined();
    expect(alice.familyOf('c1')).toBe('CCE');
    expect(alice.familyOf('c3')).toBe('CCE');
    expect(cache.forCaller(BOB).familyOf('c4')).toBe('AUTOPILOT');

    // A list longer than the bound keeps only its last entries.
    alice.remember(Array.from({ length: 10 }, (_, index) => ({ id: `d${index}`, family: 'CCE' })));
    expect(cache.size).toBe(3);
    expect(['d7', 'd8', 'd9'].map((id) => alice.familyOf(id))).toEqual(['CCE', 'CCE', 'CCE']);
    expect(alice.familyOf('d6')).toBeUndefined();
  });

  it('remembers nothing with a TTL of 0', () => {
    const { cache } = setup({ ttlMs: 0 });
    const alice = cache.forCaller(ALICE);
    alice.remember([{ id: 'c1', family: 'CCE' }]);
    expect(alice.familyOf('c1')).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});
