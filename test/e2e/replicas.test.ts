/**
 * Several replicas sharing one Redis (REDIS_URL): three real gateways, one simulator and a real
 * redis-server on loopback. A mutation through one replica reaches watchers on another without a
 * read of CCE; however many replicas have watchers of an object, one of them reads CCE for it and
 * the others follow; when that one stops, another takes over and every watcher still settles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CHARTS, DEMO_CLUSTERS, DEMO_RELEASES } from '../../src/simulator/demo-data.ts';
import { startRedisServer, type RedisServer } from '../support/redis.ts';
import { releaseReads, startReplicas, type Replica, type Replicas } from '../support/replicas.ts';
import {
  changeRelease,
  createRelease,
  RELEASE_STATUS,
  releaseStatuses,
  RELEASE_WATCH,
  subscribe,
  type ReleaseData,
  type ReleaseKey,
  type Subscriber,
} from '../live/subscribe.ts';
import { createClient } from './harness.ts';

let redis: RedisServer;

beforeAll(async () => {
  redis = await startRedisServer();
});

afterAll(async () => {
  await redis?.stop();
});

describe('replicas sharing Redis', () => {
  let stack: Replicas;
  let a: Replica;
  let c: Replica;

  beforeAll(async () => {
    stack = await startReplicas({
      count: 3,
      redisUrl: redis.url,
      // Reads far apart: whatever a watcher sees before them came through the bus.
      // The per-caller limit counts on all replicas together: room for the 30 watchers of one caller.
      env: {
        SUBSCRIPTIONS_POLL_INITIAL_MS: '400',
        SUBSCRIPTIONS_POLL_MAX_MS: '400',
        SUBSCRIPTIONS_MAX_PER_CALLER: '40',
      },
      simulator: { transitionDelayMs: 1_500 },
    });
    [a, , c] = stack.replicas as [Replica, Replica, Replica];
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('pushes a mutation through replica A to a watcher on replica C, with no read of CCE in between', async () => {
    const key = DEMO_RELEASES.nginxWeb;
    const watcher = subscribe<ReleaseData>(c, RELEASE_WATCH, key);
    try {
      const first = await watcher.next();
      expect(first.data?.releaseStatus.status).toBe('DEPLOYED');
      // C reads CCE for its watcher; A's upgrade reads the release itself (to merge the values).
      const readsBefore = await releaseReads(c);

      await changeRelease(createClient(a), 'releaseUpgrade', {
        ...key,
        values: { replicaCount: 2 },
      });
      const pushed = await watcher.next();
      expect(pushed.data?.releaseStatus).toMatchObject({
        status: 'PENDING_UPGRADE',
        revision: (first.data?.releaseStatus.revision ?? 0) + 1,
      });
      expect(await releaseReads(c)).toBe(readsBefore);
      expect((await watcher.next()).data?.releaseStatus.status).toBe('DEPLOYED');
    } finally {
      await watcher.close();
    }
  });

  it('has one replica read CCE for 30 watchers spread over three replicas; every watcher settles', async () => {
    const key: ReleaseKey = {
      clusterId: DEMO_CLUSTERS.production,
      namespace: 'replicas',
      name: 'shared-poller',
    };
    const before = await Promise.all(stack.replicas.map(releaseReads));
    await createRelease(createClient(a), key, DEMO_CHARTS.nginx, {});
    const watchers: Array<Subscriber<ReleaseData>> = [];
    for (let index = 0; index < 30; index += 1) {
      const replica = stack.replicas[index % 3] as Replica;
      watchers.push(subscribe<ReleaseData>(replica, RELEASE_STATUS, key));
    }
    const firsts = await Promise.all(watchers.map((watcher) => watcher.next()));
    expect(new Set(releaseStatuses(firsts))).toEqual(new Set(['PENDING_INSTALL']));
    // While the install is pending, one replica reads CCE and the others follow what it shares.
    const during = await Promise.all(stack.replicas.map(releaseReads));
    const reads = during.map((count, index) => count - (before[index] ?? 0));
    expect(reads.filter((count) => count > 0)).toHaveLength(1);

    const results = await Promise.all(watchers.map((watcher) => watcher.rest()));
    for (const result of results) expect(releaseStatuses(result).at(-1)).toBe('DEPLOYED');
  });

  it('hands polling to another replica when the one reading stops; its watchers still settle', async () => {
    const key: ReleaseKey = {
      clusterId: DEMO_CLUSTERS.production,
      namespace: 'replicas',
      name: 'hand-over',
    };
    const [, b] = stack.replicas as [Replica, Replica, Replica];
    await createRelease(createClient(a), key, DEMO_CHARTS.nginx, {});
    const before = await Promise.all([b, c].map(releaseReads));
    const onB = subscribe<ReleaseData>(b, RELEASE_STATUS, key);
    const onC = subscribe<ReleaseData>(c, RELEASE_STATUS, key);
    expect((await onB.next()).data?.releaseStatus.status).toBe('PENDING_INSTALL');
    expect((await onC.next()).data?.releaseStatus.status).toBe('PENDING_INSTALL');

    const reads = (await Promise.all([b, c].map(releaseReads))).map(
      (count, index) => count - (before[index] ?? 0),
    );
    const [holder, follower, followerWatch] =
      (reads[0] ?? 0) > 0 ? [b, c, onC] : ([c, b, onB] as const);
    const followerReadsBefore = await releaseReads(follower);
    await stack.stop(holder);

    expect(releaseStatuses(await followerWatch.rest()).at(-1)).toBe('DEPLOYED');
    expect(await releaseReads(follower)).toBeGreaterThan(followerReadsBefore);
  });
});
