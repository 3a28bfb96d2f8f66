/**
 * Subscriptions (and queries, mutations) over WebSocket with the graphql-ws client: the same
 * sequences as over SSE, credentials from `connectionParams`, the same caller authentication and
 * poller sharing as HTTP, unsubscribing and shutdown leaving nothing behind.
 */
import { createClient, type Client } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import { WebSocket as WsSocket } from 'ws';
import { apiKeyDigest } from '../../src/server/security/api-keys.ts';
import {
  DEMO_ACCESS_KEY,
  DEMO_CHARTS,
  DEMO_CLUSTERS,
  DEMO_RELEASES,
  DEMO_SECRET_KEY,
  DEMO_TOKEN,
} from '../../src/simulator/demo-data.ts';
import { startStack, type Stack } from '../support/stack.ts';
import { useStack } from './harness.ts';
import {
  LIFECYCLE_STACK,
  RELEASE_STATUS,
  untilLive,
  watchRelease,
  type ReleaseData,
} from '../live/subscribe.ts';

type Result = {
  data?: ReleaseData | null;
  errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }>;
};

const DEMO_PARAMS = { 'X-Auth-Token': DEMO_TOKEN };

const socketUrl = (stack: Pick<Stack, 'gatewayUrl'>) => stack.gatewayUrl.replace(/^http/, 'ws');

/** A graphql-ws client; with `origin`, its sockets send that Origin as a browser page's would. */
function connect(
  stack: Pick<Stack, 'gatewayUrl'>,
  connectionParams: Record<string, string>,
  origin?: string,
): Client {
  return createClient({
    url: socketUrl(stack),
    webSocketImpl: origin
      ? class extends WsSocket {
          constructor(url: string, protocols?: string | string[]) {
            super(url, protocols, { origin });
          }
        }
      : WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: true,
  });
}

/** Every result of one operation, until the server completes it (at most 50). */
async function results(client: Client, query: string, variables?: Record<string, unknown>) {
  const all: Result[] = [];
  for await (const result of client.iterate<ReleaseData>({
    query,
    ...(variables ? { variables } : {}),
  })) {
    all.push(result);
    if (all.length > 50) throw new Error('too many results');
  }
  return all;
}

/**
 * Opens a raw graphql-transport-ws socket and sends connection_init with `payload` (none when
 * null): resolves with 'ack', or the close code the gateway answered with. The socket is closed
 * after an ack unless `keep` is set.
 */
function initialise(
  stack: Pick<Stack, 'gatewayUrl'>,
  payload: Record<string, string> | null,
  keep: WsSocket[] | null = null,
): Promise<'ack' | number> {
  const socket = new WsSocket(socketUrl(stack), 'graphql-transport-ws');
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.once('open', () => {
      if (payload !== null) socket.send(JSON.stringify({ type: 'connection_init', payload }));
    });
    socket.on('message', (data: Buffer) => {
      if ((JSON.parse(data.toString()) as { type: string }).type !== 'connection_ack') return;
      if (keep === null) socket.close();
      else keep.push(socket);
      resolve('ack');
    });
    socket.once('close', (code) => resolve(code));
  });
}

describe('GraphQL over WebSocket', () => {
  const env = useStack(LIFECYCLE_STACK);

  it('follows an install to DEPLOYED with the token from connectionParams, then completes', async () => {
    const client = connect(env.stack, DEMO_PARAMS);
    try {
      const key = { clusterId: DEMO_CLUSTERS.production, namespace: 'live', name: 'over-ws' };
      const [created] = await results(
        client,
        `mutation($input: ReleaseCreateInput!) { releaseCreate(input: $input) { release { status } } }`,
        { input: { ...key, chartId: DEMO_CHARTS.nginx } },
      );
      expect(created?.data).toEqual({ releaseCreate: { release: { status: 'PENDING_INSTALL' } } });

      const states = await results(client, RELEASE_STATUS, key);
      expect(states.map((result) => result.data?.releaseStatus.status)).toEqual([
        'PENDING_INSTALL',
        'DEPLOYED',
      ]);
      expect(env.stack.gateway.live.stats()).toEqual({ subscriptions: 0, pollers: 0 });
    } finally {
      await client.dispose();
    }
  });

  // Before: connection_init with an empty payload was acknowledged, and the socket stayed open.
  it('closes a socket whose connection_init carries no credentials with 4401', async () => {
    expect(await initialise(env.stack, {})).toBe(4401);
    expect(await initialise(env.stack, { ...DEMO_PARAMS, 'X-Project-Id': 'not a project' })).toBe(
      4403,
    );
    expect(await initialise(env.stack, DEMO_PARAMS)).toBe('ack');
  });

  it('shares one poller with SSE subscribers of the same caller, and unsubscribing frees it', async () => {
    const key = { clusterId: DEMO_CLUSTERS.development, namespace: 'live', name: 'mixed' };
    await env.client.request(
      `mutation($input: ReleaseCreateInput!) { releaseCreate(input: $input) { release { status } } }`,
      { input: { ...key, chartId: DEMO_CHARTS.nginx } },
    );
    const overSse = watchRelease(env.stack, key);
    expect((await overSse.next()).data?.releaseStatus.status).toBe('PENDING_INSTALL');

    const client = connect(env.stack, DEMO_PARAMS);
    const overWs = client.iterate<ReleaseData>({ query: RELEASE_STATUS, variables: key });
    const first = await overWs.next();
    expect((first.value as Result).data?.releaseStatus.status).toBe('PENDING_INSTALL');
    expect(env.stack.gateway.live.stats()).toEqual({ subscriptions: 2, pollers: 1 });

    await overWs.return?.();
    await untilLive(env.stack, { subscriptions: 1, pollers: 1 });
    await overSse.close();
    await client.dispose();
    await untilLive(env.stack, { subscriptions: 0, pollers: 0 });
  });
});

describe('GraphQL over WebSocket in service mode with API keys', () => {
  const API_KEY = 'ck_live_websocket_test_key';
  const env = useStack({
    gateway: {
      cce: { serviceCredentials: { accessKey: DEMO_ACCESS_KEY, secretKey: DEMO_SECRET_KEY } },
      security: { apiKeyDigests: [apiKeyDigest(API_KEY)] },
    },
  });

  it('needs the API key in connectionParams, as HTTP needs it in X-Api-Key', async () => {
    const query = `{ release(clusterId: "${DEMO_RELEASES.nginxWeb.clusterId}", namespace: "web", name: "nginx-web") { status } }`;
    expect(await initialise(env.stack, {})).toBe(4401);
    expect(await initialise(env.stack, { 'X-Api-Key': 'not-the-key' })).toBe(4401);
    const keyed = connect(env.stack, { 'X-Api-Key': API_KEY });
    try {
      expect((await results(keyed, query)).map((result) => result.data)).toEqual([
        { release: { status: 'DEPLOYED' } },
      ]);
    } finally {
      await keyed.dispose();
    }
  });
});

describe('WebSocket upgrades from browser pages', () => {
  const CONSOLE = 'https://console.example.com';
  const env = useStack({ gateway: { security: { corsOrigins: [CONSOLE] } } });

  /** Opens a socket (closing it at once): 'open', or the HTTP status the upgrade got instead. */
  function upgrade(origin?: string): Promise<'open' | number> {
    const socket = new WsSocket(socketUrl(env.stack), 'graphql-transport-ws', { origin });
    socket.on('error', () => undefined); // the outcome is read from the events below
    return new Promise((resolve) => {
      socket.once('open', () => {
        socket.close();
        resolve('open');
      });
      socket.once('unexpected-response', (request, response) => {
        resolve(response.statusCode ?? 0);
        request.destroy();
      });
    });
  }

  it("refuses an Origin that is neither the gateway's own nor in CORS_ORIGINS with 403", async () => {
    const own = new URL(env.stack.baseUrl);
    expect(await upgrade()).toBe('open');
    expect(await upgrade(own.origin)).toBe('open');
    expect(await upgrade(CONSOLE)).toBe('open');
    for (const origin of [
      'https://evil.example',
      'null',
      `http://localhost:${own.port}`,
      `${CONSOLE}:8443`,
    ]) {
      expect(await upgrade(origin), origin).toBe(403);
    }
  });

  it('runs operations on a socket from a listed page, and none on one from another site', async () => {
    const listed = connect(env.stack, DEMO_PARAMS, CONSOLE);
    const foreign = connect(env.stack, DEMO_PARAMS, 'https://evil.example');
    try {
      const states = await results(listed, RELEASE_STATUS, DEMO_RELEASES.nginxWeb);
      expect(states.map((result) => result.data?.releaseStatus.status)).toEqual(['DEPLOYED']);
      const shows = env.stack.simulator.stats().operations['ShowRelease'] ?? 0;
      await expect(results(foreign, RELEASE_STATUS, DEMO_RELEASES.nginxWeb)).rejects.toBeTruthy();
      expect(env.stack.simulator.stats().operations['ShowRelease'] ?? 0).toBe(shows);
    } finally {
      await Promise.all([listed.dispose(), foreign.dispose()]);
    }
  });
});

describe('WebSocket shutdown', () => {
  it('ends open subscriptions and closes the sockets when the gateway stops', async () => {
    const stack = await startStack({ simulator: { transitionDelayMs: 60_000 } });
    const client = connect(stack, DEMO_PARAMS);
    try {
      const key = { clusterId: DEMO_CLUSTERS.production, namespace: 'live', name: 'ws-stopping' };
      await results(
        client,
        `mutation($input: ReleaseCreateInput!) { releaseCreate(input: $input) { release { status } } }`,
        { input: { ...key, chartId: DEMO_CHARTS.nginx } },
      );
      const watching = client.iterate<ReleaseData>({ query: RELEASE_STATUS, variables: key });
      expect(((await watching.next()).value as Result).data?.releaseStatus.status).toBe(
        'PENDING_INSTALL',
      );
      expect(stack.gateway.live.stats()).toEqual({ subscriptions: 1, pollers: 1 });

      await stack.gateway.close();
      // The stream ends: completed by the server, or cut by the socket's close (1001 Going Away).
      const end = await watching.next().then(
        (result) => (result.done ? 'completed' : 'more'),
        (error: unknown) => `closed ${(error as { code?: number }).code}`,
      );
      expect(['completed', 'closed 1001']).toContain(end);
      expect(stack.gateway.live.stats()).toEqual({ subscriptions: 0, pollers: 0 });
    } finally {
      await client.dispose();
      await stack.close();
    }
  });
});

describe('WebSocket sockets that do not prove their caller', () => {
  const env = useStack({ gateway: { websocket: { initTimeoutMs: 300, maxPending: 3 } } });

  // Before: idle sockets stayed open, and 1,000 of them made every real client get 503.
  it('closes a socket that sends no connection_init in time with 4408', async () => {
    expect(await initialise(env.stack, null)).toBe(4408);
  });

  it('makes room for new sockets by closing the oldest waiting one, so real clients still get in', async () => {
    const idle = Array.from({ length: 3 }, () => initialise(env.stack, null));
    // Give the idle sockets time to connect before the client that proves itself.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const kept: WsSocket[] = [];
    expect(await initialise(env.stack, DEMO_PARAMS, kept)).toBe('ack');
    const closes = await Promise.all(idle);
    // One idle socket made room (1013), the others timed out (4408).
    expect(closes.filter((code) => code === 1013)).toHaveLength(1);
    expect(closes.filter((code) => code === 4408)).toHaveLength(2);
    // The proven socket outlives the init timeout.
    expect(kept[0]?.readyState).toBe(WsSocket.OPEN);
    for (const socket of kept) socket.close();
  });
});
