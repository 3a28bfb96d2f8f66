/**
 * Idempotency keys for mutations: a second request with the same key from the same caller, within
 * the window, gets the first request's payload instead of writing again, and a concurrent duplicate
 * waits for the first to finish. The store is an interface so that replicas can share one (Redis);
 * `MemoryIdempotencyStore` is the in-process one.
 */
import { createHash } from 'node:crypto';
import { isJsonObject } from '../values/json.ts';

export const DEFAULT_IDEMPOTENCY_WINDOW_MS = 600_000;

/** What identifies one use of a key. */
export interface IdempotencyRequest {
  /** Whose key it is: the caller's credential scope (a hash, never a credential in clear). */
  readonly scope: string;
  /** The client's `idempotencyKey`. */
  readonly key: string;
  /** `idempotencyFingerprint` of the request, so that a key reused for other input is caught. */
  readonly fingerprint: string;
}

/** What the first request left for the ones that repeat it. */
export interface IdempotencyResult {
  /**
   * The first request's payload. Stored as JSON text, so a replay gets a parsed copy: dates come
   * back as ISO strings. Null when the payload was too large to keep (then `outcomeUnknown` is set).
   */
  readonly payload: unknown;
  /**
   * The first write may have reached CCE without an answer. A repeat must re-check the object and
   * answer with what it finds, never replay the payload as is, and never write again.
   */
  readonly outcomeUnknown: boolean;
}

/** The key is this request's: it runs, then settles the claim exactly once (in a `finally`). */
export interface IdempotencyTicket {
  readonly status: 'first';
  /** Keeps the result for the window; requests waiting on the key get it at once. */
  complete(result: IdempotencyResult): Promise<void>;
  /** Gives the key up without a result (nothing was sent to CCE): the next request runs anew. */
  release(): Promise<void>;
}

export type IdempotencyClaim =
  | IdempotencyTicket
  /** An earlier request with the key and the same input finished. */
  | { readonly status: 'replay'; readonly result: IdempotencyResult }
  /** The key was used for different input within the window (`IDEMPOTENCY_KEY_REUSED`). */
  | { readonly status: 'reused' };

export interface IdempotencyStore {
  /**
   * Claims the key, or answers what an earlier request with it left. While another request holds
   * the key with the same input, waits for it to settle (or for `signal`, rejecting with its reason).
   */
  claim(request: IdempotencyRequest, signal?: AbortSignal): Promise<IdempotencyClaim>;
}

const KEY_FIELD = 'idempotencyKey';

/** Objects with their keys sorted, so that the order a client wrote them in does not count. */
function sortKeys(_key: string, value: unknown): unknown {
  if (!isJsonObject(value)) return value;
  // fromEntries defines own properties: a `__proto__` key stays an ordinary key.
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/**
 * A stable hash of a mutation's input: its name, and the input canonicalised (keys sorted) without
 * the idempotency key itself. Equal for the same request sent again, different for any other input.
 */
export function idempotencyFingerprint(mutation: string, input: Record<string, unknown>): string {
  const rest = { ...input };
  delete rest[KEY_FIELD];
  return digest(JSON.stringify([mutation, rest], sortKeys));
}

/**
 * The record id of a caller's key: a hash, so that a store holds neither the scope nor a long key,
 * and every record costs the same few bytes of key.
 */
export function idempotencyRecordId(scope: string, key: string): string {
  return digest(JSON.stringify([scope, key]));
}

export interface MemoryIdempotencyStoreOptions {
  /** How long a finished request's result answers repeats. Default 10 minutes. */
  windowMs?: number;
  /** Finished results kept at most; the oldest go first. Default 10 000. */
  maxEntries?: number;
  /** Bytes of stored JSON (and record ids) kept at most; the oldest go first. Default 16 MiB. */
  maxBytes?: number;
  /** Clock, for tests. */
  now?: () => number;
}

interface Pending {
  readonly fingerprint: string;
  /** Resolves when the holder completes or releases the key. */
  readonly settled: Promise<void>;
  readonly settle: () => void;
}

interface Finished extends KeptResult {
  readonly fingerprint: string;
  readonly expiresAt: number;
  readonly bytes: number;
}

function waitFor(settled: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (signal === undefined) return settled;
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    void settled.then(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
  });
}

function positive(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`idempotency store: ${name} must be a positive integer, got ${value}`);
  }
  return value;
}

/**
 * One process's idempotency records. Bounded: finished results expire after the window and the
 * oldest go first beyond `maxEntries`/`maxBytes` (a key evicted early runs again when repeated, as
 * after the window). Keys being written are never evicted; there are at most as many as writes in
 * flight.
 */
export class MemoryIdempotencyStore implements IdempotencyStore {
  readonly #windowMs: number;
  readonly #maxEntries: number;
  readonly #maxBytes: number;
  readonly #now: () => number;
  readonly #pending = new Map<string, Pending>();
  /** In the order they finished, which with one window is the order they expire in. */
  readonly #finished = new Map<string, Finished>();
  #bytes = 0;

  constructor(options: MemoryIdempotencyStoreOptions = {}) {
    this.#windowMs = positive('windowMs', options.windowMs ?? DEFAULT_IDEMPOTENCY_WINDOW_MS);
    this.#maxEntries = positive('maxEntries', options.maxEntries ?? 10_000);
    this.#maxBytes = positive('maxBytes', options.maxBytes ?? 16 * 1_048_576);
    this.#now = options.now ?? Date.now;
  }

  /** Finished results held now (for tests and metrics). */
  get size(): number {
    this.#expire();
    return this.#finished.size;
  }

  async claim(request: IdempotencyRequest, signal?: AbortSignal): Promise<IdempotencyClaim> {
    const id = idempotencyRecordId(request.scope, request.key);
    for (;;) {
      signal?.throwIfAborted();
      this.#expire();
      const finished = this.#finished.get(id);
      if (finished !== undefined) {
        if (finished.fingerprint !== request.fingerprint) return { status: 'reused' };
        return { status: 'replay', result: decode(finished) };
      }
      const pending = this.#pending.get(id);
      if (pending === undefined) return this.#hold(id, request.fingerprint);
      if (pending.fingerprint !== request.fingerprint) return { status: 'reused' };
      // The first request settles, then this one looks again: a result, or the key free again.
      await waitFor(pending.settled, signal);
    }
  }

  #hold(id: string, fingerprint: string): IdempotencyTicket {
    let settle!: () => void;
    const settled = new Promise<void>((resolve) => (settle = resolve));
    const pending: Pending = { fingerprint, settled, settle };
    this.#pending.set(id, pending);
    // Only the first settlement counts; a second call (a bug) is ignored.
    const finish = (store: () => void): void => {
      if (this.#pending.get(id) !== pending) return;
      this.#pending.delete(id);
      store();
      pending.settle();
    };
    return {
      status: 'first',
      complete: (result) => {
        finish(() => this.#store(id, fingerprint, result));
        return Promise.resolve();
      },
      release: () => {
        finish(() => undefined);
        return Promise.resolve();
      },
    };
  }

  #store(id: string, fingerprint: string, result: IdempotencyResult): void {
    const overhead = id.length + fingerprint.length;
    const { json, outcomeUnknown } = keptResult(
      result,
      Math.floor((this.#maxBytes - overhead) / 2),
    );
    // UTF-16 code units, two bytes each: what the strings occupy in memory.
    const bytes = overhead + (json?.length ?? 0) * 2;
    this.#finished.set(id, {
      fingerprint,
      json,
      outcomeUnknown,
      expiresAt: this.#now() + this.#windowMs,
      bytes,
    });
    this.#bytes += bytes;
    this.#evict();
  }

  /** Drops the oldest finished results while over a bound. */
  #evict(): void {
    for (const [id, finished] of this.#finished) {
      if (this.#finished.size <= this.#maxEntries && this.#bytes <= this.#maxBytes) return;
      this.#drop(id, finished);
    }
  }

  /** Drops the expired results; they are in expiry order, so this stops at the first live one. */
  #expire(): void {
    const now = this.#now();
    for (const [id, finished] of this.#finished) {
      if (finished.expiresAt > now) return;
      this.#drop(id, finished);
    }
  }

  #drop(id: string, finished: Finished): void {
    this.#finished.delete(id);
    this.#bytes -= finished.bytes;
  }
}

/** A result as a store keeps it: the payload as JSON text, or null when it cannot be kept. */
export interface KeptResult {
  readonly json: string | null;
  readonly outcomeUnknown: boolean;
}

/**
 * The result to keep, its payload at most `maxChars` characters of JSON. A payload that cannot be
 * kept still leaves a record, with `outcomeUnknown` set: a repeat re-checks instead of writing.
 */
export function keptResult(result: IdempotencyResult, maxChars: number): KeptResult {
  let json: string | null;
  try {
    json = JSON.stringify(result.payload) ?? null;
  } catch {
    json = null;
  }
  if (json !== null && json.length > maxChars) json = null;
  return { json, outcomeUnknown: result.outcomeUnknown || json === null };
}

/** What a repeat gets from a kept result: a parsed copy of the payload. */
export function decode(kept: KeptResult): IdempotencyResult {
  return {
    payload: kept.json === null ? null : (JSON.parse(kept.json) as unknown),
    outcomeUnknown: kept.outcomeUnknown,
  };
}
