/**
 * The lean, helpful HTTP edge, over real HTTP: compressed answers, GraphiQL's page with validators
 * and compression, a code on every error (variable coercion included), and field suggestions that
 * follow introspection.
 */
import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { DEMO_TOKEN } from '../../src/simulator/demo-data.ts';
import { gql, startStack, type Stack } from '../support/stack.ts';

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as they came over the wire (fetch would decompress them). */
  body: Buffer;
}

function raw(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: init.method ?? 'GET', headers: init.headers });
    request.on('error', reject);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
      response.on('error', reject);
    });
    request.end(init.body);
  });
}

const DASHBOARD = `{ clusters { id name type phase releases(first: 50) { totalCount nodes { name namespace status chart { name version } } } addons { name version status } } }`;

function postGraphql(stack: Stack, query: string, acceptEncoding?: string) {
  return raw(stack.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      'x-auth-token': DEMO_TOKEN,
      ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }),
    },
    body: JSON.stringify({ query }),
  });
}

function decode(answer: RawAnswer): Buffer {
  switch (answer.headers['content-encoding']) {
    case 'br':
      return brotliDecompressSync(answer.body);
    case 'gzip':
      return gunzipSync(answer.body);
    default:
      return answer.body;
  }
}

describe('compressed answers', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it('compresses a large GraphQL answer with brotli or gzip, as Accept-Encoding asks', async () => {
    const plain = await postGraphql(stack, DASHBOARD);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.byteLength).toBeGreaterThan(1024);
    expect(plain.headers['vary']).toMatch(/Accept-Encoding/);

    const br = await postGraphql(stack, DASHBOARD, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(Number(br.headers['content-length'])).toBe(br.body.byteLength);
    expect(br.body.byteLength).toBeLessThan(plain.body.byteLength / 3);
    expect(JSON.parse(decode(br).toString())).toEqual(JSON.parse(plain.body.toString()));
    expect(br.headers['cache-control']).toBe('private, no-store');

    const gzip = await postGraphql(stack, DASHBOARD, 'br;q=0.5, gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(decode(gzip).toString())).toEqual(JSON.parse(plain.body.toString()));
  });

  it('sends small answers and refused encodings as they are', async () => {
    const small = await postGraphql(stack, '{ __typename }', 'br, gzip');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ data: { __typename: 'Query' } });

    const refused = await postGraphql(stack, DASHBOARD, 'br;q=0, gzip;q=0, identity');
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(refused.body.toString())).toHaveProperty('data.clusters');
  });
});

describe("GraphiQL's page", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  const page = (headers: Record<string, string>) =>
    raw(stack.gatewayUrl, { headers: { accept: 'text/html', ...headers } });

  it('is sent compressed, with a strong ETag and a long Cache-Control, and revalidates to 304', async () => {
    const plain = await page({});
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(plain.headers['cache-control']).toBe('public, max-age=86400');
    expect(plain.headers['etag']).toMatch(/^"[\w-]+"$/);

    const br = await page({ 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.byteLength).toBeLessThan(plain.body.byteLength / 3);
    expect(decode(br).equals(plain.body)).toBe(true);
    // One representation, one strong tag.
    expect(br.headers['etag']).not.toBe(plain.headers['etag']);

    const gzip = await page({ 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decode(gzip).equals(plain.body)).toBe(true);

    const again = await page({
      'accept-encoding': 'gzip, deflate, br',
      'if-none-match': String(br.headers['etag']),
    });
    expect(again.status).toBe(304);
    expect(again.body.byteLength).toBe(0);
    expect(again.headers['etag']).toBe(br.headers['etag']);
  });

  it('is not served when GRAPHIQL=false', async () => {
    const off = await startStack({
      gateway: { server: { ...stack.config.server, graphiql: false } },
    });
    try {
      const answer = await raw(off.gatewayUrl, { headers: { accept: 'text/html' } });
      expect(answer.headers['content-type'] ?? '').not.toMatch(/text\/html/);
    } finally {
      await off.close();
    }
  });
});

describe('error codes and suggestions', () => {
  let stack: Stack;
  let closed: Stack;
  beforeAll(async () => {
    stack = await startStack();
    // Introspection off as a deployment turns it off: suggestions follow from the setting.
    closed = await startStack({
      gateway: { security: loadConfig({ GRAPHQL_INTROSPECTION: 'false' }).security },
    });
  });
  afterAll(async () => {
    await stack.close();
    await closed.close();
  });

  const COERCION = 'query ($first: Int) { clusters { releases(first: $first) { totalCount } } }';

  it.each([true, false])(
    'answers a variable that does not coerce with BAD_USER_INPUT (graphql-jit %s)',
    async (graphqlJit) => {
      const target =
        graphqlJit === stack.config.server.graphqlJit
          ? stack
          : await startStack({ gateway: { server: { ...stack.config.server, graphqlJit } } });
      try {
        const wrongType = await gql(target, COERCION, { first: 'ten' });
        expect(wrongType.errors?.[0]?.message).toMatch(/^Variable "\$first" got invalid value/);
        expect(wrongType.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
        const missing = await gql(target, 'query ($id: ID!) { cluster(id: $id) { name } }', {});
        expect(missing.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
      } finally {
        if (target !== stack) await target.close();
      }
    },
  );

  it('shows field suggestions while introspection is on, and hides them when it is off', async () => {
    const typo = '{ clusterz { name } }';
    expect(stack.config.security.introspection).toBe(true);
    const shown = await gql(stack, typo);
    expect(shown.errors?.[0]?.message).toMatch(/Did you mean .*"clusters"/);
    const hidden = await gql(closed, typo);
    expect(hidden.errors?.[0]?.message).toBe('Cannot query field "clusterz" on type "Query".');
  });
});
