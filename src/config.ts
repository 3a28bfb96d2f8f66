/**
 * The gateway's settings: read from the environment once, at start, validated, frozen.
 *
 * This is the only module of the gateway that reads `process.env` (ESLint enforces it). Every bad
 * value is reported with the name of its variable, all at once, so a misconfigured deployment is
 * fixed in one round; `main.ts` prints the report and exits non-zero.
 */
import { z } from 'zod';
import { endpointForRegion } from './cce/regions.ts';

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Where the gateway sends CCE calls. `embedded`: a simulator started in the same process. */
export type UpstreamTarget =
  | { readonly kind: 'embedded' }
  | { readonly kind: 'region'; readonly region: string; readonly endpoint: string }
  | { readonly kind: 'endpoint'; readonly endpoint: string };

/** AK/SK of the gateway's own identity: with them, callers need no token ("service mode"). */
export interface ServiceCredentials {
  readonly accessKey: string;
  readonly secretKey: string;
  readonly securityToken?: string;
}

/** JWT verification of callers (GATEWAY_JWT_*). */
export interface JwtSettings {
  readonly jwksUrl: string;
  readonly issuer: string;
  /** Accepted `aud` values; a token must name one of them. */
  readonly audience: readonly string[];
  readonly algorithms: readonly JwtAlgorithm[];
}

/** Limits and checks of the security edge (src/server/security/). */
export interface SecurityConfig {
  /** Per-operation limits; an operation over one is refused before it runs. */
  readonly limits: {
    readonly maxDepth: number;
    readonly maxAliases: number;
    readonly maxTokens: number;
    readonly maxDirectives: number;
    readonly maxCost: number;
  };
  /**
   * The most CCE calls one request may make (0: no limit): estimated before execution, counted
   * during it (src/server/budget/).
   */
  readonly upstreamCallBudget: number;
  /** Limits on the JSON of variables and of argument literals; over one is BAD_USER_INPUT. */
  readonly inputLimits: {
    /** Nesting levels of a variables object or an argument's list/object literal. */
    readonly maxDepth: number;
    /** Values (scalars, lists, objects) in a variables object or an argument's literal. */
    readonly maxValues: number;
  };
  readonly introspection: boolean;
  /** Show `Did you mean …?` hints in errors. */
  readonly fieldSuggestions: boolean;
  readonly csrfPrevention: boolean;
  /** Origins whose pages may call from a browser; empty: none, `*`: any. */
  readonly corsOrigins: readonly string[];
  readonly maxRequestBodyBytes: number;
  /** Operations per batched request; 0: batching off. */
  readonly batchLimit: number;
  /** SHA-256 digests (lower-case hex) of the API keys callers may send in X-Api-Key. */
  readonly apiKeyDigests: readonly string[];
  /**
   * With introspection off: digests of the API keys (X-Api-Key) whose callers `_service { sdl }`
   * still answers (a federation gateway composing this subgraph).
   */
  readonly sdlApiKeyDigests: readonly string[];
  readonly jwt: JwtSettings | null;
  /** Service mode without caller authentication (development only). */
  readonly allowUnauthenticatedServiceMode: boolean;
  /** Trusted documents: only the operations of this JSON allow-list run. */
  readonly persistedOperationsFile: string | null;
}

export interface TracingConfig {
  /** Where spans are sent: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, or OTEL_EXPORTER_OTLP_ENDPOINT + /v1/traces. */
  readonly url: string;
  readonly protocol: (typeof OTLP_PROTOCOLS)[number];
  readonly serviceName: string;
  readonly sampler: (typeof TRACES_SAMPLERS)[number];
  /** OTEL_TRACES_SAMPLER_ARG: the ratio of the `traceidratio` samplers. */
  readonly samplerRatio: number;
}

export interface GatewayConfig {
  readonly nodeEnv: NodeEnv;
  readonly logLevel: LogLevel;
  readonly server: {
    readonly host: string;
    readonly port: number;
    /** How long a stop waits for in-flight requests before it closes their connections. */
    readonly shutdownGraceMs: number;
    /**
     * How long a stop keeps serving after /readiness turns 503, so that load balancers take the
     * instance out of rotation before it stops accepting connections.
     */
    readonly shutdownDelayMs: number;
    /**
     * Serve GraphiQL. Default: on, except in production against a real CCE (the container image
     * listens on every interface; the page is only for trying the gateway out).
     */
    readonly graphiql: boolean;
    /** gzip/brotli answers by `Accept-Encoding` (src/server/compression.ts). */
    readonly compression: {
      readonly enabled: boolean;
      /** Answers smaller than this are sent as they are (compressing them saves nothing). */
      readonly minBytes: number;
    };
    /** Execute operations with graphql-jit instead of graphql-js (BENCHMARKS.md measures both). */
    readonly graphqlJit: boolean;
    /**
     * A query's CCE calls still waiting after this long are abandoned: their fields answer
     * UPSTREAM_TIMEOUT, the rest is partial data. Mutations are not cut.
     */
    readonly readDeadlineMs: number;
  };
  readonly cce: {
    readonly upstream: UpstreamTarget;
    /** Default project; in pass-through mode a caller may choose another with `X-Project-Id`. */
    readonly projectId: string;
    readonly serviceCredentials: ServiceCredentials | null;
    readonly connectTimeoutMs: number;
    readonly headersTimeoutMs: number;
    readonly bodyTimeoutMs: number;
    /** undici pool size per upstream origin. */
    readonly connections: number;
  };
  readonly security: SecurityConfig;
  /** What the service infers from CCE's answers (src/service/pending.ts). */
  readonly insights: {
    /** A release or add-on pending longer than this is `stuck`. */
    readonly stuckAfterMs: number;
    /** How long `addonUpgradePreview` waits for CCE's add-on precheck to finish. */
    readonly addonPrecheckTimeoutMs: number;
    /** How long it waits between two reads of the precheck task. */
    readonly addonPrecheckPollMs: number;
  };
  /** Mutation `idempotencyKey`s (src/service/idempotency.ts). */
  readonly idempotency: {
    /** How long a finished mutation's payload answers a repeat of its key. */
    readonly windowMs: number;
    /** On Redis: how long a key held by a request whose replica died stays held. */
    readonly leaseMs: number;
  };
  /** The embedded simulator (used only when `cce.upstream.kind` is `embedded`). */
  readonly simulator: {
    readonly transitionDelayMs: number;
  };
  /** GraphQL over WebSocket: sockets whose caller is not proven yet (no connection_init accepted). */
  readonly websocket: {
    /** A socket that sends no connection_init within this time is closed (4408). */
    readonly initTimeoutMs: number;
    /** Such sockets open at once, at most; further upgrades get 503. */
    readonly maxPending: number;
  };
  /** Query results kept per caller (credential scope) for a short time; mutations invalidate them. */
  readonly responseCache: {
    /** 0 disables the cache. */
    readonly ttlMs: number;
    readonly maxEntries: number;
    /** All entries together: at most this many bytes (of their JSON text). */
    readonly maxBytes: number;
    /** An answer larger than this is not stored. */
    readonly maxEntryBytes: number;
  };
  /**
   * The cluster directory: each caller's cluster id → API family, remembered across requests so
   * lookups naming a cluster skip the two cluster lists (src/loaders/cluster-directory.ts).
   */
  readonly clusterDirectory: {
    /** 0 turns the directory off (every first lookup of a request reads both cluster lists). */
    readonly ttlMs: number;
    /** Entries over all callers; the least recently used go first. */
    readonly maxEntries: number;
  };
  /** Per-caller rate limits (src/server/rate-limit/); 0 turns one off. All off by default. */
  readonly rateLimits: {
    /** Queries per caller and minute (a token bucket: bursts up to this, refilled over a minute). */
    readonly queriesPerMinute: number;
    readonly mutationsPerMinute: number;
    /** Estimated CCE calls per caller and minute: each operation spends its upstream-call estimate. */
    readonly upstreamCallsPerMinute: number;
  };
  /** The audit trail of mutations (src/server/audit.ts): `stdout`, `stderr` or a file; null: off. */
  readonly auditLog: string | null;
  /** OpenTelemetry tracing (src/tracing/), from the standard OTEL_* variables; null: off. */
  readonly tracing: TracingConfig | null;
  readonly metrics: {
    /** Serve Prometheus metrics on /metrics. */
    readonly enabled: boolean;
  };
  /** /readiness: whether CCE answers at all (any HTTP answer below 500), probed without credentials. */
  readonly readiness: {
    readonly probeTimeoutMs: number;
    /** How long a probe's result is reused, so probes cannot be used to flood CCE. */
    readonly probeCacheMs: number;
  };
  /**
   * The Redis that replicas share (src/redis/); `url` null: every piece of state stays in this
   * process, as for a single replica.
   */
  readonly redis: {
    readonly url: string | null;
    /** Put before every key and channel (several deployments may share one Redis). */
    readonly keyPrefix: string;
    /** How long a replica's poll claim or subscription slot lasts without renewal (ms). */
    readonly leaseTtlMs: number;
  };
  /** Status subscriptions (src/live/): limits and the upstream read schedule. */
  readonly subscriptions: {
    /** Open subscriptions per caller (`callerIdentity`: token scope, or API key/JWT in service mode). */
    readonly maxPerCaller: number;
    /** Open subscriptions of the whole gateway. */
    readonly maxTotal: number;
    /** First re-read of a watched object after a change (ms); each next one waits twice as long… */
    readonly pollInitialMs: number;
    /** …up to this (ms). */
    readonly pollMaxMs: number;
    /** Reads of a watched object that has settled: one every this many ms. */
    readonly pollSettledMs: number;
  };
}

/** The project the embedded simulator's demo data (and its demo token) belongs to. */
const EMBEDDED_PROJECT_ID = 'demo-project';

/** Thrown by `loadConfig` with one line per bad setting. */
export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

// Values never repeated in an error message.
// GATEWAY_API_KEYS holds digests, but a key pasted there by mistake must not be echoed.
const SECRET_SETTINGS = new Set([
  'CCE_ACCESS_KEY',
  'CCE_SECRET_KEY',
  'CCE_SECURITY_TOKEN',
  'GATEWAY_API_KEYS',
  'FEDERATION_SDL_API_KEYS',
  // It may carry Redis' password.
  'REDIS_URL',
]);

/** A comma-separated list of API key digests (never the keys themselves). */
function apiKeyDigestList() {
  return commaList(
    (item) => SHA256_HEX.test(item),
    'must be a comma-separated list of SHA-256 digests of the keys (64 hex digits each, ' +
      'e.g. from `printf %s "$KEY" | sha256sum`), not the keys themselves',
  );
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['development', 'production', 'test'] as const;
// CCE project ids are 32 hex digits; the simulator uses readable ids. Either way they go into URL paths.
const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** `FOO=` (set but empty) means the same as not set, as in most shells' and orchestrators' habits. */
const blankToUndefined = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

function optionalText() {
  return z.preprocess(blankToUndefined, z.string().trim().optional());
}

function wholeNumber(min: number, max: number, fallback: number) {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^\d+$/, message)
      .transform(Number)
      .refine((n) => n >= min && n <= max, message)
      .default(fallback),
  );
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) {
  return z.preprocess(
    blankToUndefined,
    z.enum(values, { error: `must be one of ${values.join(', ')}` }).default(fallback),
  );
}

/** OTLP over HTTP only: gRPC would need a client the gateway does not carry. */
const OTLP_PROTOCOLS = ['http/protobuf', 'http/json'] as const;
/** The samplers of the OpenTelemetry specification (OTEL_TRACES_SAMPLER). */
export const TRACES_SAMPLERS = [
  'always_on',
  'always_off',
  'traceidratio',
  'parentbased_always_on',
  'parentbased_always_off',
  'parentbased_traceidratio',
] as const;

function otlpUrl() {
  return optionalText().refine(
    (v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v),
    'must be an http(s) URL, e.g. http://otel-collector:4318',
  );
}

function flag(fallback: boolean) {
  return z.preprocess(
    blankToUndefined,
    z.stringbool({ error: 'must be true or false' }).default(fallback),
  );
}

/** true/false, or unset when the default depends on other settings. */
function optionalFlag() {
  return z.preprocess(
    blankToUndefined,
    z.stringbool({ error: 'must be true or false' }).optional(),
  );
}

/** `a, b, c` → ['a', 'b', 'c'] (unset: []), each item checked. */
function commaList(isValid: (item: string) => boolean, message: string, fallback: string[] = []) {
  return z.preprocess(blankToUndefined, z.string().optional()).transform((raw, context) => {
    if (raw === undefined) return fallback;
    const items = raw
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
    if (!items.every(isValid)) context.addIssue({ code: 'custom', message });
    return items;
  });
}

/** What a browser sends in `Origin`: scheme, host and (non-default) port, nothing else. */
function isOrigin(value: string): boolean {
  if (value === '*') return true;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

const SHA256_HEX = /^[0-9a-fA-F]{64}$/;
// Asymmetric algorithms only: a JWKS publishes public keys, and HS*/none would let anyone sign.
const JWT_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
] as const;
export type JwtAlgorithm = (typeof JWT_ALGORITHMS)[number];
const isJwtAlgorithm = (value: string): value is JwtAlgorithm =>
  (JWT_ALGORITHMS as readonly string[]).includes(value);
const MIB = 1_048_576;

const envSchema = z.object({
  PORT: wholeNumber(0, 65535, 4000),
  HOST: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9.:[\]-]+$/, 'must be a host name or IP address, e.g. 127.0.0.1 or 0.0.0.0')
      .default('127.0.0.1'),
  ),
  SHUTDOWN_GRACE_MS: wholeNumber(0, 600_000, 10_000),
  SHUTDOWN_DELAY_MS: wholeNumber(0, 600_000, 0),
  READ_DEADLINE_MS: wholeNumber(1, 600_000, 10_000),
  GRAPHIQL: optionalFlag(),
  COMPRESSION: flag(true),
  COMPRESSION_MIN_BYTES: wholeNumber(0, 100 * MIB, 1_024),
  GRAPHQL_JIT: flag(true),
  LOG_LEVEL: oneOf(LOG_LEVELS, 'info'),
  NODE_ENV: oneOf(NODE_ENVS, 'production'),
  CCE_ENDPOINT: optionalText(),
  CCE_REGION: optionalText(),
  CCE_PROJECT_ID: optionalText().refine(
    (v) => v === undefined || PROJECT_ID.test(v),
    'must be 1 to 64 letters, digits, "-" or "_"',
  ),
  CCE_ACCESS_KEY: optionalText(),
  CCE_SECRET_KEY: optionalText(),
  CCE_SECURITY_TOKEN: optionalText(),
  CCE_CONNECT_TIMEOUT_MS: wholeNumber(1, 600_000, 5_000),
  CCE_HEADERS_TIMEOUT_MS: wholeNumber(1, 600_000, 30_000),
  CCE_BODY_TIMEOUT_MS: wholeNumber(1, 600_000, 30_000),
  CCE_POOL_CONNECTIONS: wholeNumber(1, 1_024, 64),
  IDEMPOTENCY_WINDOW_MS: wholeNumber(1_000, 86_400_000, 600_000),
  IDEMPOTENCY_LEASE_MS: wholeNumber(1_000, 3_600_000, 120_000),
  STUCK_AFTER_MS: wholeNumber(1, 604_800_000, 900_000),
  ADDON_PRECHECK_TIMEOUT_MS: wholeNumber(1, 600_000, 8_000),
  ADDON_PRECHECK_POLL_MS: wholeNumber(1, 600_000, 1_000),
  SIMULATOR_TRANSITION_DELAY_MS: wholeNumber(0, 600_000, 3_000),
  GRAPHQL_MAX_DEPTH: wholeNumber(1, 1_000, 8),
  GRAPHQL_MAX_ALIASES: wholeNumber(0, 10_000, 15),
  GRAPHQL_MAX_TOKENS: wholeNumber(1, 1_000_000, 1_000),
  GRAPHQL_MAX_DIRECTIVES: wholeNumber(0, 10_000, 50),
  GRAPHQL_MAX_COST: wholeNumber(1, 100_000_000, 5_000),
  UPSTREAM_CALL_BUDGET: wholeNumber(0, 1_000_000, 200),
  GRAPHQL_MAX_INPUT_DEPTH: wholeNumber(1, 1_000, 64),
  GRAPHQL_MAX_INPUT_VALUES: wholeNumber(1, 10_000_000, 20_000),
  GRAPHQL_INTROSPECTION: optionalFlag(),
  GRAPHQL_FIELD_SUGGESTIONS: optionalFlag(),
  GRAPHQL_BATCH_LIMIT: wholeNumber(0, 100, 0),
  MAX_REQUEST_BODY_BYTES: wholeNumber(1_024, 100 * MIB, MIB),
  CSRF_PREVENTION: flag(true),
  CORS_ORIGINS: commaList(
    isOrigin,
    'must be a comma-separated list of origins such as https://app.example.com ' +
      '(scheme, host and port only, as browsers send them), or *',
  ),
  GATEWAY_API_KEYS: apiKeyDigestList(),
  FEDERATION_SDL_API_KEYS: apiKeyDigestList(),
  GATEWAY_JWT_JWKS_URL: optionalText(),
  GATEWAY_JWT_ISSUER: optionalText(),
  GATEWAY_JWT_AUDIENCE: commaList(() => true, ''),
  GATEWAY_JWT_ALGORITHMS: commaList(
    isJwtAlgorithm,
    `must be a comma-separated list of ${JWT_ALGORITHMS.join(', ')}`,
    ['RS256'],
  ),
  GATEWAY_ALLOW_UNAUTHENTICATED_SERVICE_MODE: flag(false),
  PERSISTED_OPERATIONS_FILE: optionalText(),
  SUBSCRIPTIONS_MAX_PER_CALLER: wholeNumber(1, 100_000, 20),
  SUBSCRIPTIONS_MAX_TOTAL: wholeNumber(1, 1_000_000, 1_000),
  SUBSCRIPTIONS_POLL_INITIAL_MS: wholeNumber(10, 600_000, 250),
  SUBSCRIPTIONS_POLL_MAX_MS: wholeNumber(10, 600_000, 5_000),
  SUBSCRIPTIONS_POLL_SETTLED_MS: wholeNumber(100, 3_600_000, 30_000),
  REDIS_URL: optionalText().refine(
    (v) => v === undefined || /^rediss?:\/\/[^\s]+$/.test(v),
    'must be a redis:// or rediss:// URL, e.g. redis://redis:6379',
  ),
  REDIS_KEY_PREFIX: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9:_.-]{1,64}$/, 'must be 1 to 64 letters, digits, ":", "_", "." or "-"')
      .default('cce-gateway:'),
  ),
  REDIS_LEASE_TTL_MS: wholeNumber(300, 600_000, 10_000),
  RESPONSE_CACHE_TTL_MS: wholeNumber(0, 300_000, 2_000),
  RESPONSE_CACHE_MAX_ENTRIES: wholeNumber(1, 1_000_000, 1_000),
  WEBSOCKET_INIT_TIMEOUT_MS: wholeNumber(100, 60_000, 3_000),
  WEBSOCKET_MAX_PENDING: wholeNumber(1, 100_000, 100),
  RESPONSE_CACHE_MAX_BYTES: wholeNumber(1_024, 16 * 1_024 * MIB, 64 * MIB),
  RESPONSE_CACHE_MAX_ENTRY_BYTES: wholeNumber(1_024, 1_024 * MIB, MIB),
  CLUSTER_FAMILY_CACHE_TTL_MS: wholeNumber(0, 86_400_000, 600_000),
  CLUSTER_FAMILY_CACHE_MAX_ENTRIES: wholeNumber(1, 1_000_000, 10_000),
  METRICS_ENABLED: flag(true),
  AUDIT_LOG: optionalText(),
  OTEL_SDK_DISABLED: flag(false),
  OTEL_TRACES_EXPORTER: oneOf(['otlp', 'none'], 'otlp'),
  OTEL_EXPORTER_OTLP_ENDPOINT: otlpUrl(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: otlpUrl(),
  OTEL_EXPORTER_OTLP_PROTOCOL: oneOf(OTLP_PROTOCOLS, 'http/protobuf'),
  OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: z.preprocess(
    blankToUndefined,
    z.enum(OTLP_PROTOCOLS, { error: `must be one of ${OTLP_PROTOCOLS.join(', ')}` }).optional(),
  ),
  OTEL_SERVICE_NAME: z.preprocess(blankToUndefined, z.string().trim().default('cce-gateway')),
  OTEL_TRACES_SAMPLER: oneOf(TRACES_SAMPLERS, 'parentbased_always_on'),
  OTEL_TRACES_SAMPLER_ARG: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .transform(Number)
      .refine((n) => n >= 0 && n <= 1, 'must be a number from 0 to 1')
      .default(1),
  ),
  RATE_LIMIT_QUERIES_PER_MINUTE: wholeNumber(0, 10_000_000, 0),
  RATE_LIMIT_MUTATIONS_PER_MINUTE: wholeNumber(0, 10_000_000, 0),
  RATE_LIMIT_UPSTREAM_CALLS_PER_MINUTE: wholeNumber(0, 100_000_000, 0),
  READINESS_PROBE_TIMEOUT_MS: wholeNumber(1, 60_000, 1_000),
  READINESS_PROBE_CACHE_MS: wholeNumber(0, 600_000, 2_000),
});

type Env = z.infer<typeof envSchema>;
type Problem = { setting: keyof Env; message: string };

/** `http(s)://host[:port][/base]`, without query, fragment or user info; returned without a trailing slash. */
function checkEndpoint(raw: string): string | Problem {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return {
      setting: 'CCE_ENDPOINT',
      message: 'must be an absolute http(s) URL, e.g. https://cce.ap-southeast-1.myhuaweicloud.com',
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { setting: 'CCE_ENDPOINT', message: 'must use http or https' };
  }
  if (url.username || url.password || url.search || url.hash) {
    return {
      setting: 'CCE_ENDPOINT',
      message: 'must not contain user info, a query or a fragment',
    };
  }
  return url.href.replace(/\/+$/, '');
}

function resolveUpstream(env: Env): UpstreamTarget | Problem {
  if (env.CCE_ENDPOINT !== undefined && env.CCE_REGION !== undefined) {
    return { setting: 'CCE_REGION', message: 'set either CCE_ENDPOINT or CCE_REGION, not both' };
  }
  if (env.CCE_ENDPOINT !== undefined) {
    const endpoint = checkEndpoint(env.CCE_ENDPOINT);
    return typeof endpoint === 'string' ? { kind: 'endpoint', endpoint } : endpoint;
  }
  if (env.CCE_REGION !== undefined) {
    try {
      return {
        kind: 'region',
        region: env.CCE_REGION,
        endpoint: endpointForRegion(env.CCE_REGION),
      };
    } catch (error) {
      return {
        setting: 'CCE_REGION',
        message: error instanceof Error ? error.message : String(error),
      };
    }
  }
  return { kind: 'embedded' };
}

function resolveServiceCredentials(env: Env): ServiceCredentials | null | Problem {
  const { CCE_ACCESS_KEY: accessKey, CCE_SECRET_KEY: secretKey, CCE_SECURITY_TOKEN: token } = env;
  if (accessKey === undefined && secretKey === undefined) {
    return token === undefined
      ? null
      : { setting: 'CCE_SECURITY_TOKEN', message: 'needs CCE_ACCESS_KEY and CCE_SECRET_KEY' };
  }
  if (accessKey === undefined) {
    return { setting: 'CCE_ACCESS_KEY', message: 'must be set together with CCE_SECRET_KEY' };
  }
  if (secretKey === undefined) {
    return { setting: 'CCE_SECRET_KEY', message: 'must be set together with CCE_ACCESS_KEY' };
  }
  return token === undefined
    ? { accessKey, secretKey }
    : { accessKey, secretKey, securityToken: token };
}

/** Subscription settings that are each valid alone but contradict each other. */
function checkSubscriptionSettings(env: Env): Problem[] {
  const problems: Problem[] = [];
  if (env.SUBSCRIPTIONS_POLL_MAX_MS < env.SUBSCRIPTIONS_POLL_INITIAL_MS) {
    problems.push({
      setting: 'SUBSCRIPTIONS_POLL_MAX_MS',
      message: `must not be less than SUBSCRIPTIONS_POLL_INITIAL_MS (${env.SUBSCRIPTIONS_POLL_INITIAL_MS})`,
    });
  }
  if (env.SUBSCRIPTIONS_MAX_PER_CALLER > env.SUBSCRIPTIONS_MAX_TOTAL) {
    problems.push({
      setting: 'SUBSCRIPTIONS_MAX_PER_CALLER',
      message: `must not be more than SUBSCRIPTIONS_MAX_TOTAL (${env.SUBSCRIPTIONS_MAX_TOTAL})`,
    });
  }
  return problems;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The JWKS must come over https (plain http only from this machine), or anyone on the path could swap the keys. */
function checkJwksUrl(raw: string): string | Problem {
  const setting = 'GATEWAY_JWT_JWKS_URL';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { setting, message: 'must be an absolute https URL of a JSON Web Key Set' };
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
    return url.href;
  }
  return { setting, message: 'must use https (http only for localhost)' };
}

function resolveJwt(env: Env): JwtSettings | null | Problem[] {
  const { GATEWAY_JWT_JWKS_URL: jwksUrl, GATEWAY_JWT_ISSUER: issuer } = env;
  const audience = env.GATEWAY_JWT_AUDIENCE;
  if (jwksUrl === undefined) {
    const orphans = (['GATEWAY_JWT_ISSUER', 'GATEWAY_JWT_AUDIENCE'] as const).filter((setting) =>
      setting === 'GATEWAY_JWT_ISSUER' ? issuer !== undefined : audience.length > 0,
    );
    return orphans.length === 0
      ? null
      : orphans.map((setting) => ({ setting, message: 'needs GATEWAY_JWT_JWKS_URL' }));
  }
  const url = checkJwksUrl(jwksUrl);
  const problems: Problem[] = typeof url === 'string' ? [] : [url];
  if (issuer === undefined) {
    problems.push({
      setting: 'GATEWAY_JWT_ISSUER',
      message: 'is required with GATEWAY_JWT_JWKS_URL (the `iss` accepted tokens carry)',
    });
  }
  if (audience.length === 0) {
    problems.push({
      setting: 'GATEWAY_JWT_AUDIENCE',
      message:
        'is required with GATEWAY_JWT_JWKS_URL (the `aud` accepted tokens carry, so that ' +
        'tokens the identity provider issued for other applications are refused)',
    });
  }
  if (typeof url !== 'string' || issuer === undefined || problems.length > 0) return problems;
  return {
    jwksUrl: url,
    issuer,
    audience,
    algorithms: env.GATEWAY_JWT_ALGORITHMS.filter(isJwtAlgorithm),
  };
}

/**
 * Tracing is on when an OTLP endpoint is set (the specification's default, localhost:4318, would
 * turn it on everywhere) and neither OTEL_SDK_DISABLED nor OTEL_TRACES_EXPORTER=none says no.
 */
function resolveTracing(env: Env): TracingConfig | null {
  const general = env.OTEL_EXPORTER_OTLP_ENDPOINT?.replace(/\/+$/, '');
  const url =
    env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ??
    (general === undefined ? undefined : `${general}/v1/traces`);
  if (env.OTEL_SDK_DISABLED || env.OTEL_TRACES_EXPORTER === 'none' || url === undefined) {
    return null;
  }
  return {
    url,
    protocol: env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? env.OTEL_EXPORTER_OTLP_PROTOCOL,
    serviceName: env.OTEL_SERVICE_NAME,
    sampler: env.OTEL_TRACES_SAMPLER,
    samplerRatio: env.OTEL_TRACES_SAMPLER_ARG,
  };
}

/** GRAPHIQL unset: on while trying the gateway out (development, or the embedded simulator). */
function resolveGraphiql(env: Env, upstream: UpstreamTarget | Problem): boolean {
  const embedded = !isProblem(upstream) && upstream.kind === 'embedded';
  return env.GRAPHIQL ?? (env.NODE_ENV !== 'production' || embedded);
}

function resolveSecurity(
  env: Env,
  serviceMode: boolean,
  graphiql: boolean,
): SecurityConfig | Problem[] {
  const jwt = resolveJwt(env);
  if (Array.isArray(jwt)) return jwt;
  const apiKeyDigests = env.GATEWAY_API_KEYS.map((digest) => digest.toLowerCase());
  // GraphiQL needs introspection; production deployments turn both off.
  const introspection = env.GRAPHQL_INTROSPECTION ?? (env.NODE_ENV === 'development' || graphiql);
  const allowUnauthenticated = env.GATEWAY_ALLOW_UNAUTHENTICATED_SERVICE_MODE;
  if (serviceMode && apiKeyDigests.length === 0 && jwt === null && !allowUnauthenticated) {
    return [
      {
        setting: 'GATEWAY_API_KEYS',
        message:
          'service mode (CCE_ACCESS_KEY/CCE_SECRET_KEY) lets every caller act with the ' +
          "service's rights, so callers must authenticate: set GATEWAY_API_KEYS or " +
          'GATEWAY_JWT_JWKS_URL (or, for development only, ' +
          'GATEWAY_ALLOW_UNAUTHENTICATED_SERVICE_MODE=true)',
      },
    ];
  }
  return {
    limits: {
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxTokens: env.GRAPHQL_MAX_TOKENS,
      maxDirectives: env.GRAPHQL_MAX_DIRECTIVES,
      maxCost: env.GRAPHQL_MAX_COST,
    },
    upstreamCallBudget: env.UPSTREAM_CALL_BUDGET,
    inputLimits: {
      maxDepth: env.GRAPHQL_MAX_INPUT_DEPTH,
      maxValues: env.GRAPHQL_MAX_INPUT_VALUES,
    },
    introspection,
    // A hint names fields the caller could look up anyway while introspection is on; with it off,
    // the hints would spell the schema out.
    fieldSuggestions: env.GRAPHQL_FIELD_SUGGESTIONS ?? introspection,
    csrfPrevention: env.CSRF_PREVENTION,
    corsOrigins: env.CORS_ORIGINS,
    maxRequestBodyBytes: env.MAX_REQUEST_BODY_BYTES,
    batchLimit: env.GRAPHQL_BATCH_LIMIT,
    apiKeyDigests,
    sdlApiKeyDigests: env.FEDERATION_SDL_API_KEYS.map((digest) => digest.toLowerCase()),
    jwt,
    allowUnauthenticatedServiceMode: allowUnauthenticated,
    persistedOperationsFile: env.PERSISTED_OPERATIONS_FILE ?? null,
  };
}

const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' && value !== null && 'setting' in value && 'message' in value;

/** `SETTING: problem (got "value")`; secret values, and values the message already quotes, are not repeated. */
function describe(source: Record<string, string | undefined>, setting: string, message: string) {
  const raw = source[setting];
  const quoted = raw === undefined ? '' : JSON.stringify(raw.slice(0, 80));
  const shown =
    raw === undefined || SECRET_SETTINGS.has(setting) || message.includes(quoted)
      ? ''
      : ` (got ${quoted})`;
  return `${setting}: ${message}${shown}`;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * Reads and validates every setting. Throws `ConfigError` listing every bad value by variable name
 * (secret values are never repeated in it).
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) =>
        describe(env, String(issue.path[0] ?? '(environment)'), issue.message),
      ),
    );
  }
  const settings = parsed.data;
  const upstream = resolveUpstream(settings);
  const serviceCredentials = resolveServiceCredentials(settings);
  const problems: Problem[] = [
    ...[upstream, serviceCredentials].filter(isProblem),
    ...checkSubscriptionSettings(settings),
  ];
  const graphiql = resolveGraphiql(settings, upstream);
  const security = resolveSecurity(
    settings,
    serviceCredentials !== null && !isProblem(serviceCredentials),
    graphiql,
  );
  if (Array.isArray(security)) problems.push(...security);

  let projectId = settings.CCE_PROJECT_ID;
  if (!isProblem(upstream) && upstream.kind === 'embedded') {
    projectId ??= EMBEDDED_PROJECT_ID;
  } else if (projectId === undefined) {
    problems.push({
      setting: 'CCE_PROJECT_ID',
      message: 'is required when CCE_ENDPOINT or CCE_REGION is set',
    });
  }

  if (
    problems.length > 0 ||
    isProblem(upstream) ||
    isProblem(serviceCredentials) ||
    Array.isArray(security) ||
    projectId === undefined
  ) {
    throw new ConfigError(problems.map((p) => describe(env, p.setting, p.message)));
  }

  return deepFreeze({
    nodeEnv: settings.NODE_ENV,
    logLevel: settings.LOG_LEVEL,
    server: {
      host: settings.HOST,
      port: settings.PORT,
      shutdownGraceMs: settings.SHUTDOWN_GRACE_MS,
      shutdownDelayMs: settings.SHUTDOWN_DELAY_MS,
      graphiql,
      compression: {
        enabled: settings.COMPRESSION,
        minBytes: settings.COMPRESSION_MIN_BYTES,
      },
      graphqlJit: settings.GRAPHQL_JIT,
      readDeadlineMs: settings.READ_DEADLINE_MS,
    },
    cce: {
      upstream,
      projectId,
      serviceCredentials,
      connectTimeoutMs: settings.CCE_CONNECT_TIMEOUT_MS,
      headersTimeoutMs: settings.CCE_HEADERS_TIMEOUT_MS,
      bodyTimeoutMs: settings.CCE_BODY_TIMEOUT_MS,
      connections: settings.CCE_POOL_CONNECTIONS,
    },
    simulator: { transitionDelayMs: settings.SIMULATOR_TRANSITION_DELAY_MS },
    security,
    websocket: {
      initTimeoutMs: settings.WEBSOCKET_INIT_TIMEOUT_MS,
      maxPending: settings.WEBSOCKET_MAX_PENDING,
    },
    idempotency: {
      windowMs: settings.IDEMPOTENCY_WINDOW_MS,
      leaseMs: settings.IDEMPOTENCY_LEASE_MS,
    },
    insights: {
      stuckAfterMs: settings.STUCK_AFTER_MS,
      addonPrecheckTimeoutMs: settings.ADDON_PRECHECK_TIMEOUT_MS,
      addonPrecheckPollMs: settings.ADDON_PRECHECK_POLL_MS,
    },
    responseCache: {
      ttlMs: settings.RESPONSE_CACHE_TTL_MS,
      maxEntries: settings.RESPONSE_CACHE_MAX_ENTRIES,
      maxBytes: settings.RESPONSE_CACHE_MAX_BYTES,
      maxEntryBytes: settings.RESPONSE_CACHE_MAX_ENTRY_BYTES,
    },
    clusterDirectory: {
      ttlMs: settings.CLUSTER_FAMILY_CACHE_TTL_MS,
      maxEntries: settings.CLUSTER_FAMILY_CACHE_MAX_ENTRIES,
    },
    auditLog: settings.AUDIT_LOG ?? null,
    tracing: resolveTracing(settings),
    rateLimits: {
      queriesPerMinute: settings.RATE_LIMIT_QUERIES_PER_MINUTE,
      mutationsPerMinute: settings.RATE_LIMIT_MUTATIONS_PER_MINUTE,
      upstreamCallsPerMinute: settings.RATE_LIMIT_UPSTREAM_CALLS_PER_MINUTE,
    },
    metrics: { enabled: settings.METRICS_ENABLED },
    readiness: {
      probeTimeoutMs: settings.READINESS_PROBE_TIMEOUT_MS,
      probeCacheMs: settings.READINESS_PROBE_CACHE_MS,
    },
    redis: {
      url: settings.REDIS_URL ?? null,
      keyPrefix: settings.REDIS_KEY_PREFIX,
      leaseTtlMs: settings.REDIS_LEASE_TTL_MS,
    },
    subscriptions: {
      maxPerCaller: settings.SUBSCRIPTIONS_MAX_PER_CALLER,
      maxTotal: settings.SUBSCRIPTIONS_MAX_TOTAL,
      pollInitialMs: settings.SUBSCRIPTIONS_POLL_INITIAL_MS,
      pollMaxMs: settings.SUBSCRIPTIONS_POLL_MAX_MS,
      pollSettledMs: settings.SUBSCRIPTIONS_POLL_SETTLED_MS,
    },
  });
}
