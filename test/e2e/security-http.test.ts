/**
 * The HTTP side of the security edge against the live gateway: CSRF prevention, the CORS
 * allow-list, the request body limit and batching.
 */
import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { DEMO_TOKEN } from '../../src/simulator/demo-data.ts';
import { startStack, type Stack } from '../support/stack.ts';
import { useStack } from './harness.ts';

const RELEASE_MUTATION = `mutation {
  releaseDelete(input: { clusterId: "x", namespace: "default", name: "victim" }) { userErrors { code } }
}`;
const EVIL_ORIGIN = 'https://evil.example';
const APP_ORIGIN = 'https://app.example.com';
// Even `{ __typename }` needs a caller: the gateway builds no context without credentials.
const AUTH = { 'X-Auth-Token': DEMO_TOKEN };

function post(stack: Stack, body: string, headers: Record<string, string>): Promise<Response> {
  return fetch(stack.gatewayUrl, { method: 'POST', headers, body });
}

interface ErrorBody {
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

async function errorsOf(response: Response): Promise<NonNullable<ErrorBody['errors']>> {
  return ((await response.json()) as ErrorBody).errors ?? [];
}

describe('CSRF prevention', () => {
  const run = useStack();

  it('refuses a cross-origin form-encoded POST mutation (403, CSRF_HEADER_REQUIRED), before anything runs', async () => {
    run.stack.simulator.resetStats();
    // What an HTML form on another site submits: no preflight, the browser adds the Origin.
    const response = await post(
      run.stack,
      new URLSearchParams({ query: RELEASE_MUTATION }).toString(),
      {
        'content-type': 'application/x-www-form-urlencoded',
        origin: EVIL_ORIGIN,
        'X-Auth-Token': DEMO_TOKEN,
      },
    );
    expect(response.status).toBe(403);
    expect((await errorsOf(response))[0]?.extensions?.['code']).toBe('CSRF_HEADER_REQUIRED');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(run.stack.simulator.stats().total).toBe(0);
  });

  it.each(['text/plain', 'multipart/form-data; boundary=x'])(
    'refuses other content types a form can send (%s)',
    async (contentType) => {
      const response = await post(run.stack, JSON.stringify({ query: '{ __typename }' }), {
        'content-type': contentType,
      });
      expect(response.status).toBe(403);
    },
  );

  it('refuses a GET query without the CSRF header, and runs it with the header', async () => {
    const url = `${run.stack.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`;
    const bare = await fetch(url, { headers: { accept: 'application/json', ...AUTH } });
    expect(bare.status).toBe(403);
    const withHeader = await fetch(url, {
      headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1', ...AUTH },
    });
    expect(withHeader.status).toBe(200);
    expect(await withHeader.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('lets JSON POSTs through (browsers preflight them cross-site)', async () => {
    const response = await post(run.stack, JSON.stringify({ query: '{ __typename }' }), {
      'content-type': 'application/json',
      origin: EVIL_ORIGIN,
      ...AUTH,
    });
    expect(response.status).toBe(200);
  });

  it('can be turned off (CSRF_PREVENTION=false)', async () => {
    const open = await startStack({ gateway: { security: { csrfPrevention: false } } });
    try {
      const response = await fetch(
        `${open.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`,
        { headers: { accept: 'application/json', ...AUTH } },
      );
      expect(response.status).toBe(200);
    } finally {
      await open.close();
    }
  });
});

describe('CORS', () => {
  const preflight = (stack: Stack, origin: string) =>
    fetch(stack.gatewayUrl, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, x-auth-token',
      },
    });
  const query = (stack: Stack, origin: string) =>
    post(stack, JSON.stringify({ query: '{ __typename }' }), {
      'content-type': 'application/json',
      origin,
      ...AUTH,
    });

  describe('by default', () => {
    const run = useStack();

    it('allows no origin: no CORS headers on preflights or answers', async () => {
      const options = await preflight(run.stack, EVIL_ORIGIN);
      expect(options.headers.get('access-control-allow-origin')).toBeNull();
      expect(options.headers.get('access-control-allow-credentials')).toBeNull();
      const answer = await query(run.stack, EVIL_ORIGIN);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
      expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
    });
  });

  describe('with an allow-list', () => {
    const run = useStack({
      gateway: { security: { corsOrigins: [APP_ORIGIN, 'http://localhost:5173'] } },
    });

    it('answers a listed origin’s preflight, without allowing credentials', async () => {
      const response = await preflight(run.stack, APP_ORIGIN);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
      expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST');
      expect(response.headers.get('access-control-allow-headers')).toBe(
        'content-type, x-auth-token',
      );
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
    });

    it('lets a listed origin read answers and the request id', async () => {
      const response = await query(run.stack, 'http://localhost:5173');
      expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      expect(response.headers.get('access-control-expose-headers')).toBe('X-Request-Id');
    });

    it('gives an unlisted origin no CORS headers at all', async () => {
      for (const response of [
        await preflight(run.stack, EVIL_ORIGIN),
        await query(run.stack, EVIL_ORIGIN),
      ]) {
        expect(response.headers.get('access-control-allow-origin')).toBeNull();
        expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
      }
      // `null` is the Origin of sandboxed frames and local files; it must not be allowed either.
      const sandboxed = await query(run.stack, 'null');
      expect(sandboxed.headers.get('access-control-allow-origin')).toBeNull();
    });
  });
});

describe('request body limit', () => {
  const LIMIT = 2_048;
  const run = useStack({ gateway: { security: { maxRequestBodyBytes: LIMIT } } });

  const padded = (bytes: number) => {
    const base = JSON.stringify({ query: '{ __typename }', variables: { pad: '' } });
    return JSON.stringify({
      query: '{ __typename }',
      variables: { pad: 'x'.repeat(bytes - base.length) },
    });
  };

  it('runs a request of exactly the limit', async () => {
    const body = padded(LIMIT);
    expect(Buffer.byteLength(body)).toBe(LIMIT);
    const response = await post(run.stack, body, { 'content-type': 'application/json', ...AUTH });
    expect(response.status).toBe(200);
  });

  it('refuses a larger body with 413 and REQUEST_ENTITY_TOO_LARGE, by its Content-Length', async () => {
    const response = await post(run.stack, padded(LIMIT + 1), {
      'content-type': 'application/json',
      ...AUTH,
    });
    expect(response.status).toBe(413);
    expect((await errorsOf(response))[0]).toMatchObject({
      message: expect.stringMatching(/too large/i) as unknown,
      extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' },
    });
  });

  /** POSTs `body` in chunks of 1 000 bytes, without a Content-Length, as a streaming client does. */
  const postChunked = (body: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(run.stack.gatewayUrl);
      const request = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'transfer-encoding': 'chunked',
            ...AUTH,
          },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
        },
      );
      request.on('error', reject);
      for (let offset = 0; offset < body.length; offset += 1_000) {
        request.write(body.slice(offset, offset + 1_000));
      }
      request.end();
    });

  it('refuses a larger chunked body (no Content-Length) with 413 as well', async () => {
    const { status, body } = await postChunked(padded(LIMIT * 4));
    expect(status).toBe(413);
    expect(body).toContain('REQUEST_ENTITY_TOO_LARGE');
  });

  it('runs a chunked body of exactly the limit (it is counted, not cut)', async () => {
    const { status, body } = await postChunked(padded(LIMIT));
    expect(status).toBe(200);
    expect(JSON.parse(body)).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('batching', () => {
  const batch = (size: number) =>
    JSON.stringify(Array.from({ length: size }, () => ({ query: '{ __typename }' })));

  it('is off by default', async () => {
    const stack = await startStack();
    try {
      const response = await post(stack, batch(2), { 'content-type': 'application/json', ...AUTH });
      expect(response.status).toBe(400);
      expect((await errorsOf(response))[0]?.extensions?.['code']).toBe('BAD_REQUEST');
    } finally {
      await stack.close();
    }
  });

  it('is bounded by GRAPHQL_BATCH_LIMIT when on', async () => {
    const stack = await startStack({ gateway: { security: { batchLimit: 3 } } });
    try {
      const ok = await post(stack, batch(3), { 'content-type': 'application/json', ...AUTH });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual(
        Array.from({ length: 3 }, () => ({ data: { __typename: 'Query' } })),
      );
      const tooMany = await post(stack, batch(4), { 'content-type': 'application/json', ...AUTH });
      expect(tooMany.status).toBe(413);
    } finally {
      await stack.close();
    }
  });
});
