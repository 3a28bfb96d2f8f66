/**
 * What a client sees when something fails: the error masking of the GraphQL edge.
 *
 * Upstream failures get their stable code and CCE's own details (src/service/errors.ts). GraphQL
 * errors raised on purpose (they carry a code, or are validation errors) pass unchanged. Anything
 * else is a bug or an unforeseen failure: masked as INTERNAL_SERVER_ERROR, logged in full.
 *
 * The error stays attached to the field that failed, so sibling fields keep their data.
 */
import { maskError as maskUnexpectedError, type YogaMaskedErrorOpts } from 'graphql-yoga';
import {
  findUpstreamError,
  unsafePathGraphQLError,
  upstreamGraphQLError,
} from '../service/errors.ts';

/** yoga's `maskedErrors.maskError`: upstream errors mapped, deliberate GraphQL errors kept, the rest masked. */
export const maskError: YogaMaskedErrorOpts['maskError'] = (error, message, isDev) => {
  const upstream = findUpstreamError(error);
  if (upstream !== null) return upstreamGraphQLError(upstream, error);
  const unsafePath = unsafePathGraphQLError(error);
  if (unsafePath !== null) return unsafePath;
  return maskUnexpectedError(error, message, isDev);
};
