/**
 * Embedded mode serves the simulator's control routes on the gateway's own port, so the README's
 * fault-injection and reset commands work against `npm start`, and a reset empties the gateway's
 * response cache; with a separate CCE endpoint the gateway serves no such routes.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_CHARTS, DEMO_CLUSTERS } from '../../src/simulator/demo-data.ts';
import { call } from '../simulator/helpers.ts';
import { graphql } from '../generated/index.ts';
import { gql, startStack, type Stack } from '../support/stack.ts';
import { useStack } from './harness.ts';

const RELEASES_QUERY = graphql(`
  query SimulatorControlReleases($id: ID!) { cluster(id: $id) { releases(first: 50) { nodes { name } } } }
`);
const CREATE = graphql(`
  mutation SimulatorControlCreate($in: ReleaseCreateInput!) { releaseCreate(input: $in) { userErrors { message } } }
`);

/** The names of prod-cce's releases, as the gateway answers them. */
async function releaseNames(stack: Stack) {
  const { data } = await gql(stack, RELEASES_QUERY, { id: DEMO_CLUSTERS.production });
  return data?.cluster?.releases?.nodes.map((node) => node.name);
}

describe('embedded mode', () => {
  const under = useStack();

  it('answers /__simulator/stats and /__simulator/faults on the gateway port', async () => {
    const { baseUrl } = under.stack;
    await fetch(`${baseUrl}/__simulator/stats`, { method: 'DELETE' });
    const put = await fetch(`${baseUrl}/__simulator/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operation: 'ListReleases', type: 'error', status: 500, times: 3 }),
    });
    expect(put.status).toBe(200);

    const failed = await gql(under.stack, RELEASES_QUERY, { id: DEMO_CLUSTERS.production });
    expect(failed.errors?.[0]?.extensions?.['code']).toMatch(/^UPSTREAM_/);

    const stats = (await (await fetch(`${baseUrl}/__simulator/stats`)).json()) as {
      operations: Record<string, number>;
    };
    expect(stats.operations['ListReleases']).toBe(3);
    expect((await fetch(`${baseUrl}/__simulator/faults`, { method: 'DELETE' })).status).toBe(204);
    const faults = (await (await fetch(`${baseUrl}/__simulator/faults`)).json()) as unknown;
    expect(faults).toEqual({ faults: [] });
  });

  it('POST /__simulator/reset brings back the demo data', async () => {
    const { stack } = under;
    const created = await gql(stack, CREATE, {
      in: {
        clusterId: DEMO_CLUSTERS.production,
        namespace: 'default',
        name: 'reset-me',
        chartId: DEMO_CHARTS.nginx,
      },
    });
    expect(created.errors).toBeUndefined();
    expect(await releaseNames(stack)).toContain('reset-me');
    expect((await fetch(`${stack.baseUrl}/__simulator/reset`, { method: 'POST' })).status).toBe(
      204,
    );
    expect(await releaseNames(stack)).not.toContain('reset-me');
  });
});

describe('embedded mode with the response cache on', () => {
  // Cached answers would live for the whole test: only the reset can drop them.
  const under = useStack({ gateway: { responseCache: { ttlMs: 600_000 } } });

  it('POST /__simulator/reset empties the response cache: the next query shows the demo data', async () => {
    const { stack } = under;
    // Created on the simulator itself, past the gateway: no mutation drops a cached answer.
    const created = await call(
      stack.simulator,
      'POST',
      `/cce/cam/v3/clusters/${DEMO_CLUSTERS.production}/releases`,
      {
        body: {
          chart_id: DEMO_CHARTS.nginx,
          name: 'reset-me',
          namespace: 'default',
          version: '1.2.0',
          values: {},
        },
      },
    );
    expect(created.status).toBe(201);
    expect(await releaseNames(stack)).toContain('reset-me');
    // The answer is cached: asked again, the gateway does not call CCE.
    stack.simulator.resetStats();
    expect(await releaseNames(stack)).toContain('reset-me');
    expect(stack.simulator.stats().operations['ListReleases']).toBeUndefined();

    expect((await fetch(`${stack.baseUrl}/__simulator/reset`, { method: 'POST' })).status).toBe(
      204,
    );
    expect(await releaseNames(stack)).not.toContain('reset-me');
    expect(stack.simulator.stats().operations['ListReleases']).toBe(1);
  });
});

describe('with a separate CCE endpoint', () => {
  it('serves no control routes (they belong to that endpoint)', async () => {
    const stack = await startStack({
      upstream: (url) => Promise.resolve({ url, close: () => Promise.resolve() }),
    });
    try {
      const answer = await fetch(`${stack.baseUrl}/__simulator/stats`);
      expect(answer.status).toBe(404);
    } finally {
      await stack.close();
    }
  });
});
