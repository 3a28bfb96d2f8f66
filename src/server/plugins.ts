/**
 * The gateway's yoga plugins, in order. Each concern lives in its own module; edge features
 * (security limits, CORS, metrics, caching) are added here as one line each.
 */
import type { Plugin } from 'graphql-yoga';
import type { GatewayConfig } from '../config.ts';
import type { Tracing } from '../tracing/index.ts';
import { useAccessLog } from './access-log.ts';
import type { CallerScopedResponseCache } from './cache/index.ts';
import { useNoSharedCaching } from './cache/no-store.ts';
import { useCompiledQueries } from './compiled-execution.ts';
import { useCompression } from './compression.ts';
import { useGraphiqlPage, type GraphiqlExamples } from './graphiql.ts';
import { METRICS_PATH, type GatewayMetrics } from './metrics.ts';
import { READINESS_PATH, type Readiness } from './readiness.ts';
import { useReadDeadline } from './read-deadline.ts';
import type { RequestContext, RequestScope } from './request-scope.ts';
import { securityPlugins, useRequestBodyLimit, type TrustedDocuments } from './security/index.ts';
import type { CallerAuthentication } from './security/caller-auth.ts';
import { useSkippedItemErrors } from './skipped-items.ts';
import { useSseProxyHeaders } from './sse-headers.ts';

export interface PluginDeps {
  config: GatewayConfig;
  scope: RequestScope;
  graphqlPath: string;
  healthPath: string;
  /** PERSISTED_OPERATIONS_FILE, loaded and checked against the schema; null when unset. */
  trustedDocuments: TrustedDocuments | null;
  readiness: Readiness;
  /** Null when METRICS_ENABLED=false. */
  metrics: GatewayMetrics | null;
  responseCache: CallerScopedResponseCache;
  /** The server's caller authentication (null when none is configured). */
  callerAuth: CallerAuthentication | null;
  /** The per-caller rate limits' plugin; null when every RATE_LIMIT_* is 0. */
  rateLimits: Plugin | null;
  /** Tracing's spans of requests (src/tracing/); null when off. */
  tracing: Tracing['requestPlugin'] | null;
  /** The audit trail's plugin; null when AUDIT_LOG is unset. */
  audit: Plugin | null;
  /** Where GraphiQL is served and what it opens with; null when GRAPHIQL=false. */
  graphiql: { path: string; examples: GraphiqlExamples } | null;
}

/** Plugins may rely on the request's id and logger in the context (added by the scope plugin). */
export type GatewayPlugin = Plugin<RequestContext>;

export function gatewayPlugins({
  config,
  scope,
  graphqlPath,
  healthPath,
  trustedDocuments,
  readiness,
  metrics,
  responseCache,
  callerAuth,
  graphiql,
  audit,
  rateLimits,
  tracing,
}: PluginDeps): Array<GatewayPlugin | Plugin> {
  // Probes and scrapes: logged at debug level, and not traced.
  const probePaths = [healthPath, READINESS_PATH, METRICS_PATH];
  return [
    // Outermost: the request's span is current for everything else, its log lines included.
    ...(tracing ? [tracing({ routes: [graphqlPath], untraced: probePaths })] : []),
    // First after tracing: every later plugin, and yoga's own logging, runs inside the request's scope.
    scope.plugin,
    useAccessLog(scope, probePaths),
    // The page is public and static: before the checks meant for GraphQL requests.
    ...(graphiql ? [useGraphiqlPage(graphiql.path, graphiql.examples)] : []),
    // Operational endpoints answer before any GraphQL-specific check.
    readiness.plugin,
    ...(metrics ? [metrics.plugin] : []),
    // Before every check that may refuse a mutation: refused ones are recorded too.
    ...(audit ? [audit] : []),
    // Before anything that reads operations or caches results: refusals happen first.
    ...securityPlugins(config.security, callerAuth, trustedDocuments),
    // After the budget plugin (in the security plugins), whose estimate the cost-weighted limit
    // spends. A cached answer never executes: it spends nothing of CCE's quota, nor of a limit.
    ...(rateLimits ? [rateLimits] : []),
    useSseProxyHeaders(),
    useNoSharedCaching(),
    // Before the cache: an answer that leaves items out carries errors, and is not cached.
    useSkippedItemErrors(),
    // Before the cache, which wraps whichever execution is picked by then.
    ...(config.server.graphqlJit
      ? [useCompiledQueries(metrics ? { onCompiled: () => metrics.recordCompiledQuery() } : {})]
      : []),
    // After the security plugins: refused requests never reach the cache, and a trusted document's
    // text is in place before the cache keys on it.
    ...responseCache.plugins,
    // After the cache: a cached answer needs no deadline.
    useReadDeadline(),
    // Last, where yoga's own limit would run: after any plugin that picks the request parser.
    useRequestBodyLimit(config.security.maxRequestBodyBytes),
    // Last of all: it replaces the response, so every other plugin's headers must be on it.
    ...(config.server.compression.enabled ? [useCompression(config.server.compression)] : []),
  ];
}
