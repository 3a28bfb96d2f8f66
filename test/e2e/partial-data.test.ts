/**
 * Partial answers under injected upstream faults: a failing CCE call nulls only the fields that
 * depend on it, with an error that carries `extensions.code` and CCE's own error code; everything
 * else in the same request is still answered.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_CLUSTERS } from '../../src/simulator/demo-data.ts';
import { graphql } from '../generated/index.ts';
import { useStack } from './harness.ts';

const CLUSTERS = graphql(`
  query PartialDataClusters { clusters { name releases { totalCount } addons { name } } }
`);
const HISTORIES = graphql(`
  query PartialDataHistories($id: ID!) {
    cluster(id: $id) { releases { nodes { name status history { revision } } } }
  }
`);
const BOTH_FAMILIES = graphql(`
  query PartialDataFamilies($standard: ID!, $autopilot: ID!) {
    all: clusters { name }
    standard: cluster(id: $standard) { name releases { totalCount } }
    autopilot: cluster(id: $autopilot) { name }
  }
`);

describe('partial data under upstream faults', () => {
  const env = useStack();
  afterEach(() => {
    env.stack.simulator.clearFaults();
  });

  it('nulls the add-ons of the clusters whose add-on list failed, and keeps the rest', async () => {
    env.stack.simulator.setFault({ operation: 'ListAddonInstances', type: 'error', status: 500 });
    const { data, errors } = await env.client.raw(CLUSTERS);
    expect(data.clusters).toEqual([
      { name: 'prod-cce', releases: { totalCount: 2 }, addons: null },
      { name: 'dev-cce', releases: { totalCount: 2 }, addons: null },
      // Autopilot add-ons come from ListAutopilotAddonInstances, which did not fail.
      {
        name: 'autopilot-web',
        releases: { totalCount: 2 },
        addons: [{ name: 'coredns' }, { name: 'metrics-server' }],
      },
    ]);
    expect(errors.map((error) => error.path)).toEqual([
      ['clusters', 0, 'addons'],
      ['clusters', 1, 'addons'],
    ]);
    for (const error of errors) {
      expect(error.extensions).toMatchObject({ code: 'UPSTREAM_ERROR' });
      expect(typeof error.extensions?.['cceErrorCode']).toBe('string');
    }
  });

  it('nulls one release`s history when its history call fails, not the release', async () => {
    env.stack.simulator.setFault({
      operation: 'ShowAutopilotReleaseHistory',
      type: 'error',
      status: 403,
    });
    const { data, errors } = await env.client.raw(HISTORIES, { id: DEMO_CLUSTERS.autopilot });
    expect(data.cluster?.releases?.nodes).toEqual([
      { name: 'magento-mysql', status: 'DEPLOYED', history: null },
      { name: 'nginx-web', status: 'DEPLOYED', history: null },
    ]);
    expect(errors).toHaveLength(2);
    expect(errors.map((error) => error.extensions?.['code'])).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('still finds a standard cluster when only the Autopilot cluster list fails', async () => {
    env.stack.simulator.setFault({
      operation: 'ListAutopilotClusters',
      type: 'error',
      status: 503,
    });
    const { data, errors } = await env.client.raw(BOTH_FAMILIES, {
      standard: DEMO_CLUSTERS.production,
      autopilot: DEMO_CLUSTERS.autopilot,
    });
    expect(data).toEqual({
      all: null,
      standard: { name: 'prod-cce', releases: { totalCount: 2 } },
      autopilot: null,
    });
    expect(errors.map((error) => [error.path?.[0], error.extensions?.['code']])).toEqual([
      ['all', 'UPSTREAM_UNAVAILABLE'],
      ['autopilot', 'UPSTREAM_UNAVAILABLE'],
    ]);
  });

  it('asks CCE once per request for a list that failed, however many fields need it', async () => {
    env.stack.simulator.setFault({ operation: 'ListCharts', type: 'error', status: 500 });
    env.stack.simulator.resetStats();
    const { errors } = await env.client.raw(
      '{ clusters(type: CCE) { releases { nodes { chart { name } } } } charts(clusterType: CCE) { name } }',
    );
    // Four releases and the chart query all failed on the same (retried) call.
    expect(errors).toHaveLength(5);
    const attempts = env.stack.simulator.stats().operations['ListCharts'] ?? 0;
    env.stack.simulator.resetStats();
    await env.client.raw('{ charts(clusterType: CCE) { name } }');
    expect(env.stack.simulator.stats().operations['ListCharts']).toBe(attempts);
  });
});
