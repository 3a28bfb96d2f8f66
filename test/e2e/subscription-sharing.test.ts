/**
 * Pollers are shared, counted and scoped: N subscribers of one caller to one release cost the
 * upstream reads of one, the reads stop when they all disconnect, and one caller's watchers never
 * see what another caller's poller or mutations learn.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_CHARTS, DEMO_CLUSTERS } from '../../src/simulator/demo-data.ts';
import { ISOLATION_TOKENS, SECOND_DEMO_TOKEN } from './callers.ts';
import { pollUntil, useStack } from './harness.ts';
import {
  changeRelease,
  createRelease,
  errorCodes,
  OTHER_CALLER,
  steadyStack,
  untilLive,
  watchRelease,
  type ReleaseData,
  type Subscriber,
} from '../live/subscribe.ts';

type Env = ReturnType<typeof useStack>;

function operations(env: Env): Record<string, number> {
  return env.stack.simulator.stats().operations;
}

/** Waits (bounded) until the simulator has answered `operation` `more` more times than `from`. */
async function untilMoreCalls(
  env: Env,
  operation: string,
  from: number,
  more: number,
): Promise<number> {
  return pollUntil(
    () => Promise.resolve(operations(env)[operation] ?? 0),
    (count) => count >= from + more,
    { attempts: 200, intervalMs: 25 },
  );
}

describe('shared polling', () => {
  // Pending states that outlast the test; every poller reads every 100 ms, like a clock.
  const env = useStack(steadyStack(100));

  it('reads a release once per cycle for N subscribers, and stops reading when they all disconnect', async () => {
    const shared = { clusterId: DEMO_CLUSTERS.production, namespace: 'live', name: 'shared' };
    // A second release in the other API family, with one watcher: its reads are the yardstick.
    const yardstick = { clusterId: DEMO_CLUSTERS.autopilot, namespace: 'live', name: 'yardstick' };
    await createRelease(env.client, shared, DEMO_CHARTS.nginx);
    await createRelease(env.client, yardstick, DEMO_CHARTS.autopilotNginx);

    const watchers: Array<Subscriber<ReleaseData>> = [];
    for (let index = 0; index < 5; index += 1) {
      const watcher = watchRelease(env.stack, shared);
      expect((await watcher.next()).data?.releaseStatus.status).toBe('PENDING_INSTALL');
      watchers.push(watcher);
    }
    const clock = watchRelease(env.stack, yardstick);
    expect((await clock.next()).data?.releaseStatus.status).toBe('PENDING_INSTALL');
    expect(env.stack.gateway.live.stats()).toEqual({ subscriptions: 6, pollers: 2 });

    // Over the same stretch of time both pollers read about equally often: five watchers of one
    // release cost what one watcher of the other costs (unshared, they would cost five times).
    const before = operations(env);
    const clockBefore = before['ShowAutopilotRelease'] ?? 0;
    const clockAfter = await untilMoreCalls(env, 'ShowAutopilotRelease', clockBefore, 10);
    const sharedReads = (operations(env)['ShowRelease'] ?? 0) - (before['ShowRelease'] ?? 0);
    const clockReads = clockAfter - clockBefore;
    expect(sharedReads).toBeGreaterThanOrEqual(clockReads - 2);
    expect(sharedReads).toBeLessThanOrEqual(clockReads + 2);

    for (const watcher of watchers) await watcher.close();
    await untilLive(env.stack, { subscriptions: 1, pollers: 1 });
    // While the yardstick goes on being read, the shared release is not read any more.
    const stopped = operations(env)['ShowRelease'] ?? 0;
    await untilMoreCalls(
      env,
      'ShowAutopilotRelease',
      operations(env)['ShowAutopilotRelease'] ?? 0,
      5,
    );
    expect(operations(env)['ShowRelease'] ?? 0).toBe(stopped);

    await clock.close();
    await untilLive(env.stack, { subscriptions: 0, pollers: 0 });
    const total = env.stack.simulator.stats().total;
    await new Promise((resolve) => setTimeout(resolve, 500)); // five poll periods
    expect(env.stack.simulator.stats().total).toBe(total);
  });
});

describe('isolation between callers', () => {
  // Two tokens of demo-project (two callers who may both see its releases) and one of another
  // project. Polls are rare, so anything a watcher sees after its first state was pushed.
  const env = useStack(
    steadyStack(60_000, {
      simulator: {
        tokens: ISOLATION_TOKENS,
      },
    }),
  );

  it("never gives one caller another caller's object, poller or change", async () => {
    const key = { clusterId: DEMO_CLUSTERS.production, namespace: 'live', name: 'isolated' };
    await createRelease(env.client, key, DEMO_CHARTS.nginx);

    const mine = watchRelease(env.stack, key);
    const colleague = watchRelease(env.stack, key, {
      'X-Auth-Token': SECOND_DEMO_TOKEN,
    });
    expect((await mine.next()).data?.releaseStatus.status).toBe('PENDING_INSTALL');
    expect((await colleague.next()).data?.releaseStatus.status).toBe('PENDING_INSTALL');
    // Same object, two credential scopes: two pollers.
    expect(env.stack.gateway.live.stats()).toEqual({ subscriptions: 2, pollers: 2 });

    // Another project's caller asking for the same key gets no object, though a poller of it runs.
    const stranger = watchRelease(env.stack, key, OTHER_CALLER);
    const strangerResults = await stranger.rest();
    expect(strangerResults.map((result) => result.data ?? null)).toEqual([null]);
    expect(strangerResults.map(errorCodes)).toEqual([['NOT_FOUND']]);

    // My delete reaches my watcher at once (no read: the next one is a minute away) …
    const shows = operations(env)['ShowRelease'] ?? 0;
    expect((await changeRelease(env.client, 'releaseDelete', key))?.status).toBe('DELETING');
    expect((await mine.next()).data?.releaseStatus.status).toBe('DELETING');
    // … (the mutation's own lookup is its only read) and never my colleague's watcher.
    expect(operations(env)['ShowRelease'] ?? 0).toBeLessThanOrEqual(shows + 1);
    const colleagueNext = colleague.next();
    const quiet = await Promise.race([
      colleagueNext.then(() => 'received'),
      new Promise((resolve) => setTimeout(() => resolve('quiet'), 300)),
    ]);
    expect(quiet).toBe('quiet');

    await mine.close();
    await colleague.close();
    await colleagueNext.catch(() => undefined);
    await untilLive(env.stack, { subscriptions: 0, pollers: 0 });
  });
});
