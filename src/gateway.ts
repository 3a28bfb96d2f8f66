/**
 * The composition root: builds one gateway process from its settings, for `src/main.ts` and the
 * test stack alike.
 *
 *   tracing, when OTEL_* settings turn it on (src/tracing/): the SDK is imported only then
 *   CCE transport (one undici pool) ← the upstream-call feed (metrics, call logs), tracing's spans
 *   embedded simulator, when no CCE endpoint is configured
 *   Redis, when REDIS_URL is set (src/redis/): the event bus, poller leases, subscription counts,
 *   idempotency keys and rate limits replicas share
 *   live registry (status subscriptions and the event bus behind them)
 *   cluster directory, idempotency store, caller resolver and context factory (the per-request
 *   CCE service)
 *   server (the HTTP edge), handed all of the above and the GraphiQL examples; in embedded mode
 *   also the simulator's control routes, so `/__simulator/…` works on the gateway's own port,
 *   and a reset of the simulator's data empties the response cache
 *
 * Only this module knows every layer; the server receives what it needs and creates no state of
 * the layers below it.
 */
import { createCallerResolver, createContextFactory } from './context.ts';
import { createCceTransport, type CceTransportOptions } from './cce/transport.ts';
import type { GatewayConfig } from './config.ts';
import { graphiqlExamples } from './graphiql-examples.ts';
import { createInProcessEventBus } from './live/event-bus.ts';
import { createLiveRegistry } from './live/registry.ts';
import { liveSettings } from './live/settings.ts';
import { connectRedis } from './redis/connection.ts';
import { createRedisEventBus } from './redis/event-bus.ts';
import { RedisIdempotencyStore } from './redis/idempotency.ts';
import { createRedisLeases } from './redis/leases.ts';
import { createRedisBucketStore } from './redis/rate-buckets.ts';
import { createRedisCacheInvalidation } from './redis/cache-invalidation.ts';
import { createRedisCallerSlots } from './redis/subscription-slots.ts';
import { createClusterDirectory } from './loaders/cluster-directory.ts';
import type { ListeningAddress } from './server/http.ts';
import { createGatewayServer, type GatewayServer } from './server/index.ts';
import type { Logger } from './server/logger.ts';
import { createUpstreamCallFeed } from './server/upstream-calls.ts';
import { MemoryIdempotencyStore, type IdempotencyStore } from './service/idempotency.ts';
import type { Simulator, SimulatorOptions } from './simulator/index.ts';
import { startTracing } from './tracing/index.ts';

export interface GatewayOptions {
  logger: Logger;
  /** Add Node process metrics to /metrics; once per process (`main.ts`), not per test gateway. */
  processMetrics?: boolean;
  /** Embedded mode: the simulator's options over the defaults (tests: tokens, faults, …). */
  simulator?: SimulatorOptions;
  /** Over the transport options the settings give (tests: short retry delays). */
  transport?: Partial<Omit<CceTransportOptions, 'endpoint' | 'onCall' | 'tracer'>>;
  /**
   * Where mutations' idempotency keys are kept: on Redis when REDIS_URL is set (shared by every
   * replica, so a repeat that reaches another replica is a repeat too), else in-process; both
   * keep results for IDEMPOTENCY_WINDOW_MS.
   */
  idempotency?: IdempotencyStore;
}

export interface Gateway {
  readonly server: GatewayServer;
  /** The embedded simulator, or null when a CCE endpoint is configured. */
  readonly simulator: Simulator | null;
  /** The CCE endpoint in use (the embedded simulator's URL, or the configured one). */
  readonly endpoint: string;
  /** Binds `config.server.host:port` (port 0 picks a free one). */
  listen(): Promise<ListeningAddress>;
  /** The server first (in-flight requests finish), then the transport, then the simulator. */
  close(): Promise<void>;
}

/** The transport settings of the config. */
function transportOptions(config: GatewayConfig, endpoint: string): CceTransportOptions {
  return {
    endpoint,
    connectTimeoutMs: config.cce.connectTimeoutMs,
    headersTimeoutMs: config.cce.headersTimeoutMs,
    bodyTimeoutMs: config.cce.bodyTimeoutMs,
    connections: config.cce.connections,
  };
}

/** The CCE endpoint to call: the configured one, or an embedded simulator started here. */
async function startUpstream(
  config: GatewayConfig,
  options: SimulatorOptions = {},
): Promise<{ endpoint: string; simulator: Simulator | null; controlPrefix: string }> {
  const { upstream } = config.cce;
  if (upstream.kind !== 'embedded') {
    return { endpoint: upstream.endpoint, simulator: null, controlPrefix: '' };
  }
  // Imported only when embedded: a gateway in front of a real CCE never loads the simulator.
  const { startSimulator, CONTROL_PREFIX } = await import('./simulator/index.ts');
  const simulator = await startSimulator({
    host: '127.0.0.1',
    port: 0,
    demoData: true,
    transitionDelayMs: config.simulator.transitionDelayMs,
    ...options,
  });
  return { endpoint: simulator.url, simulator, controlPrefix: CONTROL_PREFIX };
}

export async function createGateway(
  config: GatewayConfig,
  options: GatewayOptions,
): Promise<Gateway> {
  // First: with REDIS_URL set, a Redis that cannot be reached stops the start before anything runs.
  const redis = config.redis.url
    ? await connectRedis({ url: config.redis.url, keyPrefix: config.redis.keyPrefix })
    : null;
  const { endpoint, simulator, controlPrefix } = await startUpstream(config, options.simulator);
  const upstreamCalls = createUpstreamCallFeed();
  // Null unless OTEL_* settings turn it on; then the SDK is loaded here, and only then.
  const tracing = await startTracing(config.tracing, options.logger);
  const transport = createCceTransport({
    ...transportOptions(config, endpoint),
    ...options.transport,
    onCall: upstreamCalls.hook,
    ...(tracing ? { tracer: tracing.cceAttempts } : {}),
  });
  const live = createLiveRegistry({
    settings: liveSettings(config.subscriptions),
    bus: redis ? createRedisEventBus(redis) : createInProcessEventBus(),
    ...(redis
      ? {
          ownership: createRedisLeases(redis, config.redis.leaseTtlMs),
          callerSlots: createRedisCallerSlots(redis, config.redis.leaseTtlMs),
        }
      : {}),
  });
  // Who each request's caller is, resolved once for both the response cache and the context.
  const callers = createCallerResolver({
    projectId: config.cce.projectId,
    ...(config.cce.serviceCredentials ? { serviceCredentials: config.cce.serviceCredentials } : {}),
    bearerIsCallerJwt: config.security.jwt !== null,
  });
  const server = createGatewayServer({
    config,
    // Per-caller limits hold, and cached answers are dropped, across replicas sharing a Redis.
    ...(redis
      ? {
          rateLimitStore: createRedisBucketStore(redis),
          redisReady: () => redis.ready(),
          cacheInvalidation: createRedisCacheInvalidation(redis),
        }
      : {}),
    logger: options.logger,
    tracing,
    callers,
    createContext: createContextFactory({
      transport,
      live,
      // Per gateway, not per process: two gateways in one process (tests) share nothing.
      clusterDirectory: createClusterDirectory(config.clusterDirectory),
      callers,
      upstreamCallBudget: config.security.upstreamCallBudget,
      readDeadlineMs: config.server.readDeadlineMs,
      insights: config.insights,
      idempotency:
        options.idempotency ??
        (redis
          ? new RedisIdempotencyStore(redis, config.idempotency)
          : new MemoryIdempotencyStore(config.idempotency)),
    }),
    live,
    upstreamEndpoint: endpoint,
    upstreamCalls,
    graphiql: graphiqlExamples(config),
    ...(options.processMetrics ? { processMetrics: true } : {}),
    ...(simulator
      ? { extraRoutes: { prefix: controlPrefix, listener: simulator.controlRoutes } }
      : {}),
  });
  // A reset puts the demo data back: answers cached from the data before would show it for a TTL.
  simulator?.onReset(() => server.dropCachedAnswers());
  let closing: Promise<void> | undefined;
  return {
    server,
    simulator,
    endpoint,
    listen: () => server.listen(),
    close() {
      closing ??= server
        .close()
        .then(() => transport.close())
        .then(() => simulator?.close())
        .then(() => redis?.close())
        // Last: the spans of the requests that just finished are sent.
        .then(() => tracing?.shutdown());
      return closing;
    },
  };
}
