/**
 * Start-up with REDIS_URL, as `npm start` runs it (`node src/main.ts`): a Redis that cannot be
 * reached stops the start with one line naming it (without its password); a reachable one is used.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawnGateway, type GatewayProcess } from '../support/process.ts';
import { freePort, startRedisServer, type RedisServer } from '../support/redis.ts';

const running: GatewayProcess[] = [];
let redis: RedisServer;

beforeAll(async () => {
  redis = await startRedisServer();
});

afterAll(async () => {
  await redis?.stop();
});

function start(env: Record<string, string>): GatewayProcess {
  const gateway = spawnGateway({ PORT: '0', ...env });
  running.push(gateway);
  return gateway;
}

afterEach(() => {
  for (const gateway of running.splice(0)) {
    if (gateway.child.exitCode === null) gateway.child.kill('SIGKILL');
  }
});

describe('node src/main.ts with REDIS_URL', () => {
  it(
    'refuses to start when Redis cannot be reached, in one line without the password',
    { timeout: 30_000 },
    async () => {
      const port = await freePort();
      const gateway = start({ REDIS_URL: `redis://:not-for-logs@127.0.0.1:${port}` });
      expect(await gateway.exited).toBe(1);
      const output = gateway.text.join('\n') + JSON.stringify(gateway.logs);
      expect(output).toContain(`Redis at redis://127.0.0.1:${port} is unreachable`);
      expect(output).toContain('ECONNREFUSED');
      expect(output).not.toContain('not-for-logs');
    },
  );

  it('starts with a reachable Redis and answers queries', { timeout: 60_000 }, async () => {
    const gateway = start({ REDIS_URL: redis.url });
    const line = await gateway.waitForLog(
      (entry) => typeof entry['port'] === 'number' && typeof entry['url'] === 'string',
      45_000,
    );
    const answer = await fetch(String(line['url']), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Auth-Token': 'demo-token' },
      body: JSON.stringify({ query: '{ clusters { id } }' }),
    });
    expect(answer.status).toBe(200);
    gateway.child.kill('SIGTERM');
    expect(await gateway.exited).toBe(0);
  });
});
