/**
 * Idempotency keys shared by replicas on Redis: two real gateways, one simulator and a real
 * redis-server on loopback. A mutation repeated with its key on another replica sends nothing to
 * CCE and answers the first payload; the key with other input is refused there too. While Redis
 * is away a mutation with a key is refused with a code, sends nothing, and works again after.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_CHARTS, DEMO_CLUSTERS, DEMO_TOKEN } from '../../src/simulator/demo-data.ts';
import { startRedisServer, type RedisServer } from '../support/redis.ts';
import { startReplicas, type Replica, type Replicas } from '../support/replicas.ts';
import { createClient, pollUntil } from './harness.ts';

const CREATE = `mutation($input: ReleaseCreateInput!) {
  releaseCreate(input: $input) {
    release { name revision status } outcome userErrors { field code }
  }
}`;

interface Payload {
  release: { name: string; revision: number; status: string } | null;
  outcome: string;
  userErrors: Array<{ field: string[] | null; code: string }>;
}

let redis: RedisServer;
let stack: Replicas;
let a: Replica;
let b: Replica;

beforeAll(async () => {
  redis = await startRedisServer();
  stack = await startReplicas({ count: 2, redisUrl: redis.url });
  [a, b] = stack.replicas as [Replica, Replica];
});

afterAll(async () => {
  await stack?.close();
  await redis?.stop();
});

async function create(replica: Replica, input: Record<string, unknown>): Promise<Payload> {
  const data = await createClient(replica).request<{ releaseCreate: Payload }>(CREATE, { input });
  return data.releaseCreate;
}

const creates = (): number => stack.simulator.stats().operations.CreateRelease ?? 0;

describe('idempotency keys across replicas', () => {
  beforeEach(() => {
    stack.simulator.resetStats();
  });

  const input = (name: string, idempotencyKey: string) => ({
    clusterId: DEMO_CLUSTERS.development,
    namespace: 'replicas-idem',
    name,
    chartId: DEMO_CHARTS.nginx,
    idempotencyKey,
  });

  it("answers a repeat on replica B with A's payload and writes once; other input is refused", async () => {
    const first = await create(a, input('once', 'across-replicas-1'));
    expect(first).toMatchObject({ outcome: 'APPLIED', release: { status: 'PENDING_INSTALL' } });

    expect(await create(b, input('once', 'across-replicas-1'))).toEqual(first);
    expect(creates()).toBe(1);

    const reused = await create(b, input('other', 'across-replicas-1'));
    expect(reused.userErrors).toEqual([
      { field: ['input', 'idempotencyKey'], code: 'IDEMPOTENCY_KEY_REUSED' },
    ]);
    expect(creates()).toBe(1);
  });

  it('makes a duplicate on replica B wait for the one running on A: one write, one answer', async () => {
    const [one, two] = await Promise.all([
      create(a, input('concurrent', 'across-replicas-2')),
      create(b, input('concurrent', 'across-replicas-2')),
    ]);
    expect(one).toMatchObject({ outcome: 'APPLIED' });
    expect(two).toEqual(one);
    expect(creates()).toBe(1);
  });

  it('keeps neither the key, the token nor the caller in clear in Redis', async () => {
    const client = new Redis(redis.url);
    try {
      const keys = await client.keys('*idem:*');
      expect(keys.length).toBeGreaterThan(0);
      const values = await Promise.all(keys.map((key) => client.get(key)));
      const stored = [...keys, ...values].join('\n');
      expect(stored).not.toContain('across-replicas');
      expect(stored).not.toContain(DEMO_TOKEN);
    } finally {
      client.disconnect();
    }
  });

  it('refuses a mutation with a key while Redis is away, sends nothing, and recovers', async () => {
    const attempt = () =>
      createClient(a).raw<{ releaseCreate: Payload | null }>(CREATE, {
        input: input('away', 'redis-away-1'),
      });
    await redis.stop();
    try {
      const answer = await attempt();
      expect(answer.errors.map((error) => error.extensions?.code)).toEqual([
        'IDEMPOTENCY_STORE_UNAVAILABLE',
      ]);
      expect(creates()).toBe(0);
    } finally {
      await redis.restart();
    }
    // The connection comes back by itself; then the same key runs, once.
    const recovered = await pollUntil(attempt, (answer) => answer.errors.length === 0, {
      attempts: 100,
      intervalMs: 100,
    });
    expect(recovered.data?.releaseCreate).toMatchObject({ outcome: 'APPLIED' });
    expect(creates()).toBe(1);
  });
});
