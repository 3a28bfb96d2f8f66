/**
 * SIGTERM under load, against `node src/main.ts` (embedded simulator) in a child process: 200
 * requests, 10 at a time, with the signal sent once a quarter of them have completed. No request
 * is lost mid-flight: each one either completed with 200 and its data, or failed to connect and
 * was never seen by the gateway (no access log line). The process exits 0.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_TOKEN } from '../../src/simulator/demo-data.ts';
import { spawnGateway, type GatewayProcess } from '../support/process.ts';

const TOTAL = 200;
const CONCURRENCY = 10;
const SIGNAL_AFTER = 50;
/** Per request; the whole run is bounded by TOTAL × this, and in practice takes about a second. */
const REQUEST_TIMEOUT_MS = 10_000;

type Outcome =
  | { kind: 'completed'; status: number; clusters: number; errors: unknown }
  | { kind: 'failed'; code: string };

const running: GatewayProcess[] = [];
afterEach(() => {
  for (const gateway of running.splice(0)) {
    if (gateway.child.exitCode === null && gateway.child.signalCode === null)
      gateway.child.kill('SIGKILL');
  }
});

/** The error code behind a failed fetch (undici wraps the socket error as `cause`). */
function failureCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  if (typeof cause?.code === 'string') return cause.code;
  return error instanceof Error ? error.name : String(error);
}

async function send(url: string, requestId: string): Promise<Outcome> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'X-Auth-Token': DEMO_TOKEN,
        'X-Request-Id': requestId,
      },
      body: JSON.stringify({ query: 'query Load { clusters { id } }' }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body = (await response.json()) as { data?: { clusters?: unknown[] }; errors?: unknown };
    return {
      kind: 'completed',
      status: response.status,
      clusters: body.data?.clusters?.length ?? 0,
      errors: body.errors,
    };
  } catch (error) {
    return { kind: 'failed', code: failureCode(error) };
  }
}

describe('SIGTERM under load', () => {
  it('loses no in-flight request, and exits 0', async () => {
    const gateway = spawnGateway({
      PORT: '0',
      LOG_LEVEL: 'info',
      SHUTDOWN_GRACE_MS: '10000',
      SHUTDOWN_DELAY_MS: '0',
      // Every request goes upstream (no cached answers), so each is in flight for a while.
      RESPONSE_CACHE_TTL_MS: '0',
    });
    running.push(gateway);
    const start = await gateway.waitForLog(
      (line) => typeof line['port'] === 'number' && typeof line['url'] === 'string',
    );
    const url = String(start['url']);
    const fault = await fetch(`${String(start['endpoint'])}/__simulator/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operation: 'ListClusters', type: 'latency', latencyMs: 40 }),
    });
    expect(fault.ok).toBe(true);

    const outcomes = new Map<string, Outcome>();
    /** Requests under way, with when they were sent. */
    const inFlight = new Map<string, number>();
    let inFlightAtSignal: string[] = [];
    let next = 0;
    let completed = 0;
    const worker = async () => {
      while (next < TOTAL) {
        const requestId = `load-${String(next++).padStart(3, '0')}`;
        inFlight.set(requestId, performance.now());
        const outcome = await send(url, requestId);
        inFlight.delete(requestId);
        outcomes.set(requestId, outcome);
        if (outcome.kind === 'completed' && ++completed === SIGNAL_AFTER) {
          // Requests sent at least a few ms earlier have surely reached the gateway (each waits
          // 40 ms upstream); those sent just now may meet a socket the stop is closing.
          const now = performance.now();
          inFlightAtSignal = [...inFlight]
            .filter(([, sentAt]) => now - sentAt >= 5)
            .map(([id]) => id);
          gateway.child.kill('SIGTERM');
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(await gateway.exited).toBe(0);

    expect(outcomes.size).toBe(TOTAL);
    const handled = new Set(
      gateway.logs.filter((line) => line['msg'] === 'request').map((line) => line['requestId']),
    );
    for (const [requestId, outcome] of outcomes) {
      if (outcome.kind === 'completed') {
        // Every answer is whole: 200, the data, no errors.
        expect({ requestId, ...outcome }).toMatchObject({ status: 200, errors: undefined });
        expect(outcome.clusters).toBeGreaterThan(0);
      } else {
        // Refused or cut before the gateway read it: it never reached the gateway.
        expect(
          handled.has(requestId),
          `${requestId} failed (${outcome.code}) after the gateway handled it`,
        ).toBe(false);
      }
    }
    // Whatever the gateway handled, the client received.
    for (const requestId of handled) {
      expect(outcomes.get(String(requestId))?.kind).toBe('completed');
    }
    // The signal really came under load, and every request under way then completed.
    expect(inFlightAtSignal.length).toBeGreaterThan(0);
    for (const requestId of inFlightAtSignal) {
      expect(outcomes.get(requestId), requestId).toMatchObject({ kind: 'completed', status: 200 });
    }
    // And the gateway stopped accepting: later requests were refused, not answered.
    expect([...outcomes.values()].some((outcome) => outcome.kind === 'failed')).toBe(true);
    expect(gateway.logs.map((line) => line['msg'])).toContain('stopped');
    expect(gateway.logs.filter((line) => Number(line['level']) >= 50)).toEqual([]);
  });
});
