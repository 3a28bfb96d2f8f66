/**
 * The audit trail (AUDIT_LOG): one structured event per mutation field, on its own pino
 * destination, for refused and failed writes as much as applied ones. In service mode CCE's own
 * audit sees only the gateway's AK/SK: this is where the end user is.
 *
 * An event says who (JWT `sub`, API key id, or a hash of the CCE token: never a credential), what
 * (the mutation and its input, secrets masked by the rule of src/values/masking.ts), the target
 * (cluster, namespace, name), the outcome (the payload's `APPLIED` / `NOT_APPLIED` / `UNKNOWN`,
 * `REFUSED` with the user errors' codes, or `FAILED` with the error's code), CCE's request id of
 * the write, and the duration.
 *
 * A mutation refused before it ran is recorded too, `REFUSED` with the refusal's code: by a check
 * of its parameters (trusted documents, input limits), by parsing or validation (operation limits),
 * by the context (no credentials), or by a check before execution (upstream budget, rate limits).
 * Refusals on headers alone (CSRF, caller authentication) happen before the body is read, so
 * nothing names the operation, and they are in the access log only; so is an unknown persisted id.
 *
 * Only mutations are looked at; a gateway with AUDIT_LOG unset installs nothing.
 */
import { createHash } from 'node:crypto';
import {
  getArgumentValues,
  getOperationAST,
  Kind,
  OperationTypeNode,
  parse,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type GraphQLError,
  type GraphQLSchema,
} from 'graphql';
import type { GraphQLParams, Plugin, YogaInitialContext } from 'graphql-yoga';
import { pino, type Logger } from 'pino';
import type { CallerResolver, GatewayContext } from '../context.ts';
import { maskValues } from '../values/masking.ts';
import { maskError } from './errors.ts';
import { API_KEY_HEADER } from './security/api-keys.ts';

/** Who asked, as an audit reader can tell callers apart without holding a credential. */
export interface AuditActor {
  readonly kind: 'jwt' | 'apiKey' | 'token' | 'service' | 'unknown';
  /**
   * JWT `sub`; the first 16 hex digits of the API key's SHA-256 (as in GATEWAY_API_KEYS); the first
   * 16 of the caller's credential scope hash (token and project); empty for `unknown` (a request
   * refused for carrying no usable credentials).
   */
  readonly id: string;
}

export interface AuditEvent {
  readonly audit: true;
  readonly requestId: string | undefined;
  readonly actor: AuditActor;
  readonly mutation: string;
  readonly operationName: string | null;
  readonly input: unknown;
  readonly target: { clusterId?: unknown; namespace?: unknown; name?: unknown };
  readonly outcome: 'APPLIED' | 'NOT_APPLIED' | 'UNKNOWN' | 'REFUSED' | 'FAILED';
  /** The user errors' codes (REFUSED) or the GraphQL error's code (FAILED). */
  readonly codes: readonly string[];
  /** CCE's `X-Request-Id` of the request's writes, in order. */
  readonly cceRequestIds: readonly string[];
  readonly durationMs: number;
}

/** Where AUDIT_LOG sends events: `stdout`, `stderr` or a file path (appended to). */
export function createAuditLogger(destination: string): Logger {
  const dest = destination === 'stdout' ? 1 : destination === 'stderr' ? 2 : destination;
  return pino(
    {
      base: { service: 'cce-gateway', stream: 'audit' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    // Synchronous: an audit event is written before the answer leaves, and survives a crash.
    pino.destination({ dest, sync: true, mkdir: true }),
  );
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** The JWT's `sub` (the token was verified by caller authentication before execution). */
function jwtSubject(authorization: string | null): string | null {
  const payload = /^Bearer\s+[\w-]+\.([\w-]+)\.[\w-]+$/i.exec(authorization ?? '')?.[1];
  if (payload === undefined) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      sub?: unknown;
    };
    return typeof claims.sub === 'string' ? claims.sub : null;
  } catch {
    return null;
  }
}

export function auditActor(request: Request, callers: CallerResolver, jwt: boolean): AuditActor {
  const apiKey = request.headers.get(API_KEY_HEADER)?.trim();
  if (apiKey) return { kind: 'apiKey', id: digest(apiKey) };
  const subject = jwt ? jwtSubject(request.headers.get('authorization')) : null;
  if (subject !== null) return { kind: 'jwt', id: subject };
  const caller = callers(request);
  return caller.credentials.kind === 'token'
    ? { kind: 'token', id: caller.scope.slice(0, 16) }
    : // Service mode without caller authentication (development): the service account itself.
      { kind: 'service', id: 'service-account' };
}

/** The code the client sees: the edge's masking (which runs after this plugin) decides it. */
function codeOf(error: GraphQLError): string {
  const coded = error.extensions['code'] ?? maskError(error, '', false);
  const code = coded instanceof Error ? (coded as GraphQLError).extensions?.['code'] : coded;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

type PayloadLike = { outcome?: unknown; userErrors?: Array<{ code?: unknown }> } | null;

function outcomeOf(key: string, result: ExecutionResult): Pick<AuditEvent, 'outcome' | 'codes'> {
  const errors = (result.errors ?? []).filter(
    (error: GraphQLError) => error.path === undefined || error.path[0] === key,
  );
  if (errors.length > 0) {
    const codes = errors.map(codeOf);
    // A request refused as a whole (variables that do not coerce) never ran.
    const refused = errors.every((error) => error.path === undefined);
    return { outcome: refused ? 'REFUSED' : 'FAILED', codes };
  }
  const value: unknown = result.data?.[key];
  const payload = typeof value === 'object' ? (value as PayloadLike) : null;
  const userErrors = payload?.userErrors ?? [];
  if (userErrors.length > 0) {
    return { outcome: 'REFUSED', codes: userErrors.map((error) => String(error.code)) };
  }
  const outcome = payload?.outcome;
  return {
    outcome: outcome === 'NOT_APPLIED' || outcome === 'UNKNOWN' ? outcome : 'APPLIED',
    codes: [],
  };
}

/** A mutation's name and root fields (fragments at a mutation's root are not followed); null for other operations. */
function mutationOf(
  document: DocumentNode,
  operationName: string | null | undefined,
): { name: string | null; fields: FieldNode[] } | null {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== OperationTypeNode.MUTATION) return null;
  const fields = operation.selectionSet.selections.filter(
    (selection): selection is FieldNode => selection.kind === Kind.FIELD,
  );
  return { name: operation.name?.value ?? null, fields };
}

function inputOf(
  schema: GraphQLSchema,
  field: FieldNode,
  variables: Record<string, unknown> | null | undefined,
): Record<string, unknown> {
  const definition = schema.getMutationType()?.getFields()[field.name.value];
  if (definition === undefined) return {};
  try {
    return getArgumentValues(definition, field, variables ?? {});
  } catch {
    return {}; // variables that do not coerce: the event says REFUSED, with their code
  }
}

function targetOf(input: unknown): AuditEvent['target'] {
  const fields = (input ?? {}) as Record<string, unknown>;
  return {
    clusterId: fields['clusterId'],
    namespace: fields['namespace'],
    name: fields['name'] ?? fields['templateName'] ?? fields['addonId'],
  };
}

/**
 * The document of an operation refused before it ran, when it can be told to be a mutation: the
 * parsed one, or the text parsed here (only on this refusal path, and only a text that mentions
 * `mutation`). Null when nothing names it (an unknown persisted id, text that does not parse).
 */
function refusedDocument(operation: Operation): DocumentNode | null {
  if (operation.document !== undefined) return operation.document;
  const query = operation.params.query;
  if (typeof query !== 'string' || !query.includes('mutation')) return null;
  try {
    return parse(query);
  } catch {
    return null;
  }
}

interface AuditDeps {
  log: Logger;
  callers: CallerResolver;
  /** Whether callers' `Authorization: Bearer` is a gateway JWT (its `sub` names them). */
  jwt: boolean;
  /** The schema mutations' inputs are read against. */
  schema: GraphQLSchema;
  /** The id of the request being handled (its context may not have been built when it is refused). */
  requestId: () => string | undefined;
}

type AuditedContext = GatewayContext & YogaInitialContext & { requestId?: string };

/** One GraphQL operation of a request (a batch has several), followed from its parameters. */
interface Operation {
  readonly context: object;
  readonly params: GraphQLParams;
  readonly startedAt: number;
  /** The parsed document (a trusted document's, too), once parsing succeeded. */
  document?: DocumentNode;
  /** Execution began: its own hook writes the events (refusals by pre-execution checks included). */
  executed: boolean;
}

/** `unknown` when the request carries no credentials the gateway could name a caller by. */
function actorOf(request: Request, callers: CallerResolver, jwt: boolean): AuditActor {
  try {
    return auditActor(request, callers, jwt);
  } catch {
    return { kind: 'unknown', id: '' };
  }
}

export function useAuditTrail({ log, callers, jwt, schema, requestId }: AuditDeps): Plugin {
  const operations = new WeakMap<Request, Operation[]>();
  const operationOf = (context: YogaInitialContext) =>
    operations.get(context.request)?.find((operation) => operation.context === context);

  const write = (
    request: Request,
    context: Partial<AuditedContext>,
    mutation: NonNullable<ReturnType<typeof mutationOf>>,
    variables: Record<string, unknown> | null | undefined,
    startedAt: number,
    outcome: (key: string) => Pick<AuditEvent, 'outcome' | 'codes'>,
  ) => {
    const durationMs = Math.round((performance.now() - startedAt) * 10) / 10;
    const actor = actorOf(request, callers, jwt);
    for (const field of mutation.fields) {
      const key = field.alias?.value ?? field.name.value;
      const args = inputOf(schema, field, variables);
      const input = maskValues(args['input'] ?? args);
      const event: AuditEvent = {
        audit: true,
        requestId: context.requestId ?? requestId(),
        actor,
        mutation: field.name.value,
        operationName: mutation.name,
        input,
        target: targetOf(input),
        ...outcome(key),
        cceRequestIds: context.upstreamCalls?.writeRequestIds ?? [],
        durationMs,
      };
      log.info(event, `${field.name.value}: ${event.outcome}`);
    }
  };

  return {
    // First of the gateway's GraphQL plugins (plugins.ts): it sees the parameters before any
    // check may refuse them.
    onParams({ request, params, context }) {
      const operation: Operation = {
        context,
        params,
        startedAt: performance.now(),
        executed: false,
      };
      const list = operations.get(request);
      if (list === undefined) operations.set(request, [operation]);
      else list.push(operation);
    },
    onParse({ context }) {
      return ({ result }) => {
        const parsed = result as DocumentNode | Error | null;
        const operation = operationOf(context);
        if (operation !== undefined && parsed !== null && !(parsed instanceof Error)) {
          operation.document = parsed;
        }
      };
    },
    onExecute({ args }) {
      const execution = args as ExecutionArgs;
      const context = execution.contextValue as AuditedContext;
      const operation = operationOf(context);
      if (operation !== undefined) operation.executed = true;
      const mutation = mutationOf(execution.document, execution.operationName);
      if (mutation === null) return;
      const startedAt = operation?.startedAt ?? performance.now();
      return {
        onExecuteDone({ result }) {
          // Mutations answer once (no incremental delivery is enabled).
          if (Symbol.asyncIterator in result) return;
          write(context.request, context, mutation, execution.variableValues, startedAt, (key) =>
            outcomeOf(key, result),
          );
        },
      };
    },
    // Every answer passes here, also those of operations refused before they ran (by a check on
    // their parameters, parsing, validation or the context): those never reached onExecute.
    onResultProcess({ request, result }) {
      const list = operations.get(request);
      if (list === undefined || Symbol.asyncIterator in result) return;
      const results = Array.isArray(result) ? result : [result];
      list.forEach((operation, index) => {
        const answer = results[index];
        if (operation.executed || answer === undefined) return;
        const document = refusedDocument(operation);
        const mutation =
          document === null ? null : mutationOf(document, operation.params.operationName);
        if (mutation === null) return;
        const context = operation.context as Partial<AuditedContext>;
        const codes = (answer.errors ?? []).map(codeOf);
        write(request, context, mutation, operation.params.variables, operation.startedAt, () => ({
          outcome: 'REFUSED',
          codes,
        }));
      });
    },
  };
}
