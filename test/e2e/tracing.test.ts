/**
 * OpenTelemetry tracing end to end: the real gateway (createGateway) with tracing on, exporting
 * OTLP/HTTP JSON to a tiny receiver on loopback, and CCE (the simulator) behind a proxy that
 * notes each call's `traceparent`. A dashboard query sent with a `traceparent` must give one
 * trace: the HTTP server span continuing the caller's trace, GraphQL parse/validate/execute under
 * it, the resolvers that called CCE, and each CCE call as a child of its resolver, with method,
 * operation name, status, CCE's request id and attempt; the trace id is in the log lines of the
 * request and in GraphQL errors' extensions.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { captureLogs } from '../support/logs.ts';
import { forwardingProxy } from '../support/proxy.ts';
import { gql, startStack, type Stack, type StackOptions } from '../support/stack.ts';
import { pollUntil } from './harness.ts';

// The batch processor reads this itself: spans are sent within 0.1 s instead of 5 s.
vi.stubEnv('OTEL_BSP_SCHEDULE_DELAY', '100');

interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  /** 2: ERROR. */
  status?: { code?: number };
  attributes: Record<string, unknown>;
}

type OtlpValue = { stringValue?: string; intValue?: number | string; boolValue?: boolean };

function bodyOf(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const closeServer = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

/** An OTLP/HTTP JSON trace receiver: every span it was sent, attributes flattened. */
async function startOtlpReceiver() {
  const spans: ExportedSpan[] = [];
  const server = createServer((request, response) => {
    void bodyOf(request).then((text) => {
      const body = JSON.parse(text) as {
        resourceSpans: Array<{
          scopeSpans: Array<{
            spans: Array<
              Omit<ExportedSpan, 'attributes'> & {
                attributes?: Array<{ key: string; value: OtlpValue }>;
              }
            >;
          }>;
        }>;
      };
      for (const { scopeSpans } of body.resourceSpans) {
        for (const scope of scopeSpans) {
          for (const span of scope.spans) {
            const attributes: Record<string, unknown> = {};
            for (const { key, value } of span.attributes ?? []) {
              attributes[key] =
                value.stringValue ??
                (value.intValue === undefined ? value.boolValue : Number(value.intValue));
            }
            spans.push({ ...span, attributes });
          }
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
    });
  });
  return { url: await listen(server), spans, close: () => closeServer(server) };
}

const DASHBOARD = `query Dashboard { clusters { id name releases(first: 50) { totalCount nodes { name status chart { name version } } } addons { name status } } }`;
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN_ID = '00f067aa0ba902b7';

/**
 * A stack with tracing on, exporting OTLP/HTTP JSON to its own receiver, for one describe block;
 * `stack` and `receiver` are there once it has started.
 */
function useTracedStack(options: Omit<StackOptions, 'gateway'> = {}) {
  const state = {} as {
    stack: Stack;
    receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  };
  beforeAll(async () => {
    state.receiver = await startOtlpReceiver();
    state.stack = await startStack({
      ...options,
      gateway: {
        tracing: {
          url: `${state.receiver.url}/v1/traces`,
          protocol: 'http/json',
          serviceName: 'cce-gateway-test',
          sampler: 'parentbased_always_on',
          samplerRatio: 1,
        },
      },
    });
  });
  afterAll(async () => {
    await state.stack.close();
    await state.receiver.close();
  });
  return state;
}

describe('tracing', () => {
  const logs = captureLogs('debug');
  const traceparents: string[] = [];
  const traced = useTracedStack({
    logger: logs.logger,
    upstream: forwardingProxy((call, body) => {
      traceparents.push(String(call.headers['traceparent']));
      return body;
    }),
  });

  it('gives a dashboard query one span tree, CCE calls included, continuing the caller’s trace', async () => {
    // Probes are not traced.
    expect((await fetch(`${traced.stack.baseUrl}/health`)).status).toBe(200);
    const answer = await gql(traced.stack, DASHBOARD, undefined, {
      'X-Auth-Token': 'demo-token',
      traceparent: `00-${TRACE_ID}-${CALLER_SPAN_ID}-01`,
      'X-Request-Id': 'traced-dashboard',
    });
    expect(answer.errors).toBeUndefined();
    // An error answer carries the trace id, here one of a new trace.
    const failed = await gql(traced.stack, '{ nope }');
    const failedTraceId = failed.errors?.[0]?.extensions?.['traceId'];
    expect(failedTraceId).toMatch(/^[0-9a-f]{32}$/);
    expect(failedTraceId).not.toBe(TRACE_ID);

    // The batch processor sends within a moment; every wait is bounded.
    const spans = await pollUntil(
      () => Promise.resolve(traced.receiver.spans.filter((span) => span.traceId === TRACE_ID)),
      (found) => found.some((span) => span.kind === 2) && found.some((span) => span.kind === 3),
      { attempts: 100, intervalMs: 100 },
    );
    const byId = new Map(spans.map((span) => [span.spanId, span]));
    const parentOf = (span: ExportedSpan) => byId.get(span.parentSpanId ?? '');

    const server = spans.find((span) => span.kind === 2); // SERVER
    expect(server).toMatchObject({
      name: 'POST /graphql',
      parentSpanId: CALLER_SPAN_ID,
      attributes: { 'http.request.method': 'POST', 'http.response.status_code': 200 },
    });
    const phases = ['graphql.parse', 'graphql.validate', 'graphql.execute'].map((name) =>
      spans.find((span) => span.name === name),
    );
    for (const phase of phases) expect(phase?.parentSpanId).toBe(server?.spanId);
    const execute = phases[2];
    expect(execute?.attributes).toMatchObject({
      'graphql.operation.type': 'query',
      'graphql.operation.name': 'Dashboard',
    });

    const resolvers = spans.filter((span) => span.name.startsWith('resolve '));
    expect(resolvers.map((span) => span.name)).toContain('resolve Query.clusters');
    for (const resolver of resolvers) expect(resolver.parentSpanId).toBe(execute?.spanId);

    const calls = spans.filter((span) => span.kind === 3); // CLIENT
    expect(calls.length).toBeGreaterThanOrEqual(3);
    for (const call of calls) {
      expect(parentOf(call)?.name).toMatch(/^resolve /);
      expect(call.name).toBe(`CCE ${String(call.attributes['cce.operation'])}`);
      expect(call.attributes).toMatchObject({
        'http.request.method': 'GET',
        'http.response.status_code': 200,
        'cce.attempt': 1,
        'cce.request_id': expect.stringMatching(/\S/) as unknown,
      });
    }
    expect(calls.map((call) => call.attributes['cce.operation'])).toEqual(
      expect.arrayContaining(['ListClusters', 'ListReleases']),
    );

    // What CCE received names the very attempt spans.
    const sent = new Set(traceparents.filter((header) => header.includes(TRACE_ID)));
    expect(sent).toEqual(new Set(calls.map((call) => `00-${TRACE_ID}-${call.spanId}-01`)));

    expect(traced.receiver.spans.filter((span) => span.name.includes('/health'))).toEqual([]);

    // Every log line of the request carries its trace id.
    const lines = logs.lines.filter((line) => line['requestId'] === 'traced-dashboard');
    // The access line, and a line per CCE call (debug level).
    expect(lines.length).toBeGreaterThan(calls.length);
    for (const line of lines) expect(line['traceId']).toBe(TRACE_ID);
  });
});

describe('tracing a retried CCE call', () => {
  const traced = useTracedStack();

  it('gives each attempt its own span, numbered, the failed one marked', async () => {
    const traceId = 'a'.repeat(32);
    traced.stack.simulator.setFault({
      operation: 'ListClusters',
      type: 'error',
      status: 503,
      times: 1,
    });
    const answer = await gql(traced.stack, '{ clusters { name } }', undefined, {
      'X-Auth-Token': 'demo-token',
      traceparent: `00-${traceId}-${'b'.repeat(16)}-01`,
    });
    expect(answer.errors).toBeUndefined();
    const attempts = await pollUntil(
      () =>
        Promise.resolve(
          traced.receiver.spans.filter(
            (span) => span.traceId === traceId && span.name === 'CCE ListClusters',
          ),
        ),
      (found) => found.length === 2,
      { attempts: 100, intervalMs: 100 },
    );
    const [first, second] = attempts.sort(
      (a, b) => Number(a.attributes['cce.attempt']) - Number(b.attributes['cce.attempt']),
    );
    expect(first).toMatchObject({
      status: { code: 2 },
      attributes: { 'cce.attempt': 1, 'http.response.status_code': 503 },
    });
    expect(second?.attributes).toMatchObject({
      'cce.attempt': 2,
      'http.request.resend_count': 1,
      'http.response.status_code': 200,
    });
    expect(second?.parentSpanId).toBe(first?.parentSpanId);
  });
});

describe('tracing with a collector that refuses the spans', () => {
  it('logs one warning, and answers as ever', async () => {
    const collector = createServer((_request, response) => {
      response.writeHead(400);
      response.end();
    });
    const logs = captureLogs('info');
    const stack = await startStack({
      logger: logs.logger,
      gateway: {
        tracing: {
          url: `${await listen(collector)}/v1/traces`,
          protocol: 'http/protobuf',
          serviceName: 'cce-gateway-test',
          sampler: 'always_on',
          samplerRatio: 1,
        },
      },
    });
    try {
      for (let query = 0; query < 3; query++) {
        expect((await gql(stack, '{ clusters { name } }')).errors).toBeUndefined();
      }
    } finally {
      // Stopping sends the spans still buffered: the collector refuses them.
      await stack.close();
      await closeServer(collector);
    }
    const warnings = logs.lines.filter((line) =>
      String(line['msg']).startsWith('tracing: spans could not be exported'),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      level: 40,
      url: expect.stringContaining('/v1/traces') as unknown,
    });
  });
});
