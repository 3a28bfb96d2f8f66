import { describe, expect, it } from 'vitest';
import { idempotencyFingerprint, MemoryIdempotencyStore } from '../../src/service/idempotency.ts';
import type { IdempotencyClaim, IdempotencyRequest } from '../../src/service/idempotency.ts';

const input = { clusterId: 'c1', name: 'web', values: { replicas: 3 }, idempotencyKey: 'k-1' };
const request: IdempotencyRequest = {
  scope: 'caller-a',
  key: 'k-1',
  fingerprint: idempotencyFingerprint('releaseUpgrade', input),
};

/** A store on a clock the test moves. */
function storeAt(options: { maxEntries?: number; maxBytes?: number } = {}) {
  const clock = { now: 1_000_000 };
  const store = new MemoryIdempotencyStore({ windowMs: 60_000, now: () => clock.now, ...options });
  return { store, clock };
}

async function first(claim: Promise<IdempotencyClaim>) {
  const settled = await claim;
  if (settled.status !== 'first')
    throw new Error(`expected the key to be free, got ${settled.status}`);
  return settled;
}

/** Whether a promise is still pending after everything already queued has run. */
async function isPending(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return !done;
}

describe('idempotencyFingerprint', () => {
  it('ignores key order and the idempotency key itself', () => {
    const reordered = {
      idempotencyKey: 'other',
      values: { replicas: 3 },
      name: 'web',
      clusterId: 'c1',
    };
    expect(idempotencyFingerprint('releaseUpgrade', reordered)).toBe(request.fingerprint);
  });

  it('sorts nested keys too, and tells other input and other mutations apart', () => {
    const a = { v: { x: 1, y: { p: 1, q: 2 } } };
    const b = { v: { y: { q: 2, p: 1 }, x: 1 } };
    expect(idempotencyFingerprint('m', a)).toBe(idempotencyFingerprint('m', b));
    expect(idempotencyFingerprint('m', a)).not.toBe(idempotencyFingerprint('m', { v: { x: 2 } }));
    expect(idempotencyFingerprint('m', a)).not.toBe(idempotencyFingerprint('n', a));
    expect(idempotencyFingerprint('m', { v: null })).not.toBe(idempotencyFingerprint('m', {}));
  });

  it('keeps a __proto__ key as data', () => {
    const withProto = JSON.parse('{"__proto__":{"a":1}}') as Record<string, unknown>;
    expect(idempotencyFingerprint('m', withProto)).not.toBe(idempotencyFingerprint('m', {}));
  });
});

describe('MemoryIdempotencyStore', () => {
  it('replays the first payload as a parsed copy, and keeps an unknown outcome', async () => {
    const { store } = storeAt();
    const ticket = await first(store.claim(request));
    const payload = { release: { revision: 4, updatedAt: new Date('2026-01-02T03:04:05Z') } };
    await ticket.complete({ payload, outcomeUnknown: false });
    const replay = await store.claim(request);
    expect(replay).toEqual({
      status: 'replay',
      result: {
        payload: { release: { revision: 4, updatedAt: '2026-01-02T03:04:05.000Z' } },
        outcomeUnknown: false,
      },
    });

    const other = { ...request, key: 'k-2' };
    await (await first(store.claim(other))).complete({ payload: { a: 1 }, outcomeUnknown: true });
    expect(await store.claim(other)).toMatchObject({ result: { outcomeUnknown: true } });
  });

  it('answers reused for the same key with other input, finished or in flight', async () => {
    const { store } = storeAt();
    const ticket = await first(store.claim(request));
    const changed = {
      ...request,
      fingerprint: idempotencyFingerprint('releaseUpgrade', { ...input, name: 'db' }),
    };
    expect(await store.claim(changed)).toEqual({ status: 'reused' });
    await ticket.complete({ payload: {}, outcomeUnknown: false });
    expect(await store.claim(changed)).toEqual({ status: 'reused' });
  });

  it('keeps callers apart', async () => {
    const { store } = storeAt();
    await (await first(store.claim(request))).complete({ payload: 1, outcomeUnknown: false });
    await first(store.claim({ ...request, scope: 'caller-b' }));
  });

  it('makes a concurrent duplicate wait for the first, then replays', async () => {
    const { store } = storeAt();
    const ticket = await first(store.claim(request));
    const duplicate = store.claim(request);
    expect(await isPending(duplicate)).toBe(true);
    await ticket.complete({ payload: { ok: true }, outcomeUnknown: false });
    expect(await duplicate).toMatchObject({ status: 'replay', result: { payload: { ok: true } } });
  });

  it('hands a released key to the next waiter', async () => {
    const { store } = storeAt();
    const ticket = await first(store.claim(request));
    const waiter = store.claim(request);
    await ticket.release();
    const next = await first(waiter);
    // The released holder's late completion changes nothing.
    await ticket.complete({ payload: 'stale', outcomeUnknown: false });
    expect(await isPending(store.claim(request))).toBe(true);
    await next.complete({ payload: 'fresh', outcomeUnknown: false });
    expect(await store.claim(request)).toMatchObject({ result: { payload: 'fresh' } });
  });

  it('stops a waiter when its signal aborts, and the key stays with the first', async () => {
    const { store } = storeAt();
    await first(store.claim(request));
    const controller = new AbortController();
    const waiter = store.claim(request, controller.signal);
    controller.abort(new Error('client went away'));
    await expect(waiter).rejects.toThrow('client went away');
    expect(await isPending(store.claim(request))).toBe(true);
    await expect(store.claim(request, AbortSignal.abort())).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('forgets a result after the window', async () => {
    const { store, clock } = storeAt();
    await (await first(store.claim(request))).complete({ payload: 1, outcomeUnknown: false });
    clock.now += 59_999;
    expect(await store.claim(request)).toMatchObject({ status: 'replay' });
    clock.now += 1;
    await first(store.claim(request));
    expect(store.size).toBe(0);
  });

  it('drops the oldest results beyond maxEntries', async () => {
    const { store } = storeAt({ maxEntries: 2 });
    for (const key of ['a', 'b', 'c']) {
      await (
        await first(store.claim({ ...request, key }))
      ).complete({ payload: key, outcomeUnknown: false });
    }
    expect(store.size).toBe(2);
    await first(store.claim({ ...request, key: 'a' }));
    expect(await store.claim({ ...request, key: 'c' })).toMatchObject({ result: { payload: 'c' } });
  });

  it('drops the oldest results beyond maxBytes', async () => {
    const { store } = storeAt({ maxBytes: 2_000 });
    const payload = 'x'.repeat(400); // about 800 bytes stored
    for (const key of ['a', 'b', 'c']) {
      await (
        await first(store.claim({ ...request, key }))
      ).complete({ payload, outcomeUnknown: false });
    }
    expect(store.size).toBe(2);
    await first(store.claim({ ...request, key: 'a' }));
  });

  it('keeps a record without the payload when the payload is too large or not JSON', async () => {
    const { store } = storeAt({ maxBytes: 1_000 });
    await (
      await first(store.claim(request))
    ).complete({ payload: 'x'.repeat(1_000), outcomeUnknown: false });
    expect(await store.claim(request)).toEqual({
      status: 'replay',
      result: { payload: null, outcomeUnknown: true },
    });

    const other = { ...request, key: 'bigint' };
    await (await first(store.claim(other))).complete({ payload: { n: 1n }, outcomeUnknown: false });
    expect(await store.claim(other)).toEqual({
      status: 'replay',
      result: { payload: null, outcomeUnknown: true },
    });
  });

  it('rejects settings that are not positive integers', () => {
    expect(() => new MemoryIdempotencyStore({ windowMs: 0 })).toThrow(/windowMs/);
    expect(() => new MemoryIdempotencyStore({ maxBytes: 1.5 })).toThrow(/maxBytes/);
  });
});
