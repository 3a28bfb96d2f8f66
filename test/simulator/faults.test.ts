/** Fault injection: every mode, `times`, per-operation over global, after auth, no state change. */
import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { DEMO_CHARTS, DEMO_CLUSTERS } from '../../src/simulator/demo-data.ts';
import type { Simulator } from '../../src/simulator/index.ts';
import { call, cceError, simulator, type ReleaseResp } from './helpers.ts';

const releasesPath = `/cce/cam/v3/clusters/${DEMO_CLUSTERS.production}/releases`;
const chartsPath = '/v2/charts';

/** Resolves once the simulator has counted `count` requests of `operation` (at most 2 s). */
async function counted(target: Simulator, operation: string, count: number): Promise<void> {
  const deadline = Date.now() + 2000;
  while ((target.stats().operations[operation] ?? 0) < count) {
    if (Date.now() > deadline) throw new Error(`${operation} was not counted ${count} times`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

describe('fault modes', () => {
  it('latency delays the normal answer of its operation only', async () => {
    const target = await simulator();
    target.setFault({ type: 'latency', operation: 'ListCharts', latencyMs: 300 });
    let slowDone = false;
    const slow = call(target, 'GET', chartsPath).then((result) => {
      slowDone = true;
      return result;
    });
    await counted(target, 'ListCharts', 1);
    const fast = await call(target, 'GET', releasesPath);
    expect(fast.status).toBe(200);
    expect(slowDone).toBe(false);
    const delayed = await slow;
    expect(delayed.status).toBe(200);
    expect(delayed.json<unknown[]>().length).toBeGreaterThan(0);
  });

  it('error answers with the status and a CCE body: documented defaults or the given code and message', async () => {
    const target = await simulator();
    target.setFault({ type: 'error', operation: 'ListReleases', status: 503 });
    const defaulted = await call(target, 'GET', releasesPath);
    expect(defaulted.status).toBe(503);
    expect(cceError(defaulted)).toEqual({
      errorCode: 'CCE.02500001',
      errorMessage: 'Internal error.',
    });
    expect(defaulted.headers['x-request-id']).toBeDefined();
    target.setFault({
      type: 'error',
      operation: 'ListReleases',
      status: 500,
      code: 'CCE.02500001',
      message: 'boom',
    });
    expect(cceError(await call(target, 'GET', releasesPath))).toEqual({
      errorCode: 'CCE.02500001',
      errorMessage: 'boom',
    });
  });

  it('error on a write changes nothing', async () => {
    const target = await simulator();
    target.setFault({ type: 'error', operation: 'CreateRelease', status: 500 });
    const body = {
      chart_id: DEMO_CHARTS.nginx,
      name: 'faulted',
      namespace: 'apps',
      version: '1.2.0',
      values: {},
    };
    expect((await call(target, 'POST', releasesPath, { body })).status).toBe(500);
    target.clearFaults();
    const names = (await call(target, 'GET', releasesPath))
      .json<ReleaseResp[]>()
      .map((r) => r.name);
    expect(names).not.toContain('faulted');
    expect((await call(target, 'POST', releasesPath, { body })).status).toBe(201);
  });

  it('throttle answers 429 with CCE.02429001 or the gateway APIG.0308 body, and Retry-After', async () => {
    const target = await simulator();
    target.setFault({ type: 'throttle', operation: 'ListReleases', retryAfterSeconds: 2 });
    const cce = await call(target, 'GET', releasesPath);
    expect(cce.status).toBe(429);
    expect(cce.headers['retry-after']).toBe('2');
    expect(cceError(cce)).toEqual({
      errorCode: 'CCE.02429001',
      errorMessage: 'The throttling threshold has been reached.',
    });
    target.setFault({ type: 'throttle', operation: 'ListReleases', code: 'APIG.0308' });
    const gateway = await call(target, 'GET', releasesPath);
    expect(gateway.status).toBe(429);
    expect(gateway.headers['retry-after']).toBeUndefined();
    const body = gateway.json<{ error_code: string; error_msg: string; request_id: string }>();
    expect(body.error_code).toBe('APIG.0308');
    expect(body.error_msg).toMatch(
      /^The throttling threshold has been reached: policy user over ratelimit/,
    );
    expect(body.request_id).toBe(gateway.headers['x-request-id']);
  });

  it('reset drops the connection without an answer', async () => {
    const target = await simulator();
    target.setFault({ type: 'reset', operation: 'ListCharts' });
    await expect(call(target, 'GET', chartsPath)).rejects.toThrow();
    target.clearFaults();
    expect((await call(target, 'GET', chartsPath)).status).toBe(200);
  });

  it('malformed answers 200 with a JSON content type and a body that does not parse', async () => {
    const target = await simulator();
    target.setFault({ type: 'malformed', operation: 'ListCharts' });
    const result = await call(target, 'GET', chartsPath);
    expect(result.status).toBe(200);
    expect(result.headers['content-type']).toBe('application/json');
    expect(() => result.json()).toThrow(SyntaxError);
  });

  it('hang never answers; close() ends the connection', async () => {
    const target = await simulator();
    target.setFault({ type: 'hang', operation: 'ListCharts' });
    const hanging = call(target, 'GET', chartsPath);
    await counted(target, 'ListCharts', 1);
    await target.close();
    await expect(hanging).rejects.toThrow();
  });

  it('hang: the client may give up, and later requests are answered again', async () => {
    const target = await simulator();
    target.setFault({ type: 'hang', operation: 'ListCharts', times: 1 });
    const controller = new AbortController();
    const hanging = request(`${target.url}${chartsPath}`, {
      headers: { 'x-auth-token': 'demo-token' },
      signal: controller.signal,
    });
    await counted(target, 'ListCharts', 1);
    controller.abort();
    await expect(hanging).rejects.toThrow();
    expect((await call(target, 'GET', chartsPath)).status).toBe(200);
  });

  it('latencyMs also delays another fault’s effect', async () => {
    const target = await simulator();
    target.setFault({ type: 'error', operation: 'ListCharts', status: 502, latencyMs: 50 });
    expect((await call(target, 'GET', chartsPath)).status).toBe(502);
  });
});

describe('latency of a write: before it is handled, or after (the answer only)', () => {
  const body = {
    chart_id: DEMO_CHARTS.nginx,
    name: 'late',
    namespace: 'apps',
    version: '1.2.0',
    values: {},
  };

  async function releaseNames(target: Simulator): Promise<string[]> {
    return (await call(target, 'GET', releasesPath)).json<ReleaseResp[]>().map((r) => r.name);
  }

  it('delay "request" (set over HTTP): the write lands after the delay, counted once', async () => {
    const target = await simulator();
    const fault = { type: 'latency', operation: 'CreateRelease', latencyMs: 300, delay: 'request' };
    expect(
      (await call(target, 'PUT', '/__simulator/faults', { token: null, body: fault })).status,
    ).toBe(200);
    const pending = call(target, 'POST', releasesPath, { body });
    await counted(target, 'CreateRelease', 1);
    expect(await releaseNames(target)).not.toContain('late');
    expect((await pending).status).toBe(201);
    expect(await releaseNames(target)).toContain('late');
    expect(target.stats().operations.CreateRelease).toBe(1);
  });

  it('delay "answer": the write lands at once and only its answer waits, counted once', async () => {
    const target = await simulator();
    target.setFault({
      type: 'latency',
      operation: 'CreateRelease',
      latencyMs: 300,
      delay: 'answer',
    });
    let answered = false;
    const pending = call(target, 'POST', releasesPath, { body }).then((result) => {
      answered = true;
      return result;
    });
    await counted(target, 'CreateRelease', 1);
    // Polled, not timed: the release shows up while the client still waits for its answer.
    const deadline = Date.now() + 2_000;
    while (!(await releaseNames(target)).includes('late') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(await releaseNames(target)).toContain('late');
    expect(answered).toBe(false);
    const answer = await pending;
    expect(answer.status).toBe(201);
    expect(answer.json()).toMatchObject({ name: 'late' });
    expect(target.stats().operations.CreateRelease).toBe(1);
  });

  it('refuses an unknown delay', async () => {
    const target = await simulator();
    expect(() =>
      target.setFault({ type: 'latency', latencyMs: 5, delay: 'response' } as never),
    ).toThrow(/Invalid fault/);
  });
});

describe('fault scope', () => {
  it('times applies a fault N times, then removes it', async () => {
    const target = await simulator();
    target.setFault({ type: 'error', operation: 'ListCharts', status: 500, times: 2 });
    expect((await call(target, 'GET', chartsPath)).status).toBe(500);
    const remaining = await call(target, 'GET', '/__simulator/faults', { token: null });
    expect(remaining.json()).toEqual({
      faults: [{ type: 'error', operation: 'ListCharts', status: 500, times: 1 }],
    });
    expect((await call(target, 'GET', chartsPath)).status).toBe(500);
    expect((await call(target, 'GET', chartsPath)).status).toBe(200);
    expect(target.stats().operations.ListCharts).toBe(3);
  });

  it('a global fault hits every operation; an operation’s own fault wins over it', async () => {
    const target = await simulator();
    target.setFault({ type: 'error', status: 503 });
    target.setFault({ type: 'latency', operation: 'ListCharts', latencyMs: 1 });
    expect((await call(target, 'GET', releasesPath)).status).toBe(503);
    expect((await call(target, 'GET', '/api/v3/projects/demo-project/clusters')).status).toBe(503);
    expect((await call(target, 'GET', chartsPath)).status).toBe(200);
  });

  it('applies after authentication: an unauthenticated request gets 401, not the fault', async () => {
    const target = await simulator();
    target.setFault({ type: 'error', status: 500 });
    expect((await call(target, 'GET', chartsPath, { token: null })).status).toBe(401);
  });

  it('setFault refuses unknown operations and invalid shapes', async () => {
    const target = await simulator();
    expect(() => target.setFault({ type: 'error', operation: 'ListPods', status: 500 })).toThrow(
      /Unknown operation ListPods/,
    );
    expect(() => target.setFault({ type: 'error', status: 200 })).toThrow(/Invalid fault/);
    expect(() => target.setFault({ type: 'latency', latencyMs: 0 })).toThrow(/Invalid fault/);
    expect(() => target.setFault({ type: 'reset', times: 0 })).toThrow(/Invalid fault/);
  });
});
