/**
 * Status subscriptions and the response cache: when a poller reads that CCE settled a release or
 * an add-on, queries stop answering the old state at once, not at the end of the cache's TTL.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_CHARTS, DEMO_CLUSTERS, DEMO_RELEASES } from '../../src/simulator/demo-data.ts';
import { useStack } from './harness.ts';
import {
  createRelease,
  LIFECYCLE_STACK,
  steps,
  watchAddon,
  watchRelease,
  type ReleaseKey,
} from '../live/subscribe.ts';

// A TTL far longer than the test: an answer that changes was not served from the cache.
const env = useStack({
  ...LIFECYCLE_STACK,
  gateway: { ...LIFECYCLE_STACK.gateway, responseCache: { ttlMs: 60_000 } },
});

const RELEASE = `query($clusterId: ID!, $namespace: String!, $name: String!) {
  release(clusterId: $clusterId, namespace: $namespace, name: $name) { status }
}`;
const ADDON = `query($clusterId: ID!, $id: ID!) { addon(clusterId: $clusterId, id: $id) { status } }`;

/** The status a query answers, and whether CCE was asked for it (false: the cache answered). */
async function status(query: string, variables: Record<string, unknown>) {
  const before = env.stack.simulator.stats().total;
  const data = await env.client.request<Record<string, { status: string } | null>>(
    query,
    variables,
  );
  const [object] = Object.values(data);
  return { status: object?.status ?? null, upstream: env.stack.simulator.stats().total > before };
}

const releaseStatus = (key: ReleaseKey) => status(RELEASE, key);

describe('response cache and status subscriptions', () => {
  it('answers a query with the settled state as soon as the subscription reported it', async () => {
    const key = { clusterId: DEMO_CLUSTERS.production, namespace: 'live', name: 'cached' };
    await createRelease(env.client, key, DEMO_CHARTS.nginx);
    expect(await releaseStatus(key)).toEqual({ status: 'PENDING_INSTALL', upstream: true });
    expect(await releaseStatus(key)).toEqual({ status: 'PENDING_INSTALL', upstream: false });

    const results = await watchRelease(env.stack, key).rest();
    expect(steps(results, ({ releaseStatus }) => releaseStatus.status)).toEqual([
      'PENDING_INSTALL',
      'DEPLOYED',
    ]);
    expect(await releaseStatus(key)).toEqual({ status: 'DEPLOYED', upstream: true });
  });

  it('does the same for an add-on', async () => {
    const clusterId = DEMO_CLUSTERS.development;
    const { addonInstall } = await env.client.request<{ addonInstall: { addon: { id: string } } }>(
      `mutation($input: AddonInstallInput!) { addonInstall(input: $input) { addon { id } } }`,
      { input: { clusterId, templateName: 'npd', version: '1.18.46', values: { basic: {} } } },
    );
    const variables = { clusterId, id: addonInstall.addon.id };
    expect(await status(ADDON, variables)).toEqual({ status: 'INSTALLING', upstream: true });
    expect(await status(ADDON, variables)).toEqual({ status: 'INSTALLING', upstream: false });

    const results = await watchAddon(env.stack, clusterId, variables.id).rest();
    expect(steps(results, ({ addonStatus }) => addonStatus.status)).toEqual([
      'INSTALLING',
      'RUNNING',
    ]);
    expect(await status(ADDON, variables)).toEqual({ status: 'RUNNING', upstream: true });
  });

  it('keeps cached answers when a watch sees nothing change', async () => {
    const key = DEMO_RELEASES.nginxWeb;
    expect(await releaseStatus(key)).toMatchObject({ status: 'DEPLOYED' });
    const results = await watchRelease(env.stack, key).rest();
    expect(steps(results, ({ releaseStatus }) => releaseStatus.status)).toEqual(['DEPLOYED']);
    expect(await releaseStatus(key)).toEqual({ status: 'DEPLOYED', upstream: false });
  });
});
