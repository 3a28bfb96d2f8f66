/**
 * The HTTP edge: graphql-yoga on node:http, with the gateway's schema, per-request context,
 * error masking, logging, request ids, health, readiness, metrics, the response cache and GraphiQL.
 *
 * The server creates no state of the layers below it: the composition root (src/gateway.ts)
 * builds the transport, the simulator, the live registry and the context factory, hands them in,
 * and closes the transport and the simulator after the server.
 */
import type { RequestListener } from 'node:http';
import { createYoga, type YogaInitialContext, type YogaServerInstance } from 'graphql-yoga';
import type { GatewayConfig } from '../config.ts';
import type { CallerResolver, GatewayContext } from '../context.ts';
import type { LiveRegistry } from '../live/registry.ts';
import { createGatewaySchema } from '../schema.ts';
import { createAuditLogger, useAuditTrail } from './audit.ts';
import { createCallerScopedResponseCache, type CacheInvalidationChannel } from './cache/index.ts';
import { createMemoryBucketStore, type BucketStore } from './rate-limit/buckets.ts';
import { rateLimitsEnabled, useRateLimits } from './rate-limit/plugin.ts';
import { maskError } from './errors.ts';
import type { GraphiqlExamples } from './graphiql.ts';
import { createHttpEdge, type ListeningAddress, type NodeServerContext } from './http.ts';
import type { Logger } from './logger.ts';
import { createGatewayMetrics } from './metrics.ts';
import { gatewayPlugins } from './plugins.ts';
import { createReadiness } from './readiness.ts';
import { createRequestScope } from './request-scope.ts';
import { createWebSocketEdge } from './websocket.ts';
import {
  createCallerAuthentication,
  createTrustedDocuments,
  securityServerOptions,
  securityWarnings,
} from './security/index.ts';
import type { Tracing } from '../tracing/index.ts';
import type { UpstreamCallFeed } from './upstream-calls.ts';
import { logUpstreamCalls } from './upstream-log.ts';
import { createYogaLogger } from './yoga-logger.ts';

export const GRAPHQL_PATH = '/graphql';
export const HEALTH_PATH = '/health';

export interface GatewayServerOptions {
  config: GatewayConfig;
  /** Where the rate limits' buckets live: Redis when replicas share them; this process by default. */
  rateLimitStore?: BucketStore;
  /** Whether the Redis that replicas share answers now (REDIS_URL set); `/readiness` reports it. */
  redisReady?: () => boolean;
  /** How the response caches of replicas invalidate each other (REDIS_URL set). */
  cacheInvalidation?: CacheInvalidationChannel;
  logger: Logger;
  /** OpenTelemetry tracing (src/tracing/); null when off. */
  tracing?: Tracing | null;
  /** Who each request's caller is (`createCallerResolver`), shared by the response cache and the context. */
  callers: CallerResolver;
  /** Builds each request's context (`createContextFactory`). */
  createContext: (initial: YogaInitialContext) => GatewayContext;
  /** Status subscriptions: the server counts them in metrics and ends them when it stops. */
  live: LiveRegistry;
  /** The CCE endpoint (base URL); `/readiness` probes it. */
  upstreamEndpoint: string;
  /** The relay that is the transport's `onCall`: the server counts and logs upstream calls from it. */
  upstreamCalls: UpstreamCallFeed;
  /** The operations and headers GraphiQL opens with. */
  graphiql: GraphiqlExamples;
  /** Add Node process metrics to /metrics; once per process (`main.ts`), not per test server. */
  processMetrics?: boolean;
  /**
   * Routes served beside GraphQL on the same port, outside yoga (embedded mode: the simulator's
   * `/__simulator/` control routes). The listener answers every request under `prefix`.
   */
  extraRoutes?: { prefix: string; listener: RequestListener };
}

/** Requests under `extra.prefix` go to its listener, everything else to `main`. */
function withExtraRoutes(
  main: RequestListener,
  extra: GatewayServerOptions['extraRoutes'],
): RequestListener {
  if (extra === undefined) return main;
  const { prefix, listener } = extra;
  return (request, response) =>
    (request.url ?? '/').startsWith(prefix) ? listener(request, response) : main(request, response);
}

export interface GatewayServer {
  readonly yoga: YogaServerInstance<NodeServerContext, GatewayContext>;
  /** Open status subscriptions and their pollers. */
  readonly live: LiveRegistry;
  /** Binds `config.server.host:port` (port 0 picks a free one). */
  listen(): Promise<ListeningAddress>;
  /**
   * Reads PERSISTED_OPERATIONS_FILE again (SIGHUP): returns how many operations it lists, null
   * when no file is set; throws ConfigError on a bad file, and the list in force stays.
   */
  reloadTrustedDocuments(): number | null;
  /**
   * Drops every cached answer of this replica (the embedded simulator's data was reset: each
   * answer may show objects that no longer are).
   */
  dropCachedAnswers(): void;
  /** Graceful stop: no new connections, in-flight requests finish (up to the grace period), yoga disposed. */
  close(): Promise<void>;
}

export function createGatewayServer({
  config,
  logger,
  callers,
  createContext,
  live,
  upstreamEndpoint,
  upstreamCalls,
  graphiql,
  processMetrics = false,
  extraRoutes,
  rateLimitStore,
  tracing = null,
  redisReady,
  cacheInvalidation,
}: GatewayServerOptions): GatewayServer {
  const scope = createRequestScope(logger, tracing?.traceId);
  for (const warning of securityWarnings(config)) logger.warn(warning);
  const readiness = createReadiness({
    endpoint: upstreamEndpoint,
    ...config.readiness,
    ...(redisReady ? { redisReady } : {}),
  });
  const metrics = config.metrics.enabled ? createGatewayMetrics({ processMetrics }) : null;
  const stopWatching = [
    upstreamCalls.watch(logUpstreamCalls(scope)),
    ...(metrics ? [upstreamCalls.watch((event) => metrics.recordUpstreamCall(event))] : []),
  ];
  const responseCache = createCallerScopedResponseCache({
    ...config.responseCache,
    callers,
    ...(cacheInvalidation ? { shared: cacheInvalidation } : {}),
  });
  live.observe({
    refused: (limit) => metrics?.recordSubscriptionRefused(limit),
    // A query right after a watcher saw an install settle must not answer the pending state.
    changed: (typename) => responseCache.objectChanged(typename),
  });
  metrics?.observeLive(() => live.stats());

  const schema = createGatewaySchema();
  tracing?.traceResolvers(schema);
  const callerAuth = createCallerAuthentication(config.security);
  const { persistedOperationsFile } = config.security;
  const trustedDocuments =
    persistedOperationsFile === null
      ? null
      : createTrustedDocuments(persistedOperationsFile, schema);
  const yoga = createYoga<NodeServerContext, GatewayContext>({
    schema,
    context: createContext,
    graphqlEndpoint: GRAPHQL_PATH,
    healthCheckEndpoint: HEALTH_PATH,
    id: 'cce-gateway',
    // yoga's landing page for unknown paths loads an image from GitHub; a plain 404 is enough.
    landingPage: false,
    // Served by useGraphiqlPage (plugins.ts): rendered once, compressed, with validators.
    graphiql: false,
    logging: createYogaLogger(scope),
    maskedErrors: { maskError, isDev: config.nodeEnv === 'development' },
    ...securityServerOptions(config.security),
    plugins: gatewayPlugins({
      config,
      tracing: tracing?.requestPlugin ?? null,
      scope,
      graphqlPath: GRAPHQL_PATH,
      healthPath: HEALTH_PATH,
      trustedDocuments,
      readiness,
      metrics,
      responseCache,
      callerAuth,
      graphiql: config.server.graphiql ? { path: GRAPHQL_PATH, examples: graphiql } : null,
      rateLimits: rateLimitsEnabled(config.rateLimits)
        ? useRateLimits({
            limits: config.rateLimits,
            store: rateLimitStore ?? createMemoryBucketStore(),
            callers,
          })
        : null,
      audit:
        config.auditLog === null
          ? null
          : useAuditTrail({
              log: createAuditLogger(config.auditLog),
              callers,
              jwt: config.security.jwt !== null,
              schema,
              requestId: () => scope.current()?.requestId,
            }),
    }),
  });

  const edge = createHttpEdge(withExtraRoutes(yoga.requestListener, extraRoutes));
  const websockets = createWebSocketEdge({
    server: edge.server,
    path: GRAPHQL_PATH,
    schema,
    // Browsers do not apply CORS to WebSockets: the same pages as over HTTP, checked on upgrade.
    allowedOrigins: config.security.corsOrigins,
    fetch: (request, context) => yoga.fetch(request, context),
    maxPayloadBytes: config.security.maxRequestBodyBytes,
    // Each socket is there for its subscriptions; no more sockets than subscriptions may be open.
    maxConnections: config.subscriptions.maxTotal,
    ...config.websocket,
    // connection_init proves the caller as an HTTP request does: caller authentication (API key or
    // JWT) where configured, and credentials CCE can be called with.
    async proveCaller(request) {
      await callerAuth?.authenticate(request);
      callers(request);
    },
  });
  let closing: Promise<void> | undefined;

  return {
    yoga,
    live,
    listen: () => edge.listen(config.server.port, config.server.host),
    reloadTrustedDocuments: () => trustedDocuments?.reload() ?? null,
    dropCachedAnswers: () => responseCache.store?.clear(),
    close() {
      // Readiness first: load balancers stop sending traffic while requests are still served.
      // Then subscriptions: their streams complete and WebSockets close, so the drain need not
      // wait for them.
      closing ??= readiness
        .beginDraining(config.server.shutdownDelayMs)
        .then(() => live.close())
        .then(() => websockets.close(config.server.shutdownGraceMs))
        .then(() => edge.drain(config.server.shutdownGraceMs))
        .then(() => yoga.dispose())
        .then(() => {
          for (const stop of stopWatching) stop();
          return readiness.close();
        });
      return closing;
    },
  };
}
