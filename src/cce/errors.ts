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

  constructor(
    operation: string,
    status: number,
    code: string | null,
    message: string | null,
    requestId: string | null,
  ) {
    // The upstream message is kept as is: the GraphQL edge shows CCE's own words to the caller.
    super(message ?? `CCE ${operation} answered HTTP ${status}`);
    this.operation = operation;
    this.status = status;
    this.code = code;
    this.requestId = requestId;
  }
}

/** Connect, headers or body timeout (or the caller's own deadline signal). */
export class UpstreamTimeout extends Error {
  override readonly name = 'UpstreamTimeout';
  readonly operation: string;

  constructor(operation: string, phase: string, options?: ErrorOptions) {
    super(`CCE ${operation} timed out (${phase})`, options);
    this.operation = operation;
  }
}

/** CCE could not be reached: connection refused, reset, DNS failure, transport closed. */
export class UpstreamUnavailable extends Error {
  override readonly name = 'UpstreamUnavailable';
  readonly operation: string;

  constructor(operation: string, reason: string, options?: ErrorOptions) {
    super(`CCE ${operation} unavailable: ${reason}`, options);
    this.operation = operation;
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

/** `call`'s answer, or null when CCE answers 404 (the item, or its cluster, does not exist). */
export async function nullWhenNotFound<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof CceError && error.status === 404) return null;
    throw error;
  }
}
