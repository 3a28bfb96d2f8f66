/**
 * The security settings of loadConfig: defaults, parsing, and a clear refusal for each bad value.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { apiKeyDigest } from '../../src/server/security/api-keys.ts';
import { envProblems } from '../support/config-problems.ts';

const SERVICE_MODE = { CCE_ACCESS_KEY: 'AK', CCE_SECRET_KEY: 'SK' };
const DIGEST = apiKeyDigest('a-caller-key');
const JWT = {
  GATEWAY_JWT_JWKS_URL: 'https://id.example.com/.well-known/jwks.json',
  GATEWAY_JWT_ISSUER: 'https://id.example.com/',
  GATEWAY_JWT_AUDIENCE: 'cce-gateway',
};

describe('security settings', () => {
  it('defaults: armor limits, CSRF on, no CORS, 1 MiB bodies, no batching, no caller auth', () => {
    expect(loadConfig({}).security).toEqual({
      limits: { maxDepth: 8, maxAliases: 15, maxTokens: 1_000, maxDirectives: 50, maxCost: 5_000 },
      upstreamCallBudget: 200,
      inputLimits: { maxDepth: 64, maxValues: 20_000 },
      introspection: true,
      fieldSuggestions: true,
      csrfPrevention: true,
      corsOrigins: [],
      maxRequestBodyBytes: 1_048_576,
      batchLimit: 0,
      apiKeyDigests: [],
      sdlApiKeyDigests: [],
      jwt: null,
      allowUnauthenticatedServiceMode: false,
      persistedOperationsFile: null,
    });
  });

  it('reads every security setting', () => {
    const security = loadConfig({
      GRAPHQL_MAX_DEPTH: '5',
      GRAPHQL_MAX_ALIASES: '0',
      GRAPHQL_MAX_TOKENS: '300',
      GRAPHQL_MAX_DIRECTIVES: '3',
      GRAPHQL_MAX_COST: '900',
      UPSTREAM_CALL_BUDGET: '50',
      GRAPHQL_MAX_INPUT_DEPTH: '10',
      GRAPHQL_MAX_INPUT_VALUES: '500',
      GRAPHQL_INTROSPECTION: 'false',
      GRAPHQL_FIELD_SUGGESTIONS: 'true',
      GRAPHQL_BATCH_LIMIT: '5',
      MAX_REQUEST_BODY_BYTES: '65536',
      CSRF_PREVENTION: 'false',
      CORS_ORIGINS: 'https://app.example.com, http://localhost:5173',
      GATEWAY_API_KEYS: `${DIGEST.toUpperCase()},${'0'.repeat(64)}`,
      FEDERATION_SDL_API_KEYS: '1'.repeat(64),
      ...JWT,
      GATEWAY_JWT_AUDIENCE: 'cce-gateway,console',
      GATEWAY_JWT_ALGORITHMS: 'ES256, RS256',
      PERSISTED_OPERATIONS_FILE: '/etc/cce-gateway/operations.json',
    }).security;
    expect(security).toEqual({
      limits: { maxDepth: 5, maxAliases: 0, maxTokens: 300, maxDirectives: 3, maxCost: 900 },
      upstreamCallBudget: 50,
      inputLimits: { maxDepth: 10, maxValues: 500 },
      introspection: false,
      fieldSuggestions: true,
      csrfPrevention: false,
      corsOrigins: ['https://app.example.com', 'http://localhost:5173'],
      maxRequestBodyBytes: 65_536,
      batchLimit: 5,
      apiKeyDigests: [DIGEST, '0'.repeat(64)],
      sdlApiKeyDigests: ['1'.repeat(64)],
      jwt: {
        jwksUrl: JWT.GATEWAY_JWT_JWKS_URL,
        issuer: JWT.GATEWAY_JWT_ISSUER,
        audience: ['cce-gateway', 'console'],
        algorithms: ['ES256', 'RS256'],
      },
      allowUnauthenticatedServiceMode: false,
      persistedOperationsFile: '/etc/cce-gateway/operations.json',
    });
  });

  it('turns introspection on with GraphiQL or in development, and off in production without GraphiQL', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).security.introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHIQL: 'false' }).security.introspection).toBe(
      false,
    );
    expect(loadConfig({ NODE_ENV: 'development', GRAPHIQL: 'false' }).security.introspection).toBe(
      true,
    );
    expect(
      loadConfig({ NODE_ENV: 'production', GRAPHIQL: 'false', GRAPHQL_INTROSPECTION: 'true' })
        .security.introspection,
    ).toBe(true);
  });

  it('shows field suggestions while introspection is on, unless told otherwise', () => {
    const REMOTE = { CCE_REGION: 'ap-southeast-1', CCE_PROJECT_ID: 'p' };
    expect(loadConfig({ NODE_ENV: 'development' }).security.fieldSuggestions).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).security.fieldSuggestions).toBe(true);
    expect(loadConfig({ GRAPHQL_INTROSPECTION: 'false' }).security.fieldSuggestions).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', ...REMOTE }).security.fieldSuggestions).toBe(false);
    expect(
      loadConfig({ NODE_ENV: 'production', ...REMOTE, GRAPHIQL: 'true' }).security.fieldSuggestions,
    ).toBe(true);
    expect(
      loadConfig({ NODE_ENV: 'development', GRAPHQL_FIELD_SUGGESTIONS: 'false' }).security
        .fieldSuggestions,
    ).toBe(false);
  });

  it('serves GraphiQL by default except in production against a real CCE', () => {
    const REMOTE = { CCE_REGION: 'ap-southeast-1', CCE_PROJECT_ID: 'p' };
    expect(loadConfig({ NODE_ENV: 'production' }).server.graphiql).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', ...REMOTE }).server.graphiql).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', ...REMOTE }).security.introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development', ...REMOTE }).server.graphiql).toBe(true);
    expect(
      loadConfig({ NODE_ENV: 'production', ...REMOTE, GRAPHIQL: 'true' }).server.graphiql,
    ).toBe(true);
  });

  it('accepts * as "any origin"', () => {
    expect(loadConfig({ CORS_ORIGINS: '*' }).security.corsOrigins).toEqual(['*']);
  });

  describe('service mode', () => {
    it('refuses to start without caller authentication', () => {
      expect(envProblems(SERVICE_MODE)).toEqual([
        'GATEWAY_API_KEYS: service mode (CCE_ACCESS_KEY/CCE_SECRET_KEY) lets every caller act ' +
          "with the service's rights, so callers must authenticate: set GATEWAY_API_KEYS or " +
          'GATEWAY_JWT_JWKS_URL (or, for development only, ' +
          'GATEWAY_ALLOW_UNAUTHENTICATED_SERVICE_MODE=true)',
      ]);
    });

    it('starts with API keys, with a JWKS, or with the explicit development flag', () => {
      expect(
        loadConfig({ ...SERVICE_MODE, GATEWAY_API_KEYS: DIGEST }).security.apiKeyDigests,
      ).toEqual([DIGEST]);
      expect(loadConfig({ ...SERVICE_MODE, ...JWT }).security.jwt?.jwksUrl).toBe(
        JWT.GATEWAY_JWT_JWKS_URL,
      );
      const unauthenticated = loadConfig({
        ...SERVICE_MODE,
        GATEWAY_ALLOW_UNAUTHENTICATED_SERVICE_MODE: 'true',
      });
      expect(unauthenticated.security.allowUnauthenticatedServiceMode).toBe(true);
      expect(unauthenticated.cce.serviceCredentials).toEqual({ accessKey: 'AK', secretKey: 'SK' });
    });

    it('needs no caller authentication with token pass-through', () => {
      expect(loadConfig({}).cce.serviceCredentials).toBeNull();
    });
  });

  it.each([
    [
      { GRAPHQL_MAX_DEPTH: '0' },
      'GRAPHQL_MAX_DEPTH: must be a whole number from 1 to 1000 (got "0")',
    ],
    [
      { GRAPHQL_MAX_COST: 'lots' },
      'GRAPHQL_MAX_COST: must be a whole number from 1 to 100000000 (got "lots")',
    ],
    [
      { MAX_REQUEST_BODY_BYTES: '100' },
      'MAX_REQUEST_BODY_BYTES: must be a whole number from 1024 to 104857600 (got "100")',
    ],
    [
      { GRAPHQL_BATCH_LIMIT: '101' },
      'GRAPHQL_BATCH_LIMIT: must be a whole number from 0 to 100 (got "101")',
    ],
    [{ CSRF_PREVENTION: 'maybe' }, 'CSRF_PREVENTION: must be true or false (got "maybe")'],
    [
      { GRAPHQL_INTROSPECTION: 'yes please' },
      'GRAPHQL_INTROSPECTION: must be true or false (got "yes please")',
    ],
    [
      { CORS_ORIGINS: 'https://app.example.com/' },
      'CORS_ORIGINS: must be a comma-separated list of origins such as https://app.example.com ' +
        '(scheme, host and port only, as browsers send them), or * (got "https://app.example.com/")',
    ],
    [
      { GATEWAY_JWT_ALGORITHMS: 'HS256' },
      'GATEWAY_JWT_ALGORITHMS: must be a comma-separated list of RS256, RS384, RS512, PS256, ' +
        'PS384, PS512, ES256, ES384, ES512 (got "HS256")',
    ],
    [
      { ...JWT, GATEWAY_JWT_JWKS_URL: 'http://id.example.com/jwks.json' },
      'GATEWAY_JWT_JWKS_URL: must use https (http only for localhost) (got "http://id.example.com/jwks.json")',
    ],
    [
      { GATEWAY_JWT_ISSUER: 'https://id.example.com/' },
      'GATEWAY_JWT_ISSUER: needs GATEWAY_JWT_JWKS_URL (got "https://id.example.com/")',
    ],
  ])('refuses %j', (env, problem) => {
    expect(envProblems(env)).toEqual([problem]);
  });

  it('lists every missing JWT setting at once', () => {
    expect(envProblems({ GATEWAY_JWT_JWKS_URL: JWT.GATEWAY_JWT_JWKS_URL })).toEqual([
      'GATEWAY_JWT_ISSUER: is required with GATEWAY_JWT_JWKS_URL (the `iss` accepted tokens carry)',
      'GATEWAY_JWT_AUDIENCE: is required with GATEWAY_JWT_JWKS_URL (the `aud` accepted tokens ' +
        'carry, so that tokens the identity provider issued for other applications are refused)',
    ]);
  });

  it('accepts a JWKS over plain http from loopback only', () => {
    const config = loadConfig({ ...JWT, GATEWAY_JWT_JWKS_URL: 'http://127.0.0.1:8080/jwks' });
    expect(config.security.jwt?.jwksUrl).toBe('http://127.0.0.1:8080/jwks');
  });

  it('never repeats GATEWAY_API_KEYS in its refusal (a raw key pasted there stays secret)', () => {
    const problems = envProblems({ GATEWAY_API_KEYS: 'my-raw-secret-key' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^GATEWAY_API_KEYS: must be a comma-separated list of SHA-256/);
    expect(problems.join('\n')).not.toContain('my-raw-secret-key');
  });
});
