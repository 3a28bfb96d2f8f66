/**
 * Subscription limits per caller across replicas: with REDIS_URL a caller's open subscriptions
 * on every replica count against one SUBSCRIPTIONS_MAX_PER_CALLER, refused with the same error as
 * on one gateway; another caller keeps its own slots; a slot given back on one replica is free on
 * the others.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_RELEASES } from '../../src/simulator/demo-data.ts';
import { useReplicas, type Replica } from '../support/replicas.ts';
import {
  errorCodes,
  OTHER_CALLER,
  RELEASE_WATCH,
  subscribe,
  type ReleaseData,
  type Result,
  type Subscriber,
} from '../live/subscribe.ts';
import { pollUntil } from './harness.ts';

describe('subscription limits across replicas', () => {
  const env = useReplicas({
    count: 2,
    env: { SUBSCRIPTIONS_MAX_PER_CALLER: '3', SUBSCRIPTIONS_POLL_SETTLED_MS: '60000' },
  });
  const open: Array<Subscriber<ReleaseData>> = [];

  // Before the replicas stop (hooks registered later run first).
  afterAll(async () => {
    await Promise.all(open.map((subscriber) => subscriber.close()));
  });

  /** Watches a settled release on `replica`; its first result (the state, or the refusal). */
  async function watch(
    replica: Replica,
    key: Record<string, string>,
    headers?: Record<string, string>,
  ): Promise<{ subscriber: Subscriber<ReleaseData>; first: Result<ReleaseData> }> {
    const subscriber = subscribe<ReleaseData>(replica, RELEASE_WATCH, key, headers);
    open.push(subscriber);
    return { subscriber, first: await subscriber.next() };
  }

  it("refuses a caller over its limit counted on every replica; another caller's slots are its own", async () => {
    const [a, b] = env.stack.replicas as [Replica, Replica];
    const mine = DEMO_RELEASES.nginxWeb;
    const theirs = DEMO_RELEASES.otherProjectApp;

    const onA = await watch(a, mine);
    expect(onA.first.data?.releaseStatus.status).toBe('DEPLOYED');
    expect((await watch(a, mine)).first.data?.releaseStatus.status).toBe('DEPLOYED');
    expect((await watch(b, mine)).first.data?.releaseStatus.status).toBe('DEPLOYED');

    // Three on two replicas: a fourth is refused on either, as one gateway refuses it.
    for (const replica of [b, a]) {
      const over = (await watch(replica, mine)).first;
      expect(errorCodes(over)).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
      expect(over.errors?.[0]?.extensions).toMatchObject({ limit: 3, per: 'caller' });
    }
    const other = (await watch(b, theirs, OTHER_CALLER)).first;
    expect(other.errors).toBeUndefined();
    expect(other.data?.releaseStatus.id).toBeTruthy();

    // Leaving on A frees a slot on B (bounded: 100 tries 20 ms apart).
    await onA.subscriber.close();
    const again = await pollUntil(
      async () => (await watch(b, mine)).first,
      (result) => result.data?.releaseStatus.status === 'DEPLOYED',
    );
    expect(again.errors).toBeUndefined();
  });
});
