/** The response cache's store: bounded in entries and bytes, expired answers dropped, large ones not kept. */
import { describe, expect, it } from 'vitest';
import { createBoundedStore } from '../../src/server/cache/bounded-store.ts';

const answer = (size: number, tag: string) => ({ data: { tag, text: 'x'.repeat(size) } });
const RELEASE = [{ typename: 'Release', id: 'r1' }];

describe('bounded response store', () => {
  it('keeps a run of varying large answers within its byte bound, least recently used out first', () => {
    const store = createBoundedStore({
      maxEntries: 1_000,
      maxBytes: 100_000,
      maxEntryBytes: 30_000,
    });
    for (let i = 0; i < 200; i += 1) {
      store.set(`k${i}`, answer(20_000 + i, String(i)), RELEASE, 60_000);
      expect(store.stats().bytes).toBeLessThanOrEqual(100_000);
    }
    expect(store.stats().entries).toBe(4);
    expect(store.get('k199')).toEqual(answer(20_199, '199'));
    expect(store.get('k0')).toBeUndefined();
  });

  it('does not store an answer larger than maxEntryBytes', () => {
    const store = createBoundedStore({ maxEntries: 10, maxBytes: 1_000_000, maxEntryBytes: 1_000 });
    store.set('big', answer(2_000, 'big'), RELEASE, 60_000);
    store.set('small', answer(10, 'small'), RELEASE, 60_000);
    expect(store.get('big')).toBeUndefined();
    expect(store.get('small')).toEqual(answer(10, 'small'));
    expect(store.stats().entries).toBe(1);
  });

  it('drops expired answers without being asked for them', async () => {
    const store = createBoundedStore({ maxEntries: 10, maxBytes: 1_000_000, maxEntryBytes: 1_000 });
    store.set('soon', answer(10, 'soon'), RELEASE, 20);
    expect(store.stats().entries).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(store.stats()).toEqual({ entries: 0, bytes: 0 });
  });

  it('bounds the number of entries, and drops what an entity invalidation names', () => {
    const store = createBoundedStore({ maxEntries: 2, maxBytes: 1_000_000, maxEntryBytes: 1_000 });
    store.set('a', answer(1, 'a'), [{ typename: 'Cluster', id: 'c1' }], 60_000);
    store.set('b', answer(1, 'b'), RELEASE, 60_000);
    store.set('c', answer(1, 'c'), [{ typename: 'Addon' }], 60_000);
    expect(store.stats().entries).toBe(2);
    expect(store.get('a')).toBeUndefined();
    store.invalidate([{ typename: 'Release', id: 'r1' }]);
    expect(store.get('b')).toBeUndefined();
    store.invalidate([{ typename: 'Addon' }]);
    expect(store.stats().entries).toBe(0);
  });
});
