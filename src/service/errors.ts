/**
 * What a failed CCE call means to a GraphQL client: typed upstream errors from the CCE layer
 * become GraphQL errors with a stable `extensions.code`, keeping CCE's own error code, message and
 * request id so a caller can quote them to support. The edge's error masking applies it to every
 * error a resolver ends with (src/server/errors.ts).
 */
import { GraphQLError } from 'graphql';
import { UnsafePathValueError } from '../cce/operations.ts';
import {
  CceError,
  UpstreamProtocolError,
  UpstreamTimeout,
  UpstreamUnavailable,
} from '../cce/errors.ts';

export type UpstreamErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'UPSTREAM_ERROR'
  | 'UPSTREAM_TIMEOUT'
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_BAD_RESPONSE';

export type UpstreamError =
  CceError | UpstreamTimeout | UpstreamUnavailable | UpstreamProtocolError;

const MESSAGES: Record<UpstreamErrorCode, string> = {
  UNAUTHENTICATED: 'CCE did not accept the credentials.',
  FORBIDDEN: 'CCE does not allow this caller to do that.',
  NOT_FOUND: 'CCE has no such resource.',
  BAD_USER_INPUT: 'CCE rejected the request as invalid.',
  CONFLICT: "CCE refused the change because of the resource's current state.",
  RATE_LIMITED: 'CCE is limiting the request rate of this caller; retry later.',
  UPSTREAM_ERROR: 'CCE failed to handle the request.',
  UPSTREAM_TIMEOUT: 'CCE did not answer in time.',
  UPSTREAM_UNAVAILABLE: 'CCE could not be reached.',
  UPSTREAM_BAD_RESPONSE: 'CCE sent an answer the gateway could not read.',
};

/** The code for an HTTP error status from CCE. */
export function codeForStatus(status: number): UpstreamErrorCode {
  switch (status) {
    case 400:
    case 413:
    case 422:
      return 'BAD_USER_INPUT';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
    case 412:
      return 'CONFLICT';
    case 429:
      return 'RATE_LIMITED';
    // CCE's front door answers these when the service behind it is down or slow; clients treat
    // them like the transport failures they stand for (retry later).
    case 502:
    case 503:
      return 'UPSTREAM_UNAVAILABLE';
    case 504:
      return 'UPSTREAM_TIMEOUT';
    default:
      return 'UPSTREAM_ERROR';
  }
}

function isUpstreamError(error: unknown): error is UpstreamError {
  return (
    error instanceof CceError ||
    error instanceof UpstreamTimeout ||
    error instanceof UpstreamUnavailable ||
    error instanceof UpstreamProtocolError
  );
}

/** The upstream error behind `error` (a resolver's GraphQLError wraps what was thrown), if any. */
export function findUpstreamError(error: unknown): UpstreamError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth += 1) {
    if (isUpstreamError(current)) return current;
    current = current instanceof GraphQLError ? current.originalError : undefined;
  }
  return null;
}

/** `extensions` for an upstream error: the code, plus what CCE said about it when it said something. */
export function upstreamErrorExtensions(error: UpstreamError): Record<string, unknown> {
  if (error instanceof CceError) {
    return {
      code: codeForStatus(error.status),
      cceErrorCode: error.code,
      cceErrorMessage: error.message,
      upstreamRequestId: error.requestId,
      // CCE's own wait (429, 503), in whole seconds as Retry-After counts them.
      ...(error.retryAfterMs === null ? {} : { retryAfter: Math.ceil(error.retryAfterMs / 1000) }),
    };
  }
  if (error instanceof UpstreamTimeout) return { code: 'UPSTREAM_TIMEOUT' };
  if (error instanceof UpstreamUnavailable) return { code: 'UPSTREAM_UNAVAILABLE' };
  return { code: 'UPSTREAM_BAD_RESPONSE' };
}

/**
 * The last guard of CCE URLs (src/cce/operations.ts) refused a name that no check before it caught:
 * the caller's input, so BAD_USER_INPUT at the field that asked, never INTERNAL_SERVER_ERROR.
 */
export function unsafePathGraphQLError(error: unknown): GraphQLError | null {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (!(original instanceof UnsafePathValueError) || !(error instanceof GraphQLError)) return null;
  return new GraphQLError(original.message, {
    nodes: error.nodes,
    path: error.path,
    originalError: original,
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** The GraphQL error for an upstream error, at the place of `wrapper` (the error as a resolver ended). */
export function upstreamGraphQLError(upstream: UpstreamError, wrapper: unknown): GraphQLError {
  const extensions = upstreamErrorExtensions(upstream);
  const code = extensions['code'] as UpstreamErrorCode;
  // CCE's own words (never secrets: the CCE layer keeps tokens and bodies out of its messages).
  const detail = upstream instanceof CceError ? ` ${upstream.message}` : '';
  const located = wrapper instanceof GraphQLError ? wrapper : undefined;
  return new GraphQLError(`${MESSAGES[code]}${detail}`, {
    nodes: located?.nodes,
    source: located?.source,
    positions: located?.positions,
    path: located?.path,
    originalError: upstream,
    extensions,
  });
}
