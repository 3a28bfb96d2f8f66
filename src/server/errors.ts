/**
 * What a client sees when something fails: the error masking of the GraphQL edge.
 *
 * Upstream failures get their stable code and CCE's own details (src/service/errors.ts). GraphQL
 * errors raised on purpose (they carry a code, or are validation errors) pass unchanged. Anything
 * else is a bug or an unforeseen failure: masked as INTERNAL_SERVER_ERROR, logged in full.
 *
 * The error stays attached to the field that failed, so sibling fields keep their data.
 */
import { GraphQLError } from 'graphql';
import { maskError as maskUnexpectedError, type YogaMaskedErrorOpts } from 'graphql-yoga';
import {
  findUpstreamError,
  unsafePathGraphQLError,
  upstreamGraphQLError,
} from '../service/errors.ts';
import { UpstreamBudgetExceeded } from './budget/budget.ts';

/** A field error with the message and code of what caused it, at the same place. */
function withCode(
  located: GraphQLError,
  cause: Error,
  extensions: Record<string, unknown>,
): GraphQLError {
  return new GraphQLError(cause.message, {
    nodes: located.nodes,
    source: located.source,
    positions: located.positions,
    path: located.path,
    originalError: cause,
    extensions,
  });
}

/** yoga's `maskedErrors.maskError`: upstream errors mapped, deliberate GraphQL errors kept, the rest masked. */
export const maskError: YogaMaskedErrorOpts['maskError'] = (error, message, isDev) => {
  const upstream = findUpstreamError(error);
  if (upstream !== null) return upstreamGraphQLError(upstream, error);
  const unsafePath = unsafePathGraphQLError(error);
  if (unsafePath !== null) return unsafePath;
  // A field that needed a call past the request's budget (budget/budget.ts).
  if (error instanceof GraphQLError && error.originalError instanceof UpstreamBudgetExceeded) {
    const { originalError } = error;
    return withCode(error, originalError, {
      code: 'UPSTREAM_BUDGET_EXCEEDED',
      limit: originalError.limit,
    });
  }
  if (isRequestGraphQLError(error)) {
    // Coded in place: yoga logs every error the masking replaces, at error level, and this one is
    // the caller's input (its message may quote the values sent), not a fault of the gateway.
    error.extensions['code'] = 'BAD_USER_INPUT';
    return error;
  }
  return maskUnexpectedError(error, message, isDev);
};

/**
 * graphql-js's own refusals of a request before any field runs (variable values that do not
 * coerce, a missing required variable, an unknown operation name) carry no code: they are the
 * caller's input, so BAD_USER_INPUT. They are the GraphQL errors (caused by nothing else) without a
 * field path or a code.
 */
function isRequestGraphQLError(error: unknown): error is GraphQLError {
  if (!(error instanceof GraphQLError) || error.path !== undefined) return false;
  if (error.extensions['code'] !== undefined) return false;
  // graphql-js wraps a scalar's refusal in a GraphQLError for the variable: a chain of them.
  for (let cause = error.originalError; cause !== undefined;) {
    if (!(cause instanceof GraphQLError)) return false;
    cause = cause.originalError;
  }
  return true;
}
