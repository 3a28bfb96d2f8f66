import { describe, expect, it } from 'vitest';
import { createClusterDirectory } from '../../src/loaders/cluster-directory.ts';

const ALICE = 'a'.repeat(64);
const BOB = 'b'.repeat(64);

/** A directory on a clock the test moves by hand. */
function setup(options: { ttlMs?: number; maxEntries?: number } = {}) {
  let now = 1_000;
  const directory = createClusterDirectory({
    ttlMs: options.ttlMs ?? 600_000,
    maxEntries: options.maxEntries ?? 100,
    now: () => now,
  });
  return {
    directory,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('cluster directory', () => {
  it('remembers the family of each cluster of a list, for that caller only', () => {
    const { directory } = setup();
    directory.forCaller(ALICE).remember([
      { id: 'c1', family: 'CCE' },
      { id: 'c2', family: 'AUTOPILOT' },
    ]);
    expect(directory.forCaller(ALICE).familyOf('c1')).toBe('CCE');
    expect(directory.forCaller(ALICE).familyOf('c2')).toBe('AUTOPILOT');
    expect(directory.forCaller(ALICE).familyOf('c3')).toBeUndefined();
    expect(directory.forCaller(BOB).familyOf('c1')).toBeUndefined();
  });

  it('keeps each caller`s entries apart, even for the same cluster id', () => {
    const { directory } = setup();
    directory.forCaller(ALICE).remember([{ id: 'c1', family: 'CCE' }]);
    directory.forCaller(BOB).remember([{ id: 'c1', family: 'AUTOPILOT' }]);
    expect(directory.forCaller(ALICE).familyOf('c1')).toBe('CCE');
    expect(directory.forCaller(BOB).familyOf('c1')).toBe('AUTOPILOT');
    expect(directory.size).toBe(2);
  });

  it('forgets an entry once the TTL has passed since its cluster was last listed', () => {
    const { directory, advance } = setup({ ttlMs: 1_000 });
    const alice = directory.forCaller(ALICE);
    alice.remember([{ id: 'c1', family: 'CCE' }]);
    advance(999);
    expect(alice.familyOf('c1')).toBe('CCE');
    // Using an entry does not extend it; listing the cluster again does.
    advance(1);
    expect(alice.familyOf('c1')).toBeUndefined();
    expect(directory.size).toBe(0);
    alice.remember([{ id: 'c1', family: 'CCE' }]);
    advance(500);
    alice.remember([{ id: 'c1', family: 'CCE' }]);
    advance(999);
    expect(alice.familyOf('c1')).toBe('CCE');
  });

  it('holds at most maxEntries, pushing out the least recently used', () => {
    const { directory } = setup({ maxEntries: 3 });
    const alice = directory.forCaller(ALICE);
    alice.remember([
      { id: 'c1', family: 'CCE' },
      { id: 'c2', family: 'CCE' },
      { id: 'c3', family: 'CCE' },
    ]);
    expect(alice.familyOf('c1')).toBe('CCE'); // c2 is now the least recently used
    directory.forCaller(BOB).remember([{ id: 'c4', family: 'AUTOPILOT' }]);
    expect(directory.size).toBe(3);
    expect(alice.familyOf('c2')).toBeUndefined();
    expect(alice.familyOf('c1')).toBe('CCE');
    expect(alice.familyOf('c3')).toBe('CCE');
    expect(directory.forCaller(BOB).familyOf('c4')).toBe('AUTOPILOT');

    // A list longer than the bound keeps only its last entries.
    alice.remember(Array.from({ length: 10 }, (_, index) => ({ id: `d${index}`, family: 'CCE' })));
    expect(directory.size).toBe(3);
    expect(['d7', 'd8', 'd9'].map((id) => alice.familyOf(id))).toEqual(['CCE', 'CCE', 'CCE']);
    expect(alice.familyOf('d6')).toBeUndefined();
  });

  it('remembers nothing with a TTL of 0', () => {
    const { directory } = setup({ ttlMs: 0 });
    const alice = directory.forCaller(ALICE);
    alice.remember([{ id: 'c1', family: 'CCE' }]);
    expect(alice.familyOf('c1')).toBeUndefined();
    expect(directory.size).toBe(0);
  });
});
