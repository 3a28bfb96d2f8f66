/**
 * Idempotency keys shared by every replica (REDIS_URL): a repeat that reaches another replica is
 * a repeat too. Per record id (a hash of caller scope and key) two keys:
 *
 *   <prefix>idem:<id>:held  "<fingerprint>.<token>"  PX lease   while the first request runs
 *   <prefix>idem:<id>:done  {fingerprint, json, outcomeUnknown}  PX window   once it finished
 *
 * Claiming is one script (done? held? else take it), so a request never runs while another with
 * the key is running or has finished. A duplicate with the same input polls until the first one
 * finishes or gives the key up. Keys and values hold hashes and masked payloads only.
 *
 * While Redis is away a claim fails at once with `IDEMPOTENCY_STORE_UNAVAILABLE` and nothing is
 * sent to CCE: without the shared store a repeat could write twice.
 */
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import {
  decode,
  idempotencyRecordId,
  keptResult,
  type IdempotencyClaim,
  type IdempotencyRequest,
  type IdempotencyStore,
  type KeptResult,
} from '../service/idempotency.ts';
import type { RedisConnections } from './connection.ts';

// Returns {'done', record}, {'first'} (the key is now held by ARGV[1]) or {'held', holder}.
const CLAIM = `local done = redis.call('GET', KEYS[2])
if done then return {'done', done} end
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return {'first'} end
return {'held', redis.call('GET', KEYS[1])}`;

// Keeps the result, then gives up the held key if it is still this request's.
const COMPLETE = `redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 1`;

// Gives up the held key if it is still this request's.
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/** A payload larger than this (characters of JSON) is not kept: a repeat re-checks instead. */
const MAX_PAYLOAD_CHARS = 1_048_576;
// A waiting duplicate looks again after 20 ms, then less often, at most every 500 ms.
const FIRST_POLL_MS = 20;
const MAX_POLL_MS = 500;

interface DoneRecord extends KeptResult {
  readonly fingerprint: string;
}

export interface RedisIdempotencyOptions {
  /** How long a finished request's result answers repeats (IDEMPOTENCY_WINDOW_MS). */
  readonly windowMs: number;
  /**
   * How long a held key outlives a replica that died holding it (IDEMPOTENCY_LEASE_MS): longer
   * than any write runs, short enough that the key is usable again soon after.
   */
  readonly leaseMs: number;
}

/** Redis' own error says nothing a client can act on; the cause is kept out of the answer. */
function unavailable(): GraphQLError {
  return new GraphQLError(
    'The shared idempotency store (Redis) cannot be reached, so a request with an idempotencyKey ' +
      'cannot be made safe to repeat; nothing was sent to CCE. Retry shortly.',
    { extensions: { code: 'IDEMPOTENCY_STORE_UNAVAILABLE' } },
  );
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export class RedisIdempotencyStore implements IdempotencyStore {
  readonly #redis: RedisConnections;
  readonly #windowMs: number;
  readonly #leaseMs: number;

  constructor(redis: RedisConnections, options: RedisIdempotencyOptions) {
    this.#redis = redis;
    this.#windowMs = options.windowMs;
    this.#leaseMs = options.leaseMs;
  }

  async claim(request: IdempotencyRequest, signal?: AbortSignal): Promise<IdempotencyClaim> {
    const id = idempotencyRecordId(request.scope, request.key);
    const held = this.#redis.key('idem', id, 'held');
    const done = this.#redis.key('idem', id, 'done');
    // The token tells this request's hold from a later one's after the lease ran out.
    const holder = `${request.fingerprint}.${randomUUID()}`;
    for (let pollMs = FIRST_POLL_MS; ; pollMs = Math.min(pollMs * 2, MAX_POLL_MS)) {
      signal?.throwIfAborted();
      const [state, value] = (await this.#command(() =>
        this.#redis.commands.eval(CLAIM, 2, held, done, holder, this.#leaseMs),
      )) as [string, string | null | undefined];
      if (state === 'first') return this.#ticket(held, done, holder, request.fingerprint);
      if (state === 'done') {
        const record = JSON.parse(value ?? 'null') as DoneRecord;
        if (record.fingerprint !== request.fingerprint) return { status: 'reused' };
        return { status: 'replay', result: decode(record) };
      }
      if (value?.split('.')[0] !== request.fingerprint) return { status: 'reused' };
      // The first request still runs: look again, until it finishes or gives the key up.
      await sleep(pollMs, signal);
    }
  }

  #ticket(held: string, done: string, holder: string, fingerprint: string): IdempotencyClaim {
    let settled = false;
    // Only the first settlement counts. A write that ran is answered even when Redis is away
    // now: the held key then lapses after the lease, as if this replica had died.
    const settle = async (run: () => Promise<unknown>): Promise<void> => {
      if (settled) return;
      settled = true;
      await run().catch(() => {});
    };
    const { commands } = this.#redis;
    return {
      status: 'first',
      complete: (result) => {
        const record: DoneRecord = { fingerprint, ...keptResult(result, MAX_PAYLOAD_CHARS) };
        return settle(() =>
          commands.eval(COMPLETE, 2, held, done, holder, JSON.stringify(record), this.#windowMs),
        );
      },
      release: () => settle(() => commands.eval(RELEASE, 1, held, holder)),
    };
  }

  async #command<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch {
      throw unavailable();
    }
  }
}
