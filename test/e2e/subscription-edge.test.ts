/**
 * The transport side of subscriptions: SSE headers and keep-alive pings as curl sees them, the
 * GET form, limits, failures before the stream starts, and a clean end on shutdown.
 */
import { describe, expect, it } from 'vitest';
import { apiKeyDigest } from '../../src/server/security/api-keys.ts';
import {
  DEMO_ACCESS_KEY,
  DEMO_CHARTS,
  DEMO_CLUSTERS,
  DEMO_RELEASES,
  DEMO_SECRET_KEY,
  DEMO_TOKEN,
  OTHER_TOKEN,
} from '../../src/simulator/demo-data.ts';
import { startStack } from '../support/stack.ts';
import { createClient, useStack } from './harness.ts';
import {
  createRelease,
  errorCodes,
  frames,
  OTHER_CALLER,
  RELEASE_STATUS,
  steadyStack,
  untilLive,
  watchRelease,
  type Frame,
  type ReleaseData,
  type ReleaseKey,
  type Subscriber,
} from '../live/subscribe.ts';

/** The way curl subscribes: `curl -N -H 'Accept: text/event-stream' … --data '{"query": …}'`. */
function post(url: string, key: ReleaseKey, signal?: AbortSignal): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      'x-auth-token': DEMO_TOKEN,
    },
    body: JSON.stringify({ query: RELEASE_STATUS, variables: key }),
    ...(signal ? { signal } : {}),
  });
}

describe('subscriptions over SSE', () => {
  const env = useStack(steadyStack(60_000));

  it('streams text/event-stream with X-Accel-Buffering: no, and pings while nothing changes', async () => {
    const key = { clusterId: DEMO_CLUSTERS.production, namespace: 'live', name: 'pinged' };
    await createRelease(env.client, key, DEMO_CHARTS.nginx);
    const request = new AbortController();
    const response = await post(env.stack.gatewayUrl, key, request.signal);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('x-accel-buffering')).toBe('no');
    expect(response.headers.get('cache-control')).toBe('no-cache');

    // The first state, then keep-alive comments (yoga pings every 12 s, every 300 ms under test).
    const seen: Frame[] = [];
    for await (const frame of frames(response, 20)) {
      seen.push(frame);
      if (seen.filter((f) => 'comment' in f).length >= 3) break;
    }
    request.abort();
    const events = seen.filter((frame) => 'event' in frame);
    expect(events).toHaveLength(1);
    expect(JSON.parse((events[0] as { data: string }).data)).toMatchObject({
      data: { releaseStatus: { status: 'PENDING_INSTALL', revision: 1 } },
    });
    const pingsAfterEvent = seen
      .slice(seen.indexOf(events[0] as Frame))
      .filter((f) => 'comment' in f);
    expect(pingsAfterEvent.length).toBeGreaterThanOrEqual(1);
    await untilLive(env.stack, { subscriptions: 0, pollers: 0 });
  });

  it('accepts the GET form and completes the stream after a settled state', async () => {
    const url = new URL(env.stack.gatewayUrl);
    url.searchParams.set('query', RELEASE_STATUS);
    url.searchParams.set('variables', JSON.stringify(DEMO_RELEASES.nginxWeb));
    const response = await fetch(url, {
      // GET needs the CSRF header (browsers send simple GETs cross-site).
      headers: {
        accept: 'text/event-stream',
        'x-auth-token': DEMO_TOKEN,
        'x-graphql-yoga-csrf': '1',
      },
    });
    expect(response.headers.get('x-accel-buffering')).toBe('no');
    const events: Frame[] = [];
    for await (const frame of frames(response)) if ('event' in frame) events.push(frame);
    expect(events.map((frame) => ('event' in frame ? frame.event : ''))).toEqual([
      'next',
      'complete',
    ]);
    expect(JSON.parse((events[0] as { data: string }).data)).toMatchObject({
      data: { releaseStatus: { status: 'DEPLOYED' } },
    });
  });

  it('sends a CCE failure before the stream starts as an event with the mapped code', async () => {
    // other-token without X-Project-Id asks for demo-project, which CCE forbids.
    const results = await watchRelease(env.stack, DEMO_RELEASES.nginxWeb, {
      'X-Auth-Token': OTHER_TOKEN,
    }).rest();
    expect(results).toHaveLength(1);
    expect(results[0]?.data ?? null).toBeNull();
    expect(errorCodes(results[0] as never)).toEqual(['FORBIDDEN']);
    expect(results[0]?.errors?.[0]?.extensions).toMatchObject({ cceErrorCode: 'CCE.01403001' });
  });

  it('refuses anonymous subscribers like any other operation', async () => {
    const response = await fetch(env.stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: RELEASE_STATUS, variables: DEMO_RELEASES.nginxWeb }),
    });
    const text = await response.text();
    expect(text).toContain('UNAUTHENTICATED');
    expect(text).not.toContain('releaseStatus":{');
  });
});

describe('subscription limits', () => {
  const env = useStack(steadyStack(60_000, { subscriptions: { maxPerCaller: 2, maxTotal: 3 } }));

  it('refuses a caller over its limit and anyone over the total with TOO_MANY_SUBSCRIPTIONS', async () => {
    const mine = { clusterId: DEMO_CLUSTERS.production, namespace: 'live', name: 'limited' };
    const theirs = { clusterId: DEMO_CLUSTERS.otherProject, namespace: 'live', name: 'limited' };
    await createRelease(env.client, mine, DEMO_CHARTS.nginx);
    await createRelease(
      createClient(env.stack, OTHER_CALLER),
      theirs,
      DEMO_CHARTS.otherProjectNginx,
    );

    const open: Array<Subscriber<ReleaseData>> = [];
    const start = async (key: ReleaseKey, headers?: Record<string, string>) => {
      const subscriber = watchRelease(env.stack, key, headers);
      const first = await subscriber.next();
      open.push(subscriber);
      return first;
    };
    for (let index = 0; index < 2; index += 1) {
      expect((await start(mine)).data?.releaseStatus.status).toBe('PENDING_INSTALL');
    }
    const overMine = await start(mine);
    expect(errorCodes(overMine)).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
    expect(overMine.errors?.[0]?.extensions).toMatchObject({ limit: 2, per: 'caller' });

    expect((await start(theirs, OTHER_CALLER)).data?.releaseStatus.status).toBe('PENDING_INSTALL');
    const overAll = await start(theirs, OTHER_CALLER);
    expect(errorCodes(overAll)).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
    expect(overAll.errors?.[0]?.extensions).toMatchObject({ limit: 3, per: 'gateway' });
    expect(env.stack.gateway.live.stats()).toEqual({ subscriptions: 3, pollers: 2 });

    // A slot frees when a subscriber leaves.
    await open[0]?.close();
    await untilLive(env.stack, { subscriptions: 2, pollers: 2 });
    expect((await start(mine)).data?.releaseStatus.status).toBe('PENDING_INSTALL');
    for (const subscriber of open) await subscriber.close();
  });
});

describe('subscription metrics', () => {
  const env = useStack(steadyStack(60_000, { subscriptions: { maxPerCaller: 2, maxTotal: 2 } }));

  /** One sample of /metrics, by its name and labels as Prometheus prints them. */
  async function sample(series: string): Promise<number> {
    const text = await (await fetch(`${env.stack.baseUrl}/metrics`)).text();
    const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
    if (line === undefined) throw new Error(`/metrics has no ${series}`);
    return Number(line.slice(series.length + 1));
  }

  const live = async () => ({
    subscriptions: await sample('graphql_subscriptions_open'),
    pollers: await sample('graphql_subscription_pollers'),
    refusedPerCaller: await sample('graphql_subscriptions_refused_total{limit="caller"}'),
    refusedInTotal: await sample('graphql_subscriptions_refused_total{limit="gateway"}'),
  });

  it('shows open subscriptions, running pollers and refusals by limit on /metrics', async () => {
    const key = { clusterId: DEMO_CLUSTERS.production, namespace: 'live', name: 'measured' };
    await createRelease(env.client, key, DEMO_CHARTS.nginx);
    expect(await live()).toEqual({
      subscriptions: 0,
      pollers: 0,
      refusedPerCaller: 0,
      refusedInTotal: 0,
    });

    const open = [watchRelease(env.stack, key), watchRelease(env.stack, key)];
    for (const subscriber of open) {
      expect((await subscriber.next()).data?.releaseStatus.status).toBe('PENDING_INSTALL');
    }
    const refusals = [
      await watchRelease(env.stack, key).rest(),
      // Refused before any read: the release need not exist, only the cluster.
      await watchRelease(
        env.stack,
        { ...key, clusterId: DEMO_CLUSTERS.otherProject },
        OTHER_CALLER,
      ).rest(),
    ];
    expect(refusals.map((results) => results.map(errorCodes))).toEqual([
      [['TOO_MANY_SUBSCRIPTIONS']],
      [['TOO_MANY_SUBSCRIPTIONS']],
    ]);
    expect(await live()).toEqual({
      subscriptions: 2,
      pollers: 1,
      refusedPerCaller: 1,
      refusedInTotal: 1,
    });

    for (const subscriber of open) await subscriber.close();
    await untilLive(env.stack, { subscriptions: 0, pollers: 0 });
    expect(await live()).toMatchObject({ subscriptions: 0, pollers: 0 });
  });
});

describe('subscription limits in service mode', () => {
  // Every caller reaches CCE with the gateway's AK/SK (one credential scope); each has an API key.
  const keys = ['ck_live_first_caller', 'ck_live_second_caller'];
  const steady = steadyStack(60_000, { subscriptions: { maxPerCaller: 1, maxTotal: 3 } });
  const env = useStack({
    ...steady,
    gateway: {
      ...steady.gateway,
      cce: { serviceCredentials: { accessKey: DEMO_ACCESS_KEY, secretKey: DEMO_SECRET_KEY } },
      security: { apiKeyDigests: keys.map(apiKeyDigest) },
    },
  });

  it('gives each authenticated caller its own slots, and their watchers one poller', async () => {
    const [first, second] = keys.map((key) => ({ 'X-Api-Key': key }));
    const key = { clusterId: DEMO_CLUSTERS.production, namespace: 'live', name: 'service' };
    await createRelease(createClient(env.stack, first), key, DEMO_CHARTS.nginx);

    const mine = watchRelease(env.stack, key, first);
    expect((await mine.next()).data?.releaseStatus.status).toBe('PENDING_INSTALL');
    const overMine = await watchRelease(env.stack, key, first).rest();
    expect(overMine.map(errorCodes)).toEqual([['TOO_MANY_SUBSCRIPTIONS']]);
    expect(overMine[0]?.errors?.[0]?.extensions).toMatchObject({ limit: 1, per: 'caller' });

    const theirs = watchRelease(env.stack, key, second);
    expect((await theirs.next()).data?.releaseStatus.status).toBe('PENDING_INSTALL');
    expect(env.stack.gateway.live.stats()).toEqual({ subscriptions: 2, pollers: 1 });
    await mine.close();
    await theirs.close();
    await untilLive(env.stack, { subscriptions: 0, pollers: 0 });
  });
});

describe('shutdown', () => {
  it('completes open subscriptions when the gateway stops, without waiting for the grace period', async () => {
    const stack = await startStack({
      simulator: { transitionDelayMs: 60_000 },
      // A drain that waited for the open stream would take this long; the test would time out.
      gateway: { server: { shutdownGraceMs: 60_000 } },
    });
    try {
      const key = { clusterId: DEMO_CLUSTERS.production, namespace: 'live', name: 'stopping' };
      await createRelease(createClient(stack), key, DEMO_CHARTS.nginx);
      const response = await post(stack.gatewayUrl, key);
      const stream = frames(response);
      const first = await stream.next();
      expect(first.value).toEqual({ comment: ':' });
      expect((await stream.next()).value).toMatchObject({ event: 'next' });

      const closed = stack.gateway.close();
      const rest: Frame[] = [];
      for await (const frame of stream) rest.push(frame);
      await closed;
      expect(rest.filter((frame) => 'event' in frame)).toEqual([{ event: 'complete', data: '' }]);
      expect(stack.gateway.live.stats()).toEqual({ subscriptions: 0, pollers: 0 });
    } finally {
      await stack.close();
    }
  });
});
