/**
 * Subscriptions (and queries, mutations) over WebSocket with the graphql-ws client: the same
 * sequences as over SSE, credentials from `connectionParams`, the same caller authentication and
 * poller sharing as HTTP, unsubscribing and shutdown leaving nothing behind.
 */
import { createClient, type Client } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
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

function connect(
  stack: Pick<Stack, 'gatewayUrl'>,
  connectionParams: Record<string, string>,
): Client {
  return createClient({
    url: stack.gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
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

const codes = (result: Result | undefined) =>
  (result?.errors ?? []).map((error) => error.extensions?.['code']);

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

  it('refuses an operation without credentials with UNAUTHENTICATED, like HTTP', async () => {
    const client = connect(env.stack, {});
    try {
      const [refused, ...more] = await results(client, RELEASE_STATUS, DEMO_RELEASES.nginxWeb);
      expect(more).toEqual([]);
      expect(refused?.data ?? null).toBeNull();
      expect(codes(refused)).toEqual(['UNAUTHENTICATED']);
    } finally {
      await client.dispose();
    }
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
    const anonymous = connect(env.stack, {});
    const wrong = connect(env.stack, { 'X-Api-Key': 'not-the-key' });
    const keyed = connect(env.stack, { 'X-Api-Key': API_KEY });
    try {
      expect((await results(anonymous, query)).map(codes)).toEqual([['UNAUTHENTICATED']]);
      expect((await results(wrong, query)).map(codes)).toEqual([['UNAUTHENTICATED']]);
      expect((await results(keyed, query)).map((result) => result.data)).toEqual([
        { release: { status: 'DEPLOYED' } },
      ]);
    } finally {
      await Promise.all([anonymous.dispose(), wrong.dispose(), keyed.dispose()]);
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
