/**
 * The transport under every fault the simulator can inject, over loopback HTTP: the typed error or
 * the successful retry, and the number of attempts the simulator saw.
 */
import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCceClient } from '../../src/cce/client.ts';
import {
  CceError,
  UpstreamProtocolError,
  UpstreamTimeout,
  UpstreamUnavailable,
  mayHaveReachedCce,
} from '../../src/cce/errors.ts';
import type { CceClient } from '../../src/cce/model.ts';
import { createCceTransport } from '../../src/cce/transport.ts';
import type { CceCallEvent, CceTransport, CceTransportOptions } from '../../src/cce/transport.ts';
import {
  DEMO_CHARTS,
  DEMO_CLUSTERS,
  DEMO_PROJECT_ID,
  DEMO_RELEASES,
  DEMO_TOKEN,
} from '../../src/simulator/demo-data.ts';
import { startSimulator } from '../../src/simulator/index.ts';
import type { Simulator } from '../../src/simulator/index.ts';

const credentials = { kind: 'token', token: DEMO_TOKEN, projectId: DEMO_PROJECT_ID } as const;
const release = DEMO_RELEASES.nginxWeb;

let simulator: Simulator;
const transports: CceTransport[] = [];
let transportEvents: CceCallEvent[] = [];
let clientEvents: CceCallEvent[] = [];

/** A client on its own transport; fast retries unless the test says otherwise. */
function clientWith(options: Partial<CceTransportOptions> = {}): CceClient {
  const transport = createCceTransport({
    endpoint: simulator.url,
    retry: { maxAttempts: 3, minDelayMs: 1, maxDelayMs: 20 },
    onCall: (event) => transportEvents.push(event),
    ...options,
  });
  transports.push(transport);
  return createCceClient(transport, credentials, { onCall: (event) => clientEvents.push(event) });
}

function seen(operation: string): number {
  return simulator.stats().operations[operation] ?? 0;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );
}

function createInput(name: string) {
  return {
    chartId: DEMO_CHARTS.nginx,
    name,
    namespace: 'faults',
    version: '1.0.0',
    values: {},
  };
}

beforeAll(async () => {
  simulator = await startSimulator({ demoData: true, transitionDelayMs: 20 });
});

afterAll(async () => {
  await simulator.close();
});

beforeEach(() => {
  simulator.clearFaults();
  simulator.resetStats();
  transportEvents = [];
  clientEvents = [];
});

afterEach(async () => {
  await Promise.all(transports.splice(0).map((transport) => transport.close()));
});

describe('latency past the timeout', () => {
  it('becomes UpstreamTimeout after one attempt (timeouts are not retried)', async () => {
    // undici's headers timer ticks about twice a second: the latency stays well beyond its slack.
    simulator.setFault({ type: 'latency', latencyMs: 5_000, operation: 'ListReleases' });
    const client = clientWith({ headersTimeoutMs: 150 });
    const error = await failure(client.listReleases('CCE', release.clusterId));
    expect(error).toBeInstanceOf(UpstreamTimeout);
    expect(error).toMatchObject({ operation: 'ListReleases' });
    expect((error as Error).message).toMatch(/timed out \(waiting for response headers\)/);
    expect(seen('ListReleases')).toBe(1);
    expect(clientEvents).toEqual([
      expect.objectContaining({ outcome: 'timeout', status: null, attempts: 1 }),
    ]);
  });

  it('succeeds when the latency is within the timeout', async () => {
    simulator.setFault({ type: 'latency', latencyMs: 50, operation: 'ListCharts' });
    const client = clientWith({ headersTimeoutMs: 2_000 });
    expect((await client.listCharts('CCE')).length).toBeGreaterThan(0);
    expect(clientEvents[0]?.durationMs).toBeGreaterThanOrEqual(45);
  });
});

describe('5xx', () => {
  it('retries a GET up to the attempt budget, then throws the CCE error', async () => {
    simulator.setFault({ type: 'error', status: 503, operation: 'ListCharts' });
    const client = clientWith();
    const error = await failure(client.listCharts('CCE'));
    expect(error).toBeInstanceOf(CceError);
    expect(error).toMatchObject({ status: 503, operation: 'ListCharts' });
    expect((error as CceError).code).toMatch(/^CCE\./);
    expect(seen('ListCharts')).toBe(3);
    expect(clientEvents).toEqual([
      expect.objectContaining({ outcome: 'error', status: 503, attempts: 3 }),
    ]);
  });

  it('succeeds on a later attempt when the error passes', async () => {
    simulator.setFault({ type: 'error', status: 500, operation: 'ShowRelease', times: 2 });
    const client = clientWith();
    expect(await client.showRelease('CCE', release)).toMatchObject(release);
    expect(seen('ShowRelease')).toBe(3);
    expect(clientEvents).toEqual([
      expect.objectContaining({ outcome: 'success', status: 200, attempts: 3 }),
    ]);
  });

  it('honours a smaller attempt budget', async () => {
    simulator.setFault({ type: 'error', status: 502, operation: 'ListCharts' });
    const client = clientWith({ retry: { maxAttempts: 1 } });
    expect(await failure(client.listCharts('CCE'))).toBeInstanceOf(CceError);
    expect(seen('ListCharts')).toBe(1);
  });

  it('sends a POST exactly once', async () => {
    simulator.setFault({ type: 'error', status: 500, operation: 'CreateRelease' });
    const client = clientWith();
    const error = await failure(
      client.createRelease('CCE', DEMO_CLUSTERS.production, createInput('once-only')),
    );
    expect(error).toMatchObject({ status: 500, operation: 'CreateRelease' });
    expect(seen('CreateRelease')).toBe(1);
    expect(clientEvents[0]).toMatchObject({ attempts: 1, outcome: 'error' });
  });

  it('does not retry a 4xx', async () => {
    simulator.setFault({
      type: 'error',
      status: 400,
      code: 'CCE.02400001',
      operation: 'ListCharts',
    });
    const client = clientWith();
    const error = await failure(client.listCharts('CCE'));
    expect(error).toBeInstanceOf(CceError);
    expect(error).toMatchObject({ status: 400, code: 'CCE.02400001' });
    expect(seen('ListCharts')).toBe(1);
  });
});

describe('429', () => {
  it('retries after Retry-After and succeeds', async () => {
    simulator.setFault({
      type: 'throttle',
      retryAfterSeconds: 1,
      operation: 'ListAutopilotReleases',
      times: 1,
    });
    const client = clientWith({ retry: { maxAttempts: 3, minDelayMs: 0, maxDelayMs: 2_000 } });
    const releases = await client.listReleases('AUTOPILOT', DEMO_CLUSTERS.autopilot);
    expect(releases.length).toBeGreaterThan(0);
    expect(seen('ListAutopilotReleases')).toBe(2);
    // Backoff alone would retry at once (minDelayMs 0): the wait is the server's Retry-After.
    expect(clientEvents[0]).toMatchObject({ outcome: 'success', attempts: 2 });
    expect(clientEvents[0]?.durationMs).toBeGreaterThanOrEqual(950);
  });

  it('retries the API gateway throttling code', async () => {
    simulator.setFault({
      type: 'throttle',
      code: 'APIG.0308',
      operation: 'ListClusters',
      times: 2,
    });
    const client = clientWith();
    expect((await client.listClusters('CCE')).length).toBeGreaterThan(0);
    expect(seen('ListClusters')).toBe(3);
  });

  it('gives up at once when Retry-After exceeds the cap', async () => {
    simulator.setFault({ type: 'throttle', retryAfterSeconds: 30, operation: 'ListCharts' });
    const client = clientWith({ retry: { maxDelayMs: 1_000 } });
    const error = await failure(client.listCharts('CCE'));
    expect(error).toMatchObject({ status: 429, code: 'CCE.02429001' });
    expect(seen('ListCharts')).toBe(1);
  });

  it('does not retry a throttled write', async () => {
    simulator.setFault({ type: 'throttle', retryAfterSeconds: 0, operation: 'CreateRelease' });
    const client = clientWith();
    const error = await failure(
      client.createRelease('CCE', DEMO_CLUSTERS.production, createInput('throttled')),
    );
    expect(error).toMatchObject({ status: 429 });
    expect(seen('CreateRelease')).toBe(1);
  });
});

describe('reset', () => {
  it('retries a GET and succeeds when the reset passes', async () => {
    simulator.setFault({ type: 'reset', operation: 'ListClusters', times: 1 });
    const client = clientWith();
    expect((await client.listClusters('CCE')).length).toBeGreaterThan(0);
    expect(seen('ListClusters')).toBe(2);
    expect(clientEvents[0]).toMatchObject({ outcome: 'success', attempts: 2 });
  });

  it('becomes UpstreamUnavailable when every attempt is reset', async () => {
    simulator.setFault({ type: 'reset', operation: 'ShowChart' });
    const client = clientWith();
    const error = await failure(client.showChart('CCE', DEMO_CHARTS.nginx));
    expect(error).toBeInstanceOf(UpstreamUnavailable);
    expect(seen('ShowChart')).toBe(3);
    expect(clientEvents[0]).toMatchObject({ outcome: 'unavailable', status: null, attempts: 3 });
  });

  it('sends a PUT once', async () => {
    simulator.setFault({ type: 'reset', operation: 'UpdateRelease' });
    const client = clientWith();
    const error = await failure(
      client.updateRelease('CCE', release, {
        chartId: DEMO_CHARTS.nginx,
        action: 'upgrade',
        values: {},
        parameters: {},
      }),
    );
    expect(error).toBeInstanceOf(UpstreamUnavailable);
    expect(seen('UpdateRelease')).toBe(1);
  });
});

describe('malformed JSON', () => {
  it('becomes UpstreamProtocolError, not retried', async () => {
    simulator.setFault({ type: 'malformed', operation: 'ListAddonInstances' });
    const client = clientWith();
    const error = await failure(client.listAddons('CCE', DEMO_CLUSTERS.production));
    expect(error).toBeInstanceOf(UpstreamProtocolError);
    expect(error).toMatchObject({ status: 200, operation: 'ListAddonInstances' });
    expect((error as Error).message).toContain('malformed JSON');
    expect(seen('ListAddonInstances')).toBe(1);
    expect(clientEvents[0]).toMatchObject({ outcome: 'error', status: 200 });
  });

  it('leaves the connection usable for the next call', async () => {
    simulator.setFault({ type: 'malformed', operation: 'ListCharts', times: 1 });
    const client = clientWith({ connections: 1 });
    await failure(client.listCharts('CCE'));
    expect((await client.listCharts('CCE')).length).toBeGreaterThan(0);
  });
});

describe('hang', () => {
  it('becomes UpstreamTimeout at the headers timeout', async () => {
    simulator.setFault({ type: 'hang', operation: 'ShowCluster' });
    const client = clientWith({ headersTimeoutMs: 150 });
    const error = await failure(client.showCluster('CCE', DEMO_CLUSTERS.production));
    expect(error).toBeInstanceOf(UpstreamTimeout);
    expect(seen('ShowCluster')).toBe(1);
  });

  it("is abandoned when the caller's signal aborts", async () => {
    simulator.setFault({ type: 'hang', operation: 'ShowCluster' });
    const client = clientWith();
    const controller = new AbortController();
    const pending = client.showCluster('CCE', DEMO_CLUSTERS.production, {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    const error = await failure(pending);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(seen('ShowCluster')).toBe(1);
    expect(clientEvents[0]).toMatchObject({ outcome: 'error', status: null, attempts: 1 });
  });

  it("turns the caller's deadline signal into UpstreamTimeout", async () => {
    simulator.setFault({ type: 'hang', operation: 'ListAutopilotClusters' });
    const client = clientWith();
    const error = await failure(
      client.listClusters('AUTOPILOT', { signal: AbortSignal.timeout(80) }),
    );
    expect(error).toBeInstanceOf(UpstreamTimeout);
    expect((error as Error).message).toContain('caller deadline');
  });

  it('aborts a pending retry backoff', async () => {
    simulator.setFault({ type: 'throttle', retryAfterSeconds: 2, operation: 'ListCharts' });
    const client = clientWith({ retry: { maxDelayMs: 5_000 } });
    const controller = new AbortController();
    const pending = client.listCharts('CCE', { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    expect(await failure(pending)).toMatchObject({ name: 'AbortError' });
    expect(seen('ListCharts')).toBe(1);
  });

  it('does not send a call whose signal is already aborted', async () => {
    const client = clientWith();
    const error = await failure(client.listCharts('CCE', { signal: AbortSignal.abort() }));
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(simulator.stats().total).toBe(0);
  });
});

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('connection refused', () => {
  it('becomes UpstreamUnavailable after the attempt budget, for reads and for writes never sent', async () => {
    const transport = createCceTransport({
      endpoint: `http://127.0.0.1:${await closedPort()}`,
      retry: { maxAttempts: 3, minDelayMs: 1, maxDelayMs: 5 },
    });
    transports.push(transport);
    const events: CceCallEvent[] = [];
    const client = createCceClient(transport, credentials, {
      onCall: (event) => events.push(event),
    });

    const read = await failure(client.listCharts('CCE'));
    expect(read).toBeInstanceOf(UpstreamUnavailable);
    expect((read as Error).message).toContain('ECONNREFUSED');

    const write = await failure(
      client.createRelease('CCE', DEMO_CLUSTERS.production, createInput('refused')),
    );
    expect(write).toBeInstanceOf(UpstreamUnavailable);
    expect(events).toEqual([
      expect.objectContaining({ operation: 'ListCharts', outcome: 'unavailable', attempts: 3 }),
      expect.objectContaining({ operation: 'CreateRelease', outcome: 'unavailable', attempts: 3 }),
    ]);
  });
});

describe('error bodies and hooks', () => {
  it('keeps CCE code and message, and redacts the caller secret from them', async () => {
    simulator.setFault({
      type: 'error',
      status: 403,
      code: 'CCE.01403001',
      message: `Forbidden for token ${DEMO_TOKEN}.`,
      operation: 'ShowChart',
    });
    const client = clientWith();
    const error = await failure(client.showChart('CCE', DEMO_CHARTS.nginx));
    expect(error).toMatchObject({
      status: 403,
      code: 'CCE.01403001',
      message: 'Forbidden for token [REDACTED].',
    });
  });

  it('reads snake_case error bodies too', async () => {
    const snake = await startSimulator({ demoData: true, errorCasing: 'snake' });
    try {
      const transport = createCceTransport({ endpoint: snake.url });
      transports.push(transport);
      const client = createCceClient(transport, credentials);
      const error = await failure(client.showChart('CCE', 'no-such-chart'));
      expect(error).toMatchObject({ status: 404, code: 'CCE.02404001' });
      expect((error as Error).message).toMatch(/^Resource not found\./);
    } finally {
      await snake.close();
    }
  });

  it('calls the transport and the client hook once per call with the same event', async () => {
    const client = clientWith();
    await client.listCharts('CCE');
    expect(transportEvents).toHaveLength(1);
    expect(clientEvents).toEqual(transportEvents);
    expect(transportEvents[0]).toMatchObject({
      operation: 'ListCharts',
      method: 'GET',
      status: 200,
      outcome: 'success',
      attempts: 1,
    });
  });

  it('reports a call once even when a hook throws', async () => {
    const transport = createCceTransport({
      endpoint: simulator.url,
      onCall: (event) => transportEvents.push(event),
    });
    transports.push(transport);
    const client = createCceClient(transport, credentials, {
      onCall: () => {
        throw new Error('metrics bug');
      },
    });
    await expect(client.listCharts('CCE')).rejects.toThrow('metrics bug');
    expect(transportEvents).toEqual([expect.objectContaining({ outcome: 'success', attempts: 1 })]);
    expect(seen('ListCharts')).toBe(1);
  });
});

describe('whether a failed write may have reached CCE', () => {
  const upgrade = {
    chartId: DEMO_CHARTS.nginx,
    action: 'upgrade',
    values: { replicaCount: 2 },
    parameters: {},
  } as const;

  it('is no for a refused connection', async () => {
    const transport = createCceTransport({
      endpoint: `http://127.0.0.1:${await closedPort()}`,
      retry: { maxAttempts: 1 },
    });
    transports.push(transport);
    const client = createCceClient(transport, credentials);
    const error = await failure(client.updateRelease('CCE', release, upgrade));
    expect(error).toBeInstanceOf(UpstreamUnavailable);
    expect(error).toMatchObject({ mayHaveReachedCce: false });
    expect(mayHaveReachedCce(error)).toBe(false);
  });

  it('is no for a transport closed before the request was written', async () => {
    const transport = createCceTransport({ endpoint: simulator.url });
    const client = createCceClient(transport, credentials);
    await transport.close();
    const error = await failure(client.updateRelease('CCE', release, upgrade));
    expect(error).toBeInstanceOf(UpstreamUnavailable);
    expect(mayHaveReachedCce(error)).toBe(false);
    expect(seen('UpdateRelease')).toBe(0);
  });

  it("is no for a caller's deadline that passed before the request was written", async () => {
    const client = clientWith();
    const deadline = AbortSignal.timeout(0);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const error = await failure(
      client.updateRelease('CCE', release, upgrade, { signal: deadline }),
    );
    expect(error).toBeInstanceOf(UpstreamTimeout);
    expect(mayHaveReachedCce(error)).toBe(false);
    expect(seen('UpdateRelease')).toBe(0);
  });

  it.each([
    ['a reset after the body was written', { type: 'reset' }, {}, UpstreamUnavailable],
    ['the headers timeout', { type: 'hang' }, { headersTimeoutMs: 150 }, UpstreamTimeout],
  ] as const)('is maybe for %s', async (_, fault, options, errorClass) => {
    simulator.setFault({ ...fault, operation: 'UpdateRelease' });
    const client = clientWith(options);
    const error = await failure(client.updateRelease('CCE', release, upgrade));
    expect(error).toBeInstanceOf(errorClass);
    expect(error).toMatchObject({ mayHaveReachedCce: true });
    expect(seen('UpdateRelease')).toBe(1);
  });

  it("is maybe for a caller's deadline that passed while CCE had the request", async () => {
    simulator.setFault({ type: 'hang', operation: 'UpdateRelease' });
    const client = clientWith();
    const error = await failure(
      client.updateRelease('CCE', release, upgrade, { signal: AbortSignal.timeout(100) }),
    );
    expect(error).toBeInstanceOf(UpstreamTimeout);
    expect(mayHaveReachedCce(error)).toBe(true);
  });

  it('is maybe for an answer that cannot be parsed, and for CCE error answers', async () => {
    simulator.setFault({ type: 'malformed', operation: 'UpdateRelease', times: 1 });
    const client = clientWith();
    const malformed = await failure(client.updateRelease('CCE', release, upgrade));
    expect(malformed).toBeInstanceOf(UpstreamProtocolError);
    expect(mayHaveReachedCce(malformed)).toBe(true);

    simulator.setFault({ type: 'error', status: 500, operation: 'UpdateRelease', times: 1 });
    expect(mayHaveReachedCce(await failure(client.updateRelease('CCE', release, upgrade)))).toBe(
      true,
    );
  });
});
