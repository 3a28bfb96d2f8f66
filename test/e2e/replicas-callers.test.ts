/**
 * Caller isolation across replicas: two gateways sharing one Redis (its bus, its leases, its
 * idempotency records), one simulator, three callers (two tokens of demo-project, one of another
 * project). What one caller's request puts into the shared state (a poller's states, a mutation's
 * notice, an idempotency record) never reaches another caller on any replica.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_CHARTS, DEMO_CLUSTERS, DEMO_TOKEN } from '../../src/simulator/demo-data.ts';
import { ISOLATION_TOKENS, SECOND_DEMO_TOKEN } from './callers.ts';
import { useReplicas, type Replica } from '../support/replicas.ts';
import {
  changeRelease,
  createRelease,
  errorCodes,
  OTHER_CALLER,
  watchRelease,
} from '../live/subscribe.ts';
import { createClient } from './harness.ts';

const COLLEAGUE = { 'X-Auth-Token': SECOND_DEMO_TOKEN };

const CREATE = `mutation($input: ReleaseCreateInput!) {
  releaseCreate(input: $input) { release { name status } outcome userErrors { field code } }
}`;

interface CreatePayload {
  release: { name: string; status: string } | null;
  outcome: string | null;
  userErrors: Array<{ field: string[] | null; code: string }>;
}

describe('caller isolation across replicas', () => {
  // Pending states outlast the test and polls are a minute apart, so whatever a watcher sees
  // after its first state was pushed (through Redis, from the other replica).
  const env = useReplicas({
    count: 2,
    env: { SUBSCRIPTIONS_POLL_INITIAL_MS: '60000', SUBSCRIPTIONS_POLL_MAX_MS: '60000' },
    simulator: {
      transitionDelayMs: 60_000,
      tokens: ISOLATION_TOKENS,
    },
  });

  it("never gives a watcher on one replica another caller's object or change made on the other", async () => {
    const [a, b] = env.stack.replicas as [Replica, Replica];
    const key = { clusterId: DEMO_CLUSTERS.production, namespace: 'replicas', name: 'isolated' };
    await createRelease(createClient(a), key, DEMO_CHARTS.nginx);

    const mine = watchRelease(a, key);
    const colleague = watchRelease(b, key, COLLEAGUE);
    let colleagueNext: Promise<unknown> | undefined;
    try {
      expect((await mine.next()).data?.releaseStatus.status).toBe('PENDING_INSTALL');
      expect((await colleague.next()).data?.releaseStatus.status).toBe('PENDING_INSTALL');

      // Another project's caller on either replica gets no object, though pollers of it run.
      for (const replica of [a, b]) {
        const stranger = await watchRelease(replica, key, OTHER_CALLER).rest();
        expect(stranger.map((result) => result.data ?? null)).toEqual([null]);
        expect(stranger.map(errorCodes)).toEqual([['NOT_FOUND']]);
      }

      // My delete through replica B reaches my watcher on A (pushed: polls are a minute apart) …
      expect((await changeRelease(createClient(b), 'releaseDelete', key))?.status).toBe('DELETING');
      expect((await mine.next()).data?.releaseStatus.status).toBe('DELETING');
      // … and never my colleague's watcher on B, the replica that made the change.
      colleagueNext = colleague.next();
      const heard = await Promise.race([
        colleagueNext.then(() => 'received'),
        new Promise((resolve) => setTimeout(() => resolve('quiet'), 500)),
      ]);
      expect(heard).toBe('quiet');
    } finally {
      await mine.close();
      await colleague.close();
      await colleagueNext?.catch(() => undefined);
    }
  });

  it("never answers a caller's idempotency key with another caller's payload, on any replica", async () => {
    const [a, b] = env.stack.replicas as [Replica, Replica];
    const create = async (
      replica: Replica,
      headers: Record<string, string>,
      name: string,
    ): Promise<CreatePayload> => {
      const data = await createClient(replica, headers).request<{ releaseCreate: CreatePayload }>(
        CREATE,
        {
          input: {
            clusterId: DEMO_CLUSTERS.development,
            namespace: 'replicas-callers',
            name,
            chartId: DEMO_CHARTS.nginx,
            idempotencyKey: 'the-same-key',
          },
        },
      );
      return data.releaseCreate;
    };
    const creates = (): number => env.stack.simulator.stats().operations['CreateRelease'] ?? 0;

    const before = creates();
    const mine = await create(a, { 'X-Auth-Token': DEMO_TOKEN }, 'mine');
    expect(mine).toMatchObject({ outcome: 'APPLIED', release: { name: 'mine' } });

    // The colleague's key is the colleague's own: other input under the same key string is
    // not "IDEMPOTENCY_KEY_REUSED", and it is written, not answered with my payload.
    const theirs = await create(b, COLLEAGUE, 'theirs');
    expect(theirs).toMatchObject({ outcome: 'APPLIED', release: { name: 'theirs' } });
    expect(creates()).toBe(before + 2);

    // My repeat on B is mine: answered from the record, nothing written.
    expect(await create(b, { 'X-Auth-Token': DEMO_TOKEN }, 'mine')).toEqual(mine);
    expect(creates()).toBe(before + 2);
  });
});
