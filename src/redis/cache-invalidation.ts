/**
 * The response cache's invalidations between replicas (REDIS_URL), on the Redis pub/sub channel
 * `<prefix>cache:invalidate`: a mutation through replica A drops the answers it makes stale on
 * every replica, not only on A. A notice holds type names only (`Release`, `ReleaseConnection`, …):
 * nothing about callers or values.
 *
 * Each replica's cached answers stay in its own process (caller-scoped keys, bounded in bytes, see
 * src/server/cache/); only the notices travel. A notice lost while Redis is away would leave a
 * stale answer, so the cache is bypassed while any connection is down and emptied when the
 * subscriber connection is back (src/server/cache/index.ts).
 */
import { randomUUID } from 'node:crypto';
import type { CacheInvalidationChannel } from '../server/cache/index.ts';
import type { RedisConnections } from './connection.ts';

interface Notice {
  /** The replica that sent it (its own notices come back to it). */
  readonly origin: string;
  readonly typenames: readonly string[];
}

function parse(message: string): Notice | null {
  try {
    const notice = JSON.parse(message) as Partial<Notice>;
    const valid =
      typeof notice.origin === 'string' &&
      Array.isArray(notice.typenames) &&
      notice.typenames.every((name) => typeof name === 'string');
    return valid ? (notice as Notice) : null;
  } catch {
    return null;
  }
}

export function createRedisCacheInvalidation(redis: RedisConnections): CacheInvalidationChannel {
  const origin = randomUUID();
  const channel = redis.key('cache', 'invalidate');
  return {
    publish(typenames) {
      const notice: Notice = { origin, typenames };
      // Queued while Redis is away; the other replicas bypass their caches meanwhile.
      redis.publisher.publish(channel, JSON.stringify(notice)).catch(() => {});
    },
    listen({ drop, reset }) {
      redis.subscriber.on('message', (name: string, message: string) => {
        if (name !== channel) return;
        const notice = parse(message);
        if (notice && notice.origin !== origin) drop(notice.typenames);
      });
      // Connected already (connectRedis waited): every later 'ready' is a reconnection, after
      // which notices sent meanwhile are lost.
      redis.subscriber.on('ready', reset);
      redis.subscriber.subscribe(channel).catch(() => {});
    },
    connected: () => redis.ready(),
  };
}
