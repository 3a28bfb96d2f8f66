/**
 * Typed failures of a CCE call. Messages name the operation and what went wrong, never a token,
 * key, signature or request body.
 */

/** CCE answered with an HTTP error (after retries, for reads). */
export class CceError extends Error {
  override readonly name = 'CceError';
  readonly operation: string;
  readonly status: number;
  /** CCE `error_code` / `errorCode`, e.g. `CCE.01404001`; null when the body carried none. */
  readonly code: string | null;
  /** Upstream `X-Request-Id`, for support tickets. */
  readonly requestId: string | null;
  /** How long CCE asked the caller to wait (its `Retry-After`, in ms), when it said. */
  readonly retryAfterMs: number | null;

  constructor(
    operation: string,
    status: number,
    code: string | null,
    message: string | null,
    requestId: string | null,
    retryAfterMs: number | null = null,
  ) {
    // The upstream message is kept as is: the GraphQL edge shows CCE's own words to the caller.
    super(message ?? `CCE ${operation} answered HTTP ${status}`);
    this.operation = operation;
    this.status = status;
    this.code = code;
    this.requestId = requestId;
    this.retryAfterMs = retryAfterMs;
  }
}

/** The cause of a failure without a CCE answer, and whether the request may have reached CCE. */
export interface UpstreamFailureOptions extends ErrorOptions {
  /** False only when the request provably never left the gateway. Default true. */
  mayHaveReachedCce?: boolean;
}

/** Connect, headers or body timeout (or the caller's own deadline signal). */
export class UpstreamTimeout extends Error {
  override readonly name = 'UpstreamTimeout';
  readonly operation: string;
  /**
   * Whether CCE may have received the request (and so applied a write): false only when a write
   * was provably never sent (reads are not tracked: they count as sent). A write that may have
   * reached CCE has an unknown outcome.
   */
  readonly mayHaveReachedCce: boolean;

  constructor(operation: string, phase: string, options?: UpstreamFailureOptions) {
    super(`CCE ${operation} timed out (${phase})`, options);
    this.operation = operation;
    this.mayHaveReachedCce = options?.mayHaveReachedCce ?? true;
  }
}

/** CCE could not be reached: connection refused, reset, DNS failure, transport closed. */
export class UpstreamUnavailable extends Error {
  override readonly name = 'UpstreamUnavailable';
  readonly operation: string;
  /** As `UpstreamTimeout.mayHaveReachedCce`: a reset after the request was written may have reached CCE. */
  readonly mayHaveReachedCce: boolean;

  constructor(operation: string, reason: string, options?: UpstreamFailureOptions) {
    super(`CCE ${operation} unavailable: ${reason}`, options);
    this.operation = operation;
    this.mayHaveReachedCce = options?.mayHaveReachedCce ?? true;
  }
}

/** CCE answered something that is not the documented wire format (bad JSON, wrong content type, wrong shape). */
export class UpstreamProtocolError extends Error {
  override readonly name = 'UpstreamProtocolError';
  readonly operation: string;
  /** HTTP status of the offending answer; 0 when the HTTP response itself could not be parsed. */
  readonly status: number;

  constructor(operation: string, status: number, problem: string, options?: ErrorOptions) {
    super(`CCE ${operation} answered HTTP ${status} with ${problem}`, options);
    this.operation = operation;
    this.status = status;
  }
}

/**
 * Whether a failed CCE call may have reached CCE, so that a write may have been applied. False only
 * for a failure that proves the request was never sent (connection refused, or reset or closed
 * before undici wrote it); CCE's own error answers, unreadable answers, timeouts after sending and
 * anything unforeseen count as reached. A write that may have reached CCE is never retried blindly.
 */
export function mayHaveReachedCce(error: unknown): boolean {
  if (error instanceof UpstreamTimeout || error instanceof UpstreamUnavailable) {
    return error.mayHaveReachedCce;
  }
  return true;
}

/** `call`'s answer, or null when CCE answers 404 (the item, or its cluster, does not exist). */
export async function nullWhenNotFound<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof CceError && error.status === 404) return null;
    throw error;
  }
}
