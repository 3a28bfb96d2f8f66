/**
 * GraphQL over WebSocket (graphql-ws, protocol `graphql-transport-ws`) on the HTTP server's
 * GraphQL path, for clients that default to it (Apollo Client, urql, graphql-ws).
 *
 * Every operation received on a socket runs through yoga's whole HTTP pipeline, as the SSE request
 * it stands for (POST, `Accept: text/event-stream`, the socket's credentials as headers). So the
 * WebSocket path has the same caller authentication, trusted documents, operation limits, error
 * masking, access log and metrics as HTTP, with no second implementation of any of them; this
 * module only translates between the two wire formats.
 *
 * Credentials: headers of the upgrade request (non-browser clients), overlaid by the
 * `connection_init` payload (`connectionParams`: browsers cannot set WebSocket headers), e.g.
 * `{ "X-Auth-Token": "…" }`. Only the credential headers below are taken from the payload.
 *
 * `connection_init` must prove the caller as an HTTP request does (`proveCaller`): without usable
 * credentials the socket is closed with 4401, with refused ones (a wrong API key, say) with 4403.
 * A socket that sends no `connection_init` within WEBSOCKET_INIT_TIMEOUT_MS is closed with 4408.
 * Sockets not yet proven are capped on their own (WEBSOCKET_MAX_PENDING), apart from the cap on
 * proven ones (SUBSCRIPTIONS_MAX_TOTAL): past it, the oldest waiting socket is closed (1013, try
 * again later) to make room, so idle anonymous sockets can neither exhaust the gateway nor lock
 * real clients out (those prove themselves at once).
 *
 * Browsers do not apply CORS to WebSockets: any site's page may open a socket to any address the
 * browser reaches (a gateway on the developer's loopback, one on an intranet in service mode). So
 * an upgrade carrying an Origin must come from the gateway's own origin or one of CORS_ORIGINS,
 * the pages that may call it over HTTP; clients that send no Origin (not browsers) pass.
 */
import type { IncomingMessage, Server } from 'node:http';
import { GraphQLError, parse, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket as WsSocket } from 'ws';
import { CREDENTIAL_HEADERS } from '../context.ts';
import { LiveStream } from '../live/stream.ts';
import { API_KEY_HEADER } from './security/api-keys.ts';
import { ANY_ORIGIN } from './security/cors.ts';

/** Headers a client may set through `connectionParams`: its credentials and its API key. */
const CONNECTION_PARAM_HEADERS: ReadonlySet<string> = new Set([
  ...CREDENTIAL_HEADERS,
  API_KEY_HEADER,
]);

/** Upgrade-request headers that describe the upgrade itself, not the caller. */
const UPGRADE_ONLY_HEADERS: ReadonlySet<string> = new Set([
  'host',
  'connection',
  'upgrade',
  'content-length',
  'content-type',
  'accept',
  'accept-encoding',
  'transfer-encoding',
  'keep-alive',
]);

// graphql-ws needs a document only to choose between its `execute` and `subscribe` hooks; both
// hand the operation to yoga, which parses and checks the real one (or looks up a trusted one).
const ANY_OPERATION = parse('{ __typename }');

/**
 * Whether an upgrade with this Origin may proceed: none (not a browser), the page's host is the
 * Host the upgrade was sent to (same origin; the scheme may differ behind a TLS proxy), or an
 * origin of `allowed` (CORS_ORIGINS, `*` for any). `null` (sandboxed pages, file:) is no origin
 * of ours.
 */
export function isAllowedOrigin(
  origin: string | undefined,
  host: string | undefined,
  allowed: readonly string[],
): boolean {
  if (origin === undefined) return true;
  if (allowed.includes(ANY_ORIGIN) || allowed.includes(origin)) return true;
  if (host === undefined) return false;
  try {
    const page = new URL(origin);
    // The Host as the page's scheme spells it: `gateway.example:443` is `gateway.example` for https.
    return page.host === new URL(`${page.protocol}//${host}`).host;
  } catch {
    return false;
  }
}

export interface WebSocketEdgeOptions {
  server: Server;
  path: string;
  schema: GraphQLSchema;
  /** Origins of other sites whose pages may open sockets (CORS_ORIGINS; `*` for any). */
  allowedOrigins: readonly string[];
  /** yoga's fetch: runs one HTTP request through the whole pipeline. */
  fetch: (request: Request, context: { req: IncomingMessage }) => Promise<Response> | Response;
  /** Largest message accepted from a client (bytes), like the HTTP body limit. */
  maxPayloadBytes: number;
  /** Sockets with a proven caller at most; later upgrades are refused with 503. */
  maxConnections: number;
  /** Sockets without a proven caller yet at most; past it the oldest is closed. */
  maxPending: number;
  /** How long a socket may take to send connection_init (then 4408). */
  initTimeoutMs: number;
  /** Throws unless the request's headers prove the caller (as for HTTP); a GraphQLError coded UNAUTHENTICATED means none was given. */
  proveCaller(request: Request): void | Promise<void>;
}

/** Close codes of a refused connection_init (graphql-ws's, after HTTP's 401 and 403). */
const UNAUTHORIZED = 4401;
const FORBIDDEN = 4403;
/** A waiting socket closed to make room for a newer one (RFC 6455: try again later). */
const TRY_AGAIN_LATER = 1013;

export interface WebSocketEdge {
  /** Closes every socket (1001 Going Away), terminating those that do not close within `graceMs`. */
  close(graceMs: number): Promise<void>;
}

interface SubscribePayload {
  query?: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  extensions?: Record<string, unknown> | null;
}

/** What `onSubscribe` hands to graphql-ws's `execute`/`subscribe` hooks (as the root value). */
interface Operation {
  run(): LiveStream<ExecutionResult>;
}

/** The caller's headers on a socket: the upgrade's, with the credentials of `connectionParams`. */
function callerHeaders(
  upgrade: IncomingMessage,
  connectionParams: Readonly<Record<string, unknown>> | undefined,
): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(upgrade.headers)) {
    if (UPGRADE_ONLY_HEADERS.has(name) || name.startsWith('sec-websocket-')) continue;
    if (typeof value === 'string') headers.set(name, value);
  }
  for (const [name, value] of Object.entries(connectionParams ?? {})) {
    if (CONNECTION_PARAM_HEADERS.has(name.toLowerCase()) && typeof value === 'string') {
      headers.set(name, value);
    }
  }
  return headers;
}

/** The HTTP request an operation on a socket stands for. */
function operationRequest(
  url: URL,
  upgrade: IncomingMessage,
  connectionParams: Readonly<Record<string, unknown>> | undefined,
  payload: SubscribePayload,
  signal: AbortSignal,
): Request {
  const headers = callerHeaders(upgrade, connectionParams);
  headers.set('content-type', 'application/json');
  headers.set('accept', 'text/event-stream');
  const body = JSON.stringify({
    query: payload.query,
    operationName: payload.operationName ?? undefined,
    variables: payload.variables ?? undefined,
    extensions: payload.extensions ?? undefined,
  });
  return new Request(url, { method: 'POST', headers, body, signal });
}

/** The `next` events of yoga's SSE answer, parsed; ends at `complete` or the end of the body. */
async function forwardEvents(
  response: Response,
  stream: LiveStream<ExecutionResult>,
  signal: AbortSignal,
): Promise<void> {
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.startsWith('text/event-stream') || !response.body) {
    // Refused before execution with a plain GraphQL answer (its body carries the errors).
    stream.push((await response.json()) as ExecutionResult);
    return;
  }
  const reader = response.body.getReader();
  signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined), {
    once: true,
  });
  const decoder = new TextDecoder();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffered += decoder.decode(value, { stream: true });
    let end = buffered.indexOf('\n\n');
    while (end >= 0) {
      const lines = buffered.slice(0, end).split('\n');
      buffered = buffered.slice(end + 2);
      end = buffered.indexOf('\n\n');
      // Comments (`:`) are yoga's keep-alive pings; the socket has its own.
      if (lines.includes('event: complete')) return;
      const data = lines.find((line) => line.startsWith('data: '));
      if (lines.includes('event: next') && data) {
        stream.push(JSON.parse(data.slice('data: '.length)) as ExecutionResult);
      }
    }
  }
}

function runOperation(
  fetch: WebSocketEdgeOptions['fetch'],
  request: Request,
  upgrade: IncomingMessage,
  controller: AbortController,
): LiveStream<ExecutionResult> {
  // Unsubscribing (or the socket closing) aborts the request: yoga ends the operation upstream.
  const stream = new LiveStream<ExecutionResult>(() => controller.abort());
  Promise.resolve(fetch(request, { req: upgrade }))
    .then((response) => forwardEvents(response, stream, controller.signal))
    .catch(() => {
      if (controller.signal.aborted) return;
      const error = new GraphQLError('Unexpected error.', {
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      stream.push({ errors: [error] });
    })
    .finally(() => stream.end());
  return stream;
}

export function createWebSocketEdge(options: WebSocketEdgeOptions): WebSocketEdge {
  const { server, path, schema, allowedOrigins, fetch, maxPayloadBytes, maxConnections } = options;
  const url = new URL(path, 'http://localhost');
  // Sockets still waiting for their caller to be proven, oldest first; and the proven ones.
  const waiting = new Set<WsSocket>();
  const proven = new Set<WsSocket>();
  // Not attached to the HTTP server (`server:`): ws would repeat the server's own errors (a port in
  // use, say) as errors of the WebSocket server, which graphql-ws reports as its own bug.
  const sockets = new WebSocketServer({
    noServer: true,
    path,
    maxPayload: maxPayloadBytes,
    verifyClient: ({ origin, req }, accept) => {
      if (!isAllowedOrigin(origin, req.headers.host, allowedOrigins)) {
        accept(false, 403, 'Origin not allowed');
      } else if (proven.size >= maxConnections) {
        accept(false, 503, 'Too many WebSocket connections');
      } else {
        accept(true);
      }
    },
  });
  server.on('upgrade', (request, socket, head) => {
    // Refuses other paths (400) and runs verifyClient, as an attached server would.
    sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws, request));
  });
  sockets.on('connection', (socket) => {
    waiting.add(socket);
    socket.once('close', () => {
      waiting.delete(socket);
      proven.delete(socket);
    });
    if (waiting.size > options.maxPending) {
      const [oldest] = waiting;
      waiting.delete(oldest as WsSocket);
      oldest?.close(TRY_AGAIN_LATER, 'Too many connections waiting for connection_init');
    }
  });

  const graphqlWs = useServer<Record<string, unknown> | undefined>(
    {
      connectionInitWaitTimeout: options.initTimeoutMs,
      async onConnect(context) {
        const { request, socket } = context.extra;
        const probe = new Request(url, {
          headers: callerHeaders(request, context.connectionParams),
        });
        try {
          await options.proveCaller(probe);
        } catch (error) {
          const unauthenticated =
            error instanceof GraphQLError && error.extensions['code'] === 'UNAUTHENTICATED';
          socket.close(
            unauthenticated ? UNAUTHORIZED : FORBIDDEN,
            error instanceof Error ? error.message.slice(0, 120) : 'Forbidden',
          );
          return false;
        }
        // Closed while its caller was being proven: nothing to count.
        if (!waiting.delete(socket)) return false;
        proven.add(socket);
        return true;
      },
      onSubscribe(context, _id, payload) {
        const controller = new AbortController();
        const request = operationRequest(
          url,
          context.extra.request,
          context.connectionParams,
          payload,
          controller.signal,
        );
        const operation: Operation = {
          run: () => runOperation(fetch, request, context.extra.request, controller),
        };
        return { schema, document: ANY_OPERATION, rootValue: operation };
      },
      execute: (args) => (args.rootValue as Operation).run(),
      // The results are yoga's answers, already formatted (plain JSON): they go out as they are,
      // where graphql-ws would call toJSON() on the GraphQLError instances of a raw result.
      onNext: (_context, _id, _payload, _args, result) => result,
      subscribe: (args) => (args.rootValue as Operation).run(),
    },
    sockets,
  );

  return {
    async close(graceMs) {
      const closing = [...sockets.clients].map(
        (socket) => new Promise<void>((resolve) => socket.once('close', () => resolve())),
      );
      const deadline = setTimeout(() => {
        for (const socket of sockets.clients) socket.terminate();
      }, graceMs);
      await graphqlWs.dispose();
      await Promise.all(closing);
      clearTimeout(deadline);
    },
  };
}
