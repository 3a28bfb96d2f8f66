/**
 * The process-wide HTTP transport to CCE: one undici Pool (keep-alive) for the configured endpoint,
 * timeouts, retries of reads, and the mapping of every failure to a typed error.
 *
 * Retries are a small loop here rather than undici's RetryAgent/RetryHandler, because that handler
 * decides at response-headers time and cannot see the body: CCE's throttling codes (`APIG.0308`, …)
 * are in the body, and the final error must carry CCE's `error_code`/`error_msg`. It also cannot
 * report the attempt count per call (needed for metrics), and it resumes partial bodies with `Range`
 * requests, which CCE's JSON APIs do not support.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';
import type { Dispatcher } from 'undici';
import { CceError, UpstreamProtocolError, UpstreamTimeout, UpstreamUnavailable } from './errors.ts';
import type { CceOperation } from './operations.ts';
import { parseErrorBody, WireShapeError } from './parse.ts';
import { Sending, trackSending } from './sending.ts';
import {
  connectionFailure,
  isRetryableAnswer,
  isRetryableFailure,
  parseRetryAfter,
  resolveRetryPolicy,
  retryDelay,
} from './retry.ts';
import type { RetryPolicy } from './retry.ts';

export interface CceCallEvent {
  /** SDK operation name, e.g. `ListAutopilotReleases`. */
  operation: string;
  method: string;
  /** Final HTTP status; null when the last attempt failed below HTTP. */
  status: number | null;
  outcome: 'success' | 'error' | 'timeout' | 'unavailable';
  durationMs: number;
  attempts: number;
  /** Upstream `X-Request-Id`. */
  requestId: string | null;
}

export type CceCallHook = (event: CceCallEvent) => void;

/** Traces each attempt of a call (OpenTelemetry, src/tracing/), when tracing is on. */
export interface CceAttemptTracer {
  /** Opens one attempt's span (`attempt` counts from 1); `host` is the endpoint's. */
  start(operation: CceOperation, attempt: number, host: string): CceAttemptSpan;
}

export interface CceAttemptSpan {
  /** The W3C `traceparent` naming the attempt's span, sent to CCE. */
  readonly traceparent: string;
  /** Closes the span with CCE's status and request id (null when none came), and the failure. */
  end(status: number | null, requestId: string | null, failure: unknown): void;
}

export interface CceTransportOptions {
  /** Base URL: `https://cce.<region>.myhuaweicloud.com` or `http://127.0.0.1:<port>`; a path prefix is kept. */
  endpoint: string;
  /** Default 5 000. */
  connectTimeoutMs?: number;
  /** Time to the response headers. Default 30 000. */
  headersTimeoutMs?: number;
  /** Longest gap between body chunks. Default 30 000. */
  bodyTimeoutMs?: number;
  /** Pool size (sockets to the endpoint). Default 64. */
  connections?: number;
  /** Reads only. Defaults: 3 attempts, 100 ms backoff base, 2 000 ms cap. */
  retry?: { maxAttempts?: number; minDelayMs?: number; maxDelayMs?: number };
  /** Process-wide metrics hook, called once per call (not per attempt). */
  onCall?: CceCallHook;
  /** Tracing's spans of attempts; unset (tracing off), the attempts cost nothing extra. */
  tracer?: CceAttemptTracer;
}

/** One call as the client hands it over: everything already encoded, signed and serialised. */
export interface CceRequest<T> {
  operation: CceOperation;
  /** Path and query as sent, base path included. */
  path: string;
  headers: Record<string, string>;
  body: string | null;
  signal: AbortSignal | undefined;
  /** Turns the parsed JSON answer (null for an empty or text answer) into the domain result. */
  parse: (json: unknown) => T;
  /** The calling client's hook. */
  onCall: CceCallHook | undefined;
  /** Strings that must not appear in errors (the caller's token and keys). */
  secrets: readonly string[];
}

export interface CceTransport {
  /** `host[:port]` of the endpoint, as sent in the Host header (signed in AK/SK mode). */
  readonly host: string;
  /** Path prefix of the endpoint, '' for a bare origin. */
  readonly basePath: string;
  send<T>(request: CceRequest<T>): Promise<T>;
  close(): Promise<void>;
}

const DEFAULTS = {
  connectTimeoutMs: 5_000,
  headersTimeoutMs: 30_000,
  bodyTimeoutMs: 30_000,
  connections: 64,
};

/** Error answers are read up to this size for their code and message; the rest is dropped. */
const ERROR_BODY_LIMIT = 64 * 1024;

const JSON_CONTENT_TYPE = /^\s*application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;
const TEXT_CONTENT_TYPE = /^\s*text\/plain\s*(?:;|$)/i;
/** Stops at the first non-space character: no copy of a large body just to see it is not empty. */
const NOT_BLANK = /\S/;

type Response = Dispatcher.ResponseData<unknown>;

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  const resolved = value ?? fallback;
  if (!Number.isSafeInteger(resolved) || resolved < 1) {
    throw new RangeError(`CCE transport: ${name} must be a positive integer, got ${resolved}`);
  }
  return resolved;
}

function parseEndpoint(endpoint: string): URL {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new Error(`CCE endpoint ${JSON.stringify(endpoint)} is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`CCE endpoint must be http(s), got ${url.protocol}`);
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    throw new Error('CCE endpoint must not carry credentials, a query or a fragment');
  }
  return url;
}

function headerValue(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? (value[0] ?? null) : value;
}

function redact(message: string | null, secrets: readonly string[]): string | null {
  if (message === null) return null;
  let safe = message;
  for (const secret of secrets) {
    if (secret !== '' && safe.includes(secret)) safe = safe.replaceAll(secret, '[REDACTED]');
  }
  return safe;
}

function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  // Happy-eyeballs connects report an AggregateError whose members carry the code.
  const inner = (error as { errors?: unknown }).errors;
  return Array.isArray(inner) ? errorCode(inner[0]) : null;
}

const TIMEOUT_PHASES: Readonly<Record<string, string>> = {
  UND_ERR_CONNECT_TIMEOUT: 'connect',
  UND_ERR_HEADERS_TIMEOUT: 'waiting for response headers',
  UND_ERR_BODY_TIMEOUT: 'reading the response body',
  ETIMEDOUT: 'socket',
};

/**
 * A failure below HTTP as a typed error; anything unrecognised (a bug) is passed through untouched.
 * `written`: whether undici wrote the request, i.e. whether it may have reached CCE.
 */
function transportFailure(
  operation: string,
  error: unknown,
  code: string | null,
  written: boolean,
): Error {
  const options = { cause: error, mayHaveReachedCce: written };
  if (code !== null) {
    const phase = TIMEOUT_PHASES[code];
    if (phase !== undefined) return new UpstreamTimeout(operation, phase, options);
    if (code.startsWith('HPE_')) {
      return new UpstreamProtocolError(operation, 0, `an unparseable HTTP response (${code})`, {
        cause: error,
      });
    }
    if (connectionFailure(code) !== null) {
      return new UpstreamUnavailable(operation, code, options);
    }
    if (code === 'UND_ERR_CLOSED' || code === 'UND_ERR_DESTROYED') {
      return new UpstreamUnavailable(operation, 'the transport is closed', options);
    }
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Why the caller's signal fired: its own deadline (`AbortSignal.timeout`) is a timeout; anything
 * else is the caller going away, reported with the signal's reason (an `AbortError` by default).
 */
function abortFailure(operation: string, signal: AbortSignal, written: boolean): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof DOMException && reason.name === 'TimeoutError') {
    return new UpstreamTimeout(operation, 'caller deadline', {
      cause: reason,
      mayHaveReachedCce: written,
    });
  }
  return reason instanceof Error
    ? reason
    : new DOMException('This operation was aborted', 'AbortError');
}

async function readJson(response: Response, operation: string): Promise<unknown> {
  const text = await response.body.text();
  if (!NOT_BLANK.test(text)) return null;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UpstreamProtocolError(operation, response.statusCode, 'malformed JSON', {
      cause: error,
    });
  }
}

/** The JSON answer of a 2xx, or null where the operation allows an empty or plain-text one. */
async function readSuccessBody(response: Response, op: CceOperation): Promise<unknown> {
  const contentType = headerValue(response.headers['content-type']);
  const isJson = contentType !== null && JSON_CONTENT_TYPE.test(contentType);
  if (isJson) {
    const json = await readJson(response, op.name);
    if (json === null && op.response === 'json') {
      throw new UpstreamProtocolError(op.name, response.statusCode, 'an empty body');
    }
    return json;
  }
  if (
    op.response === 'json-or-text' &&
    (contentType === null || TEXT_CONTENT_TYPE.test(contentType))
  ) {
    await response.body.dump();
    return null;
  }
  const problem = `content type ${contentType ?? '(none)'} where JSON was expected`;
  if (op.response === 'json-or-empty') {
    // No body at all is a documented answer of DeleteRelease, whatever its content type says.
    if (!NOT_BLANK.test(await response.body.text())) return null;
    throw new UpstreamProtocolError(op.name, response.statusCode, problem);
  }
  await response.body.dump();
  throw new UpstreamProtocolError(op.name, response.statusCode, problem);
}

async function readErrorBody(response: Response): Promise<string> {
  let text = '';
  const decoder = new TextDecoder();
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    text += decoder.decode(chunk, { stream: true });
    if (text.length > ERROR_BODY_LIMIT) {
      response.body.destroy();
      break;
    }
  }
  return text + decoder.decode();
}

/** What the metrics event reports about a call, filled in as its attempts go. */
interface Trace {
  status: number | null;
  requestId: string | null;
  attempts: number;
}

export function createCceTransport(options: CceTransportOptions): CceTransport {
  const url = parseEndpoint(options.endpoint);
  const policy: RetryPolicy = resolveRetryPolicy(options.retry);
  const transportHook = options.onCall;
  const tracer = options.tracer;
  const pool = new Pool(url.origin, {
    connections: positiveInteger('connections', options.connections, DEFAULTS.connections),
    connectTimeout: positiveInteger(
      'connectTimeoutMs',
      options.connectTimeoutMs,
      DEFAULTS.connectTimeoutMs,
    ),
    headersTimeout: positiveInteger(
      'headersTimeoutMs',
      options.headersTimeoutMs,
      DEFAULTS.headersTimeoutMs,
    ),
    bodyTimeout: positiveInteger('bodyTimeoutMs', options.bodyTimeoutMs, DEFAULTS.bodyTimeoutMs),
    // HTTP/1.1 keep-alive, no pipelining: one slow CCE answer must not hold up the next request.
    allowH2: false,
    pipelining: 1,
  });
  // Every request goes through trackSending, which tells a failed write sent from one never sent.
  const dispatcher = pool.compose(trackSending);
  const basePath = url.pathname.replace(/\/+$/, '');

  /** The attempts of one call: retried per the policy, every failure typed. */
  async function execute<T>(request: CceRequest<T>, trace: Trace): Promise<T> {
    const op = request.operation;
    const signal = request.signal;
    const isRead = op.method === 'GET';
    // Whether any attempt was written: then the call may have reached CCE, whatever came after.
    let written = false;
    for (;;) {
      trace.attempts++;
      let failure: unknown;
      let retryable: boolean;
      let retryAfterMs: number | null = null;
      // Only writes are tracked: a read may be repeated whatever happened, so it is simply
      // counted as possibly sent, and costs nothing extra.
      const sending = isRead ? null : new Sending();
      const span = tracer?.start(op, trace.attempts, url.host);
      let thrown: unknown;
      try {
        const response = await dispatcher.request({
          path: request.path,
          method: op.method,
          // Added after signing: AK/SK signatures cover only the headers they list.
          headers:
            span === undefined
              ? request.headers
              : { ...request.headers, traceparent: span.traceparent },
          body: request.body,
          signal,
          opaque: sending,
        });
        const status = response.statusCode;
        trace.status = status;
        trace.requestId = headerValue(response.headers['x-request-id']);
        if (status >= 200 && status < 300) {
          const json = await readSuccessBody(response, op);
          try {
            return request.parse(json);
          } catch (error) {
            if (!(error instanceof WireShapeError)) throw error;
            throw new UpstreamProtocolError(
              op.name,
              status,
              `an unexpected shape: ${error.message}`,
            );
          }
        }
        const details = parseErrorBody(await readErrorBody(response));
        trace.requestId ??= details.requestId;
        retryAfterMs = parseRetryAfter(response.headers['retry-after'], Date.now());
        failure = new CceError(
          op.name,
          status,
          details.code,
          redact(details.message, request.secrets),
          trace.requestId,
          retryAfterMs,
        );
        retryable = isRead && isRetryableAnswer(status, details.code);
      } catch (error) {
        thrown = error;
        if (error instanceof UpstreamProtocolError) throw error;
        written ||= sending?.written ?? true;
        if (signal?.aborted === true) throw abortFailure(op.name, signal, written);
        const code = errorCode(error);
        trace.status = null;
        failure = transportFailure(op.name, error, code, written);
        retryable = code !== null && isRetryableFailure(code, isRead);
      } finally {
        span?.end(trace.status, trace.requestId, failure ?? thrown);
      }

      const delay =
        retryable && trace.attempts < policy.maxAttempts
          ? retryDelay(policy, trace.attempts, retryAfterMs)
          : null;
      if (delay === null) throw failure;
      try {
        await sleep(delay, undefined, { signal });
      } catch (error) {
        throw signal?.aborted === true ? abortFailure(op.name, signal, written) : error;
      }
    }
  }

  function emit(request: CceRequest<unknown>, event: CceCallEvent): void {
    transportHook?.(event);
    request.onCall?.(event);
  }

  async function send<T>(request: CceRequest<T>): Promise<T> {
    const trace: Trace = { status: null, requestId: null, attempts: 0 };
    // Without hooks a call costs no clock reads and no event.
    if (transportHook === undefined && request.onCall === undefined) {
      return execute(request, trace);
    }
    const { name: operation, method } = request.operation;
    const startedAt = performance.now();
    let value: T;
    try {
      value = await execute(request, trace);
    } catch (error) {
      const outcome =
        error instanceof UpstreamTimeout
          ? 'timeout'
          : error instanceof UpstreamUnavailable
            ? 'unavailable'
            : 'error';
      emit(request, {
        operation,
        method,
        outcome,
        durationMs: performance.now() - startedAt,
        ...trace,
      });
      throw error;
    }
    // Outside the try: a failing hook must not be reported as a failed call.
    emit(request, {
      operation,
      method,
      outcome: 'success',
      durationMs: performance.now() - startedAt,
      ...trace,
    });
    return value;
  }

  return {
    host: url.host,
    basePath,
    send,
    close: () => pool.close(),
  };
}
