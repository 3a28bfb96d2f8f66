/**
 * The edge's spans, as a yoga plugin whose instrumentation wraps each phase: the HTTP request (a
 * server span continuing the caller's `traceparent`), and within it GraphQL parse, validate and
 * execute (resolvers and CCE calls run inside execute). Every GraphQL error of the answer gets
 * the trace id in `extensions.traceId`, so a user's error report leads to the trace.
 */
import { SpanKind, SpanStatusCode, trace, type Span, type Tracer } from '@opentelemetry/api';
import {
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_URL_PATH,
} from '@opentelemetry/semantic-conventions';
import { getOperationAST, GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import type { TraceContext } from './propagation.ts';
import { endWhenSettled } from './settle.ts';

/** The error with `traceId` added to its extensions (a copy: errors may be shared or frozen). */
function withTraceId(error: GraphQLError, traceId: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes ?? null,
    source: error.source ?? null,
    positions: error.positions ?? null,
    path: error.path ?? null,
    originalError: error.originalError ?? null,
    extensions: { ...error.extensions, traceId },
  });
}

function resultWithTraceId(result: ExecutionResult, traceId: string): ExecutionResult {
  if (result.errors === undefined || result.errors.length === 0) return result;
  return { ...result, errors: result.errors.map((error) => withTraceId(error, traceId)) };
}

/** The paths the edge serves: `routes` name their spans; `untraced` (probes, scrapes) get none. */
export interface TracedPaths {
  readonly routes: readonly string[];
  readonly untraced: readonly string[];
}

export function useTracedRequests(
  tracer: Tracer,
  context: TraceContext,
  paths: TracedPaths,
): Plugin {
  const untraced = new Set(paths.untraced);
  const routes = new Set(paths.routes);
  const requestSpans = new WeakMap<Request, Span>();

  /** A phase's span, a child of the current one, current while the phase runs. */
  const phase =
    (name: string) =>
    <T>(
      { context: graphqlContext }: { context: Partial<YogaInitialContext> },
      wrapped: () => T,
    ): T => {
      const parent = context.active();
      const operationName = graphqlContext.params?.operationName;
      const span = tracer.startSpan(
        name,
        operationName ? { attributes: { 'graphql.operation.name': operationName } } : {},
        parent,
      );
      return context.withSpan(parent, span, () => endWhenSettled(span, wrapped));
    };

  return {
    instrumentation: {
      request({ request }, wrapped) {
        const path = new URL(request.url).pathname;
        if (untraced.has(path)) return wrapped();
        const parent = context.extract(request.headers);
        // Named by the route, or by the method alone: paths a scanner makes up are not names.
        const span = tracer.startSpan(
          routes.has(path) ? `${request.method} ${path}` : request.method,
          {
            kind: SpanKind.SERVER,
            attributes: { [ATTR_HTTP_REQUEST_METHOD]: request.method, [ATTR_URL_PATH]: path },
          },
          parent,
        );
        requestSpans.set(request, span);
        return context.withSpan(parent, span, () => endWhenSettled(span, wrapped));
      },
      parse: phase('graphql.parse'),
      validate: phase('graphql.validate'),
      execute: phase('graphql.execute'),
      subscribe: phase('graphql.subscribe'),
    },
    // Runs inside the execute span (instrumentation wraps the onExecute hooks too): names the
    // operation as executed, and marks the span failed when the answer carries errors.
    onExecute({ args }) {
      const span = trace.getSpan(context.active());
      if (span === undefined) return;
      const { document, operationName } = args as ExecutionArgs;
      const operation = getOperationAST(document, operationName);
      if (operation) span.setAttribute('graphql.operation.type', operation.operation);
      if (operation?.name) span.setAttribute('graphql.operation.name', operation.name.value);
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result || result.errors === undefined) return;
          span.setAttribute('graphql.error.count', result.errors.length);
          span.setStatus({ code: SpanStatusCode.ERROR });
        },
      };
    },
    onResultProcess(payload) {
      const { request, result } = payload;
      const traceId = requestSpans.get(request)?.spanContext().traceId;
      if (traceId === undefined || Symbol.asyncIterator in result) return;
      payload.setResult(
        Array.isArray(result)
          ? result.map((item) => resultWithTraceId(item, traceId))
          : resultWithTraceId(result, traceId),
      );
    },
    onResponse({ request, response }) {
      const span = requestSpans.get(request);
      if (span === undefined) return;
      span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, response.status);
      if (response.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    },
  };
}
