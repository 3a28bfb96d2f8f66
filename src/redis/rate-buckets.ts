/**
 * The rate limits' token buckets on Redis (REDIS_URL), so a caller's limit holds across replicas:
 * one hash per bucket, refilled and taken in one Lua script (atomic), timed by Redis' own clock so
 * that replicas' clocks need not agree. The rule is src/server/rate-limit/buckets.ts' `takeFrom`.
 *
 * When Redis does not answer, the request is let through (this replica alone cannot judge a shared
 * limit, and Redis trouble must not take the gateway down).
 */
import type { BucketStore, Take } from '../server/rate-limit/buckets.ts';
import type { RedisConnections } from './connection.ts';

// KEYS[1] bucket; ARGV cost, perMinute. Returns retry-after in ms (0: taken).
const TAKE = `
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local capacity = tonumber(ARGV[2])
local rate = capacity / 60000
local cost = math.min(tonumber(ARGV[1]), capacity)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * rate)
local wait = 0
if tokens >= cost then tokens = tokens - cost else wait = math.ceil((cost - tokens) / rate) end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
redis.call('PEXPIRE', KEYS[1], 60000)
return wait
`;

export function createRedisBucketStore(redis: RedisConnections): BucketStore {
  return {
    async take(key, cost, limit): Promise<Take> {
      try {
        const wait = Number(
          await redis.commands.eval(TAKE, 1, redis.key('rate', key), cost, limit.perMinute),
        );
        return wait > 0 ? { ok: false, retryAfterMs: wait } : { ok: true };
      } catch {
        return { ok: true };
      }
    },
  };
}
