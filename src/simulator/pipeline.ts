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
import type { Fault, FaultRegistry } from './faults.ts';
import { JSON_CONTENT_TYPE, jsonText, type Reply } from './reply.ts';
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
  readonly control: ControlDeps;
}

export interface RequestPipeline {
  handle(request: IncomingMessage, response: ServerResponse): void;
  /** Drops every connection held open by a `hang` fault. */
  releaseHung(): void;
}

const MAX_BODY_BYTES = 1024 * 1024;
const EMPTY_BODY = new Uint8Array(0);

const UNKNOWN_ROUTE_MESSAGE = 'The API does not exist or has not been published in the environment';
const GATEWAY_THROTTLE_MESSAGE =
  'The throttling threshold has been reached: policy user over ratelimit,limit:100,time:1 second';
/** What a `malformed` fault sends: valid JSON cut off in the middle. */
const MALFORMED_BODY = '{"kind":"Addon","apiVersion":"v3","items":[{"metadata":{"uid":';

function send(response: ServerResponse, requestId: string, reply: Reply): void {
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
  function withBody(
    request: IncomingMessage,
    response: ServerResponse,
    requestId: string,
    group: ErrorGroup,
    next: (body: Uint8Array) => void,
  ): void {
    if (!hasBody(request)) {
      next(EMPTY_BODY);
      return;
    }
    readBody(request).then(
      (body) => {
        if (body !== null) next(body);
        else
          send(
            response,
            requestId,
            errorReply(invalidRequest(group, 'The body exceeds 1 MiB.'), group, requestId),
          );
      },
      () => response.destroy(),
    );
  }

  function answer(
    route: RouteDef,
    context: RequestContext,
    response: ServerResponse,
    requestId: string,
  ) {
    let reply: Reply;
    try {
      reply = route.handler(context);
    } catch (error) {
      reply = errorReply(error, route.group, requestId);
    }
    send(response, requestId, reply);
  }

  function throttleReply(fault: Fault & { type: 'throttle' }, requestId: string): Reply {
    const code = fault.code ?? 'CCE.02429001';
    const body =
      code === 'APIG.0308'
        ? gatewayErrorBody(code, GATEWAY_THROTTLE_MESSAGE, requestId)
        : cceErrorBody(casing, code, documentedError('02', 429).message);
    const headers =
      fault.retryAfterSeconds === undefined
        ? undefined
        : { 'Retry-After': String(fault.retryAfterSeconds) };
    return { status: 429, body, contentType: JSON_CONTENT_TYPE, headers };
  }

  function applyFault(
    fault: Fault,
    route: RouteDef,
    context: RequestContext,
    request: IncomingMessage,
    response: ServerResponse,
    requestId: string,
  ): void {
    switch (fault.type) {
      case 'latency':
        answer(route, context, response, requestId);
        return;
      case 'error': {
        const documented = documentedError(route.group, fault.status);
        const body = cceErrorBody(
          casing,
          fault.code ?? documented.code,
          fault.message ?? documented.message,
        );
        send(response, requestId, jsonText(fault.status, body));
        return;
      }
      case 'throttle':
        send(response, requestId, throttleReply(fault, requestId));
        return;
      case 'reset':
        request.socket.resetAndDestroy();
        return;
      case 'malformed':
        send(response, requestId, jsonText(200, MALFORMED_BODY));
        return;
      case 'hang':
        hung.add(response);
        response.on('close', () => hung.delete(response));
        return;
    }
  }

  function serve(
    route: RouteDef,
    params: Readonly<Record<string, string>>,
    request: IncomingMessage,
    response: ServerResponse,
    requestId: string,
    target: { method: string; path: string; query: string },
    body: Uint8Array,
  ): void {
    let projectId: string;
    try {
      projectId = deps.authenticator.authenticate(
        { ...target, headers: request.headers, body },
        Date.now(),
      );
    } catch (error) {
      send(response, requestId, errorReply(error, route.group, requestId));
      return;
    }
    const context: RequestContext = {
      projectId,
      params,
      query: new URLSearchParams(target.query),
      body,
    };
    const fault = deps.faults.take(route.operation);
    if (fault === undefined) {
      answer(route, context, response, requestId);
    } else if (fault.latencyMs === undefined || fault.latencyMs === 0) {
      applyFault(fault, route, context, request, response, requestId);
    } else {
      void deps.scheduler
        .delay(fault.latencyMs)
        .then(() => applyFault(fault, route, context, request, response, requestId));
    }
  }

  return {
    handle(request, response) {
      const requestId = randomUUID();
      const url = request.url ?? '/';
      const queryStart = url.indexOf('?');
      const method = request.method ?? 'GET';
      const path = queryStart === -1 ? url : url.slice(0, queryStart);
      const query = queryStart === -1 ? '' : url.slice(queryStart + 1);

      if (path.startsWith(CONTROL_PREFIX) && isLoopback(request.socket.remoteAddress)) {
        withBody(request, response, requestId, '01', (body) =>
          send(
            response,
            requestId,
            controlReply(deps.control, method, path, new URLSearchParams(query), body),
          ),
        );
        return;
      }
      const match = deps.router.match(method, path);
      if (match === null) {
        request.resume();
        const body = gatewayErrorBody('APIG.0101', UNKNOWN_ROUTE_MESSAGE, requestId);
        send(response, requestId, jsonText(404, body));
        return;
      }
      const route = match.value;
      deps.stats.count(route.operation);
      withBody(request, response, requestId, route.group, (body) =>
        serve(route, match.params, request, response, requestId, { method, path, query }, body),
      );
    },

    releaseHung() {
      for (const response of hung) response.socket?.destroy();
      hung.clear();
    },
  };
}
