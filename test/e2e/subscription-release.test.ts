/**
 * releaseStatus over SSE against the simulator: every lifecycle step seen as it happens, from the
 * pending state the mutation answered with to the settled one, then the end of the stream.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_CHARTS, DEMO_CLUSTERS, DEMO_RELEASES } from '../../src/simulator/demo-data.ts';
import { useStack } from './harness.ts';
import {
  changeRelease,
  createRelease,
  errorCodes,
  LIFECYCLE_STACK,
  RELEASE_WATCH,
  steps,
  subscribe,
  watchRelease,
  type ReleaseData,
  type ReleaseKey,
  type ReleaseState,
  type Result,
} from '../live/subscribe.ts';

const env = useStack(LIFECYCLE_STACK);

function watch(key: ReleaseKey) {
  return watchRelease(env.stack, key);
}

/** `<revision> <status>` of each result. */
const revisions = (results: Array<Result<ReleaseData>>) =>
  steps(results, ({ releaseStatus }) => `${releaseStatus.revision} ${releaseStatus.status}`);

function create(key: ReleaseKey, chartId: string, values: Record<string, unknown> = {}) {
  return createRelease(env.client, key, chartId, values);
}

describe('releaseStatus subscription', () => {
  it('follows an install from PENDING_INSTALL to DEPLOYED, then completes', async () => {
    const key = { clusterId: DEMO_CLUSTERS.production, namespace: 'live', name: 'live-install' };
    const created = await create(key, DEMO_CHARTS.nginx);
    expect(created.status).toBe('PENDING_INSTALL');

    const results = await watch(key).rest();
    expect(revisions(results)).toEqual(['1 PENDING_INSTALL', '1 DEPLOYED']);
    expect(results.map((result) => result.data?.releaseStatus)).toEqual([
      { ...created, statusDescription: 'Initial install underway' },
      { ...created, status: 'DEPLOYED', statusDescription: 'Install complete' },
    ]);
  });

  it('follows an upgrade to DEPLOYED, with the history read anew for every state', async () => {
    const key = DEMO_RELEASES.nginxWeb;
    const upgraded = await changeRelease(env.client, 'releaseUpgrade', {
      ...key,
      values: { replicaCount: 3 },
    });
    const revision = upgraded?.revision;
    expect(upgraded?.status).toBe('PENDING_UPGRADE');

    const subscriber = subscribe<{
      releaseStatus: ReleaseState & { history: Array<{ revision: number; status: string }> };
    }>(
      env.stack,
      `subscription($clusterId: ID!, $namespace: String!, $name: String!) {
        releaseStatus(clusterId: $clusterId, namespace: $namespace, name: $name, untilSettled: true) {
          id status revision statusDescription history { revision status }
        }
      }`,
      key,
    );
    const results = await subscriber.rest();
    expect(revisions(results)).toEqual([`${revision} PENDING_UPGRADE`, `${revision} DEPLOYED`]);
    expect(results.map((result) => result.data?.releaseStatus.history[0])).toEqual([
      { revision, status: 'PENDING_UPGRADE' },
      { revision, status: 'DEPLOYED' },
    ]);
  });

  it('follows a rollback to DEPLOYED', async () => {
    const key = DEMO_RELEASES.magentoMysql;
    const rolledBack = await changeRelease(env.client, 'releaseRollback', { ...key, revision: 1 });
    const revision = rolledBack?.revision;
    const results = await watch(key).rest();
    expect(revisions(results)).toEqual([`${revision} PENDING_ROLLBACK`, `${revision} DEPLOYED`]);
    expect(results.at(-1)?.data?.releaseStatus.statusDescription).toBe('Rollback to 1');
  });

  it('follows a failing install to FAILED', async () => {
    const key = { clusterId: DEMO_CLUSTERS.production, namespace: 'live', name: 'live-failing' };
    await create(key, DEMO_CHARTS.nginx, { simulator: { fail: true } });
    const results = await watch(key).rest();
    expect(revisions(results)).toEqual(['1 PENDING_INSTALL', '1 FAILED']);
    expect(results.at(-1)?.data?.releaseStatus.statusDescription).toMatch(/simulated failure/);
  });

  it('follows an uninstall and ends with the last state marked DELETED once CCE answers 404', async () => {
    const key = DEMO_RELEASES.developmentNginx;
    const deleted = await changeRelease(env.client, 'releaseDelete', key);
    expect(deleted?.status).toBe('DELETING');
    const results = await watch(key).rest();
    const revision = deleted?.revision;
    expect(revisions(results)).toEqual([`${revision} DELETING`, `${revision} DELETED`]);
  });

  it('follows an Autopilot release the same way', async () => {
    const key = { clusterId: DEMO_CLUSTERS.autopilot, namespace: 'live', name: 'live-autopilot' };
    await create(key, DEMO_CHARTS.autopilotNginx);
    const before = env.stack.simulator.stats().operations['ShowAutopilotRelease'] ?? 0;
    expect(revisions(await watch(key).rest())).toEqual(['1 PENDING_INSTALL', '1 DEPLOYED']);
    expect(env.stack.simulator.stats().operations['ShowAutopilotRelease'] ?? 0).toBeGreaterThan(
      before,
    );
  });

  it('watches a settled release on: an upgrade made after subscribing is seen, and the watch stays open', async () => {
    const key = { clusterId: DEMO_CLUSTERS.production, namespace: 'live', name: 'live-watch' };
    await create(key, DEMO_CHARTS.nginx);
    expect(revisions(await watch(key).rest())).toEqual(['1 PENDING_INSTALL', '1 DEPLOYED']);

    // The README's walkthrough: subscribe first, then upgrade in another terminal.
    const watcher = subscribe<ReleaseData>(env.stack, RELEASE_WATCH, key);
    try {
      expect(revisions([await watcher.next()])).toEqual(['1 DEPLOYED']);
      await changeRelease(env.client, 'releaseUpgrade', { ...key, values: { replicaCount: 2 } });
      expect(revisions([await watcher.next(), await watcher.next()])).toEqual([
        '2 PENDING_UPGRADE',
        '2 DEPLOYED',
      ]);
      // Still open after settling: the uninstall is seen too, and only then does it complete.
      await changeRelease(env.client, 'releaseDelete', key);
      expect(revisions(await watcher.rest())).toEqual(['2 DELETING', '2 DELETED']);
    } finally {
      await watcher.close();
    }
    expect(env.stack.gateway.live.stats()).toEqual({ subscriptions: 0, pollers: 0 });
  });

  it('with untilSettled: emits a settled release once and completes', async () => {
    const results = await watch(DEMO_RELEASES.redisCache).rest();
    expect(results.map((result) => result.data?.releaseStatus.status)).toEqual(['FAILED']);
  });

  it('accepts the global id of the cluster', async () => {
    const key = DEMO_RELEASES.autopilotMagentoMysql;
    const results = await watch({ ...key, clusterId: `Cluster:${key.clusterId}` }).rest();
    expect(results.map((result) => result.data?.releaseStatus.id)).toEqual([
      `Release:${key.clusterId}/${key.namespace}/${key.name}`,
    ]);
  });

  it('answers NOT_FOUND for a missing release or cluster and BAD_USER_INPUT for a malformed name, then completes', async () => {
    const cases: Array<[ReleaseKey, string]> = [
      [{ ...DEMO_RELEASES.nginxWeb, name: 'no-such-release' }, 'NOT_FOUND'],
      [
        { ...DEMO_RELEASES.nginxWeb, clusterId: 'cce00000-0000-4000-8000-00000000dead' },
        'NOT_FOUND',
      ],
      [{ ...DEMO_RELEASES.nginxWeb, name: 'Not A Name' }, 'BAD_USER_INPUT'],
    ];
    for (const [key, code] of cases) {
      const results = await watch(key).rest();
      expect(results).toHaveLength(1);
      expect(errorCodes(results[0] as Result<ReleaseData>)).toEqual([code]);
    }
    expect(env.stack.gateway.live.stats()).toEqual({ subscriptions: 0, pollers: 0 });
  });
});
