/**
 * OpenTelemetry tracing, off by default and switched on by the standard OTEL_* variables
 * (src/config.ts, `tracing`). What the other layers see of it is this interface; the SDK behind
 * it (sdk.ts and its modules) is imported only when tracing is on, so a gateway without tracing
 * never loads it and its requests pay nothing for it.
 */
import type { GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { CceAttemptTracer } from '../cce/transport.ts';
import type { TracingConfig } from '../config.ts';
import type { TracedPaths } from './server.ts';

export interface Tracing {
  /**
   * The edge's spans: the HTTP request (continuing an incoming `traceparent`), GraphQL parse,
   * validate and execute; and the trace id in every GraphQL error's `extensions.traceId`. The
   * first plugin, so that every other one runs inside the request's span. Spans are named after
   * `paths.routes`; requests for `paths.untraced` (health probes, metrics scrapes) get none.
   */
  readonly requestPlugin: (paths: TracedPaths) => Plugin;
  /** A span per attempt of a CCE call, and the `traceparent` sent with it. */
  readonly cceAttempts: CceAttemptTracer;
  /** Gives each resolver of `schema` a span, opened only if it calls CCE (changes the schema). */
  readonly traceResolvers: (schema: GraphQLSchema) => void;
  /** The trace id of the request being handled, for its log lines. */
  readonly traceId: () => string | undefined;
  /** Sends the spans still buffered, then stops. */
  readonly shutdown: () => Promise<void>;
}

/**
 * The tracing the settings ask for: null (nothing loaded) when they ask for none. `log` hears when
 * spans cannot be exported.
 */
export async function startTracing(
  config: TracingConfig | null,
  log: Logger,
): Promise<Tracing | null> {
  if (config === null) return null;
  const { createTracing } = await import('./sdk.ts');
  return createTracing(config, log);
}
