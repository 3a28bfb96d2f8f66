/**
 * The HTTP edge: graphql-yoga on node:http, with the gateway's schema, per-request context,
 * error masking, logging, request ids, health, readiness, metrics, the response cache and GraphiQL.
 *
 * The server owns neither the CCE transport nor the simulator: `main.ts` (or a test) creates them,
 * passes them in, and closes them after the server.
 */
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { CceTransport } from '../cce/transport.ts';
import type { GatewayConfig } from '../config.ts';
import { createCallerResolver, createContextFactory, type GatewayContext } from '../context.ts';
import { createInProcessEventBus, type LiveEventBus } from '../live/event-bus.ts';
import { createLiveRegistry, type LiveRegistry } from '../live/registry.ts';
import { liveSettings } from '../live/settings.ts';
import { createClusterFamilyCache } from '../loaders/cluster-families.ts';
import { createGatewaySchema } from '../schema.ts';
import { createCallerScopedResponseCache } from './cache/index.ts';
import { maskError } from './errors.ts';
import { graphiqlOptions, renderGraphiQL } from './graphiql.ts';
import { createHttpEdge, type ListeningAddress, type NodeServerContext } from './http.ts';
import type { Logger } from './logger.ts';
import { createGatewayMetrics } from './metrics.ts';
import { gatewayPlugins } from './plugins.ts';
import { createReadiness } from './readiness.ts';
import { createRequestScope } from './request-scope.ts';
import { createWebSocketEdge } from './websocket.ts';
import { securityServerOptions, securityWarnings } from './security/index.ts';
import type { UpstreamCallFeed } from './upstream-calls.ts';
import { logUpstreamCalls } from './upstream-log.ts';
import { createYogaLogger } from './yoga-logger.ts';

export const GRAPHQL_PATH = '/graphql';
const HEALTH_PATH = '/health';

export interface GatewayServerOptions {
  config: GatewayConfig;
  logger: Logger;
  transport: CceTransport;
  /** Carries change notices from mutations to status subscriptions; in-process by default. */
  liveEventBus?: LiveEventBus;
  /** The CCE endpoint `transport` calls (base URL); `/readiness` probes it. */
  upstreamEndpoint: string;
  /** The relay that is `transport`'s `onCall`: the server counts and logs upstream calls from it. */
  upstreamCalls: UpstreamCallFeed;
  /** Add Node process metrics to /metrics; once per process (`main.ts`), not per test server. */
  processMetrics?: boolean;
}

export interface GatewayServer {
  readonly yoga: YogaServerInstance<NodeServerContext, GatewayContext>;
  /** Open status subscriptions and their pollers. */
  readonly live: LiveRegistry;
  /** Binds `config.server.host:port` (port 0 picks a free one). */
  listen(): Promise<ListeningAddress>;
  /** Graceful stop: no new connections, in-flight requests finish (up to the grace period), yoga disposed. */
  close(): Promise<void>;
}

export function createGatewayServer({
  config,
  logger,
  transport,
  liveEventBus,
  upstreamEndpoint,
  upstreamCalls,
  processMetrics = false,
}: GatewayServerOptions): GatewayServer {
  const scope = createRequestScope(logger);
  for (const warning of securityWarnings(config)) logger.warn(warning);
  const readiness = createReadiness({ endpoint: upstreamEndpoint, ...config.readiness });
  const metrics = config.metrics.enabled ? createGatewayMetrics({ processMetrics }) : null;
  const stopWatching = [
    upstreamCalls.watch(logUpstreamCalls(scope)),
    ...(metrics ? [upstreamCalls.watch((event) => metrics.recordUpstreamCall(event))] : []),
  ];
  // Who each request's caller is, resolved once for both the response cache and the context.
  const callers = createCallerResolver({
    projectId: config.cce.projectId,
    ...(config.cce.serviceCredentials ? { serviceCredentials: config.cce.serviceCredentials } : {}),
    bearerIsCallerJwt: config.security.jwt !== null,
  });
  const responseCache = createCallerScopedResponseCache({ ...config.responseCache, callers });
  const live = createLiveRegistry({
    settings: liveSettings(config.subscriptions),
    bus: liveEventBus ?? createInProcessEventBus(),
    observer: {
      refused: (limit) => metrics?.recordSubscriptionRefused(limit),
      // A query right after a watcher saw an install settle must not answer the pending state.
      changed: (typename) => responseCache.objectChanged(typename),
    },
  });
  metrics?.observeLive(() => live.stats());
  const createContext = createContextFactory({
    transport,
    live,
    // Per server, not per process: two gateways in one process (tests) share nothing.
    clusterFamilies: createClusterFamilyCache(config.clusterFamilyCache),
    callers,
    readDeadlineMs: config.server.readDeadlineMs,
  });

  const schema = createGatewaySchema();
  const yoga = createYoga<NodeServerContext, GatewayContext>({
    schema,
    context: createContext,
    graphqlEndpoint: GRAPHQL_PATH,
    healthCheckEndpoint: HEALTH_PATH,
    id: 'cce-gateway',
    // yoga's landing page for unknown paths loads an image from GitHub; a plain 404 is enough.
    landingPage: false,
    graphiql: config.server.graphiql ? graphiqlOptions(config) : false,
    renderGraphiQL,
    logging: createYogaLogger(scope),
    maskedErrors: { maskError, isDev: config.nodeEnv === 'development' },
    ...securityServerOptions(config.security),
    plugins: gatewayPlugins({
      config,
      scope,
      healthPath: HEALTH_PATH,
      schema,
      readiness,
      metrics,
      responseCache,
    }),
  });

  const edge = createHttpEdge(yoga.requestListener);
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
  });
  let closing: Promise<void> | undefined;

  return {
    yoga,
    live,
    listen: () => edge.listen(config.server.port, config.server.host),
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
