/** The tracing of a gateway (index.ts), built on the OpenTelemetry SDK: imported only when on. */
import { trace } from '@opentelemetry/api';
import type { TracingConfig } from '../config.ts';
import { traceCceAttempts } from './cce-calls.ts';
import type { Tracing } from './index.ts';
import { createTraceContext } from './propagation.ts';
import { createTracerProvider } from './provider.ts';
import { traceResolvers } from './resolvers.ts';
import { useTracedRequests } from './server.ts';

export function createTracing(config: TracingConfig): Tracing {
  const provider = createTracerProvider(config);
  const tracer = provider.getTracer('cce-gateway');
  const context = createTraceContext();
  return {
    plugin: useTracedRequests(tracer, context),
    cceAttempts: traceCceAttempts(tracer, context),
    traceResolvers: (schema) => traceResolvers(schema, context),
    traceId: () => trace.getSpan(context.active())?.spanContext().traceId,
    shutdown: () => provider.shutdown(),
  };
}
