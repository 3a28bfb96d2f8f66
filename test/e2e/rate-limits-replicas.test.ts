/**
 * Rate limits across replicas: with REDIS_URL the buckets live in Redis, so a caller's limit holds
 * whichever replica answers it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOKEN } from '../../src/simulator/demo-data.ts';
import { startRedisServer, type RedisServer } from '../support/redis.ts';
import { startReplicas, type Replicas } from '../support/replicas.ts';
import { gql } from '../support/stack.ts';

describe('rate limits on Redis', () => {
  let redis: RedisServer;
  let replicas: Replicas;
  beforeAll(async () => {
    redis = await startRedisServer();
    replicas = await startReplicas({
      count: 2,
      redisUrl: redis.url,
      // A cached answer spends nothing: off, so that every query executes.
      env: { RATE_LIMIT_QUERIES_PER_MINUTE: '3', RESPONSE_CACHE_TTL_MS: '0' },
    });
  });
  afterAll(async () => {
    await replicas?.close();
    await redis?.stop();
  });

  it("counts a caller's queries on every replica against one limit", async () => {
    const [first, second] = replicas.replicas;
    if (first === undefined || second === undefined) throw new Error('two replicas expected');
    const headers = { 'X-Auth-Token': DEMO_TOKEN };
    const statuses = [];
    for (const replica of [first, second, first, second]) {
      statuses.push((await gql(replica, '{ clusters { name } }', undefined, headers)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});
