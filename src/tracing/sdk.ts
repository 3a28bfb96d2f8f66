/** The tracing of a gateway (index.ts), built on the OpenTelemetry SDK: imported only when on. */
import { trace } from '@opentelemetry/api';
import type { Logger } from 'pino';
import type { TracingConfig } from '../config.ts';
import { traceCceAttempts } from './cce-calls.ts';
import type { Tracing } from './index.ts';
import { createTraceContext } from './propagation.ts';
import { createTracerProvider } from './provider.ts';
import { traceResolvers } from './resolvers.ts';
import { useTracedRequests } from './server.ts';

export function createTracing(config: TracingConfig, log: Logger): Tracing {
  const provider = createTracerProvider(config, log);
  const tracer = provider.getTracer('cce-gateway');
  const context = createTraceContext();
  return {
    requestPlugin: (paths) => useTracedRequests(tracer, context, paths),
    cceAttempts: traceCceAttempts(tracer, context),
    traceResolvers: (schema) => traceResolvers(schema, context),
    traceId: () => trace.getSpan(context.active())?.spanContext().traceId,
    // A collector that refuses the last spans must not make the stop fail: that was logged.
    shutdown: () => provider.shutdown().catch(() => undefined),
  };
}
