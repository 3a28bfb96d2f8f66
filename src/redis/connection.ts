/**
 * Connections to the Redis that replicas share (REDIS_URL). Reusable by anything that keeps state
 * across replicas (the live bus and poller leases here; rate limits elsewhere):
 *
 *   const redis = await connectRedis({ url, keyPrefix: 'cce-gateway:' });
 *   await redis.commands.incr(redis.key('hits', hashedCaller));
 *
 * Redis trouble must never take the gateway down, so the connections reconnect by themselves
 * (ioredis' retry strategy) and the command connection fails fast while Redis is away: a command
 * rejects at once instead of queueing, and its caller falls back (polls locally, bypasses a cache).
 * `ready()` says whether Redis answers now, for /readiness.
 */
import { Redis, type RedisOptions } from 'ioredis';

export interface RedisSettings {
  /** redis:// or rediss:// URL, with password if any; never logged (see `describeRedisUrl`). */
  readonly url: string;
  /** Put before every key and channel, so several deployments can share one Redis. */
  readonly keyPrefix: string;
  /** Connecting at start gives up after this long (ms). */
  readonly connectTimeoutMs?: number;
}

export interface RedisConnections {
  /** Commands (GET, SET, EVAL, …): rejects at once while Redis is unreachable. */
  readonly commands: Redis;
  /** Publishes: queued while Redis is away and sent on reconnect (a late notice does no harm). */
  readonly publisher: Redis;
  /** Subscriber mode (pub/sub); re-subscribes by itself after a reconnect. */
  readonly subscriber: Redis;
  /** The prefixed key (or channel) for these parts, joined by ':'. */
  key(...parts: string[]): string;
  /** Whether every connection is up now. */
  ready(): boolean;
  close(): Promise<void>;
}

/** Thrown by `connectRedis` when REDIS_URL is set but Redis cannot be reached at start. */
export class RedisUnavailable extends Error {
  constructor(url: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `Redis at ${describeRedisUrl(url)} is unreachable (${reason}); start it or unset REDIS_URL.`,
    );
    this.name = 'RedisUnavailable';
  }
}

/** The URL without its password or user name, for messages. */
export function describeRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return '(unparsable URL)';
  }
}

const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
// Reconnect quickly at first, then every 2 s at most, forever: Redis coming back is the usual end.
const retryStrategy = (attempt: number): number => Math.min(attempt * 100, 2_000);

function connection(url: string, options: RedisOptions): Redis {
  const redis = new Redis(url, { lazyConnect: true, retryStrategy, ...options });
  // Without a listener ioredis prints every failed reconnect; readiness reports the outage instead.
  redis.on('error', () => {});
  return redis;
}

export async function connectRedis(settings: RedisSettings): Promise<RedisConnections> {
  const connectTimeout = settings.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  const commands = connection(settings.url, {
    connectTimeout,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
  });
  const publisher = connection(settings.url, { connectTimeout, maxRetriesPerRequest: null });
  const subscriber = connection(settings.url, { connectTimeout, maxRetriesPerRequest: null });
  const all = [commands, publisher, subscriber];
  try {
    await Promise.all(all.map((redis) => connectOnce(redis, connectTimeout)));
  } catch (error) {
    all.forEach((redis) => redis.disconnect());
    throw new RedisUnavailable(settings.url, error);
  }
  return {
    commands,
    publisher,
    subscriber,
    key: (...parts) => `${settings.keyPrefix}${parts.join(':')}`,
    ready: () => all.every((redis) => redis.status === 'ready'),
    close() {
      // Not QUIT: with Redis away it would wait in the offline queue for ever.
      all.forEach((redis) => redis.disconnect());
      return Promise.resolve();
    },
  };
}

/** The first connection: fails (instead of retrying forever) when Redis is not there at start. */
async function connectOnce(redis: Redis, timeoutMs: number): Promise<void> {
  let lastError: unknown;
  const onError = (error: unknown): void => {
    lastError = error;
  };
  redis.on('error', onError);
  try {
    await Promise.race([
      redis.connect(),
      new Promise((_, reject) => {
        setTimeout(
          () =>
            reject(
              lastError instanceof Error
                ? lastError
                : new Error(`no answer within ${timeoutMs} ms`),
            ),
          timeoutMs,
        ).unref();
      }),
    ]);
  } catch (error) {
    // The socket's error (ECONNREFUSED, …) says more than ioredis' "Connection is closed".
    throw lastError ?? error;
  } finally {
    redis.off('error', onError);
  }
}
