/**
 * Where the current span lives, and how it crosses HTTP: the gateway's own AsyncLocalStorage
 * context manager (not registered globally, so two gateways in one process share nothing) and the
 * W3C trace-context propagator (`traceparent`, `tracestate`).
 */
import {
  ROOT_CONTEXT,
  trace,
  type Context,
  type Span,
  type TextMapGetter,
  type TextMapSetter,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

const RECORD_SETTER: TextMapSetter<Record<string, string>> = {
  set: (carrier, key, value) => {
    carrier[key] = value;
  },
};

const HEADERS_GETTER: TextMapGetter<Headers> = {
  get: (headers, key) => headers.get(key) ?? undefined,
  keys: (headers) => [...headers.keys()],
};

export interface TraceContext {
  /** The context of the current async call chain. */
  active(): Context;
  /** Runs `fn` with `span` as the current span (under `parent`). */
  withSpan<T>(parent: Context, span: Span, fn: () => T): T;
  with<T>(context: Context, fn: () => T): T;
  /** The context an incoming request's `traceparent` names, or the root. */
  extract(headers: Headers): Context;
  /** The `traceparent` header that names `span`. */
  traceparent(span: Span): string;
}

export function createTraceContext(): TraceContext {
  const manager = new AsyncLocalStorageContextManager().enable();
  const propagator = new W3CTraceContextPropagator();
  return {
    active: () => manager.active(),
    withSpan: (parent, span, fn) => manager.with(trace.setSpan(parent, span), fn),
    with: (context, fn) => manager.with(context, fn),
    extract: (headers) => propagator.extract(ROOT_CONTEXT, headers, HEADERS_GETTER),
    traceparent(span) {
      const carrier: Record<string, string> = {};
      propagator.inject(trace.setSpan(ROOT_CONTEXT, span), carrier, RECORD_SETTER);
      return carrier['traceparent'] ?? '';
    },
  };
}
