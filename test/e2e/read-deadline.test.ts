/**
 * The read deadline (READ_DEADLINE_MS): a query's CCE calls still waiting when it passes answer
 * UPSTREAM_TIMEOUT, the rest of the query comes back as data; mutations are not cut by it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_CHARTS, DEMO_RELEASES } from '../../src/simulator/demo-data.ts';
import { graphql } from '../generated/index.ts';
import { useStack } from './harness.ts';

const RELEASE_COUNTS = graphql(`
  query ReadDeadlineReleaseCounts { clusters { name releases { totalCount } } }
`);
const UPGRADE = graphql(`
  mutation ReadDeadlineUpgrade($input: ReleaseUpgradeInput!) {
    releaseUpgrade(input: $input) { release { status } userErrors { code } }
  }
`);

const DEADLINE_MS = 400;
/** Far beyond the deadline, and below the upstream headers timeout (30 s). */
const SLOW_MS = 20_000;

describe('the read deadline', () => {
  const env = useStack({ gateway: { server: { readDeadlineMs: DEADLINE_MS } } });
  afterEach(() => {
    env.stack.simulator.clearFaults();
  });

  it('answers the fields that made it, and UPSTREAM_TIMEOUT for the one still waiting', async () => {
    // Only the Autopilot cluster's releases come from ListAutopilotReleases.
    env.stack.simulator.setFault({
      type: 'latency',
      latencyMs: SLOW_MS,
      operation: 'ListAutopilotReleases',
    });
    const startedAt = Date.now();
    const { data, errors } = await env.client.raw(RELEASE_COUNTS);
    const elapsedMs = Date.now() - startedAt;

    expect(data.clusters).toEqual([
      { name: 'prod-cce', releases: { totalCount: 2 } },
      { name: 'dev-cce', releases: { totalCount: 2 } },
      { name: 'autopilot-web', releases: null },
    ]);
    expect(errors).toEqual([
      expect.objectContaining({
        path: ['clusters', 2, 'releases'],
        extensions: expect.objectContaining({ code: 'UPSTREAM_TIMEOUT' }) as unknown,
      }),
    ]);
    // Answered at the deadline, not when CCE (or the upstream timeout) would have answered.
    expect(elapsedMs).toBeLessThan(SLOW_MS);
    expect(env.stack.simulator.stats().operations['ListAutopilotReleases']).toBe(1);
  });

  it('does not cut a mutation that takes longer than the deadline', async () => {
    const release = DEMO_RELEASES.nginxWeb;
    env.stack.simulator.setFault({
      type: 'latency',
      latencyMs: DEADLINE_MS * 3,
      operation: 'UpdateRelease',
    });
    env.stack.simulator.resetStats();
    const { data, errors } = await env.client.raw(UPGRADE, {
      input: {
        clusterId: release.clusterId,
        namespace: release.namespace,
        name: release.name,
        chartId: `Chart:CCE/${DEMO_CHARTS.nginxNext}`,
        values: { replicaCount: 2 },
      },
    });
    expect(errors).toEqual([]);
    expect(data.releaseUpgrade).toEqual({ release: { status: 'PENDING_UPGRADE' }, userErrors: [] });
    expect(env.stack.simulator.stats().operations['UpdateRelease']).toBe(1);
  });
});
