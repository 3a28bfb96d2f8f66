/**
 * The response cache across replicas: a mutation through replica A drops the answers it makes
 * stale on replica B too (a notice on Redis pub/sub), so B does not serve its cached answer for
 * the rest of its TTL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RELEASES } from '../../src/simulator/demo-data.ts';
import { startRedisServer, type RedisServer } from '../support/redis.ts';
import { startReplicas, type Replica, type Replicas } from '../support/replicas.ts';
import { gql } from '../support/stack.ts';
import { changeRelease } from '../live/subscribe.ts';
import { createClient, pollUntil } from './harness.ts';

const RELEASE = `query($clusterId: ID!, $namespace: String!, $name: String!) {
  release(clusterId: $clusterId, namespace: $namespace, name: $name) { status revision }
}`;

interface Answer {
  readonly revision: number | undefined;
  /** Whether CCE was asked (false: the cache answered). */
  readonly upstream: boolean;
}

describe('the response cache across replicas', () => {
  let redis: RedisServer | undefined;
  let stack: Replicas | undefined;

  beforeAll(async () => {
    redis = await startRedisServer();
    // A TTL far longer than the test: a changed answer was not served from the cache.
    stack = await startReplicas({
      count: 2,
      redisUrl: redis.url,
      env: { RESPONSE_CACHE_TTL_MS: '60000' },
      simulator: { transitionDelayMs: 60_000 },
    });
  });

  afterAll(async () => {
    await stack?.close();
    await redis?.stop();
  });

  it('does not serve an answer a mutation on another replica made stale', async () => {
    if (!stack) throw new Error('the stack did not start');
    const { simulator } = stack;
    const [a, b] = stack.replicas as [Replica, Replica];
    const key = DEMO_RELEASES.nginxWeb;
    const read = async (replica: Replica): Promise<Answer> => {
      const before = simulator.stats().total;
      const answer = await gql<{ release: { revision: number } | null }>(replica, RELEASE, key);
      expect(answer.errors).toBeUndefined();
      return {
        revision: answer.data?.release?.revision,
        upstream: simulator.stats().total > before,
      };
    };

    const first = await read(b);
    expect(first.upstream).toBe(true);
    expect(await read(b)).toEqual({ revision: first.revision, upstream: false });

    const upgraded = await changeRelease(createClient(a), 'releaseUpgrade', {
      ...key,
      values: { replicaCount: 3 },
    });
    expect(upgraded?.revision).toBe((first.revision ?? 0) + 1);

    // The notice travels through Redis: bounded wait (100 reads 20 ms apart, far below the TTL).
    const after = await pollUntil(
      () => read(b),
      (answer) => answer.revision === upgraded?.revision,
    );
    expect(after.upstream).toBe(true);
  });
});
