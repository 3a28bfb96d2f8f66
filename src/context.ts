/**
 * The per-request context: who is calling (their CCE credentials), the request's CCE service bound
 * to them, and a count of the upstream calls this request made.
 *
 * Nothing here outlives the request, so one caller's data can never answer another's. The only
 * exception, the cluster directory, is keyed by the caller's credential scope and holds no data.
 */
import { hash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { YogaInitialContext } from 'graphql-yoga';
import { createCceClient } from './cce/client.ts';
import { credentialScope, type CceCredentials } from './cce/credentials.ts';
import type { CceTransport } from './cce/transport.ts';
import type { LiveRegistry } from './live/registry.ts';
import { createLiveSession } from './live/session.ts';
import type { ClusterDirectory } from './loaders/cluster-directory.ts';
import { createUpstreamBudget, type UpstreamBudget } from './server/budget/budget.ts';
import { ReadDeadline } from './service/deadline.ts';
import type { IdempotencyStore } from './service/idempotency.ts';
import type { ServiceInsights } from './service/scope.ts';
import { CceService } from './service/index.ts';

/** How a request's headers name its caller. */
export interface CallerDeps {
  /** The default project (CCE_PROJECT_ID). In pass-through mode a caller may name another with X-Project-Id. */
  projectId: string;
  /** AK/SK service mode: callers without a token act as this account, in the default project. */
  serviceCredentials?: { accessKey: string; secretKey: string; securityToken?: string };
  /**
   * The gateway verifies callers' JWTs (GATEWAY_JWT_JWKS_URL): `Authorization: Bearer` carries
   * that JWT, so a CCE token comes only in X-Auth-Token.
   */
  bearerIsCallerJwt?: boolean;
}

export interface GatewayContextDeps {
  transport: CceTransport;
  /** The server's caller resolver (see `createCallerResolver`), shared with the response cache. */
  callers: CallerResolver;
  /** The server's live registry (status subscriptions and the event bus behind them). */
  live: LiveRegistry;
  /** The server's cluster directory (cluster id → family, per caller), shared by its requests. */
  clusterDirectory: ClusterDirectory;
  /** UPSTREAM_CALL_BUDGET: the most CCE calls one request may make (0: no limit). */
  upstreamCallBudget?: number;
  /** The overall deadline of a query's CCE calls (READ_DEADLINE_MS). */
  readDeadlineMs: number;
  /** Where mutations' idempotency keys are kept. */
  idempotency: IdempotencyStore;
  /** What the service infers from CCE's answers (STUCK_AFTER_MS). */
  insights: ServiceInsights;
}

/** Upstream calls made on behalf of one GraphQL request, for the access log. */
export interface UpstreamCallCounter {
  total: number;
  /** CCE's request ids of this request's writes (for the audit trail), in order. */
  readonly writeRequestIds: string[];
}

export interface GatewayContext {
  /** How the caller authenticated: their own token, or the gateway's AK/SK service account. */
  readonly authMode: CceCredentials['kind'];
  /** The request's CCE service: every read and write of a resolver goes through it. */
  readonly cce: CceService;
  /** Started by the server for queries only (src/server/read-deadline.ts). */
  readonly readDeadline: ReadDeadline;
  readonly upstreamCalls: UpstreamCallCounter;
  /** The request's upstream-call budget: its estimate and the calls it may still make. */
  readonly upstreamBudget: UpstreamBudget;
  /** List items CCE sent that could not be read, left out (server/skipped-items.ts reports them). */
  readonly skippedItems: string[];
}

/** Headers the caller's CCE credentials are read from (`readToken`, `readProjectId`). */
export const CREDENTIAL_HEADERS = ['x-auth-token', 'authorization', 'x-project-id'] as const;

/** Headers by which a caller proves who they are to the gateway itself (service mode). */
const CALLER_PROOF_HEADERS = ['x-api-key', 'authorization'] as const;

/** CCE project ids are 32 hex characters; the simulator's are readable names. */
const PROJECT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/** The caller's CCE token from X-Auth-Token or (with `bearer`) `Authorization: Bearer …`, or null. */
export function readToken(headers: Headers, bearer = true): string | null {
  const token = headers.get('x-auth-token')?.trim();
  if (token) return token;
  const authorization = bearer ? headers.get('authorization')?.trim() : undefined;
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match?.[1]) {
    throw unauthenticated('The Authorization header must be `Bearer <token>`.');
  }
  return match[1];
}

function readProjectId(headers: Headers, fallback: string): string {
  const projectId = headers.get('x-project-id')?.trim();
  if (!projectId) return fallback;
  if (!PROJECT_ID.test(projectId)) {
    throw new GraphQLError('The X-Project-Id header is not a valid project id.', {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
  return projectId;
}

/**
 * Whose credentials a request runs with: a caller's own token always wins (pass-through; they may
 * pick their project with X-Project-Id). Without one, service mode uses the gateway's AK/SK in the
 * configured project (a caller cannot move the service account to another project); otherwise the
 * request is refused.
 */
export function resolveCredentials(headers: Headers, deps: CallerDeps): CceCredentials {
  const token = readToken(headers, !deps.bearerIsCallerJwt);
  if (token) {
    return { kind: 'token', token, projectId: readProjectId(headers, deps.projectId) };
  }
  if (deps.serviceCredentials) {
    return { kind: 'aksk', ...deps.serviceCredentials, projectId: deps.projectId };
  }
  throw unauthenticated(
    deps.bearerIsCallerJwt
      ? 'Send a CCE IAM token in the X-Auth-Token header.'
      : 'Send a CCE IAM token in the X-Auth-Token header (or Authorization: Bearer <token>).',
  );
}

/**
 * Who the caller is, wherever something shared between requests must tell callers apart (the
 * response cache's entries, subscription limits). Computed from the headers alone, so it holds
 * whether or not the caller's proof has been checked yet.
 *
 * - Token pass-through: the token's credential scope (see `credentialScope`).
 * - Service mode (the gateway's AK/SK): every caller reaches CCE as the same account, so the scope
 *   alone would make them one caller. The identity also hashes the caller's proof (the API key,
 *   or the JWT in Authorization, as presented). Null when there is no proof (service mode without
 *   caller authentication): then nothing tells callers apart.
 */
export function callerIdentity(
  headers: Headers,
  kind: CceCredentials['kind'],
  scope: string,
): string | null {
  if (kind === 'token') return scope;
  const proofs = CALLER_PROOF_HEADERS.map((name) => headers.get(name)?.trim() ?? '');
  if (proofs.every((proof) => proof === '')) return null;
  return hash('sha256', ['service', scope, ...proofs].join('\0'), 'hex');
}

/** Who a request's caller is: resolved once per request (see `createCallerResolver`). */
export interface Caller {
  readonly credentials: CceCredentials;
  /** `credentialScope(credentials)`. */
  readonly scope: string;
  /** `callerIdentity(…)`: null in service mode when the request carries no caller proof. */
  readonly identity: string | null;
}

/** The caller of a request; throws the GraphQLError that refuses it when its headers name none. */
export type CallerResolver = (request: Request) => Caller;

/**
 * One resolution per request, shared by everything that asks: the response cache asks before the
 * context exists, the context factory after. A refusal is kept too, and thrown again.
 */
export function createCallerResolver(deps: CallerDeps): CallerResolver {
  const resolved = new WeakMap<Request, Caller | { readonly error: unknown }>();
  return (request) => {
    let entry = resolved.get(request);
    if (entry === undefined) {
      try {
        const credentials = resolveCredentials(request.headers, deps);
        const scope = credentialScope(credentials);
        const identity = callerIdentity(request.headers, credentials.kind, scope);
        entry = { credentials, scope, identity };
      } catch (error) {
        entry = { error };
      }
      resolved.set(request, entry);
    }
    if ('error' in entry) throw entry.error;
    return entry;
  };
}

export function createContextFactory(
  deps: GatewayContextDeps,
): (initial: YogaInitialContext) => GatewayContext {
  return ({ request }) => {
    const { credentials, scope, identity } = deps.callers(request);
    const upstreamCalls: UpstreamCallCounter = { total: 0, writeRequestIds: [] };
    const upstreamBudget = createUpstreamBudget(deps.upstreamCallBudget ?? 0);
    const skippedItems: string[] = [];
    const client = createCceClient(deps.transport, credentials, {
      onCall({ method, requestId }) {
        upstreamCalls.total += 1;
        if (method !== 'GET' && requestId !== null) upstreamCalls.writeRequestIds.push(requestId);
      },
      beforeCall: () => upstreamBudget.spend(),
      onSkippedItem: (problem) => skippedItems.push(problem),
    });
    // Every upstream call of a resolver ends when the client goes away or, in a query, at the read
    // deadline; the live session keeps the request's own signal (a watch is not a read).
    const readDeadline = new ReadDeadline(request.signal, deps.readDeadlineMs);
    return {
      authMode: credentials.kind,
      cce: new CceService({
        client,
        signal: readDeadline.signal,
        directory: deps.clusterDirectory.forCaller(scope),
        idempotency: deps.idempotency,
        insights: deps.insights,
        // Without a proof the whole service account is one caller.
        caller: identity ?? scope,
        live: createLiveSession(deps.live, {
          scope,
          // Without a proof the whole service account is one caller.
          caller: identity ?? scope,
          signal: request.signal,
          // Pollers outlive this request's counters; their calls still reach the transport's metrics.
          createClient: () => createCceClient(deps.transport, credentials),
        }),
      }),
      upstreamCalls,
      upstreamBudget,
      skippedItems,
      readDeadline,
    };
  };
}
