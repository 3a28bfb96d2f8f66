/**
 * One request, start to end: control routes (loopback only) or route match → count the
 * operation → read the body → authenticate → fault (if one is set) → handler → answer.
 * Every answer carries a fresh `X-Request-Id`.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Authenticator } from './auth.ts';
import {
  ApiError,
  cceErrorBody,
  documentedError,
  GatewayError,
  gatewayErrorBody,
  invalidRequest,
  type ErrorCasing,
  type ErrorGroup,
} from './errors.ts';
import { faultReply } from './fault-replies.ts';
import type { Fault, FaultRegistry } from './faults.ts';
import { jsonText, type Reply } from './reply.ts';
import type { Router } from './router.ts';
import { CONTROL_PREFIX, controlReply, isLoopback, type ControlDeps } from './routes/control.ts';
import type { RequestContext, RouteDef } from './routes/route.ts';
import type { Scheduler } from './scheduler.ts';
import type { OperationStats } from './stats.ts';

export interface PipelineDeps {
  readonly router: Router<RouteDef>;
  readonly authenticator: Authenticator;
  readonly faults: FaultRegistry;
  readonly stats: OperationStats;
  readonly scheduler: Scheduler;
  readonly errorCasing: ErrorCasing;
  /** The SDK operation names faults may name (for the control routes). */
  readonly operations: ReadonlySet<string>;
  /** Restores the starting data (`POST /__simulator/reset`). */
  readonly reset: () => void;
}

export interface RequestPipeline {
  handle(request: IncomingMessage, response: ServerResponse): void;
  /**
   * A request for a control route (`/__simulator/…`), also when another server received it (the
   * gateway serves them on its own port): answered to loopback callers, 404 to anyone else.
   */
  handleControl(request: IncomingMessage, response: ServerResponse): void;
  /** Drops every connection held open by a `hang` fault. */
  releaseHung(): void;
}

const MAX_BODY_BYTES = 1024 * 1024;
const EMPTY_BODY = new Uint8Array(0);

const UNKNOWN_ROUTE_MESSAGE = 'The API does not exist or has not been published in the environment';
/** One request in flight: what arrived, and where the answer goes. */
interface Exchange {
  readonly request: IncomingMessage;
  readonly response: ServerResponse;
  readonly requestId: string;
  readonly method: string;
  /** The path as sent, without the query. */
  readonly path: string;
  /** The raw query string, without `?`. */
  readonly query: string;
}

function exchangeOf(request: IncomingMessage, response: ServerResponse): Exchange {
  const url = request.url ?? '/';
  const queryStart = url.indexOf('?');
  return {
    request,
    response,
    requestId: randomUUID(),
    method: request.method ?? 'GET',
    path: queryStart === -1 ? url : url.slice(0, queryStart),
    query: queryStart === -1 ? '' : url.slice(queryStart + 1),
  };
}

function send({ response, requestId }: Exchange, reply: Reply): void {
  if (response.destroyed || response.headersSent) return;
  const headers: OutgoingHttpHeaders = {
    'Content-Type': reply.contentType,
    'Content-Length': Buffer.byteLength(reply.body),
    'X-Request-Id': requestId,
    ...reply.headers,
  };
  response.writeHead(reply.status, headers);
  response.end(reply.body);
}

function hasBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return (
    request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0')
  );
}

/** The body bytes, or null when larger than MAX_BODY_BYTES (it is still read to the end). */
function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks, size)));
    request.on('error', reject);
  });
}

export function createPipeline(deps: PipelineDeps): RequestPipeline {
  const control: ControlDeps = {
    stats: deps.stats,
    faults: deps.faults,
    operations: deps.operations,
    reset: deps.reset,
  };
  const hung = new Set<ServerResponse>();
  const casing = deps.errorCasing;

  function errorReply(error: unknown, group: ErrorGroup, requestId: string): Reply {
    if (error instanceof GatewayError) {
      return jsonText(error.status, gatewayErrorBody(error.code, error.message, requestId));
    }
    if (error instanceof ApiError) {
      return jsonText(error.status, cceErrorBody(casing, error.code, error.message));
    }
    // A simulator bug: say so on stderr, answer like CCE's own internal error.
    console.error(`CCE simulator: unexpected error in request ${requestId}:`, error);
    const internal = documentedError(group, 500);
    return jsonText(500, cceErrorBody(casing, internal.code, internal.message));
  }

  /** Reads the body (if any) and hands it on; too large a body is answered with 400. */
  function withBody(exchange: Exchange, group: ErrorGroup, next: (body: Uint8Array) => void): void {
    if (!hasBody(exchange.request)) {
      next(EMPTY_BODY);
      return;
    }
    readBody(exchange.request).then(
      (body) => {
        if (body !== null) next(body);
        else {
          const tooLarge = invalidRequest(group, 'The body exceeds 1 MiB.');
          send(exchange, errorReply(tooLarge, group, exchange.requestId));
        }
      },
      () => exchange.response.destroy(),
    );
  }

  /** Handles the request: its state change (if any) happens here. */
  function handle(exchange: Exchange, route: RouteDef, context: RequestContext): Reply {
    try {
      return route.handler(context);
    } catch (error) {
      return errorReply(error, route.group, exchange.requestId);
    }
  }

  function answer(exchange: Exchange, route: RouteDef, context: RequestContext): void {
    send(exchange, handle(exchange, route, context));
  }

  function applyFault(exchange: Exchange, fault: Fault, route: RouteDef, context: RequestContext) {
    switch (fault.type) {
      case 'latency':
        answer(exchange, route, context);
        return;
      case 'reset':
        exchange.request.socket.resetAndDestroy();
        return;
      case 'hang': {
        const { response } = exchange;
        hung.add(response);
        response.on('close', () => hung.delete(response));
        return;
      }
      default:
        send(exchange, faultReply(fault, route.group, casing, exchange.requestId));
    }
  }

  function serve(
    exchange: Exchange,
    route: RouteDef,
    params: Readonly<Record<string, string>>,
    body: Uint8Array,
  ): void {
    const { request, method, path, query } = exchange;
    let projectId: string;
    try {
      projectId = deps.authenticator.authenticate(
        { method, path, query, headers: request.headers, body },
        Date.now(),
      );
    } catch (error) {
      send(exchange, errorReply(error, route.group, exchange.requestId));
      return;
    }
    const context: RequestContext = { projectId, params, query: new URLSearchParams(query), body };
    const fault = deps.faults.take(route.operation);
    if (fault === undefined) {
      answer(exchange, route, context);
    } else if (fault.type === 'latency' && fault.delay === 'answer') {
      // Handled now, answered later: the change has landed while the client still waits.
      const reply = handle(exchange, route, context);
      void deps.scheduler.delay(fault.latencyMs).then(() => send(exchange, reply));
    } else if (fault.latencyMs === undefined || fault.latencyMs === 0) {
      applyFault(exchange, fault, route, context);
    } else {
      void deps.scheduler
        .delay(fault.latencyMs)
        .then(() => applyFault(exchange, fault, route, context));
    }
  }

  function unknownRoute(exchange: Exchange): void {
    exchange.request.resume();
    const body = gatewayErrorBody('APIG.0101', UNKNOWN_ROUTE_MESSAGE, exchange.requestId);
    send(exchange, jsonText(404, body));
  }

  function serveControl(exchange: Exchange): void {
    if (!isLoopback(exchange.request.socket.remoteAddress)) {
      unknownRoute(exchange);
      return;
    }
    const { method, path, query } = exchange;
    withBody(exchange, '01', (body) =>
      send(exchange, controlReply(control, method, path, new URLSearchParams(query), body)),
    );
  }

  return {
    handle(request, response) {
      const exchange = exchangeOf(request, response);
      const { method, path } = exchange;
      if (path.startsWith(CONTROL_PREFIX)) {
        serveControl(exchange);
        return;
      }
      const match = deps.router.match(method, path);
      if (match === null) {
        unknownRoute(exchange);
        return;
      }
      const route = match.value;
      deps.stats.count(route.operation);
      withBody(exchange, route.group, (body) => serve(exchange, route, match.params, body));
    },

    handleControl(request, response) {
      serveControl(exchangeOf(request, response));
    },

    releaseHung() {
      for (const response of hung) response.socket?.destroy();
      hung.clear();
    },
  };
}
