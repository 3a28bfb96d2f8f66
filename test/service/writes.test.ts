/**
 * The mutation skeleton's bookkeeping of idempotency keys when a write fails without a payload:
 * a write that may still land leaves the key to a re-check (a repeat never sends it again), CCE's
 * own refusal leaves the key free (a repeat runs anew). The object here is a counter: the plan's
 * `send` is what would reach CCE.
 */
import { describe, expect, it } from 'vitest';
import { CceError } from '../../src/cce/errors.ts';
import { MemoryIdempotencyStore } from '../../src/service/idempotency.ts';
import { runWrite, type WritePlan, type WrittenKind } from '../../src/service/writes.ts';

interface Counter {
  value: number;
}

interface Payload {
  counter?: Counter | null;
  userErrors: never[];
  outcome: 'APPLIED' | 'NOT_APPLIED' | 'UNKNOWN';
  outcomeMessage: string | null;
}

function setUp(send: () => Promise<Counter>) {
  const stored: Counter = { value: 1 };
  const sent: number[] = [];
  const kind: WrittenKind<Counter, string, { above: number }> = {
    changed: () => undefined,
    reread: () => Promise.resolve({ ...stored }),
    shows: ({ above }, counter) => counter !== null && counter.value > above,
    describe: (target) => `counter "${target}"`,
  };
  const plan: WritePlan<Counter, string, { above: number }, Payload> = {
    mutation: 'counterIncrement',
    input: { idempotencyKey: 'key-1' },
    problems: [],
    prepare: () =>
      Promise.resolve({
        target: 'c',
        expectation: { above: stored.value },
        send: () => {
          sent.push(stored.value);
          return send();
        },
      }),
    answer: (counter) => ({ counter }),
  };
  const scope = {
    idempotency: new MemoryIdempotencyStore(),
    caller: 'caller-1',
    signal: new AbortController().signal,
  };
  return { stored, sent, run: () => runWrite(scope, kind, plan) };
}

describe('runWrite with an idempotency key', () => {
  it('keeps the key after a write that failed once sent: a repeat re-checks and never sends', async () => {
    const aborted = new DOMException('The client went away', 'AbortError');
    const { stored, sent, run } = setUp(() => Promise.reject(aborted));
    await expect(run()).rejects.toBe(aborted);
    expect(sent).toEqual([1]);

    await expect(run()).resolves.toMatchObject({ outcome: 'UNKNOWN', counter: { value: 1 } });
    // The first write lands after all: the repeat says so, still without sending.
    stored.value = 2;
    await expect(run()).resolves.toMatchObject({ outcome: 'APPLIED', counter: { value: 2 } });
    expect(sent).toEqual([1]);
  });

  it("frees the key after CCE's own refusal: a repeat runs anew", async () => {
    const refused = new CceError('UpdateCounter', 400, 'CCE.01400001', 'Bad request', 'req-1');
    const { sent, run } = setUp(() => Promise.reject(refused));
    await expect(run()).rejects.toBe(refused);
    await expect(run()).rejects.toBe(refused);
    expect(sent).toEqual([1, 1]);
  });
});
