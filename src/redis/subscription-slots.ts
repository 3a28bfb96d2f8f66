/**
 * The per-caller subscription count of every replica together (REDIS_URL), so that a caller's
 * limit holds whichever replicas its subscriptions reach. Per caller one sorted set:
 *
 *   <prefix>subs:<caller>   member "<replica>:<n>" per open subscription, scored by its expiry
 *
 * The caller is `callerIdentity`, already a hash (of the credentials, or of the API key or JWT).
 * Taking a slot is one script on Redis' clock: drop expired members, count, add if below the limit.
 * Each replica renews its members a few times per TTL (REDIS_LEASE_TTL_MS), so the slots of a
 * replica that died lapse within it instead of counting for ever.
 *
 * While Redis does not answer a slot is given (this replica's own count still holds) and kept
 * locally; the next renewal writes it, so the count is whole again once Redis is back.
 */
import { randomUUID } from 'node:crypto';
import type { SharedCallerSlots, SharedSlot } from '../live/limits.ts';
import type { RedisConnections } from './connection.ts';

// Renew this many times per TTL: one lost renewal does not lose a slot.
const RENEWALS_PER_TTL = 3;

const NOW = `local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)`;

// KEYS[1] the caller's set; ARGV max, member, ttl. Returns -1 (taken) or the open count (full).
const TAKE = `${NOW}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local open = redis.call('ZCARD', KEYS[1])
if open >= tonumber(ARGV[1]) then return open end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return -1`;

// KEYS[1] the caller's set; ARGV ttl, then this replica's members of it (written if missing).
const RENEW = `${NOW}
for i = 2, #ARGV do redis.call('ZADD', KEYS[1], now + tonumber(ARGV[1]), ARGV[i]) end
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return 1`;

export function createRedisCallerSlots(redis: RedisConnections, ttlMs: number): SharedCallerSlots {
  const replica = randomUUID();
  const { commands } = redis;
  // This replica's open slots, by caller.
  const mine = new Map<string, Set<string>>();
  let counter = 0;
  const keyOf = (caller: string): string => redis.key('subs', caller);

  function keep(caller: string, member: string): SharedSlot {
    let members = mine.get(caller);
    if (!members) {
      members = new Set();
      mine.set(caller, members);
    }
    members.add(member);
    let released = false;
    return {
      release() {
        if (released) return;
        released = true;
        members.delete(member);
        if (members.size === 0 && mine.get(caller) === members) mine.delete(caller);
        commands.zrem(keyOf(caller), member).catch(() => {});
      },
    };
  }

  const renewal = setInterval(
    () => {
      for (const [caller, members] of mine) {
        commands.eval(RENEW, 1, keyOf(caller), ttlMs, ...members).catch(() => {});
      }
    },
    Math.max(1, ttlMs / RENEWALS_PER_TTL),
  );
  renewal.unref();

  return {
    async take(caller, max) {
      counter += 1;
      const member = `${replica}:${counter}`;
      let open: number;
      try {
        open = Number(await commands.eval(TAKE, 1, keyOf(caller), max, member, ttlMs));
      } catch {
        // Redis is away: this replica's count alone decides; the renewal writes the slot later.
        return keep(caller, member);
      }
      return open >= 0 ? { full: open } : keep(caller, member);
    },
    close() {
      clearInterval(renewal);
      return Promise.resolve();
    },
  };
}
