/** The simulator's own control routes and its per-operation request counts. */
import { describe, expect, it } from 'vitest';
import { DEMO_CLUSTERS } from '../../src/simulator/demo-data.ts';
import { isLoopback } from '../../src/simulator/routes/control.ts';
import { call, simulator, TRANSITION_MS } from './helpers.ts';

const releasesPath = `/cce/cam/v3/clusters/${DEMO_CLUSTERS.production}/releases`;

describe('stats', () => {
  it('counts every request that reached a route, by SDK operation name', async () => {
    const target = await simulator();
    await call(target, 'GET', releasesPath);
    await call(target, 'GET', releasesPath, { token: null });
    await call(target, 'GET', `/autopilot/cam/v3/clusters/${DEMO_CLUSTERS.autopilot}/releases`);
    await call(target, 'GET', '/api/v3/projects/demo-project/clusters');
    await call(target, 'GET', '/no/such/route');
    await call(target, 'GET', '/__simulator/faults', { token: null });
    target.setFault({ type: 'error', operation: 'ListCharts', status: 500 });
    await call(target, 'GET', '/v2/charts');
    expect(target.stats()).toEqual({
      total: 5,
      operations: { ListReleases: 2, ListAutopilotReleases: 1, ListClusters: 1, ListCharts: 1 },
    });
    const overHttp = await call(target, 'GET', '/__simulator/stats', { token: null });
    expect(overHttp.status).toBe(200);
    expect(overHttp.json()).toEqual(target.stats());
  });

  it('resets programmatically and with DELETE /__simulator/stats', async () => {
    const target = await simulator();
    await call(target, 'GET', releasesPath);
    target.resetStats();
    expect(target.stats()).toEqual({ total: 0, operations: {} });
    await call(target, 'GET', releasesPath);
    const reset = await call(target, 'DELETE', '/__simulator/stats', { token: null });
    expect(reset.status).toBe(204);
    expect(target.stats()).toEqual({ total: 0, operations: {} });
  });
});

describe('fault control route', () => {
  it('sets faults with PUT (one or an array), lists them with GET, clears with DELETE', async () => {
    const target = await simulator();
    const put = await call(target, 'PUT', '/__simulator/faults', {
      token: null,
      body: [
        { type: 'throttle', operation: 'ListReleases', retryAfterSeconds: 1 },
        { type: 'latency', latencyMs: 5 },
      ],
    });
    expect(put.status).toBe(200);
    expect(put.json()).toEqual({
      faults: [
        { type: 'throttle', operation: 'ListReleases', retryAfterSeconds: 1 },
        { type: 'latency', latencyMs: 5 },
      ],
    });
    expect((await call(target, 'GET', releasesPath)).status).toBe(429);

    const clearOne = await call(target, 'DELETE', '/__simulator/faults?operation=ListReleases', {
      token: null,
    });
    expect(clearOne.status).toBe(204);
    expect((await call(target, 'GET', releasesPath)).status).toBe(200);
    const listed = await call(target, 'GET', '/__simulator/faults', { token: null });
    expect(listed.json()).toEqual({ faults: [{ type: 'latency', latencyMs: 5 }] });

    await call(target, 'PUT', '/__simulator/faults', { token: null, body: { type: 'reset' } });
    await call(target, 'DELETE', '/__simulator/faults', { token: null });
    expect((await call(target, 'GET', '/__simulator/faults', { token: null })).json()).toEqual({
      faults: [],
    });
  });

  it('answers 400 with a message for a bad fault and changes nothing', async () => {
    const target = await simulator();
    const put = (body: unknown, rawBody?: string) =>
      call(target, 'PUT', '/__simulator/faults', { token: null, body, rawBody });
    const unknownOperation = await put({ type: 'error', status: 500, operation: 'ListPods' });
    expect(unknownOperation.status).toBe(400);
    expect(unknownOperation.json<{ error: string }>().error).toMatch(
      /^Unknown operation ListPods; known operations: /,
    );
    const badShape = await put({ type: 'explode' });
    expect(badShape.status).toBe(400);
    expect(badShape.json<{ error: string }>().error).toMatch(/^Invalid fault/);
    const extraField = await put({ type: 'reset', sometimes: true });
    expect(extraField.status).toBe(400);
    expect((await put(undefined, 'not json')).status).toBe(400);
    expect((await call(target, 'GET', '/__simulator/faults', { token: null })).json()).toEqual({
      faults: [],
    });
  });

  it('answers 405 and 404 for other methods and paths', async () => {
    const target = await simulator();
    expect((await call(target, 'POST', '/__simulator/stats', { token: null })).status).toBe(405);
    expect((await call(target, 'POST', '/__simulator/faults', { token: null })).status).toBe(405);
    expect((await call(target, 'GET', '/__simulator/nothing', { token: null })).status).toBe(404);
  });
});

describe('loopback check of the control routes', () => {
  it('accepts 127.0.0.0/8 and ::1, also IPv4-mapped, and nothing else', () => {
    for (const address of ['127.0.0.1', '127.3.2.1', '::1', '::ffff:127.0.0.1']) {
      expect(isLoopback(address), address).toBe(true);
    }
    for (const address of ['10.0.0.5', '192.168.1.1', '::ffff:10.0.0.1', 'fe80::1', undefined]) {
      expect(isLoopback(address), String(address)).toBe(false);
    }
  });
});

describe('unknown routes', () => {
  it('answer 404 with the API gateway body and a request id', async () => {
    const target = await simulator();
    const result = await call(target, 'DELETE', '/v2/charts');
    expect(result.status).toBe(404);
    expect(result.json()).toEqual({
      error_code: 'APIG.0101',
      error_msg: 'The API does not exist or has not been published in the environment',
      request_id: result.headers['x-request-id'],
    });
  });
});

describe('reset control route', () => {
  const nginxPath = `/cce/cam/v3/clusters/${DEMO_CLUSTERS.production}/namespace/web/releases/nginx-web`;

  it('POST /__simulator/reset restores the demo data and drops pending transitions', async () => {
    const target = await simulator();
    expect((await call(target, 'DELETE', nginxPath)).status).toBeLessThan(300);
    const reset = await call(target, 'POST', '/__simulator/reset', { token: null });
    expect(reset.status).toBe(204);
    // The delete's pending removal would have removed the restored release after the transition.
    await new Promise((resolve) => setTimeout(resolve, TRANSITION_MS * 4));
    const restored = await call(target, 'GET', nginxPath);
    expect(restored.status).toBe(200);
    expect(restored.json()).toMatchObject({ status: 'DEPLOYED' });
    expect((await call(target, 'GET', '/__simulator/reset', { token: null })).status).toBe(405);
  });

  it('keeps faults and counters (they have their own DELETE)', async () => {
    const target = await simulator();
    target.setFault({ type: 'error', operation: 'ListCharts', status: 500 });
    await call(target, 'GET', releasesPath);
    target.reset();
    expect(target.stats().total).toBe(1);
    expect((await call(target, 'GET', '/v2/charts')).status).toBe(500);
  });
});
