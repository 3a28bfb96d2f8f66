/**
 * Scenario D: from process spawn to the first successful answer to scenario A's query, and the
 * resident memory once the process has answered and sat idle for a moment.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { send } from './equivalence.ts';
import { requestOf } from './load.ts';
import type { ChildServer, RssProbe } from './processes.ts';
import type { Target } from './scenarios.ts';

const POLL_MS = 5;
const IDLE_MS = 1_000;

/**
 * Polls `target` on `base()` until an answer passes its check; resolves with the time that took
 * since `since`. Connection refusals (not listening yet) are retried; the wait is bounded.
 */
export async function waitUntilAnswering(
  base: () => string,
  target: Target,
  options: { since: number; timeoutMs: number; alive: () => boolean },
): Promise<number> {
  const deadline = options.since + options.timeoutMs;
  const request = requestOf(target.request);
  let lastProblem = 'no answer';
  while (performance.now() < deadline) {
    if (!options.alive()) throw new Error('the process exited before it answered');
    if (base() !== '') {
      try {
        const { status, json } = await send(base(), request);
        if (status === 200 && target.verify(JSON.stringify(json))) {
          return performance.now() - options.since;
        }
        lastProblem = `HTTP ${status}: ${JSON.stringify(json).slice(0, 300)}`;
      } catch (error) {
        lastProblem = error instanceof Error ? error.message : String(error);
      }
    }
    await sleep(POLL_MS);
  }
  throw new Error(`no successful answer within ${options.timeoutMs} ms (last: ${lastProblem})`);
}

export interface ColdStart {
  readyMs: number;
  idleRssBytes: number;
}

/** Starts a fresh process with `start`, times it to its first answer, reads its idle RSS, stops it. */
export async function coldStart(
  start: () => ChildServer,
  target: Target,
  rss: RssProbe,
  timeoutMs: number,
): Promise<ColdStart> {
  const since = performance.now();
  const server = start();
  try {
    const readyMs = await waitUntilAnswering(() => server.url, target, {
      since,
      timeoutMs,
      alive: () => server.alive(),
    });
    await sleep(IDLE_MS);
    return { readyMs, idleRssBytes: rss.current(server.pid) };
  } catch (error) {
    throw new Error(`${server.name}: ${(error as Error).message}\n${server.outputTail()}`, {
      cause: error,
    });
  } finally {
    await server.stop();
  }
}
