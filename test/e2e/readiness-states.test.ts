/**
 * `/readiness` of the real gateway: ready with CCE reachable, 503 with a JSON reason while CCE is
 * down (while `/health`, the liveness check, stays 200), and 503 from the first moment of a stop,
 * while requests are still being served.
 */
import { describe, expect, it } from 'vitest';
import { gql, startStack, type Stack } from '../support/stack.ts';

async function readiness(stack: Stack): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${stack.baseUrl}/readiness`);
  expect(response.headers.get('content-type')).toContain('application/json');
  expect(response.headers.get('cache-control')).toBe('no-store');
  return { status: response.status, body: await response.json() };
}

/** Closes a stack whose simulator a test has stopped already. */
async function closeAfterSimulator(stack: Stack): Promise<void> {
  await stack.close().catch((error: unknown) => {
    expect((error as { code?: string }).code).toBe('ERR_SERVER_NOT_RUNNING');
  });
}

describe('/readiness', () => {
  it('is 200 while CCE is reachable, 503 once it is not, and /health stays 200', async () => {
    const stack = await startStack({ gateway: { readiness: { probeCacheMs: 0 } } });
    try {
      expect(await readiness(stack)).toEqual({ status: 200, body: { status: 'ready' } });
      await stack.simulator.close();
      expect(await readiness(stack)).toEqual({
        status: 503,
        body: { status: 'not ready', reason: 'upstream-unreachable', detail: 'ECONNREFUSED' },
      });
      expect((await fetch(`${stack.baseUrl}/health`)).status).toBe(200);
    } finally {
      await closeAfterSimulator(stack);
    }
  });

  it('answers from its last probe for the cache time', async () => {
    const stack = await startStack({ gateway: { readiness: { probeCacheMs: 60_000 } } });
    try {
      expect((await readiness(stack)).status).toBe(200);
      await stack.simulator.close();
      expect((await readiness(stack)).status).toBe(200);
    } finally {
      await closeAfterSimulator(stack);
    }
  });

  it('is 503 (draining) as soon as the server begins to stop, while requests are still served', async () => {
    const stack = await startStack({ gateway: { server: { shutdownDelayMs: 1_000 } } });
    expect((await readiness(stack)).status).toBe(200);
    const closing = stack.close();
    try {
      expect(await readiness(stack)).toEqual({
        status: 503,
        body: { status: 'not ready', reason: 'draining' },
      });
      const stillServed = await gql(stack, '{ clusters { id } }');
      expect(stillServed.status).toBe(200);
      expect(stillServed.errors).toBeUndefined();
    } finally {
      await closing;
    }
    await expect(fetch(`${stack.baseUrl}/readiness`)).rejects.toThrow();
  });
});
