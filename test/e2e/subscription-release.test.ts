/**
 * releaseStatus over SSE against the simulator: every lifecycle step seen as it happens, from the
 * pending state the mutation answered with to the settled one, then the end of the stream.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_CHARTS, DEMO_CLUSTERS, DEMO_RELEASES } from '../../src/simulator/demo-data.ts';
import { useStack } from './harness.ts';
import {
  createRelease,
  errorCodes,
  RELEASE_STATUS,
  subscribe,
  type ReleaseKey,
  type ReleaseState,
  type Result,
} from '../live/subscribe.ts';

type Data = { releaseStatus: ReleaseState };

// Transitions slow enough that the pending state is always read before it settles; quick polls.
const env = useStack({
  simulator: { transitionDelayMs: 800 },
  gateway: { subscriptions: { pollInitialMs: 50, pollMaxMs: 200 } },
});

function watch(key: ReleaseKey, headers?: Record<string, string>) {
  return subscribe<Data>(env.stack, RELEASE_STATUS, key, headers);
}

/** `<revision> <status>` of each result; every result must carry data and no errors. */
function steps(results: Array<Result<Data>>): string[] {
  return results.map((result) => {
    expect(result.errors).toBeUndefined();
    const release = result.data?.releaseStatus;
    return `${release?.revision} ${release?.status}`;
  });
}

function create(key: ReleaseKey, chartId: string, values: Record<string, unknown> = {}) {
  return createRelease(env.client, key, chartId, values);
}

describe('releaseStatus subscription', () => {
  it('follows an install from PENDING_INSTALL to DEPLOYED, then completes', async () => {
    const key = { clusterId: DEMO_CLUSTERS.production, namespace: 'live', name: 'live-install' };
    const created = await create(key, DEMO_CHARTS.nginx);
    expect(created.status).toBe('PENDING_INSTALL');

    const results = await watch(key).rest();
    expect(steps(results)).toEqual(['1 PENDING_INSTALL', '1 DEPLOYED']);
    expect(results.map((result) => result.data?.releaseStatus)).toEqual([
      { ...created, statusDescription: 'Initial install underway' },
      { ...created, status: 'DEPLOYED', statusDescription: 'Install complete' },
    ]);
  });

  it('follows an upgrade to DEPLOYED, with the history read anew for every state', async () => {
    const key = DEMO_RELEASES.nginxWeb;
    const { releaseUpgrade } = await env.client.request<{
      releaseUpgrade: { release: ReleaseState };
    }>(
      `mutation($input: ReleaseUpgradeInput!) {
        releaseUpgrade(input: $input) { release { status revision } }
      }`,
      { input: { ...key, values: { replicaCount: 3 } } },
    );
    const { revision } = releaseUpgrade.release;
    expect(releaseUpgrade.release.status).toBe('PENDING_UPGRADE');

    const subscriber = subscribe<{
      releaseStatus: ReleaseState & { history: Array<{ revision: number; status: string }> };
    }>(
      env.stack,
      `subscription($clusterId: ID!, $namespace: String!, $name: String!) {
        releaseStatus(clusterId: $clusterId, namespace: $namespace, name: $name) {
          id status revision statusDescription history { revision status }
        }
      }`,
      key,
    );
    const results = await subscriber.rest();
    expect(steps(results)).toEqual([`${revision} PENDING_UPGRADE`, `${revision} DEPLOYED`]);
    expect(results.map((result) => result.data?.releaseStatus.history[0])).toEqual([
      { revision, status: 'PENDING_UPGRADE' },
      { revision, status: 'DEPLOYED' },
    ]);
  });

  it('follows a rollback to DEPLOYED', async () => {
    const key = DEMO_RELEASES.magentoMysql;
    const { releaseRollback } = await env.client.request<{
      releaseRollback: { release: ReleaseState };
    }>(
      `mutation($input: ReleaseRollbackInput!) {
        releaseRollback(input: $input) { release { status revision } }
      }`,
      { input: { ...key, revision: 1 } },
    );
    const { revision } = releaseRollback.release;
    const results = await watch(key).rest();
    expect(steps(results)).toEqual([`${revision} PENDING_ROLLBACK`, `${revision} DEPLOYED`]);
    expect(results.at(-1)?.data?.releaseStatus.statusDescription).toBe('Rollback to 1');
  });

  it('follows a failing install to FAILED', async () => {
    const key = { clusterId: DEMO_CLUSTERS.production, namespace: 'live', name: 'live-failing' };
    await create(key, DEMO_CHARTS.nginx, { simulator: { fail: true } });
    const results = await watch(key).rest();
    expect(steps(results)).toEqual(['1 PENDING_INSTALL', '1 FAILED']);
    expect(results.at(-1)?.data?.releaseStatus.statusDescription).toMatch(/simulated failure/);
  });

  it('follows an uninstall and ends with the last state marked DELETED once CCE answers 404', async () => {
    const key = DEMO_RELEASES.developmentNginx;
    const { releaseDelete } = await env.client.request<{
      releaseDelete: { release: ReleaseState | null };
    }>(
      `mutation($input: ReleaseDeleteInput!) {
        releaseDelete(input: $input) { release { status revision } }
      }`,
      { input: key },
    );
    expect(releaseDelete.release?.status).toBe('DELETING');
    const results = await watch(key).rest();
    const revision = releaseDelete.release?.revision;
    expect(steps(results)).toEqual([`${revision} DELETING`, `${revision} DELETED`]);
  });

  it('follows an Autopilot release the same way', async () => {
    const key = { clusterId: DEMO_CLUSTERS.autopilot, namespace: 'live', name: 'live-autopilot' };
    await create(key, DEMO_CHARTS.autopilotNginx);
    const before = env.stack.simulator.stats().operations['ShowAutopilotRelease'] ?? 0;
    expect(steps(await watch(key).rest())).toEqual(['1 PENDING_INSTALL', '1 DEPLOYED']);
    expect(env.stack.simulator.stats().operations['ShowAutopilotRelease'] ?? 0).toBeGreaterThan(
      before,
    );
  });

  it('emits a settled release once and completes', async () => {
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
      expect(errorCodes(results[0] as Result<Data>)).toEqual([code]);
    }
    expect(env.stack.gateway.live.stats()).toEqual({ subscriptions: 0, pollers: 0 });
  });
});
