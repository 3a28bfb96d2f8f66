/**
 * The response cache against the real gateway and simulator: a repeat query is answered without
 * calling CCE, but only to the caller who asked first (same token, same project); another token,
 * of another project or of the same one, never gets that answer. Mutations drop what they change,
 * for every caller, and are never cached themselves; neither are answers with errors, nor callers
 * that do not say who they are.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_ACCESS_KEY,
  DEMO_ADDONS,
  DEMO_CHARTS,
  DEMO_CLUSTERS,
  DEMO_RELEASES,
  DEMO_SECRET_KEY,
  DEMO_TOKEN,
  OTHER_PROJECT_ID,
  OTHER_TOKEN,
} from '../../src/simulator/demo-data.ts';
import { ISOLATION_TOKENS, SECOND_DEMO_TOKEN } from './callers.ts';
import { CSRF_HEADER } from '../../src/server/security/csrf.ts';
import type { CacheIsolationClustersQuery } from '../generated/graphql.ts';
import { graphql } from '../generated/index.ts';
import { gql, operationText, startStack, type Stack } from '../support/stack.ts';

const CALLER_A = { 'X-Auth-Token': DEMO_TOKEN };
const CALLER_A_BEARER = { Authorization: `Bearer ${DEMO_TOKEN}` };
const SAME_PROJECT_B = { 'X-Auth-Token': SECOND_DEMO_TOKEN };
const OTHER_PROJECT_B = { 'X-Auth-Token': OTHER_TOKEN, 'X-Project-Id': OTHER_PROJECT_ID };

const CLUSTERS = graphql(`
  query CacheIsolationClusters { clusters { id name releases { totalCount nodes { name status } } } }
`);
const RELEASE_COUNT = graphql(`
  query CacheIsolationReleaseCount($id: ID!) { cluster(id: $id) { releases { totalCount nodes { name } } } }
`);
const CREATED_RELEASE = graphql(`
  query CacheIsolationCreatedRelease($clusterId: ID!) {
    release(clusterId: $clusterId, namespace: "default", name: "cache-created") { name status }
  }
`);
const ADDON_STATES = graphql(`
  query CacheIsolationAddons($id: ID!) { cluster(id: $id) { addons { id status } } }
`);
const RELEASE_CREATE = graphql(`
  mutation CacheIsolationCreate($input: ReleaseCreateInput!) {
    releaseCreate(input: $input) { release { id name status } userErrors { code } }
  }
`);
const ADDON_UNINSTALL = graphql(`
  mutation CacheIsolationUninstall($input: AddonUninstallInput!) {
    addonUninstall(input: $input) { deletedAddonId userErrors { code } }
  }
`);

// TTLs far longer than any test: whether an answer was cached never depends on timing.
const LONG_TTL_MS = 60_000;

async function startCachingStack(gateway: Parameters<typeof startStack>[0] = {}): Promise<Stack> {
  return startStack({
    simulator: {
      tokens: ISOLATION_TOKENS,
    },
    ...gateway,
    gateway: {
      ...gateway.gateway,
      responseCache: { ttlMs: LONG_TTL_MS, maxEntries: 1_000, ...gateway.gateway?.responseCache },
    },
  });
}

describe('response cache, token pass-through', () => {
  let stack: Stack;
  /** Upstream calls made by `run`. */
  async function upstreamCallsOf(run: () => Promise<unknown>): Promise<number> {
    stack.simulator.resetStats();
    await run();
    return stack.simulator.stats().total;
  }

  beforeAll(async () => {
    stack = await startCachingStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  it('answers a repeat query of the same caller from the cache, with no upstream call', async () => {
    const first = await gql(stack, CLUSTERS, undefined, CALLER_A);
    expect(first.errors).toBeUndefined();
    expect(first.data?.clusters?.length).toBeGreaterThan(0);

    let repeat: Awaited<typeof first> | undefined;
    expect(
      await upstreamCallsOf(async () => {
        repeat = await gql(stack, CLUSTERS, undefined, CALLER_A);
      }),
    ).toBe(0);
    expect(repeat?.data).toEqual(first.data);
    // The same token sent as a bearer token is the same caller.
    expect(await upstreamCallsOf(() => gql(stack, CLUSTERS, undefined, CALLER_A_BEARER))).toBe(0);
  });

  it("never gives caller A's cached answer to a token of another project", async () => {
    const a = await gql(stack, CLUSTERS, undefined, CALLER_A);
    let b: Awaited<typeof a> | undefined;
    expect(
      await upstreamCallsOf(async () => {
        b = await gql(stack, CLUSTERS, undefined, OTHER_PROJECT_B);
      }),
    ).toBeGreaterThan(0);
    expect(b?.errors).toBeUndefined();
    const aIds = a.data?.clusters?.map((cluster) => cluster.id);
    expect(b?.data?.clusters?.map((cluster) => cluster.id)).toEqual([
      `Cluster:${DEMO_CLUSTERS.otherProject}`,
    ]);
    expect(aIds).not.toContain(`Cluster:${DEMO_CLUSTERS.otherProject}`);

    // Another project's token naming A's project: CCE refuses it, the cache does not answer it.
    const wrongProject = await gql(stack, CLUSTERS, undefined, { 'X-Auth-Token': OTHER_TOKEN });
    expect(wrongProject.data?.clusters ?? null).toBeNull();
    expect(wrongProject.errors?.[0]?.extensions?.['code']).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });

  it("never gives caller A's cached answer to another token of the same project", async () => {
    const a = await gql(stack, CLUSTERS, undefined, CALLER_A);
    let b: Awaited<typeof a> | undefined;
    expect(
      await upstreamCallsOf(async () => {
        b = await gql(stack, CLUSTERS, undefined, SAME_PROJECT_B);
      }),
    ).toBeGreaterThan(0);
    expect(b?.data).toEqual(a.data); // same project, same data, but fetched for B
    // B's answer is now cached for B, and A's is still A's.
    expect(await upstreamCallsOf(() => gql(stack, CLUSTERS, undefined, SAME_PROJECT_B))).toBe(0);
    expect(await upstreamCallsOf(() => gql(stack, CLUSTERS, undefined, CALLER_A))).toBe(0);
  });

  it('keeps one caller apart in two projects (X-Project-Id is part of the scope)', async () => {
    await gql(stack, CLUSTERS, undefined, CALLER_A);
    const elsewhere = await gql(stack, CLUSTERS, undefined, {
      ...CALLER_A,
      'X-Project-Id': OTHER_PROJECT_ID,
    });
    // demo-token belongs to demo-project: asked for another project, CCE refuses it.
    expect(elsewhere.errors?.[0]?.extensions?.['code']).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });

  it('caches nothing for anonymous requests', async () => {
    const anonymous = await gql(stack, CLUSTERS, undefined, {});
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(anonymous.data ?? null).toBeNull();
  });

  it('does not cache answers with errors', async () => {
    stack.simulator.setFault({ operation: 'ListClusters', type: 'error', status: 403, times: 1 });
    const failed = await gql(stack, '{ clusters { id } }', undefined, CALLER_A);
    expect(failed.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    let retried: Awaited<typeof failed> | undefined;
    expect(
      await upstreamCallsOf(async () => {
        retried = await gql(stack, '{ clusters { id } }', undefined, CALLER_A);
      }),
    ).toBeGreaterThan(0);
    expect(retried?.errors).toBeUndefined();
  });

  it('never caches mutations: each one is sent to CCE', async () => {
    const input = {
      clusterId: DEMO_CLUSTERS.production,
      namespace: 'default',
      name: 'cache-dry-run',
      chartId: DEMO_CHARTS.nginx,
      dryRun: true,
    };
    stack.simulator.resetStats();
    const first = await gql(stack, RELEASE_CREATE, { input }, CALLER_A);
    const second = await gql(stack, RELEASE_CREATE, { input }, CALLER_A);
    expect(first.errors).toBeUndefined();
    expect(second.data).toEqual(first.data);
    expect(stack.simulator.stats().operations['CreateRelease']).toBe(2);
  });

  it('never caches subscriptions: each one streams what CCE says now', async () => {
    const subscription = `subscription($clusterId: ID!, $namespace: String!, $name: String!) {
      releaseStatus(clusterId: $clusterId, namespace: $namespace, name: $name, untilSettled: true) {
        name status } }`;
    const subscribe = async () => {
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...CALLER_A },
        body: JSON.stringify({ query: subscription, variables: DEMO_RELEASES.nginxWeb }),
      });
      expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      return response.text(); // the release has settled: one state, then the stream completes
    };
    const first = await subscribe();
    expect(first).toContain('event: next');
    expect(first).toContain('"status":"DEPLOYED"');
    expect(first).toContain('event: complete');
    let second = '';
    expect(
      await upstreamCallsOf(async () => {
        second = await subscribe();
      }),
    ).toBeGreaterThan(0);
    expect(second).toContain('"status":"DEPLOYED"');
  });

  it('drops cached release lists and lookups of every caller when a release is created', async () => {
    const list = { id: DEMO_CLUSTERS.production };
    const lookup = { clusterId: DEMO_CLUSTERS.production };
    const before = await gql(stack, RELEASE_COUNT, list, CALLER_A);
    const beforeB = await gql(stack, RELEASE_COUNT, list, SAME_PROJECT_B);
    const missing = await gql(stack, CREATED_RELEASE, lookup, CALLER_A);
    expect(missing.data?.release).toBeNull();
    // All three are cached now.
    expect(
      await upstreamCallsOf(async () => {
        await gql(stack, RELEASE_COUNT, list, CALLER_A);
        await gql(stack, RELEASE_COUNT, list, SAME_PROJECT_B);
        await gql(stack, CREATED_RELEASE, lookup, CALLER_A);
      }),
    ).toBe(0);

    const created = await gql(
      stack,
      RELEASE_CREATE,
      {
        input: {
          clusterId: DEMO_CLUSTERS.production,
          namespace: 'default',
          name: 'cache-created',
          chartId: DEMO_CHARTS.nginx,
        },
      },
      CALLER_A,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.releaseCreate).toMatchObject({ userErrors: [] });

    const total = before.data?.cluster?.releases?.totalCount ?? 0;
    const after = await gql(stack, RELEASE_COUNT, list, CALLER_A);
    expect(after.data?.cluster?.releases?.totalCount).toBe(total + 1);
    const afterB = await gql(stack, RELEASE_COUNT, list, SAME_PROJECT_B);
    expect(afterB.data?.cluster?.releases?.totalCount).toBe(total + 1);
    expect(afterB.data).not.toEqual(beforeB.data);
    const found = await gql(stack, CREATED_RELEASE, lookup, CALLER_A);
    expect(found.data?.release?.name).toBe('cache-created');
  });

  it('drops cached add-on answers when an add-on is uninstalled', async () => {
    const variables = { id: DEMO_CLUSTERS.development };
    const everest = `Addon:${DEMO_CLUSTERS.development}/${DEMO_ADDONS.developmentEverest}`;
    const before = await gql(stack, ADDON_STATES, variables, CALLER_A);
    const cachedState = before.data?.cluster?.addons?.find((addon) => addon.id === everest);
    expect(cachedState?.status).toBe('RUNNING');
    expect(await upstreamCallsOf(() => gql(stack, ADDON_STATES, variables, CALLER_A))).toBe(0);

    const uninstalled = await gql(
      stack,
      ADDON_UNINSTALL,
      { input: { clusterId: DEMO_CLUSTERS.development, addonId: DEMO_ADDONS.developmentEverest } },
      CALLER_A,
    );
    expect(uninstalled.data?.addonUninstall).toMatchObject({ userErrors: [] });

    let after: Awaited<typeof before> | undefined;
    expect(
      await upstreamCallsOf(async () => {
        after = await gql(stack, ADDON_STATES, variables, CALLER_A);
      }),
    ).toBeGreaterThan(0);
    // Being deleted, or gone already: in any case not the cached RUNNING add-on.
    const now = after?.data?.cluster?.addons?.find((addon) => addon.id === everest);
    expect(now?.status ?? 'GONE').not.toBe('RUNNING');
  });
});

describe('response cache, expiry', () => {
  it('asks CCE again once an entry is older than the TTL', async () => {
    const stack = await startCachingStack({ gateway: { responseCache: { ttlMs: 50 } } });
    try {
      await gql(stack, '{ clusters { id } }', undefined, CALLER_A);
      stack.simulator.resetStats();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await gql(stack, '{ clusters { id } }', undefined, CALLER_A);
      expect(stack.simulator.stats().total).toBeGreaterThan(0);
    } finally {
      await stack.close();
    }
  });
});

describe('response cache, service mode (the gateway signs with its AK/SK)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startCachingStack({
      gateway: {
        cce: {
          serviceCredentials: { accessKey: DEMO_ACCESS_KEY, secretKey: DEMO_SECRET_KEY },
        },
      },
    });
  });
  afterAll(async () => {
    await stack.close();
  });

  async function callsFor(headers: Record<string, string>): Promise<number> {
    stack.simulator.resetStats();
    const result = await gql(stack, CLUSTERS, undefined, headers);
    expect(result.errors).toBeUndefined();
    return stack.simulator.stats().total;
  }

  it('keys entries by the caller’s API key as well: one key’s answer never serves another', async () => {
    expect(await callsFor({ 'X-Api-Key': 'caller-one-key' })).toBeGreaterThan(0);
    expect(await callsFor({ 'X-Api-Key': 'caller-one-key' })).toBe(0);
    expect(await callsFor({ 'X-Api-Key': 'caller-two-key' })).toBeGreaterThan(0);
  });

  it('caches nothing for a caller who presents no proof of identity', async () => {
    expect(await callsFor({})).toBeGreaterThan(0);
    expect(await callsFor({})).toBeGreaterThan(0);
  });
});

// Before: GET answers carried ETag and Last-Modified (and no Cache-Control), and any request whose
// If-None-Match named a cached entry got 304, whoever sent it.
describe('HTTP caching across callers', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startCachingStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  const get = (headers: Record<string, string>) =>
    fetch(`${stack.gatewayUrl}?query=${encodeURIComponent(operationText(CLUSTERS))}`, {
      headers: { accept: 'application/json', [CSRF_HEADER]: '1', ...headers },
    });

  it.each([
    ['another project', OTHER_PROJECT_B],
    ['a bogus token', { 'X-Auth-Token': 'bogus' }],
    ['no token', {}],
  ])(
    "gives %s no 304 for caller A's answer, and no answer a shared cache could keep",
    async (_, caller) => {
      const a = await get(CALLER_A);
      expect(a.status).toBe(200);
      // A's validator if one was given (and would be kept by a shared cache), else a guessed one.
      const validator = a.headers.get('etag') ?? 'W/"guessed"';
      const lastModified = a.headers.get('last-modified') ?? new Date().toUTCString();

      const b = await get({
        ...caller,
        'If-None-Match': validator,
        'If-Modified-Since': lastModified,
      });
      expect(b.status).not.toBe(304);
      expect(b.headers.get('cache-control')).toBe('private, no-store');
      const body = (await b.json()) as { data?: Partial<CacheIsolationClustersQuery> | null };
      const ids = body.data?.clusters?.map((cluster) => cluster.id) ?? [];
      expect(ids).not.toContain(`Cluster:${DEMO_CLUSTERS.production}`);

      expect(a.headers.get('cache-control')).toBe('private, no-store');
      expect(a.headers.get('etag')).toBeNull();
      expect(a.headers.get('last-modified')).toBeNull();
    },
  );

  it("answers A's own conditional request in full (the gateway offers no validators)", async () => {
    await get(CALLER_A);
    stack.simulator.resetStats();
    const again = await get({ ...CALLER_A, 'If-None-Match': '*' });
    expect(again.status).toBe(200);
    const body = (await again.json()) as { data: CacheIsolationClustersQuery };
    expect(body.data.clusters?.length).toBeGreaterThan(0);
  });
});

describe('response cache bounds', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startCachingStack({
      gateway: { responseCache: { ttlMs: LONG_TTL_MS, maxEntryBytes: 400 } },
    });
  });
  afterAll(async () => {
    await stack.close();
  });

  it('does not store an answer larger than RESPONSE_CACHE_MAX_ENTRY_BYTES', async () => {
    const large = await gql(stack, CLUSTERS, undefined, CALLER_A);
    expect(JSON.stringify(large.data).length).toBeGreaterThan(400);
    stack.simulator.resetStats();
    await gql(stack, CLUSTERS, undefined, CALLER_A);
    expect(stack.simulator.stats().total).toBeGreaterThan(0);

    const small = '{ clusters(type: CCE) { id } }';
    await gql(stack, small, undefined, CALLER_A);
    stack.simulator.resetStats();
    await gql(stack, small, undefined, CALLER_A);
    expect(stack.simulator.stats().total).toBe(0);
  });
});
