/**
 * A client span per attempt of a CCE call (a retried read is several, as OpenTelemetry's HTTP
 * conventions have it), child of the resolver that made the call, and the `traceparent` that
 * names it, sent to CCE. Made at our own call site in src/cce/transport.ts rather than by
 * `@opentelemetry/instrumentation-undici`: only there are the SDK operation name, the attempt
 * number and CCE's request id known, and no undici internals are patched.
 */
import { SpanKind, type Tracer } from '@opentelemetry/api';
import {
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_REQUEST_RESEND_COUNT,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_SERVER_ADDRESS,
} from '@opentelemetry/semantic-conventions';
import type { CceAttemptTracer } from '../cce/transport.ts';
import type { TraceContext } from './propagation.ts';
import { resolverContext } from './resolvers.ts';
import { failSpan } from './settle.ts';

export function traceCceAttempts(tracer: Tracer, context: TraceContext): CceAttemptTracer {
  return {
    start(operation, attempt, host) {
      const span = tracer.startSpan(
        `CCE ${operation.name}`,
        {
          kind: SpanKind.CLIENT,
          attributes: {
            [ATTR_HTTP_REQUEST_METHOD]: operation.method,
            [ATTR_SERVER_ADDRESS]: host,
            'cce.operation': operation.name,
            'cce.attempt': attempt,
            ...(attempt > 1 ? { [ATTR_HTTP_REQUEST_RESEND_COUNT]: attempt - 1 } : {}),
          },
        },
        resolverContext(context.active(), tracer),
      );
      return {
        traceparent: context.traceparent(span),
        end(status, requestId, failure) {
          if (status !== null) span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, status);
          if (requestId !== null) span.setAttribute('cce.request_id', requestId);
          if (failure !== undefined) failSpan(span, failure);
          span.end();
        },
      };
    },
  };
}
