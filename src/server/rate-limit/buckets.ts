/**
 * Token buckets, one per caller and budget: a bucket holds at most `capacity` tokens and refills
 * at `capacity` per minute; a request takes its cost, or is refused with the time until enough
 * tokens are back. The state is behind `BucketStore`: in-process by default, Redis when replicas
 * must share one limit (redis-store.ts).
 */
import { LRUCache } from 'lru-cache';

export interface BucketLimit {
  /** Tokens a full bucket holds, and refills per minute. */
  readonly perMinute: number;
}

export type Take = { readonly ok: true } | { readonly ok: false; readonly retryAfterMs: number };

export interface BucketStore {
  /** Takes `cost` tokens from the bucket `key`, or says how long until they are there. */
  take(key: string, cost: number, limit: BucketLimit, nowMs: number): Promise<Take> | Take;
}

const MINUTE_MS = 60_000;

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** The refill and take of one bucket; shared by the stores (the Redis one runs it as Lua). */
export function takeFrom(bucket: Bucket, cost: number, limit: BucketLimit, nowMs: number): Take {
  const rate = limit.perMinute / MINUTE_MS;
  bucket.tokens = Math.min(
    limit.perMinute,
    bucket.tokens + Math.max(0, nowMs - bucket.updatedAt) * rate,
  );
  bucket.updatedAt = nowMs;
  // A cost above the capacity could never be paid: it waits for a full bucket and takes it.
  const needed = Math.min(cost, limit.perMinute);
  if (bucket.tokens >= needed) {
    bucket.tokens -= needed;
    return { ok: true };
  }
  return { ok: false, retryAfterMs: Math.ceil((needed - bucket.tokens) / rate) };
}

/**
 * Buckets in this process, at most `maxKeys` (the least recently used go first: a forgotten
 * bucket is a full one, which is what an idle caller's would be by then).
 */
export function createMemoryBucketStore(maxKeys = 100_000): BucketStore {
  const buckets = new LRUCache<string, Bucket>({ max: maxKeys });
  return {
    take(key, cost, limit, nowMs) {
      let bucket = buckets.get(key);
      if (bucket === undefined) {
        bucket = { tokens: limit.perMinute, updatedAt: nowMs };
        buckets.set(key, bucket);
      }
      return takeFrom(bucket, cost, limit, nowMs);
    },
  };
}
