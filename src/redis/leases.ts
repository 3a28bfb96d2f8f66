/**
 * Poller ownership across replicas: a lease per watched object and credential scope in Redis.
 * `SET key <replica> NX PX ttl` takes it; the holder renews it (only while it is still its own) a
 * few times per TTL and deletes it when its poller stops. A replica whose poller has no lease tries
 * to take it at the same pace, so when the holder dies another one polls within the TTL.
 *
 * While Redis cannot be reached every replica acts as a holder (polls locally): watchers keep
 * getting states, at the cost of duplicate reads until Redis is back.
 */
import { randomUUID } from 'node:crypto';
import type { LiveTopic } from '../live/event-bus.ts';
import type { PollClaim, PollOwnership } from '../live/ownership.ts';
import type { RedisConnections } from './connection.ts';

// Renew (or try to take) the lease this many times per TTL: one lost renewal does not lose it.
const ATTEMPTS_PER_TTL = 3;

// Extends the lease only if this replica still holds it.
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0`;

// Deletes the lease only if this replica still holds it.
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0`;

export function createRedisLeases(redis: RedisConnections, ttlMs: number): PollOwnership {
  const holder = randomUUID();
  const claims = new Set<() => void>();
  const { commands } = redis;

  return {
    shared: true,
    claim(topic: LiveTopic, onGained: () => void): PollClaim {
      const key = redis.key('lease', topic.scope, topic.key);
      let held = false;
      let released = false;

      async function attempt(): Promise<void> {
        let holds: boolean;
        try {
          holds = held
            ? (await commands.eval(RENEW, 1, key, holder, ttlMs)) === 1
            : (await commands.set(key, holder, 'PX', ttlMs, 'NX')) === 'OK';
        } catch {
          // Redis is away: poll locally rather than not at all.
          holds = true;
        }
        if (released) return;
        const gained = holds && !held;
        held = holds;
        if (gained) onGained();
      }

      const timer = setInterval(() => void attempt(), Math.max(1, ttlMs / ATTEMPTS_PER_TTL));
      timer.unref();
      const stop = (): void => {
        clearInterval(timer);
        claims.delete(stop);
      };
      claims.add(stop);
      void attempt();

      return {
        get held() {
          return held;
        },
        release() {
          if (released) return;
          released = true;
          stop();
          if (held) commands.eval(RELEASE, 1, key, holder).catch(() => {});
          held = false;
        },
      };
    },
    close() {
      for (const stop of [...claims]) stop();
      return Promise.resolve();
    },
  };
}
