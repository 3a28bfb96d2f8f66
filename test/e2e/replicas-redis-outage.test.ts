/**
 * Redis trouble never takes the gateway down: two replicas, one simulator and a real redis-server,
 * which the test kills (SIGKILL) mid-test. While Redis is away every replica keeps answering
 * queries (bypassing its response cache, whose invalidations cannot arrive), reports
 * `redis-unavailable` on /readiness, and its watchers still reach the settled state (each replica
 * polls for its own); when Redis is back on the same port, the replicas reconnect by themselves,
 * are ready again, and cache again.
 *
 * Every wait is bounded: requests carry a timeout, waits for a state poll a bounded number of
 * times, and streams are read under a deadline.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_CHARTS, DEMO_CLUSTERS } from '../../src/simulator/demo-data.ts';
import { askedUpstream, useReplicas, type Replica } from '../support/replicas.ts';
import { gql } from '../support/stack.ts';
import {
  createRelease,
  RELEASE_STATUS,
  releaseStatuses,
  subscribe,
  type ReleaseData,
  type ReleaseKey,
} from '../live/subscribe.ts';
import { createClient, pollUntil, within } from './harness.ts';

const REQUEST_TIMEOUT_MS = 5_000;

interface ReadinessAnswer {
  readonly status: number;
  readonly body: { status: string; reason?: string };
}

async function readiness(replica: Replica): Promise<ReadinessAnswer> {
  const response = await fetch(`${replica.baseUrl}/readiness`, {
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return { status: response.status, body: (await response.json()) as ReadinessAnswer['body'] };
}

/** Waits (bounded: 100 reads 50 ms apart) until every replica's /readiness is `status`. */
function untilReadiness(replicas: readonly Replica[], status: number): Promise<ReadinessAnswer[]> {
  return pollUntil(
    () => Promise.all(replicas.map(readiness)),
    (answers) => answers.every((answer) => answer.status === status),
    { attempts: 100, intervalMs: 50 },
  );
}

describe('replicas while Redis is away', () => {
  const env = useReplicas({
    count: 2,
    env: {
      // Quick lease attempts: a replica without the lease polls for itself soon after Redis goes.
      REDIS_LEASE_TTL_MS: '600',
      SUBSCRIPTIONS_POLL_INITIAL_MS: '100',
      SUBSCRIPTIONS_POLL_MAX_MS: '200',
      READINESS_PROBE_CACHE_MS: '0',
      RESPONSE_CACHE_TTL_MS: '60000',
    },
    simulator: { transitionDelayMs: 3_000 },
  });

  it(
    'keeps answering, reports not-ready, settles its watchers, and recovers when Redis returns',
    {
      timeout: 40_000,
    },
    async () => {
      const { redis, stack } = env;
      const { replicas, simulator } = stack;
      const [a, b] = replicas as [Replica, Replica];
      /** Asks the same query twice; for each, whether CCE was asked (false: the cache answered). */
      const askTwice = async (replica: Replica): Promise<boolean[]> => {
        const upstream: boolean[] = [];
        for (let time = 0; time < 2; time += 1) {
          const asked = await askedUpstream(simulator, () =>
            within(REQUEST_TIMEOUT_MS, 'a query', gql(replica, '{ clusters { id name } }')),
          );
          expect(asked.answer.status).toBe(200);
          expect(asked.answer.errors).toBeUndefined();
          upstream.push(asked.upstream);
        }
        return upstream;
      };
      expect((await untilReadiness(replicas, 200))[0]?.body).toEqual({ status: 'ready' });

      const key: ReleaseKey = {
        clusterId: DEMO_CLUSTERS.production,
        namespace: 'outage',
        name: 'while-redis-is-away',
      };
      await createRelease(createClient(a), key, DEMO_CHARTS.nginx, {});
      const watchers = [a, b].map((replica) =>
        subscribe<ReleaseData>(replica, RELEASE_STATUS, key),
      );
      try {
        for (const watcher of watchers) {
          const first = await within(REQUEST_TIMEOUT_MS, 'first state', watcher.next());
          expect(first.data?.releaseStatus.status).toBe('PENDING_INSTALL');
        }

        await redis.stop();

        const down = await untilReadiness(replicas, 503);
        for (const answer of down) {
          expect(answer.body).toEqual({ status: 'not ready', reason: 'redis-unavailable' });
        }
        // Answered, and from CCE each time: the response cache is bypassed (no notices arrive).
        for (const replica of replicas) {
          expect(await askTwice(replica)).toEqual([true, true]);
        }
        // Whichever replica held the lease, both watchers see the install settle.
        for (const watcher of watchers) {
          const rest = await within(15_000, 'the settled state', watcher.rest());
          expect(releaseStatuses(rest).at(-1)).toBe('DEPLOYED');
        }

        await redis.restart();
        expect((await untilReadiness(replicas, 200)).map((answer) => answer.body)).toEqual([
          { status: 'ready' },
          { status: 'ready' },
        ]);
        // The cache is in use again.
        for (const replica of replicas) {
          expect(await askTwice(replica)).toEqual([true, false]);
        }
      } finally {
        await Promise.all(watchers.map((watcher) => watcher.close()));
      }
    },
  );
});
