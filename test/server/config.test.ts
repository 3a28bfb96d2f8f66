import { describe, expect, it } from 'vitest';
import { CCE_REGIONS } from '../../src/cce/regions.ts';
import { loadConfig } from '../../src/config.ts';
import { envProblems } from '../support/config-problems.ts';

const REMOTE = { CCE_REGION: 'ap-southeast-1', CCE_PROJECT_ID: '0123456789abcdef0123456789abcdef' };

describe('loadConfig', () => {
  it('needs no settings at all: embedded simulator, demo project, loopback :4000', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      nodeEnv: 'production',
      logLevel: 'info',
      server: {
        host: '127.0.0.1',
        port: 4000,
        shutdownGraceMs: 10_000,
        shutdownDelayMs: 0,
        graphiql: true,
        compression: { enabled: true, minBytes: 1_024 },
        graphqlJit: true,
        readDeadlineMs: 10_000,
      },
      cce: {
        upstream: { kind: 'embedded' },
        projectId: 'demo-project',
        serviceCredentials: null,
        connectTimeoutMs: 5_000,
        headersTimeoutMs: 30_000,
        bodyTimeoutMs: 30_000,
        connections: 64,
      },
      simulator: { transitionDelayMs: 3_000 },
      websocket: { initTimeoutMs: 3_000, maxPending: 100 },
      responseCache: {
        ttlMs: 2_000,
        maxEntries: 1_000,
        maxBytes: 64 * 1_048_576,
        maxEntryBytes: 1_048_576,
      },
      clusterDirectory: { ttlMs: 600_000, maxEntries: 10_000 },
      idempotency: { windowMs: 600_000, leaseMs: 120_000 },
      auditLog: null,
      tracing: null,
      rateLimits: { queriesPerMinute: 0, mutationsPerMinute: 0, upstreamCallsPerMinute: 0 },
      insights: {
        stuckAfterMs: 900_000,
        addonPrecheckTimeoutMs: 8_000,
        addonPrecheckPollMs: 1_000,
      },
      metrics: { enabled: true },
      readiness: { probeTimeoutMs: 1_000, probeCacheMs: 2_000 },
      subscriptions: {
        maxPerCaller: 20,
        maxTotal: 1_000,
        pollInitialMs: 250,
        pollMaxMs: 5_000,
        pollSettledMs: 30_000,
      },
      redis: { url: null, keyPrefix: 'cce-gateway:', leaseTtlMs: 10_000 },
      // Each security setting is checked in security-config.test.ts.
      security: expect.objectContaining({ csrfPrevention: true, corsOrigins: [] }) as unknown,
    });
  });

  it('returns a deeply frozen object', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.server)).toBe(true);
    expect(Object.isFrozen(config.cce.upstream)).toBe(true);
    expect(() => {
      (config.server as { port: number }).port = 1;
    }).toThrow(TypeError);
  });

  it('reads every setting', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      SHUTDOWN_GRACE_MS: '2500',
      READ_DEADLINE_MS: '4000',
      GRAPHIQL: 'false',
      COMPRESSION: 'false',
      COMPRESSION_MIN_BYTES: '4096',
      GRAPHQL_JIT: 'false',
      LOG_LEVEL: 'debug',
      NODE_ENV: 'development',
      CCE_REGION: 'eu-west-101',
      CCE_PROJECT_ID: 'p-1',
      CCE_ACCESS_KEY: 'AK',
      CCE_SECRET_KEY: 'SK',
      CCE_SECURITY_TOKEN: 'ST',
      // Service mode needs caller authentication (see security-config.test.ts).
      GATEWAY_API_KEYS: '0'.repeat(64),
      CCE_CONNECT_TIMEOUT_MS: '1000',
      CCE_HEADERS_TIMEOUT_MS: '2000',
      CCE_BODY_TIMEOUT_MS: '3000',
      CCE_POOL_CONNECTIONS: '8',
      IDEMPOTENCY_WINDOW_MS: '60000',
      IDEMPOTENCY_LEASE_MS: '30000',
      STUCK_AFTER_MS: '60000',
      ADDON_PRECHECK_TIMEOUT_MS: '4000',
      ADDON_PRECHECK_POLL_MS: '250',
      SIMULATOR_TRANSITION_DELAY_MS: '0',
      SHUTDOWN_DELAY_MS: '5000',
      RESPONSE_CACHE_TTL_MS: '0',
      RESPONSE_CACHE_MAX_ENTRIES: '50',
      RESPONSE_CACHE_MAX_BYTES: '100000',
      WEBSOCKET_INIT_TIMEOUT_MS: '500',
      WEBSOCKET_MAX_PENDING: '7',
      RESPONSE_CACHE_MAX_ENTRY_BYTES: '10000',
      CLUSTER_FAMILY_CACHE_TTL_MS: '0',
      CLUSTER_FAMILY_CACHE_MAX_ENTRIES: '7',
      METRICS_ENABLED: 'false',
      AUDIT_LOG: 'stderr',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_SERVICE_NAME: 'gateway-eu',
      OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
      OTEL_TRACES_SAMPLER_ARG: '0.25',
      RATE_LIMIT_QUERIES_PER_MINUTE: '600',
      RATE_LIMIT_MUTATIONS_PER_MINUTE: '30',
      RATE_LIMIT_UPSTREAM_CALLS_PER_MINUTE: '3000',
      READINESS_PROBE_TIMEOUT_MS: '250',
      READINESS_PROBE_CACHE_MS: '0',
      SUBSCRIPTIONS_MAX_PER_CALLER: '3',
      SUBSCRIPTIONS_MAX_TOTAL: '40',
      SUBSCRIPTIONS_POLL_INITIAL_MS: '100',
      SUBSCRIPTIONS_POLL_MAX_MS: '2000',
      SUBSCRIPTIONS_POLL_SETTLED_MS: '60000',
      REDIS_URL: 'redis://redis:6379',
      REDIS_KEY_PREFIX: 'team-a:',
      REDIS_LEASE_TTL_MS: '3000',
    });
    expect(config).toEqual({
      nodeEnv: 'development',
      logLevel: 'debug',
      server: {
        host: '0.0.0.0',
        port: 8080,
        shutdownGraceMs: 2500,
        shutdownDelayMs: 5000,
        graphiql: false,
        compression: { enabled: false, minBytes: 4_096 },
        graphqlJit: false,
        readDeadlineMs: 4000,
      },
      cce: {
        upstream: {
          kind: 'region',
          region: 'eu-west-101',
          endpoint: 'https://cce.eu-west-101.myhuaweicloud.eu',
        },
        projectId: 'p-1',
        serviceCredentials: { accessKey: 'AK', secretKey: 'SK', securityToken: 'ST' },
        connectTimeoutMs: 1000,
        headersTimeoutMs: 2000,
        bodyTimeoutMs: 3000,
        connections: 8,
      },
      simulator: { transitionDelayMs: 0 },
      websocket: { initTimeoutMs: 500, maxPending: 7 },
      responseCache: { ttlMs: 0, maxEntries: 50, maxBytes: 100_000, maxEntryBytes: 10_000 },
      clusterDirectory: { ttlMs: 0, maxEntries: 7 },
      idempotency: { windowMs: 60_000, leaseMs: 30_000 },
      auditLog: 'stderr',
      tracing: {
        url: 'http://collector:4318/v1/traces',
        protocol: 'http/json',
        serviceName: 'gateway-eu',
        sampler: 'parentbased_traceidratio',
        samplerRatio: 0.25,
      },
      rateLimits: { queriesPerMinute: 600, mutationsPerMinute: 30, upstreamCallsPerMinute: 3000 },
      insights: { stuckAfterMs: 60_000, addonPrecheckTimeoutMs: 4000, addonPrecheckPollMs: 250 },
      metrics: { enabled: false },
      readiness: { probeTimeoutMs: 250, probeCacheMs: 0 },
      subscriptions: {
        maxPerCaller: 3,
        maxTotal: 40,
        pollInitialMs: 100,
        pollMaxMs: 2000,
        pollSettledMs: 60_000,
      },
      redis: { url: 'redis://redis:6379', keyPrefix: 'team-a:', leaseTtlMs: 3_000 },
      security: expect.objectContaining({ apiKeyDigests: ['0'.repeat(64)] }) as unknown,
    });
  });

  it('turns tracing on with an OTLP endpoint, unless OTEL_SDK_DISABLED or OTEL_TRACES_EXPORTER=none', () => {
    const traces = 'http://collector:4318/custom/traces';
    expect(loadConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: traces }).tracing).toEqual({
      url: traces,
      protocol: 'http/protobuf',
      serviceName: 'cce-gateway',
      sampler: 'parentbased_always_on',
      samplerRatio: 1,
    });
    const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' };
    expect(
      loadConfig({
        ...endpoint,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/protobuf',
      }).tracing,
    ).toMatchObject({ url: 'http://collector:4318/v1/traces', protocol: 'http/protobuf' });
    expect(loadConfig({ ...endpoint, OTEL_SDK_DISABLED: 'true' }).tracing).toBeNull();
    expect(loadConfig({ ...endpoint, OTEL_TRACES_EXPORTER: 'none' }).tracing).toBeNull();
    expect(loadConfig({ OTEL_SERVICE_NAME: 'gateway' }).tracing).toBeNull();
  });

  it('takes CCE_ENDPOINT as a base URL without its trailing slash', () => {
    const config = loadConfig({
      CCE_ENDPOINT: 'http://127.0.0.1:4010/',
      CCE_PROJECT_ID: 'demo-project',
    });
    expect(config.cce.upstream).toEqual({ kind: 'endpoint', endpoint: 'http://127.0.0.1:4010' });
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ PORT: '', CCE_REGION: '  ', CCE_ACCESS_KEY: '', LOG_LEVEL: '' })).toEqual(
      loadConfig({}),
    );
  });

  it('accepts service credentials without a security token', () => {
    const config = loadConfig({
      ...REMOTE,
      CCE_ACCESS_KEY: 'AK',
      CCE_SECRET_KEY: 'SK',
      GATEWAY_ALLOW_UNAUTHENTICATED_SERVICE_MODE: 'true',
    });
    expect(config.cce.serviceCredentials).toEqual({ accessKey: 'AK', secretKey: 'SK' });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT: must be a whole number from 0 to 65535 (got "abc")'],
    [{ PORT: '70000' }, 'PORT: must be a whole number from 0 to 65535 (got "70000")'],
    [{ PORT: '-1' }, 'PORT: must be a whole number from 0 to 65535 (got "-1")'],
    [{ PORT: '80.5' }, 'PORT: must be a whole number from 0 to 65535 (got "80.5")'],
    [
      { HOST: 'my host' },
      'HOST: must be a host name or IP address, e.g. 127.0.0.1 or 0.0.0.0 (got "my host")',
    ],
    [
      { SHUTDOWN_GRACE_MS: 'soon' },
      'SHUTDOWN_GRACE_MS: must be a whole number from 0 to 600000 (got "soon")',
    ],
    [{ GRAPHIQL: 'maybe' }, 'GRAPHIQL: must be true or false (got "maybe")'],
    [
      // The value may hold Redis' password: it is not repeated.
      { REDIS_URL: 'http://:pw@redis:6379' },
      'REDIS_URL: must be a redis:// or rediss:// URL, e.g. redis://redis:6379',
    ],
    [
      { SHUTDOWN_DELAY_MS: '-5' },
      'SHUTDOWN_DELAY_MS: must be a whole number from 0 to 600000 (got "-5")',
    ],
    [
      { READ_DEADLINE_MS: '0' },
      'READ_DEADLINE_MS: must be a whole number from 1 to 600000 (got "0")',
    ],
    [
      { IDEMPOTENCY_WINDOW_MS: '10m' },
      'IDEMPOTENCY_WINDOW_MS: must be a whole number from 1000 to 86400000 (got "10m")',
    ],
    [
      { RESPONSE_CACHE_TTL_MS: '2s' },
      'RESPONSE_CACHE_TTL_MS: must be a whole number from 0 to 300000 (got "2s")',
    ],
    [
      { RESPONSE_CACHE_TTL_MS: '3600000' },
      'RESPONSE_CACHE_TTL_MS: must be a whole number from 0 to 300000 (got "3600000")',
    ],
    [
      { RESPONSE_CACHE_MAX_ENTRIES: '0' },
      'RESPONSE_CACHE_MAX_ENTRIES: must be a whole number from 1 to 1000000 (got "0")',
    ],
    [
      { CLUSTER_FAMILY_CACHE_TTL_MS: '10m' },
      'CLUSTER_FAMILY_CACHE_TTL_MS: must be a whole number from 0 to 86400000 (got "10m")',
    ],
    [
      { CLUSTER_FAMILY_CACHE_MAX_ENTRIES: '0' },
      'CLUSTER_FAMILY_CACHE_MAX_ENTRIES: must be a whole number from 1 to 1000000 (got "0")',
    ],
    [
      { METRICS_ENABLED: 'yes please' },
      'METRICS_ENABLED: must be true or false (got "yes please")',
    ],
    [
      { READINESS_PROBE_TIMEOUT_MS: '0' },
      'READINESS_PROBE_TIMEOUT_MS: must be a whole number from 1 to 60000 (got "0")',
    ],
    [
      { READINESS_PROBE_CACHE_MS: 'often' },
      'READINESS_PROBE_CACHE_MS: must be a whole number from 0 to 600000 (got "often")',
    ],
    [
      { LOG_LEVEL: 'verbose' },
      'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent (got "verbose")',
    ],
    [
      { NODE_ENV: 'staging' },
      'NODE_ENV: must be one of development, production, test (got "staging")',
    ],
    [
      { CCE_CONNECT_TIMEOUT_MS: '0' },
      'CCE_CONNECT_TIMEOUT_MS: must be a whole number from 1 to 600000 (got "0")',
    ],
    [
      { CCE_HEADERS_TIMEOUT_MS: '5s' },
      'CCE_HEADERS_TIMEOUT_MS: must be a whole number from 1 to 600000 (got "5s")',
    ],
    [
      { CCE_BODY_TIMEOUT_MS: '1e3' },
      'CCE_BODY_TIMEOUT_MS: must be a whole number from 1 to 600000 (got "1e3")',
    ],
    [
      { CCE_POOL_CONNECTIONS: '0' },
      'CCE_POOL_CONNECTIONS: must be a whole number from 1 to 1024 (got "0")',
    ],
    [
      { SIMULATOR_TRANSITION_DELAY_MS: 'fast' },
      'SIMULATOR_TRANSITION_DELAY_MS: must be a whole number from 0 to 600000 (got "fast")',
    ],
    [
      { SUBSCRIPTIONS_MAX_PER_CALLER: '0' },
      'SUBSCRIPTIONS_MAX_PER_CALLER: must be a whole number from 1 to 100000 (got "0")',
    ],
    [
      { SUBSCRIPTIONS_POLL_INITIAL_MS: '5' },
      'SUBSCRIPTIONS_POLL_INITIAL_MS: must be a whole number from 10 to 600000 (got "5")',
    ],
    [
      { SUBSCRIPTIONS_POLL_INITIAL_MS: '1000', SUBSCRIPTIONS_POLL_MAX_MS: '500' },
      'SUBSCRIPTIONS_POLL_MAX_MS: must not be less than SUBSCRIPTIONS_POLL_INITIAL_MS (1000) (got "500")',
    ],
    [
      { SUBSCRIPTIONS_MAX_PER_CALLER: '50', SUBSCRIPTIONS_MAX_TOTAL: '10' },
      'SUBSCRIPTIONS_MAX_PER_CALLER: must not be more than SUBSCRIPTIONS_MAX_TOTAL (10) (got "50")',
    ],
    [
      { ...REMOTE, CCE_PROJECT_ID: 'a/b' },
      'CCE_PROJECT_ID: must be 1 to 64 letters, digits, "-" or "_" (got "a/b")',
    ],
    [
      { CCE_ENDPOINT: 'not a url', CCE_PROJECT_ID: 'p' },
      'CCE_ENDPOINT: must be an absolute http(s) URL, e.g. https://cce.ap-southeast-1.myhuaweicloud.com (got "not a url")',
    ],
    [
      { CCE_ENDPOINT: 'ftp://cce.example', CCE_PROJECT_ID: 'p' },
      'CCE_ENDPOINT: must use http or https (got "ftp://cce.example")',
    ],
    [
      { CCE_ENDPOINT: 'https://cce.example/?x=1', CCE_PROJECT_ID: 'p' },
      'CCE_ENDPOINT: must not contain user info, a query or a fragment (got "https://cce.example/?x=1")',
    ],
    [
      { CCE_ENDPOINT: 'https://cce.example', CCE_REGION: 'ap-southeast-1', CCE_PROJECT_ID: 'p' },
      'CCE_REGION: set either CCE_ENDPOINT or CCE_REGION, not both (got "ap-southeast-1")',
    ],
    [
      { CCE_REGION: 'ap-southeast-1' },
      'CCE_PROJECT_ID: is required when CCE_ENDPOINT or CCE_REGION is set',
    ],
    [
      { CCE_ENDPOINT: 'http://127.0.0.1:4010' },
      'CCE_PROJECT_ID: is required when CCE_ENDPOINT or CCE_REGION is set',
    ],
    [{ CCE_ACCESS_KEY: 'AK' }, 'CCE_SECRET_KEY: must be set together with CCE_ACCESS_KEY'],
    [{ CCE_SECRET_KEY: 'SK' }, 'CCE_ACCESS_KEY: must be set together with CCE_SECRET_KEY'],
    [{ CCE_SECURITY_TOKEN: 'ST' }, 'CCE_SECURITY_TOKEN: needs CCE_ACCESS_KEY and CCE_SECRET_KEY'],
    [
      { OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' },
      'OTEL_EXPORTER_OTLP_PROTOCOL: must be one of http/protobuf, http/json (got "grpc")',
    ],
    [
      { OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' },
      'OTEL_EXPORTER_OTLP_ENDPOINT: must be an http(s) URL, e.g. http://otel-collector:4318 (got "collector:4318")',
    ],
    [
      { OTEL_TRACES_SAMPLER_ARG: '2' },
      'OTEL_TRACES_SAMPLER_ARG: must be a number from 0 to 1 (got "2")',
    ],
  ])('rejects %j with a message naming the variable', (env, expected) => {
    expect(envProblems(env)).toEqual([expected]);
  });

  it('rejects an unknown region with the list of valid ones', () => {
    const [problem] = envProblems({ CCE_REGION: 'mars-north-1', CCE_PROJECT_ID: 'p' });
    expect(problem).toMatch(/^CCE_REGION: Unknown CCE region "mars-north-1"; valid regions: /);
    for (const region of CCE_REGIONS) expect(problem).toContain(region);
  });

  it('reports every bad setting at once, in the error message too', () => {
    const env = { PORT: 'x', LOG_LEVEL: 'loud', CCE_ACCESS_KEY: 'AK' };
    expect(() => loadConfig(env)).toThrow(
      /Invalid configuration:\n {2}- PORT: .*\n {2}- LOG_LEVEL: /,
    );
    // Field rules are checked first; the AK/SK pairing after them, once the values themselves are sound.
    expect(envProblems(env).map((p) => p.split(':')[0])).toEqual(['PORT', 'LOG_LEVEL']);
    expect(
      envProblems({ CCE_ACCESS_KEY: 'AK', CCE_REGION: 'nowhere' }).map((p) => p.split(':')[0]),
    ).toEqual(['CCE_REGION', 'CCE_SECRET_KEY', 'CCE_PROJECT_ID']);
  });

  it('never repeats a secret value in its messages', () => {
    const problems = envProblems({
      CCE_SECRET_KEY: 'very-secret-key',
      CCE_SECURITY_TOKEN: 'very-secret-token',
    });
    expect(problems.join('\n')).not.toContain('very-secret');
    expect(problems).toContain('CCE_ACCESS_KEY: must be set together with CCE_SECRET_KEY');
  });
});
