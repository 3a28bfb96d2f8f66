/**
 * Writes without an answer, played by the simulator's faults: the gateway never sends a write
 * twice, reads the object once more and says what it knows. A write applied but answered late is
 * APPLIED; one held back before CCE processed it is UNKNOWN and then lands exactly once; a repeat
 * of its idempotency key checks again and sends nothing; a refused connection is NOT_APPLIED.
 *
 * The gateway waits 1 s for CCE's answer headers here; the faults hold answers 4 s, so the write
 * has not landed when the gateway reads again (the simulator applies a held-back request only
 * after its delay, whatever the client did meanwhile).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DEMO_ADDONS, DEMO_CHARTS, DEMO_CLUSTERS } from '../../src/simulator/demo-data.ts';
import { graphql } from '../generated/index.ts';
import { mutate, pollUntil, useStack, type StackUnderTest } from './harness.ts';

const CREATE = graphql(`
  mutation WriteOutcomesCreate($input: ReleaseCreateInput!) {
    releaseCreate(input: $input) { release { revision status } outcome outcomeMessage userErrors { code } }
  }
`);
const UPGRADE = graphql(`
  mutation WriteOutcomesUpgrade($input: ReleaseUpgradeInput!) {
    releaseUpgrade(input: $input) { release { revision status } outcome outcomeMessage userErrors { code } }
  }
`);
const DELETE = graphql(`
  mutation WriteOutcomesDelete($input: ReleaseDeleteInput!) {
    releaseDelete(input: $input) { release { revision status } outcome outcomeMessage userErrors { code } }
  }
`);
const ADDON_UPGRADE = graphql(`
  mutation WriteOutcomesAddonUpgrade($input: AddonUpgradeInput!) {
    addonUpgrade(input: $input) { addon { version } outcome }
  }
`);
const RELEASE = graphql(`
  query WriteOutcomesRelease($clusterId: ID!, $namespace: String!, $name: String!) {
    release(clusterId: $clusterId, namespace: $namespace, name: $name) { revision status }
  }
`);

const HELD_MS = 4_000;

interface ReleaseKey {
  clusterId: string;
  namespace: string;
  name: string;
}

async function revisionOf(env: StackUnderTest, key: ReleaseKey) {
  return (await env.client.request(RELEASE, key)).release;
}

/** A deployed release of its own, and the simulator's counts reset. */
async function deployed(env: StackUnderTest, name: string) {
  const key = { clusterId: DEMO_CLUSTERS.development, namespace: 'outcomes', name };
  await mutate(env.client, CREATE, { ...key, chartId: DEMO_CHARTS.nginx, values: { replicas: 1 } });
  await pollUntil(
    () => revisionOf(env, key),
    (release) => release?.status === 'DEPLOYED',
  );
  env.stack.simulator.resetStats();
  return key;
}

describe('a write whose answer does not come in time', () => {
  const env = useStack({ gateway: { cce: { headersTimeoutMs: 1_000 } } });

  it('was applied, answered late: APPLIED, as the re-read shows; CCE got it once', async () => {
    const key = await deployed(env, 'late-answer');
    env.stack.simulator.setFault({
      operation: 'UpdateRelease',
      type: 'latency',
      latencyMs: HELD_MS,
      delay: 'answer',
      times: 1,
    });
    const answer = await mutate(env.client, UPGRADE, { ...key, valuesPatch: { replicas: 2 } });
    expect(answer).toMatchObject({ outcome: 'APPLIED', userErrors: [], release: { revision: 2 } });
    expect(answer.outcomeMessage).toContain('shows the change');
    expect(env.stack.simulator.stats().operations['UpdateRelease']).toBe(1);
  });

  it('an add-on upgrade applied but answered late: APPLIED, as the re-read shows', async () => {
    env.stack.simulator.resetStats();
    env.stack.simulator.setFault({
      operation: 'UpdateAddonInstance',
      type: 'latency',
      latencyMs: HELD_MS,
      delay: 'answer',
      times: 1,
    });
    const addonUpgrade = await mutate(env.client, ADDON_UPGRADE, {
      clusterId: DEMO_CLUSTERS.development,
      addonId: DEMO_ADDONS.developmentEverest,
      version: '2.3.8',
      valuesPatch: {},
    });
    expect(addonUpgrade).toMatchObject({ outcome: 'APPLIED', addon: { version: '2.3.8' } });
    expect(env.stack.simulator.stats().operations['UpdateAddonInstance']).toBe(1);
  });

  it('was held back before CCE processed it: UNKNOWN, lands once, a repeat of its key sends nothing', async () => {
    const key = await deployed(env, 'late-request');
    env.stack.simulator.setFault({
      operation: 'UpdateRelease',
      type: 'latency',
      latencyMs: HELD_MS,
      delay: 'request',
      times: 1,
    });
    const input = { ...key, valuesPatch: { replicas: 2 }, idempotencyKey: 'held-back-1' };
    const answer = await mutate(env.client, UPGRADE, input);
    expect(answer).toMatchObject({ outcome: 'UNKNOWN', userErrors: [], release: { revision: 1 } });
    expect(answer.outcomeMessage).toContain('before retrying');

    // The user presses the button again with the same key: the gateway looks, and never writes.
    const repeated = await mutate(env.client, UPGRADE, input);
    expect(repeated.outcome).toBe('UNKNOWN');

    // The held-back write lands, exactly once.
    const landed = await pollUntil(
      () => revisionOf(env, key),
      (release) => release?.revision === 2,
      { attempts: 200, intervalMs: 50 },
    );
    expect(landed?.revision).toBe(2);
    const afterLanding = await mutate(env.client, UPGRADE, input);
    expect(afterLanding).toMatchObject({ outcome: 'APPLIED', release: { revision: 2 } });
    expect(env.stack.simulator.stats().operations['UpdateRelease']).toBe(1);
    expect((await revisionOf(env, key))?.revision).toBe(2);
  });
});

/**
 * Forwards to the simulator, each answer on its own connection. Armed with a release name, it
 * stops listening once it has answered the read of that release, so the write that follows finds
 * the port closed: the connection is refused before a byte of the request leaves.
 */
async function refusingProxy(simulatorUrl: string) {
  let armed: string | null = null;
  let port = 0;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      void (async () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(request.headers)) {
          if (
            typeof value === 'string' &&
            !['host', 'content-length', 'connection'].includes(name)
          ) {
            headers.set(name, value);
          }
        }
        const upstream = await fetch(`${simulatorUrl}${request.url ?? ''}`, {
          method: request.method ?? 'GET',
          headers,
          ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
        });
        const body = await upstream.text();
        response.writeHead(upstream.status, {
          'content-type': upstream.headers.get('content-type') ?? 'application/json',
          connection: 'close',
        });
        response.end(body);
        const path = new URL(request.url ?? '/', 'http://x').pathname;
        if (armed !== null && request.method === 'GET' && path.endsWith(`/${armed}`)) {
          armed = null;
          server.close();
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    arm(name: string) {
      armed = name;
    },
    /** Listens again on the same port. */
    reopen: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        if (server.listening) server.close(() => resolve());
        else resolve();
      }),
  };
}

describe('a write whose connection is refused', () => {
  let proxy: Awaited<ReturnType<typeof refusingProxy>> | undefined;
  const env = useStack({
    upstream: async (simulatorUrl) => (proxy = await refusingProxy(simulatorUrl)),
  });

  it('answers NOT_APPLIED: CCE never got it, nothing changed', async () => {
    const key = await deployed(env, 'unreachable');
    proxy?.arm(key.name);
    const answer = await mutate(env.client, DELETE, key);
    expect(answer).toMatchObject({ outcome: 'NOT_APPLIED', userErrors: [] });
    expect(answer.outcomeMessage).toContain('never sent');
    expect(env.stack.simulator.stats().operations['DeleteRelease']).toBeUndefined();
    await proxy?.reopen();
    expect(await revisionOf(env, key)).toMatchObject({ status: 'DEPLOYED' });
  });
});
