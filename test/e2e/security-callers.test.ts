/**
 * Caller authentication in service mode (the gateway calls CCE with its own AK/SK): API keys and
 * JWTs verified against a JWKS, which this test serves itself on loopback. Tokens are signed here
 * with node:crypto, so every claim and signature is under the test's control.
 */
import { createHmac, createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JwtSettings } from '../../src/config.ts';
import { apiKeyDigest } from '../../src/server/security/api-keys.ts';
import {
  DEMO_ACCESS_KEY,
  DEMO_SECRET_KEY,
  DEMO_TOKEN,
  OTHER_PROJECT_ID,
  OTHER_TOKEN,
} from '../../src/simulator/demo-data.ts';
import { captureLogs } from '../support/logs.ts';
import { gql, startStack, type GqlResult, type Stack } from '../support/stack.ts';

const SERVICE_CREDENTIALS = { accessKey: DEMO_ACCESS_KEY, secretKey: DEMO_SECRET_KEY };
const QUERY = '{ clusters { id } }';
const API_KEY = 'ck_live_3f9a1c0e7b2d4e6f8a0b';
const ISSUER = 'https://id.example.test/';
const AUDIENCE = 'cce-gateway';

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

function rsaKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

/** An RS256 JWT with the given claims (defaults: valid for this gateway for 5 minutes). */
function signJwt(key: SigningKey, claims: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: key.kid }));
  const payload = base64url(
    JSON.stringify({
      iss: ISSUER,
      aud: AUDIENCE,
      sub: 'frontend-1',
      iat: now,
      exp: now + 300,
      ...claims,
    }),
  );
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(key.privateKey);
  return `${header}.${payload}.${base64url(signature)}`;
}

/** A JWKS endpoint on 127.0.0.1 publishing the public halves of `keys`, counting its requests. */
async function serveJwks(
  keys: SigningKey[],
): Promise<{ url: string; requests(): number; close(): Promise<void> }> {
  const body = JSON.stringify({
    keys: keys.map(({ kid, publicKey }) => ({
      ...publicKey.export({ format: 'jwk' }),
      kid,
      use: 'sig',
      alg: 'RS256',
    })),
  });
  let requests = 0;
  const server: Server = createServer((_request, response) => {
    requests += 1;
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    requests: () => requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function codeOf(result: GqlResult<unknown>): unknown {
  return result.errors?.[0]?.extensions?.['code'];
}

describe('service mode with API keys', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({
      gateway: {
        cce: { serviceCredentials: SERVICE_CREDENTIALS },
        security: { apiKeyDigests: [apiKeyDigest('an-older-key'), apiKeyDigest(API_KEY)] },
      },
    });
  });
  afterAll(async () => {
    await stack.close();
  });

  it('refuses a caller without a key (401 UNAUTHENTICATED), before anything reaches CCE', async () => {
    stack.simulator.resetStats();
    const result = await gql(stack, QUERY, undefined, {});
    expect(result.status).toBe(401);
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0]?.message).toBe(
      'This gateway needs caller authentication: send an API key in X-Api-Key.',
    );
    expect(stack.simulator.stats().total).toBe(0);
  });

  it('refuses a wrong key, and a CCE token is no substitute for a key', async () => {
    stack.simulator.resetStats();
    const wrong = await gql(stack, QUERY, undefined, { 'X-Api-Key': `${API_KEY}x` });
    expect(wrong.status).toBe(401);
    expect(wrong.errors?.[0]?.message).toBe('The X-Api-Key header does not hold a valid API key.');
    const tokenOnly = await gql(stack, QUERY, undefined, { 'X-Auth-Token': DEMO_TOKEN });
    expect(codeOf(tokenOnly)).toBe('UNAUTHENTICATED');
    expect(stack.simulator.stats().total).toBe(0);
  });

  it('serves a caller with a listed key, as the service account', async () => {
    const result = await gql<{ clusters: unknown[] }>(stack, QUERY, undefined, {
      'X-Api-Key': API_KEY,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.clusters.length).toBeGreaterThan(0);
  });

  it('still lets a caller with a key act with their own CCE token', async () => {
    const result = await gql<{ clusters: unknown[] }>(stack, QUERY, undefined, {
      'X-Api-Key': API_KEY,
      'X-Auth-Token': OTHER_TOKEN,
      'X-Project-Id': OTHER_PROJECT_ID,
    });
    expect(result.errors).toBeUndefined();
    const asService = await gql<{ clusters: unknown[] }>(stack, QUERY, undefined, {
      'X-Api-Key': API_KEY,
    });
    // other-token belongs to another project, with other clusters than the service's project.
    expect(result.data?.clusters).not.toEqual(asService.data?.clusters);
  });

  it('also refuses, fail-closed, a context built outside the HTTP handler (e.g. another transport)', async () => {
    const buildContext = async (headers: Record<string, string>) => {
      const request = new Request(stack.gatewayUrl, { headers });
      const enveloped = stack.gateway.yoga.getEnveloped({
        request,
        params: { query: QUERY },
      } as never);
      return (await enveloped.contextFactory()) as Record<string, unknown>;
    };
    await expect(buildContext({})).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await expect(buildContext({ 'X-Api-Key': 'wrong' })).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await expect(buildContext({ 'X-Api-Key': API_KEY })).resolves.toMatchObject({
      authMode: 'aksk',
    });
  });

  it('leaves /health open', async () => {
    expect((await fetch(`${stack.baseUrl}/health`)).status).toBe(200);
  });
});

describe('service mode with JWTs (JWKS on loopback)', () => {
  const trusted = rsaKey('key-1');
  const stranger = rsaKey('key-1'); // same kid, but not the published key
  let jwks: Awaited<ReturnType<typeof serveJwks>>;
  let stack: Stack;
  const { logger, lines: logs } = captureLogs();

  const as = (token: string) => gql(stack, QUERY, undefined, { Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    jwks = await serveJwks([trusted]);
    const jwt: JwtSettings = {
      jwksUrl: jwks.url,
      issuer: ISSUER,
      audience: [AUDIENCE],
      algorithms: ['RS256'],
    };
    stack = await startStack({
      logger,
      gateway: { cce: { serviceCredentials: SERVICE_CREDENTIALS }, security: { jwt } },
    });
  });
  afterAll(async () => {
    await stack.close();
    await jwks.close();
  });

  it('serves a caller with a valid token as the service account (the JWT is not sent to CCE as a token)', async () => {
    const result = await as(signJwt(trusted));
    expect(result.errors).toBeUndefined();
    expect((result.data?.['clusters'] as unknown[]).length).toBeGreaterThan(0);
  });

  it('fetches the key set once and reuses it', async () => {
    await as(signJwt(trusted, { sub: 'frontend-2' }));
    await as(signJwt(trusted, { sub: 'frontend-3' }));
    expect(jwks.requests()).toBe(1);
  });

  it('refuses a caller without a token, telling it to use a bearer token', async () => {
    stack.simulator.resetStats();
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="cce-gateway"');
    const body = (await response.json()) as {
      errors: Array<{ message: string; extensions: { code: string } }>;
    };
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0]?.message).toBe(
      'This gateway needs caller authentication: send a JWT in Authorization: Bearer.',
    );
    expect(stack.simulator.stats().total).toBe(0);
  });

  it.each([
    ['expired', () => signJwt(trusted, { exp: Math.floor(Date.now() / 1000) - 600 })],
    ['not yet valid', () => signJwt(trusted, { nbf: Math.floor(Date.now() / 1000) + 600 })],
    ['for another audience', () => signJwt(trusted, { aud: 'another-app' })],
    ['from another issuer', () => signJwt(trusted, { iss: 'https://evil.example/' })],
    ['signed by an unpublished key', () => signJwt(stranger)],
    ['signed with an unknown key id', () => signJwt({ ...trusted, kid: 'key-9' })],
    [
      'unsigned (alg none)',
      () => {
        const [, payload] = signJwt(trusted).split('.');
        return `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${payload}.`;
      },
    ],
    [
      'HMAC-signed with the public key as secret',
      () => {
        const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: trusted.kid }));
        const [, payload] = signJwt(trusted).split('.');
        const pem = trusted.publicKey.export({ format: 'pem', type: 'spki' });
        const signature = createHmac('sha256', pem).update(`${header}.${payload}`).digest();
        return `${header}.${payload}.${base64url(signature)}`;
      },
    ],
    ['not a JWT at all', () => 'garbage'],
  ])(
    'refuses a token %s with 401 UNAUTHENTICATED, before anything reaches CCE',
    async (_case, token) => {
      stack.simulator.resetStats();
      const result = await as(token());
      expect(result.status).toBe(401);
      expect(codeOf(result)).toBe('UNAUTHENTICATED');
      expect(result.errors?.[0]?.message).toBe(
        'The bearer token is not a valid JWT for this gateway.',
      );
      expect(stack.simulator.stats().total).toBe(0);
    },
  );

  it('never logs the tokens it was given', () => {
    const token = signJwt(trusted, { sub: 'log-check' });
    return as(token).then(() => {
      const text = JSON.stringify(logs);
      expect(text).not.toContain(token);
      expect(text).not.toContain(token.split('.')[2]);
    });
  });
});

describe('service mode with API keys and JWTs', () => {
  const key = rsaKey('k');
  let jwks: Awaited<ReturnType<typeof serveJwks>>;
  let stack: Stack;

  beforeAll(async () => {
    jwks = await serveJwks([key]);
    stack = await startStack({
      gateway: {
        cce: { serviceCredentials: SERVICE_CREDENTIALS },
        security: {
          apiKeyDigests: [apiKeyDigest(API_KEY)],
          jwt: { jwksUrl: jwks.url, issuer: ISSUER, audience: [AUDIENCE], algorithms: ['RS256'] },
        },
      },
    });
  });
  afterAll(async () => {
    await stack.close();
    await jwks.close();
  });

  it('accepts either credential, and names both when neither is sent', async () => {
    expect((await gql(stack, QUERY, undefined, { 'X-Api-Key': API_KEY })).errors).toBeUndefined();
    const viaJwt = await gql(stack, QUERY, undefined, { Authorization: `Bearer ${signJwt(key)}` });
    expect(viaJwt.errors).toBeUndefined();
    const neither = await gql(stack, QUERY, undefined, {});
    expect(neither.errors?.[0]?.message).toBe(
      'This gateway needs caller authentication: send an API key in X-Api-Key or a JWT in Authorization: Bearer.',
    );
  });

  it('does not fall back to the JWT when a wrong API key is sent', async () => {
    const result = await gql(stack, QUERY, undefined, {
      'X-Api-Key': 'wrong',
      Authorization: `Bearer ${signJwt(key)}`,
    });
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
  });
});
