/**
 * Per-request identity: a request id (the caller's `X-Request-Id` when it is sane, otherwise a new
 * UUID), echoed in the response, and a child logger tagged with it (and with the trace id when
 * tracing is on).
 *
 * The request is handled inside an AsyncLocalStorage scope so that log lines written by yoga itself
 * (masked errors, for instance) carry the id too, without threading it through every call.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from './logger.ts';

const REQUEST_ID_HEADER = 'x-request-id';

// Accepted as given: short, and free of characters that could forge log lines or headers.
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

export interface RequestInfo {
  readonly requestId: string;
  readonly log: Logger;
  readonly startedAt: number;
}

/** What the request-id plugin adds to every GraphQL context. */
export interface RequestContext {
  requestId: string;
  log: Logger;
}

export interface RequestScope {
  /** The request being handled by the current async call chain, if any. */
  current(): RequestInfo | undefined;
  /** The current request's logger (tagged with its id), or the server's outside a request. */
  log(): Logger;
  plugin: Plugin<RequestContext>;
}

function requestIdFrom(headers: Headers): string {
  const given = headers.get(REQUEST_ID_HEADER)?.trim();
  return given !== undefined && ACCEPTABLE_REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * `traceId` (tracing on) tells the current request's trace id: its log lines carry it beside the
 * request id.
 */
export function createRequestScope(
  logger: Logger,
  traceId?: () => string | undefined,
): RequestScope {
  const storage = new AsyncLocalStorage<RequestInfo>();
  const byRequest = new WeakMap<Request, RequestInfo>();

  const infoFor = (request: Request): RequestInfo => {
    let info = byRequest.get(request);
    if (info === undefined) {
      const requestId = requestIdFrom(request.headers);
      const trace = traceId?.();
      const bindings = trace === undefined ? { requestId } : { requestId, traceId: trace };
      info = { requestId, log: logger.child(bindings), startedAt: performance.now() };
      byRequest.set(request, info);
    }
    return info;
  };

  const plugin: Plugin<RequestContext> = {
    instrumentation: {
      request: ({ request }, wrapped) => storage.run(infoFor(request), wrapped),
    },
    onContextBuilding({ context, extendContext }) {
      const { requestId, log } = infoFor(context.request);
      extendContext({ requestId, log });
    },
    onResponse({ request, response }) {
      response.headers.set(REQUEST_ID_HEADER, infoFor(request).requestId);
    },
  };

  return {
    current: () => storage.getStore(),
    log: () => storage.getStore()?.log ?? logger,
    plugin,
  };
}
