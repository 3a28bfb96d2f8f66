/**
 * The HTTP edge against the real simulator: health, request ids, credentials, GraphiQL, access log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOKEN } from '../../src/simulator/demo-data.ts';
import { captureLogs } from '../support/logs.ts';
import { gql, startStack, type Stack } from '../support/stack.ts';

const EXTERNAL_ASSET =
  /https?:\/\/[^\s"'`)]*(unpkg\.com|jsdelivr|cdnjs|googleapis|githubusercontent|\bcdn\.)/i;
const EXTERNAL_TAG = /<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=\s*["']?(https?:)?\/\//i;

describe('gateway HTTP edge', () => {
  let stack: Stack;
  const { logger, lines: logs } = captureLogs();

  beforeAll(async () => {
    stack = await startStack({ logger });
  });
  afterAll(async () => {
    await stack.close();
  });

  it('answers /health with 200 (liveness, no upstream call)', async () => {
    stack.simulator.resetStats();
    const response = await fetch(`${stack.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(stack.simulator.stats().total).toBe(0);
  });

  it('echoes a caller-given X-Request-Id on GraphQL answers and health checks', async () => {
    const result = await gql(stack, '{ __typename }', undefined, {
      'X-Request-Id': 'trace-abc.123',
    });
    expect(result.headers.get('x-request-id')).toBe('trace-abc.123');
    const health = await fetch(`${stack.baseUrl}/health`, {
      headers: { 'X-Request-Id': 'probe-1' },
    });
    expect(health.headers.get('x-request-id')).toBe('probe-1');
  });

  it('generates a request id when none, or an unusable one, is given', async () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const none = await gql(stack, '{ __typename }');
    expect(none.headers.get('x-request-id')).toMatch(uuid);
    const forged = await gql(stack, '{ __typename }', undefined, {
      'X-Request-Id': 'abc"} {"level":60',
    });
    expect(forged.headers.get('x-request-id')).toMatch(uuid);
    const tooLong = await gql(stack, '{ __typename }', undefined, {
      'X-Request-Id': 'x'.repeat(200),
    });
    expect(tooLong.headers.get('x-request-id')).toMatch(uuid);
    expect(none.headers.get('x-request-id')).not.toBe(forged.headers.get('x-request-id'));
  });

  it('answers UNAUTHENTICATED without credentials, and calls nothing upstream', async () => {
    stack.simulator.resetStats();
    const result = await gql(stack, '{ clusters { id } }', undefined, {});
    expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
    expect(stack.simulator.stats().total).toBe(0);
  });

  it('takes the token from X-Auth-Token or Authorization: Bearer', async () => {
    const viaHeader = await gql<{ clusters: Array<{ id: string }> }>(stack, '{ clusters { id } }');
    const viaBearer = await gql<{ clusters: Array<{ id: string }> }>(
      stack,
      '{ clusters { id } }',
      undefined,
      {
        Authorization: `Bearer ${DEMO_TOKEN}`,
      },
    );
    expect(viaHeader.errors).toBeUndefined();
    expect(viaHeader.data?.clusters.length).toBeGreaterThan(0);
    expect(viaBearer.data).toEqual(viaHeader.data);
  });

  it('serves GraphiQL from the process itself, with the demo token pre-filled in embedded mode', async () => {
    const response = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('YogaGraphiQL.renderYogaGraphiQL');
    expect(html).not.toContain('unpkg.com');
    expect(html).not.toMatch(EXTERNAL_ASSET);
    expect(html).not.toMatch(EXTERNAL_TAG);
    // The options are embedded as JSON in the page: headers with the demo token, example tabs.
    expect(html).toContain(
      JSON.stringify(JSON.stringify({ 'X-Auth-Token': DEMO_TOKEN }, null, 2)).slice(1, -1),
    );
    expect(html).toContain('query Dashboard');
    expect(html).toContain('mutation CreateRelease');
  });

  it('answers 404 on unknown paths, without yoga’s externally-linked landing page', async () => {
    const response = await fetch(`${stack.baseUrl}/nowhere`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/https?:\/\//);
  });

  it('logs one access line per request, tagged with the request id, without credentials', async () => {
    await gql(stack, '{ clusters { id } }', undefined, {
      'X-Request-Id': 'access-log-1',
      'X-Auth-Token': DEMO_TOKEN,
    });
    const lines = logs.filter((line) => line['requestId'] === 'access-log-1');
    const access = lines.filter((line) => line['msg'] === 'request');
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({ method: 'POST', path: '/graphql', status: 200, level: 30 });
    expect(typeof access[0]?.['durationMs']).toBe('number');
    expect(JSON.stringify(logs)).not.toContain(DEMO_TOKEN);
  });
});

describe('gateway with GRAPHIQL=false', () => {
  it('does not serve GraphiQL', async () => {
    const stack = await startStack({ gateway: { server: { graphiql: false } } });
    try {
      const response = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
      expect(await response.text()).not.toContain('YogaGraphiQL');
    } finally {
      await stack.close();
    }
  });
});
