import { describe, expect, it } from 'vitest';
import { createMemoryBucketStore } from '../../src/server/rate-limit/buckets.ts';

describe('token buckets', () => {
  const limit = { perMinute: 60 }; // one token a second

  it('allows a burst of the capacity, then refills at capacity per minute', () => {
    const store = createMemoryBucketStore();
    for (let i = 0; i < 60; i += 1) expect(store.take('a', 1, limit, 0)).toEqual({ ok: true });
    expect(store.take('a', 1, limit, 0)).toEqual({ ok: false, retryAfterMs: 1_000 });
    expect(store.take('a', 1, limit, 1_000)).toEqual({ ok: true });
    // Other keys are other buckets.
    expect(store.take('b', 1, limit, 0)).toEqual({ ok: true });
  });

  it('spends a cost, and waits for a full bucket for a cost above the capacity', () => {
    const store = createMemoryBucketStore();
    expect(store.take('a', 50, limit, 0)).toEqual({ ok: true });
    expect(store.take('a', 20, limit, 0)).toEqual({ ok: false, retryAfterMs: 10_000 });
    expect(store.take('a', 500, limit, 0)).toEqual({ ok: false, retryAfterMs: 50_000 });
    expect(store.take('a', 500, limit, 50_000)).toEqual({ ok: true });
  });
});
