/**
 * The simulator runs in its own process; the benchmark reads its call counts and sets its
 * latency through its loopback control routes (`/__simulator/stats`, `/__simulator/faults`).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { request } from 'undici';
import type { StatsSnapshot as CallCounts } from '../src/simulator/index.ts';

async function call(base: string, method: 'GET' | 'PUT' | 'DELETE', path: string, body?: unknown) {
  const response = await request(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.body.text();
  if (response.statusCode >= 300) {
    throw new Error(`simulator ${method} ${path}: ${response.statusCode} ${text}`);
  }
  return text;
}

export async function readCounts(base: string): Promise<CallCounts> {
  return JSON.parse(await call(base, 'GET', '/__simulator/stats')) as CallCounts;
}

/**
 * The counts once the simulator has had no call for a moment: requests a time-bounded warm-up
 * left in flight finish their upstream calls first.
 */
export async function settledCounts(
  base: string,
  quietMs: number,
  maxWaitMs = 10_000,
): Promise<CallCounts> {
  const deadline = performance.now() + maxWaitMs;
  let last = await readCounts(base);
  for (;;) {
    await sleep(quietMs);
    const next = await readCounts(base);
    if (next.total === last.total || performance.now() > deadline) return next;
    last = next;
  }
}

/** Calls per operation between two snapshots. */
export function countsBetween(before: CallCounts, after: CallCounts): Record<string, number> {
  const delta: Record<string, number> = {};
  for (const [operation, count] of Object.entries(after.operations)) {
    const added = count - (before.operations[operation] ?? 0);
    if (added !== 0) delta[operation] = added;
  }
  return delta;
}

/** Every CCE route answers `latencyMs` later (0: no added latency). */
export async function setLatency(base: string, latencyMs: number): Promise<void> {
  await call(base, 'DELETE', '/__simulator/faults');
  if (latencyMs > 0) await call(base, 'PUT', '/__simulator/faults', { type: 'latency', latencyMs });
}
