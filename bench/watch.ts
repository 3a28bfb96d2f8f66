/**
 * A watched release (issue 16): N subscribers of one caller watch the same release over
 * Server-Sent Events while it is upgraded through the gateway, one upgrade after the other, each
 * waited for until every subscriber has seen it settle (DEPLOYED at the new revision). The
 * gateway's CPU per upgrade includes the mutation, the shared poller's reads and the events sent;
 * what one more subscriber costs per event is the difference between the largest and the smallest
 * N, over the difference in events delivered.
 */
import { request } from 'undici';
import { cpuSeconds, type ChildServer } from './processes.ts';
import { JSON_HEADERS, LOOKUP, UPGRADE_VALUES, upgradeRequest } from './scenarios.ts';
import { send } from './equivalence.ts';

const WATCH = `subscription Watch($clusterId: ID!, $namespace: String!, $name: String!) {
  releaseStatus(clusterId: $clusterId, namespace: $namespace, name: $name) { status revision }
}`;
/** One upgrade must have reached every subscriber by then, or the run fails. */
const SETTLE_TIMEOUT_MS = 15_000;

export interface WatchResult {
  subscribers: number;
  upgrades: number;
  /** `next` events received over all subscribers during the counted upgrades. */
  events: number;
  cpuMsPerUpgrade: number | null;
}

interface Subscriber {
  events: number;
  last: string;
  close(): void;
}

/** Opens one SSE subscription and counts its `next` events, keeping the last one's data. */
async function subscribe(gateway: string): Promise<Subscriber> {
  const abort = new AbortController();
  const response = await request(`${gateway}/graphql`, {
    method: 'POST',
    headers: { ...JSON_HEADERS, accept: 'text/event-stream' },
    body: JSON.stringify({ query: WATCH, variables: LOOKUP }),
    signal: abort.signal,
  });
  if (response.statusCode !== 200) {
    throw new Error(`subscription: HTTP ${response.statusCode} ${await response.body.text()}`);
  }
  const subscriber: Subscriber = { events: 0, last: '', close: () => abort.abort() };
  let buffered = '';
  response.body.setEncoding('utf8');
  response.body.on('data', (chunk: string) => {
    buffered += chunk;
    let end: number;
    while ((end = buffered.indexOf('\n\n')) !== -1) {
      const message = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      if (!message.startsWith('event: next\n')) continue;
      subscriber.events++;
      subscriber.last = message;
    }
  });
  // Aborted at the end of the run: the stream's error is that abort.
  response.body.on('error', () => {});
  return subscriber;
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = performance.now() + SETTLE_TIMEOUT_MS;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`watch: timed out waiting for ${what}`);
    await new Promise((wake) => setTimeout(wake, 2));
  }
}

/** Upgrades the watched release once; resolves when every subscriber has seen it settle. */
async function upgradeAndSettle(gateway: string, subscribers: Subscriber[]): Promise<void> {
  const { status, json } = await send(
    gateway,
    upgradeRequest('gateway', { ...LOOKUP, values: UPGRADE_VALUES }),
  );
  const revision = (
    json as { data?: { releaseUpgrade?: { release?: { revision?: number } } } } | null
  )?.data?.releaseUpgrade?.release?.revision;
  if (status !== 200 || revision === undefined) {
    throw new Error(`watch: upgrade answered ${status} ${JSON.stringify(json).slice(0, 300)}`);
  }
  const settled = `{"status":"DEPLOYED","revision":${revision}}`;
  await until(
    () => subscribers.every((each) => each.last.includes(settled)),
    `revision ${revision} to settle`,
  );
}

export async function measureWatch(
  gateway: ChildServer,
  subscriberCounts: readonly number[],
  upgrades: number,
): Promise<WatchResult[]> {
  const results: WatchResult[] = [];
  for (const count of subscriberCounts) {
    const subscribers = await Promise.all(
      Array.from({ length: count }, () => subscribe(gateway.url)),
    );
    try {
      await until(() => subscribers.every((each) => each.events > 0), 'the first events');
      // One upgrade uncounted: the poller and every stream are in their steady state.
      await upgradeAndSettle(gateway.url, subscribers);
      const eventsBefore = subscribers.reduce((sum, each) => sum + each.events, 0);
      const cpuBefore = cpuSeconds(gateway.pid);
      for (let index = 0; index < upgrades; index++) {
        await upgradeAndSettle(gateway.url, subscribers);
      }
      const cpuAfter = cpuSeconds(gateway.pid);
      results.push({
        subscribers: count,
        upgrades,
        events: subscribers.reduce((sum, each) => sum + each.events, 0) - eventsBefore,
        cpuMsPerUpgrade:
          cpuBefore === null || cpuAfter === null
            ? null
            : ((cpuAfter - cpuBefore) * 1000) / upgrades,
      });
    } finally {
      for (const each of subscribers) each.close();
    }
  }
  return results;
}
