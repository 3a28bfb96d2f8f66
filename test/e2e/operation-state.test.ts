/**
 * Stuck and failed operations (`pendingSince`, `stuck`, `Release.lastOperation`) and the node
 * figures of clusters (`nodeSummary`, `installedAddonCount`), against the simulator.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_ADDONS, DEMO_CLUSTERS, DEMO_RELEASES } from '../../src/simulator/demo-data.ts';
import { graphql } from '../generated/index.ts';
import { pollUntil, useStack, type Client } from './harness.ts';

const RELEASE_STATE = graphql(`
  query OperationStateRelease($clusterId: ID!, $namespace: String!, $name: String!) {
    release(clusterId: $clusterId, namespace: $namespace, name: $name) {
      status revision pendingSince stuck
      lastOperation { kind fromRevision toRevision restoredRevision status failed rolledBack rolledBackTo at }
    }
  }
`);
const ADDON_STATE = graphql(`
  query OperationStateAddon($clusterId: ID!, $addonId: ID!) {
    addon(clusterId: $clusterId, addonId: $addonId) { status pendingSince stuck }
  }
`);
const UPGRADE = graphql(`
  mutation OperationStateUpgrade($input: ReleaseUpgradeInput!) {
    releaseUpgrade(input: $input) { userErrors { code message } }
  }
`);
const ADDON_UPGRADE = graphql(`
  mutation OperationStateAddonUpgrade($input: AddonUpgradeInput!) {
    addonUpgrade(input: $input) { userErrors { code message } }
  }
`);
const ROLLBACK = graphql(`
  mutation OperationStateRollback($input: ReleaseRollbackInput!) {
    releaseRollback(input: $input) { userErrors { code message } }
  }
`);
const CLUSTER_FIGURES = graphql(`
  query OperationStateClusterFigures {
    clusters { name nodeSummary { total active cpu memoryGiB } installedAddonCount }
  }
`);

async function releaseState(
  client: Client,
  key: { clusterId: string; namespace: string; name: string },
) {
  const { release } = await client.request(RELEASE_STATE, key);
  if (!release) throw new Error(`No release ${key.namespace}/${key.name}`);
  return release;
}

describe('operations that do not settle', () => {
  // Transitions take ten minutes here: whatever starts stays pending for the whole test.
  const env = useStack({
    simulator: { transitionDelayMs: 600_000 },
    gateway: { insights: { stuckAfterMs: 1 } },
  });

  it('reports a pending release as stuck after the configured threshold, a settled one never', async () => {
    const settled = await releaseState(env.client, DEMO_RELEASES.autopilotNginx);
    expect(settled).toMatchObject({ status: 'DEPLOYED', pendingSince: null, stuck: false });
    const upgrade = await env.client.request(UPGRADE, {
      input: { ...DEMO_RELEASES.autopilotNginx, valuesPatch: { replicaCount: 4 } },
    });
    expect(upgrade.releaseUpgrade.userErrors).toEqual([]);
    const pending = await pollUntil(
      () => releaseState(env.client, DEMO_RELEASES.autopilotNginx),
      (state) => state.stuck,
    );
    expect(pending.status).toBe('PENDING_UPGRADE');
    expect(Date.parse(pending.pendingSince ?? '')).toBeLessThanOrEqual(Date.now());
    expect(pending.lastOperation).toMatchObject({
      kind: 'UPGRADE',
      fromRevision: 2,
      toRevision: 3,
      status: 'PENDING_UPGRADE',
      failed: false,
    });
  });

  it('does the same for an add-on', async () => {
    const key = { clusterId: DEMO_CLUSTERS.development, addonId: DEMO_ADDONS.developmentEverest };
    const before = await env.client.request(ADDON_STATE, key);
    expect(before.addon).toMatchObject({ status: 'RUNNING', pendingSince: null, stuck: false });
    const upgrade = await env.client.request(ADDON_UPGRADE, {
      input: { ...key, version: '2.3.8', valuesPatch: {} },
    });
    expect(upgrade.addonUpgrade.userErrors).toEqual([]);
    const pending = await pollUntil(
      () => env.client.request(ADDON_STATE, key),
      ({ addon }) => addon?.stuck === true,
    );
    expect(pending.addon?.status).toBe('UPGRADING');
  });
});

describe('a pending release under the default threshold', () => {
  const env = useStack({ simulator: { transitionDelayMs: 600_000 } });

  it('is pending, not stuck', async () => {
    await env.client.request(UPGRADE, {
      input: { ...DEMO_RELEASES.nginxWeb, valuesPatch: { replicaCount: 4 } },
    });
    const state = await releaseState(env.client, DEMO_RELEASES.nginxWeb);
    expect(state).toMatchObject({ status: 'PENDING_UPGRADE', stuck: false });
    expect(state.pendingSince).not.toBeNull();
  });
});

describe('the last operation of a release', () => {
  const env = useStack();
  const key = DEMO_RELEASES.developmentNginx;
  const settledState = () =>
    pollUntil(
      () => releaseState(env.client, key),
      (state) => !state.status.startsWith('PENDING_'),
    );

  it('is the install at first, then a failed upgrade, then that upgrade rolled back', async () => {
    expect((await settledState()).lastOperation).toMatchObject({
      kind: 'INSTALL',
      fromRevision: null,
      toRevision: 1,
      failed: false,
      rolledBack: false,
    });
    // The simulator's failure switch: values.simulator.fail makes the operation FAILED.
    await env.client.request(UPGRADE, {
      input: { ...key, valuesPatch: { simulator: { fail: true } } },
    });
    const failed = await settledState();
    expect(failed.status).toBe('FAILED');
    expect(failed.lastOperation).toMatchObject({
      kind: 'UPGRADE',
      fromRevision: 1,
      toRevision: 2,
      status: 'FAILED',
      failed: true,
      rolledBack: false,
      rolledBackTo: null,
    });
    await env.client.request(ROLLBACK, { input: { ...key, revision: 1 } });
    const rolledBack = await settledState();
    expect(rolledBack).toMatchObject({ status: 'DEPLOYED', revision: 3 });
    expect(rolledBack.lastOperation).toMatchObject({
      kind: 'UPGRADE',
      toRevision: 2,
      failed: true,
      rolledBack: true,
      rolledBackTo: 1,
    });
  });
});

describe('cluster node figures', () => {
  const env = useStack();

  it('come with the cluster lists, at no extra call', async () => {
    env.stack.simulator.resetStats();
    const { clusters } = await env.client.request(CLUSTER_FIGURES);
    expect(clusters).toEqual([
      {
        name: 'prod-cce',
        nodeSummary: { total: 6, active: 6, cpu: 48, memoryGiB: 192 },
        installedAddonCount: 2,
      },
      {
        name: 'dev-cce',
        nodeSummary: { total: 2, active: 2, cpu: 8, memoryGiB: 32 },
        installedAddonCount: 2,
      },
      {
        name: 'autopilot-web',
        nodeSummary: { total: 0, active: 0, cpu: 0, memoryGiB: 0 },
        installedAddonCount: 2,
      },
    ]);
    expect(env.stack.simulator.stats().operations).toEqual({
      ListClusters: 1,
      ListAutopilotClusters: 1,
    });
  });
});
