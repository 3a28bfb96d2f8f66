/**
 * Prometheus metrics on `/metrics`: GraphQL operations (yoga's Prometheus plugin), every upstream
 * CCE call by SDK operation, outcome and HTTP status (fed by the transport's `onCall`), and the
 * live registry: open subscriptions, running pollers, refusals by limit.
 *
 * Each server has its own registry, never prom-client's global one, so that several servers can
 * run in one process (tests) without sharing or clashing counters.
 */
import {
  createCounter,
  createHistogram,
  usePrometheus,
  type FillLabelsFnParams,
} from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { SubscriptionLimit } from '../live/limits.ts';
import type { LiveStats } from '../live/registry.ts';
import { isServedFromResponseCache } from './cache/index.ts';
import type { UpstreamCall } from './upstream-calls.ts';

export const METRICS_PATH = '/metrics';

/** Upstream latency buckets (seconds): CCE answers in tens of milliseconds to tens of seconds. */
const UPSTREAM_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export interface GatewayMetrics {
  /** Counts and times one upstream call (a transport `onCall` watcher). */
  recordUpstreamCall(event: UpstreamCall): void;
  /** The yoga plugin: GraphQL operation metrics, response cache hits, and the `/metrics` endpoint. */
  readonly plugin: Plugin;
  /** Counts a subscription refused by a limit (a live registry observer). */
  recordSubscriptionRefused(limit: SubscriptionLimit): void;
  /** Counts a query compiled by graphql-jit. */
  recordCompiledQuery(): void;
  /** Adds gauges of the live registry's open subscriptions and pollers, read at each scrape. */
  observeLive(stats: () => LiveStats): void;
}

const SUBSCRIPTION_LIMITS: readonly SubscriptionLimit[] = ['caller', 'gateway'];

const OPERATION_LABELS = ['operationType', 'operationName'] as const;

/**
 * Operation names are the client's choice (unless trusted documents are on), and every new one
 * would be a new series on /metrics: past this many distinct names, the rest count as `other`.
 */
export const MAX_OPERATION_NAMES = 256;
const OTHER_OPERATIONS = 'other';

/**
 * The labels of a GraphQL operation, as @envelop/prometheus fills them (its defaults included),
 * with at most MAX_OPERATION_NAMES distinct names.
 */
function createOperationLabels() {
  const names = new Set<string>();
  return ({ operationType, operationName }: FillLabelsFnParams) => {
    let name = operationName || 'Anonymous';
    if (!names.has(name)) {
      if (names.size < MAX_OPERATION_NAMES) names.add(name);
      else name = OTHER_OPERATIONS;
    }
    return { operationType: operationType || 'unknown', operationName: name };
  };
}

export interface MetricsOptions {
  /**
   * Also collect Node process metrics (CPU, memory, event-loop delay, GC). Once per process: each
   * collection starts its own event-loop monitor and GC observer, which are never stopped.
   */
  processMetrics: boolean;
}

/** The label children of one (operation, outcome, status) combination. */
interface UpstreamSeries {
  calls: Counter.Internal;
  duration: Histogram.Internal<string>;
  retries: Counter.Internal;
}

export function createGatewayMetrics({ processMetrics }: MetricsOptions): GatewayMetrics {
  const registry = new Registry();
  if (processMetrics) collectDefaultMetrics({ register: registry });

  const calls = new Counter({
    name: 'cce_upstream_requests_total',
    help: 'Calls to CCE, by SDK operation, outcome (success, error, timeout, unavailable) and final HTTP status ("none" without an answer).',
    labelNames: ['operation', 'outcome', 'status'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'cce_upstream_request_duration_seconds',
    help: 'Duration of calls to CCE, retries included, by SDK operation, outcome and final HTTP status.',
    labelNames: ['operation', 'outcome', 'status'],
    buckets: UPSTREAM_BUCKETS,
    registers: [registry],
  });
  const retries = new Counter({
    name: 'cce_upstream_retries_total',
    help: 'Repeated attempts of calls to CCE (attempts beyond the first), by SDK operation, outcome and final HTTP status.',
    labelNames: ['operation', 'outcome', 'status'],
    registers: [registry],
  });

  // The label children are looked up once per combination, then reused: a call costs a Map lookup
  // and three updates, with no label-object hashing in prom-client.
  const series = new Map<string, UpstreamSeries>();
  const seriesFor = (operation: string, outcome: string, status: string): UpstreamSeries => {
    const key = `${operation} ${outcome} ${status}`;
    let found = series.get(key);
    if (found === undefined) {
      found = {
        calls: calls.labels(operation, outcome, status),
        duration: duration.labels(operation, outcome, status),
        retries: retries.labels(operation, outcome, status),
      };
      series.set(key, found);
    }
    return found;
  };

  // Answers from the response cache skip execution, so yoga's operation metrics never see them.
  const cacheHits = new Counter({
    name: 'graphql_response_cache_hits_total',
    help: 'GraphQL requests answered from the response cache, without execution or upstream calls.',
    registers: [registry],
  });

  const compiledQueries = new Counter({
    name: 'graphql_jit_compiled_queries_total',
    help: 'Queries compiled by graphql-jit (once per operation of a document while yoga keeps the document parsed; a steady rise means clients send ever-new query texts).',
    registers: [registry],
  });

  const refusedSubscriptions = new Counter({
    name: 'graphql_subscriptions_refused_total',
    help: 'Subscriptions refused with TOO_MANY_SUBSCRIPTIONS, by the limit reached (caller: SUBSCRIPTIONS_MAX_PER_CALLER, gateway: SUBSCRIPTIONS_MAX_TOTAL).',
    labelNames: ['limit'],
    registers: [registry],
  });
  // Both series from the start: a rate over a series that appears with its first refusal misses it.
  for (const limit of SUBSCRIPTION_LIMITS) refusedSubscriptions.labels(limit).inc(0);

  const operationLabels = createOperationLabels();
  const prometheus = usePrometheus({
    registry,
    endpoint: METRICS_PATH,
    skipIntrospection: true,
    // `url` would put query strings (GET operations and their variables) into label values, and
    // error `path`s grow with list indexes: both unbounded, the first possibly secret.
    labels: { url: false, path: false },
    metrics: {
      // Requests by operation, and their whole time by operation and HTTP status: with label
      // functions that name their labels directly (the defaults filter a label object per
      // observation through the `labels` switches above).
      graphql_envelop_request: createCounter({
        registry,
        counter: {
          name: 'graphql_envelop_request',
          help: 'Counts the amount of GraphQL requests executed through Envelop',
          labelNames: OPERATION_LABELS,
        },
        fillLabelsFn: operationLabels,
        phases: ['execute', 'subscribe'],
      }),
      graphql_envelop_error_result: createCounter({
        registry,
        counter: {
          name: 'graphql_envelop_error_result',
          help: 'Counts the amount of errors reported from all phases',
          labelNames: [...OPERATION_LABELS, 'phase'],
        },
        fillLabelsFn: (params) => ({ ...operationLabels(params), phase: params.errorPhase ?? '' }),
        phases: ['parse', 'validate', 'context', 'execute', 'subscribe'],
      }),
      graphql_envelop_phase_subscribe: createHistogram({
        registry,
        histogram: {
          name: 'graphql_envelop_phase_subscribe',
          help: 'Time spent on running the GraphQL "subscribe" function',
          labelNames: OPERATION_LABELS,
        },
        fillLabelsFn: operationLabels,
        phases: ['subscribe'],
      }),
      graphql_yoga_http_duration: createHistogram({
        registry,
        histogram: {
          name: 'graphql_yoga_http_duration',
          help: 'Time spent on HTTP connection',
          labelNames: ['operationName', 'operationType', 'method', 'statusCode'],
        },
        fillLabelsFn: (
          params,
          { request, response }: { request: Request; response: Response },
        ) => ({
          ...operationLabels(params),
          method: request.method,
          statusCode: response.status,
        }),
        phases: ['request'],
      }),
      // Timings that duplicate graphql_yoga_http_duration or measure nothing, at a label object,
      // a label hash and a histogram update each per request:
      // - execute: for queries and mutations, the request's time less parsing and answering;
      //   `request_duration` is the same execute timing again under another name;
      graphql_envelop_phase_execute: false,
      graphql_envelop_request_duration: false,
      // - parse and validate: cache lookups (yoga caches both per document text);
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      // - context: started and stopped in the same hook, before the context is built (always 0);
      graphql_envelop_phase_context: false,
      // - the summary: the execute timing once more, with a sliding window per series.
      graphql_envelop_request_time_summary: false,
      // Walks every document; the schema has no deprecated fields to find.
      graphql_envelop_deprecated_field: false,
    },
  });

  const plugin: Plugin = {
    onPluginInit({ addPlugin }) {
      addPlugin(prometheus);
    },
    onExecutionResult({ result }) {
      if (result !== undefined && !Array.isArray(result) && isServedFromResponseCache(result)) {
        cacheHits.inc();
      }
    },
  };

  return {
    plugin,
    recordUpstreamCall(event) {
      const status = event.status === null ? 'none' : String(event.status);
      const target = seriesFor(event.operation, event.outcome, status);
      target.calls.inc();
      target.duration.observe(event.durationMs / 1000);
      if (event.attempts > 1) target.retries.inc(event.attempts - 1);
    },
    recordSubscriptionRefused(limit) {
      refusedSubscriptions.labels(limit).inc();
    },
    recordCompiledQuery() {
      compiledQueries.inc();
    },
    observeLive(stats) {
      new Gauge({
        name: 'graphql_subscriptions_open',
        help: 'Open subscriptions (releaseStatus, addonStatus), over SSE and WebSocket.',
        registers: [registry],
        collect() {
          this.set(stats().subscriptions);
        },
      });
      new Gauge({
        name: 'graphql_subscription_pollers',
        help: 'Pollers reading watched objects from CCE: one per credential scope and object, however many subscriptions share it.',
        registers: [registry],
        collect() {
          this.set(stats().pollers);
        },
      });
    },
  };
}
