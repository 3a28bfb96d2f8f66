/**
 * The readiness probe against small HTTP servers on loopback: what counts as reachable, timeouts,
 * the verdict cache, shared probes, draining, and the shared Redis.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createReadiness, type Readiness } from '../../src/server/readiness.ts';

interface Upstream {
  url: string;
  /** Requests received so far: method, path, and whether credentials came along. */
  requests: Array<{ method: string; path: string; headers: string[] }>;
  server: Server;
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** An upstream answering every request with `status`, or never answering when `status` is null. */
async function startUpstream(status: number | null): Promise<Upstream> {
  const requests: Upstream['requests'] = [];
  const server = createServer((request, response) => {
    requests.push({
      method: request.method ?? '',
      path: request.url ?? '',
      headers: Object.keys(request.headers),
    });
    if (status !== null) response.writeHead(status, { 'content-type': 'text/plain' }).end('x');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  cleanups.push(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return { url: `http://127.0.0.1:${port}`, requests, server };
}

function readiness(
  endpoint: string,
  options: { cacheMs?: number; timeoutMs?: number; redisReady?: () => boolean } = {},
) {
  const probe: Readiness = createReadiness({
    endpoint,
    probeTimeoutMs: options.timeoutMs ?? 1_000,
    probeCacheMs: options.cacheMs ?? 0,
    ...(options.redisReady ? { redisReady: options.redisReady } : {}),
  });
  cleanups.push(() => probe.close());
  return probe;
}

describe('readiness probe', () => {
  it('is ready when CCE answers below 500, probing the root of the endpoint without credentials', async () => {
    const upstream = await startUpstream(404);
    const probe = readiness(`${upstream.url}/cce-prefix/`);
    expect(await probe.check()).toEqual({ ready: true });
    expect(upstream.requests).toHaveLength(1);
    expect(upstream.requests[0]).toMatchObject({ method: 'GET', path: '/cce-prefix/' });
    expect(upstream.requests[0]?.headers).not.toContain('x-auth-token');
    expect(upstream.requests[0]?.headers).not.toContain('authorization');
  });

  it('is not ready when CCE answers 5xx', async () => {
    const upstream = await startUpstream(503);
    expect(await readiness(upstream.url).check()).toEqual({
      ready: false,
      reason: 'upstream-failing',
      detail: 'HTTP 503',
    });
  });

  it('is not ready when nothing listens at the endpoint', async () => {
    const upstream = await startUpstream(200);
    upstream.server.close();
    await once(upstream.server, 'close');
    expect(await readiness(upstream.url).check()).toEqual({
      ready: false,
      reason: 'upstream-unreachable',
      detail: 'ECONNREFUSED',
    });
  });

  it('is not ready when CCE does not answer within the timeout', async () => {
    const upstream = await startUpstream(null);
    const verdict = await readiness(upstream.url, { timeoutMs: 100 }).check();
    expect(verdict).toMatchObject({ ready: false, reason: 'upstream-unreachable' });
  });

  it('reuses a verdict for the cache time, and shares one probe among concurrent checks', async () => {
    const upstream = await startUpstream(401);
    const probe = readiness(upstream.url, { cacheMs: 60_000 });
    const verdicts = await Promise.all([probe.check(), probe.check(), probe.check()]);
    expect(verdicts).toEqual([{ ready: true }, { ready: true }, { ready: true }]);
    expect(await probe.check()).toEqual({ ready: true });
    expect(upstream.requests).toHaveLength(1);
  });

  it('probes again on every check with a cache time of 0', async () => {
    const upstream = await startUpstream(200);
    const probe = readiness(upstream.url, { cacheMs: 0 });
    await probe.check();
    await probe.check();
    expect(upstream.requests).toHaveLength(2);
  });

  it('is not ready once draining has begun, without probing', async () => {
    const upstream = await startUpstream(200);
    const probe = readiness(upstream.url);
    await probe.beginDraining(0);
    expect(await probe.check()).toEqual({ ready: false, reason: 'draining' });
    expect(upstream.requests).toHaveLength(0);
  });

  it('is not ready while the shared Redis is away, and ready again once it answers', async () => {
    const upstream = await startUpstream(200);
    let redisUp = false;
    const probe = readiness(upstream.url, { redisReady: () => redisUp });
    expect(await probe.check()).toEqual({ ready: false, reason: 'redis-unavailable' });
    redisUp = true;
    expect(await probe.check()).toEqual({ ready: true });
  });
});
