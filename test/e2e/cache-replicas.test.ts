/**
 * The response cache across replicas: a mutation through replica A drops the answers it makes
 * stale on replica B too (a notice on Redis pub/sub), so B does not serve its cached answer for
 * the rest of its TTL.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_RELEASES } from '../../src/simulator/demo-data.ts';
import { askedUpstream, useReplicas, type Replica } from '../support/replicas.ts';
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
  // A TTL far longer than the test: a changed answer was not served from the cache.
  const env = useReplicas({
    count: 2,
    env: { RESPONSE_CACHE_TTL_MS: '60000' },
    simulator: { transitionDelayMs: 60_000 },
  });

  it('does not serve an answer a mutation on another replica made stale', async () => {
    const { simulator, replicas } = env.stack;
    const [a, b] = replicas as [Replica, Replica];
    const key = DEMO_RELEASES.nginxWeb;
    const read = async (replica: Replica): Promise<Answer> => {
      const { answer, upstream } = await askedUpstream(simulator, () =>
        gql<{ release: { revision: number } | null }>(replica, RELEASE, key),
      );
      expect(answer.errors).toBeUndefined();
      return { revision: answer.data?.release?.revision, upstream };
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
