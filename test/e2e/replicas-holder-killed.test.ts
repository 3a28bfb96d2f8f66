/**
 * The replica reading CCE for a watched object dies (SIGKILL: no chance to give its lease up).
 * Three gateway processes (`node src/main.ts`), one simulator and a real redis-server on
 * loopback: watchers of one release on every replica; the lease holder is killed while the
 * install is pending; another replica takes the lease once it lapses (REDIS_LEASE_TTL_MS), reads
 * CCE, and every remaining watcher still gets the settled state. The dead replica's subscription
 * slots (the per-caller count replicas share) lapse as well.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CHARTS, DEMO_CLUSTERS } from '../../src/simulator/demo-data.ts';
import { startSimulator, type Simulator } from '../../src/simulator/index.ts';
import { spawnGateway, type GatewayProcess } from '../support/process.ts';
import { startRedisServer, type RedisServer } from '../support/redis.ts';
import { releaseReads } from '../support/replicas.ts';
import {
  createRelease,
  RELEASE_STATUS,
  releaseStatuses,
  subscribe,
  type ReleaseData,
  type ReleaseKey,
  type Subscriber,
} from '../live/subscribe.ts';
import { createClient, pollUntil, within } from './harness.ts';

const KEY_PREFIX = 'holder-killed:';

interface ProcessReplica {
  readonly process: GatewayProcess;
  readonly baseUrl: string;
  readonly gatewayUrl: string;
}

describe('the lease holder killed', () => {
  let redis: RedisServer | undefined;
  let simulator: Simulator | undefined;
  let leases: Redis | undefined;
  const replicas: ProcessReplica[] = [];
  const spawned: GatewayProcess[] = [];

  beforeAll(async () => {
    redis = await startRedisServer();
    leases = new Redis(redis.url, { maxRetriesPerRequest: 0 });
    simulator = await startSimulator({
      host: '127.0.0.1',
      port: 0,
      demoData: true,
      // Long enough for the lease to lapse and be taken over before the install settles.
      transitionDelayMs: 8_000,
    });
    const env = {
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      CCE_ENDPOINT: simulator.url,
      CCE_PROJECT_ID: 'demo-project',
      REDIS_URL: redis.url,
      REDIS_KEY_PREFIX: KEY_PREFIX,
      REDIS_LEASE_TTL_MS: '1500',
      SUBSCRIPTIONS_POLL_INITIAL_MS: '200',
      SUBSCRIPTIONS_POLL_MAX_MS: '400',
    };
    for (let index = 0; index < 3; index += 1) spawned.push(spawnGateway(env));
    const lines = await Promise.all(
      spawned.map((gateway) =>
        gateway.waitForLog((line) => typeof line['url'] === 'string', 45_000),
      ),
    );
    lines.forEach((line, index) => {
      const gatewayUrl = String(line['url']);
      replicas.push({
        process: spawned[index] as GatewayProcess,
        gatewayUrl,
        baseUrl: new URL(gatewayUrl).origin,
      });
    });
  }, 60_000);

  // Whatever failed: every process, the simulator and Redis are stopped.
  afterAll(async () => {
    for (const gateway of spawned) {
      if (gateway.child.exitCode === null) gateway.child.kill('SIGKILL');
    }
    await Promise.all(spawned.map((gateway) => within(10_000, 'gateway exit', gateway.exited)));
    leases?.disconnect();
    await simulator?.close();
    await redis?.stop();
  }, 30_000);

  it(
    'hands polling to another replica within the lease TTL; every remaining watcher settles',
    {
      timeout: 45_000,
    },
    async () => {
      const redisClient = leases;
      if (!redisClient) throw new Error('the stack did not start');
      const key: ReleaseKey = {
        clusterId: DEMO_CLUSTERS.production,
        namespace: 'replicas',
        name: 'holder-killed',
      };
      const [first] = replicas as [ProcessReplica];
      await createRelease(createClient(first), key, DEMO_CHARTS.nginx, {});
      const before = await Promise.all(replicas.map(releaseReads));
      const watchers = new Map<ProcessReplica, Array<Subscriber<ReleaseData>>>();
      for (const replica of replicas) {
        watchers.set(replica, [
          subscribe<ReleaseData>(replica, RELEASE_STATUS, key),
          subscribe<ReleaseData>(replica, RELEASE_STATUS, key),
        ]);
      }
      const all = [...watchers.values()].flat();
      try {
        for (const watcher of all) {
          const state = await within(5_000, 'the first state', watcher.next());
          expect(state.data?.releaseStatus.status).toBe('PENDING_INSTALL');
        }
        // One lease, and one replica reading CCE for all six watchers.
        const [leaseKey] = await redisClient.keys(`${KEY_PREFIX}lease:*`);
        expect(leaseKey).toBeDefined();
        const holderId = await redisClient.get(leaseKey as string);
        const reads = (await Promise.all(replicas.map(releaseReads))).map(
          (count, index) => count - (before[index] ?? 0),
        );
        expect(reads.filter((count) => count > 0)).toHaveLength(1);
        const holder = replicas[reads.findIndex((count) => count > 0)] as ProcessReplica;
        const survivors = replicas.filter((replica) => replica !== holder);
        const survivorReads = await Promise.all(survivors.map(releaseReads));

        holder.process.child.kill('SIGKILL');
        await within(10_000, 'the holder exit', holder.process.exited);

        // Another replica holds the lease once the dead one's lapses (bounded: 100 × 50 ms).
        const newHolder = await pollUntil(
          () => redisClient.get(leaseKey as string),
          (value) => value !== null && value !== holderId,
          { attempts: 100, intervalMs: 50 },
        );
        expect(newHolder).not.toBeNull();
        // The caller's slots: six, until the dead replica's two lapse (bounded: 100 × 50 ms).
        const [slotsKey] = await redisClient.keys(`${KEY_PREFIX}subs:*`);
        expect(slotsKey).toBeDefined();
        await pollUntil(
          () => redisClient.zcount(slotsKey as string, Date.now(), '+inf'),
          (count) => count === 4,
          { attempts: 100, intervalMs: 50 },
        );
        for (const replica of survivors) {
          for (const watcher of watchers.get(replica) ?? []) {
            const rest = await within(20_000, 'the settled state', watcher.rest());
            expect(releaseStatuses(rest).at(-1)).toBe('DEPLOYED');
          }
        }
        const readsAfter = await Promise.all(survivors.map(releaseReads));
        expect(readsAfter.some((count, index) => count > (survivorReads[index] ?? 0))).toBe(true);
      } finally {
        await Promise.all(all.map((watcher) => within(5_000, 'unsubscribe', watcher.close())));
      }
    },
  );
});
