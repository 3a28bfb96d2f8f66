/**
 * Error mapping at the GraphQL edge, against the real simulator with injected faults: every kind of
 * upstream failure gets its `extensions.code`, CCE's error code and request id survive, nothing
 * secret leaks, and a failure nulls only the field that failed.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_ACCESS_KEY,
  DEMO_CLUSTERS,
  DEMO_SECRET_KEY,
  DEMO_TOKEN,
} from '../../src/simulator/demo-data.ts';
import type { Fault } from '../../src/simulator/index.ts';
import { captureLogs } from '../support/logs.ts';
import { graphql } from '../generated/index.ts';
import { gql, startStack, type GqlResult, type Stack } from '../support/stack.ts';

const CLUSTERS = graphql(`
  query ServerErrorsClusters { clusters { uid name type releases { totalCount } } }
`);
const CLUSTER_IDS = graphql(`
  query ServerErrorsClusterIds { clusters { uid } }
`);

describe('upstream errors at the GraphQL edge', () => {
  let stack: Stack;
  const { logger, lines: logs } = captureLogs('info');

  beforeAll(async () => {
    // Short upstream timeouts so that the hang fault becomes a timeout quickly.
    stack = await startStack({ logger, gateway: { cce: { headersTimeoutMs: 300 } } });
  });
  afterEach(() => {
    stack.simulator.clearFaults();
  });
  afterAll(async () => {
    await stack.close();
  });

  async function withFault(fault: Fault) {
    stack.simulator.setFault(fault);
    return gql(stack, CLUSTER_IDS);
  }

  function expectNoSecrets(result: GqlResult<unknown>) {
    const body = JSON.stringify({ data: result.data, errors: result.errors });
    expect(body).not.toContain(DEMO_TOKEN);
    expect(body).not.toContain(DEMO_SECRET_KEY);
  }

  it.each([
    [400, 'BAD_USER_INPUT'],
    [401, 'UNAUTHENTICATED'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [409, 'CONFLICT'],
    [500, 'UPSTREAM_ERROR'],
    [503, 'UPSTREAM_UNAVAILABLE'],
  ])(
    'maps CCE HTTP %i to %s, keeping CCE’s error code, message and request id',
    async (status, code) => {
      const result = await withFault({
        operation: 'ListClusters',
        type: 'error',
        status,
        code: `CCE.TEST${status}`,
        message: `injected ${status}`,
      });
      expect(result.status).toBe(200);
      expect(result.data).toEqual({ clusters: null });
      expect(result.errors).toHaveLength(1);
      const [error] = result.errors ?? [];
      expect(error?.path).toEqual(['clusters']);
      expect(error?.extensions).toMatchObject({
        code,
        cceErrorCode: `CCE.TEST${status}`,
        cceErrorMessage: `injected ${status}`,
      });
      expect(error?.message).toContain(`injected ${status}`);
      expect(error?.extensions?.['upstreamRequestId']).toEqual(expect.any(String));
      expectNoSecrets(result);
    },
  );

  it('maps CCE throttling to RATE_LIMITED', async () => {
    const result = await withFault({ operation: 'ListClusters', type: 'throttle' });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      cceErrorCode: 'CCE.02429001',
    });
    expectNoSecrets(result);
  });

  it("passes CCE's Retry-After on in RATE_LIMITED (extensions.retryAfter, seconds)", async () => {
    const result = await withFault({
      operation: 'ListClusters',
      type: 'throttle',
      retryAfterSeconds: 7,
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 7 });
    const gatewayBusy = await withFault({
      operation: 'ListClusters',
      type: 'throttle',
      code: 'APIG.0308',
    });
    expect(gatewayBusy.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(gatewayBusy.errors?.[0]?.extensions).not.toHaveProperty('retryAfter');
  });

  it('maps an upstream that does not answer in time to UPSTREAM_TIMEOUT', async () => {
    const result = await withFault({ operation: 'ListClusters', type: 'hang' });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_TIMEOUT' });
    expect(result.errors?.[0]?.message).toBe('CCE did not answer in time.');
  });

  it('maps a reset connection to UPSTREAM_UNAVAILABLE', async () => {
    const result = await withFault({ operation: 'ListClusters', type: 'reset' });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE' });
  });

  it('maps an unreadable answer to UPSTREAM_BAD_RESPONSE', async () => {
    const result = await withFault({ operation: 'ListClusters', type: 'malformed' });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_BAD_RESPONSE' });
  });

  it('keeps partial data: a failing release list nulls only the releases of the clusters it serves', async () => {
    stack.simulator.setFault({ operation: 'ListReleases', type: 'error', status: 500 });
    const result = await gql(stack, CLUSTERS);
    const clusters = result.data?.clusters ?? [];
    expect(clusters.map((c) => c.uid)).toEqual(
      expect.arrayContaining([DEMO_CLUSTERS.production, DEMO_CLUSTERS.autopilot]),
    );
    for (const [index, cluster] of clusters.entries()) {
      expect(cluster.name).toEqual(expect.any(String));
      if (cluster.type === 'CCE') {
        expect(cluster.releases).toBeNull();
        const error = result.errors?.find(
          (e) => e.path?.join('.') === `clusters.${index}.releases`,
        );
        expect(error?.extensions?.['code']).toBe('UPSTREAM_ERROR');
      } else {
        // Autopilot clusters list their releases through another operation, which still works.
        expect(cluster.releases?.totalCount).toBeGreaterThan(0);
      }
    }
    expect(result.errors?.length).toBe(clusters.filter((c) => c.type === 'CCE').length);
  });

  it('logs upstream failures as warnings with their code and request id, not as gateway errors', async () => {
    stack.simulator.setFault({ operation: 'ListClusters', type: 'error', status: 404 });
    await gql(stack, '{ clusters { id } }', undefined, {
      'X-Auth-Token': DEMO_TOKEN,
      'X-Request-Id': 'errors-log-1',
    });
    const lines = logs.filter(
      (line) => line['requestId'] === 'errors-log-1' && line['msg'] !== 'request',
    );
    expect(lines.find((line) => line['level'] === 40)).toMatchObject({
      upstream: { code: 'NOT_FOUND' },
      operation: 'ListClusters',
    });
    expect(lines.filter((line) => Number(line['level']) >= 50)).toEqual([]);
    expect(JSON.stringify(logs)).not.toContain(DEMO_TOKEN);
  });
});

describe('AK/SK service mode', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      gateway: {
        cce: { serviceCredentials: { accessKey: DEMO_ACCESS_KEY, secretKey: DEMO_SECRET_KEY } },
      },
    });
  });
  afterAll(async () => {
    await stack.close();
  });

  it('answers callers without a token, signing upstream calls with the service AK/SK', async () => {
    const result = await gql(stack, CLUSTER_IDS, undefined, {});
    expect(result.errors).toBeUndefined();
    expect(result.data?.clusters?.map((c) => c.uid)).toContain(DEMO_CLUSTERS.production);
  });

  it('maps a refusal of the service account to FORBIDDEN without leaking the keys', async () => {
    stack.simulator.setFault({ operation: 'ListClusters', type: 'error', status: 403, times: 1 });
    const result = await gql(stack, CLUSTER_IDS, undefined, {});
    expect(result.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(JSON.stringify(result.errors)).not.toContain(DEMO_SECRET_KEY);
    expect(JSON.stringify(result.errors)).not.toContain(DEMO_ACCESS_KEY);
  });
});
