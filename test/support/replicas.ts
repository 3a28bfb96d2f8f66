/**
 * Several gateway replicas in front of one simulator, sharing one Redis: what a Kubernetes
 * Deployment with `replicas: N` runs. Each replica is a real gateway (createGateway) on its own
 * loopback port, calling the simulator as a real region (pass-through, the demo token).
 */
import { pino } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig, type GatewayConfig } from '../../src/config.ts';
import { createGateway, type Gateway } from '../../src/gateway.ts';
import { GRAPHQL_PATH } from '../../src/server/index.ts';
import {
  startSimulator,
  type Simulator,
  type SimulatorOptions,
} from '../../src/simulator/index.ts';
import { startRedisServer, type RedisServer } from './redis.ts';

export interface Replica {
  readonly gateway: Gateway;
  readonly gatewayUrl: string;
  readonly baseUrl: string;
  readonly config: GatewayConfig;
}

export interface Replicas {
  readonly simulator: Simulator;
  readonly replicas: readonly Replica[];
  /** Stops one replica (gracefully: its leases are given up). */
  stop(replica: Replica): Promise<void>;
  close(): Promise<void>;
}

export interface ReplicasOptions {
  readonly count: number;
  readonly redisUrl: string;
  /** Settings over the defaults, as environment variables. */
  readonly env?: Record<string, string>;
  readonly simulator?: SimulatorOptions;
}

export async function startReplicas(options: ReplicasOptions): Promise<Replicas> {
  const simulator = await startSimulator({
    host: '127.0.0.1',
    port: 0,
    demoData: true,
    transitionDelayMs: 30,
    ...options.simulator,
  });
  const replicas: Replica[] = [];
  const stopped = new Set<Replica>();
  const stop = async (replica: Replica): Promise<void> => {
    if (stopped.has(replica)) return;
    stopped.add(replica);
    await replica.gateway.close();
  };
  try {
    for (let index = 0; index < options.count; index += 1) {
      const config = loadConfig({
        HOST: '127.0.0.1',
        PORT: '0',
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        SHUTDOWN_GRACE_MS: '2000',
        CCE_ENDPOINT: simulator.url,
        CCE_PROJECT_ID: 'demo-project',
        REDIS_URL: options.redisUrl,
        ...options.env,
      });
      const gateway = await createGateway(config, {
        logger: pino({ level: 'silent' }),
        transport: { retry: { minDelayMs: 5, maxDelayMs: 20 } },
      });
      const address = await gateway.listen();
      replicas.push({
        gateway,
        config,
        gatewayUrl: `${address.url}${GRAPHQL_PATH}`,
        baseUrl: address.url,
      });
    }
  } catch (error) {
    await Promise.all(replicas.map(stop));
    await simulator.close();
    throw error;
  }
  return {
    simulator,
    replicas,
    stop,
    async close() {
      await Promise.all(replicas.map(stop));
      await simulator.close();
    },
  };
}

/** CCE reads of releases a gateway made (counted by its /metrics). */
export async function releaseReads(gateway: { readonly baseUrl: string }): Promise<number> {
  const response = await fetch(`${gateway.baseUrl}/metrics`, {
    signal: AbortSignal.timeout(5_000),
  });
  let total = 0;
  for (const line of (await response.text()).split('\n')) {
    if (
      line.startsWith('cce_upstream_requests_total{') &&
      line.includes('operation="ShowRelease"')
    ) {
      total += Number(line.slice(line.lastIndexOf(' ') + 1));
    }
  }
  return total;
}

export interface ReplicasUnderTest {
  readonly redis: RedisServer;
  readonly stack: Replicas;
}

/**
 * Starts a redis-server of its own and replicas sharing it before the tests of the calling
 * `describe` block, and stops both after them, whatever failed. Read `redis` and `stack` inside
 * tests (they exist once `beforeAll` has run).
 */
export function useReplicas(options: Omit<ReplicasOptions, 'redisUrl'>): ReplicasUnderTest {
  let redis: RedisServer | undefined;
  let stack: Replicas | undefined;
  beforeAll(async () => {
    redis = await startRedisServer();
    stack = await startReplicas({ ...options, redisUrl: redis.url });
  });
  afterAll(async () => {
    await stack?.close();
    await redis?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the replicas did not start');
    return value;
  };
  return {
    get redis() {
      return started(redis);
    },
    get stack() {
      return started(stack);
    },
  };
}

/** What `ask` answered, and whether the simulator was called meanwhile (false: a cache answered). */
export async function askedUpstream<T>(
  simulator: Simulator,
  ask: () => Promise<T>,
): Promise<{ answer: T; upstream: boolean }> {
  const before = simulator.stats().total;
  const answer = await ask();
  return { answer, upstream: simulator.stats().total > before };
}
