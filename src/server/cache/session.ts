/**
 * Whose entry a cached response is: the response cache's `session`. Never global, never shared
 * between callers who could see different data, and null (no caching) when the request does not
 * say who the caller is.
 *
 * It is computed from the request headers, because the cache answers before the GraphQL context
 * exists; it reads the credentials exactly as the context does (`resolveCredentials`).
 */
import { createHash } from 'node:crypto';
import { credentialScope } from '../../cce/credentials.ts';
import { resolveCredentials, type GatewayContextDeps } from '../../context.ts';

/** Headers by which a caller proves who they are to the gateway itself (service mode). */
const CALLER_PROOF_HEADERS = ['x-api-key', 'authorization'] as const;

export type SessionDeps = Pick<
  GatewayContextDeps,
  'projectId' | 'serviceCredentials' | 'bearerIsCallerJwt'
>;

/**
 * - Token pass-through: the token's credential scope (sha256 of token and project), so another
 *   token, even of the same project, or the same token in another project, has other entries.
 * - Service mode (the gateway's AK/SK): every caller reaches CCE as the same account, so the scope
 *   alone would let one caller's entries answer another caller, even before that caller's API key
 *   is checked. The session also hashes the caller's proof (API key, or the JWT in Authorization): a hit
 *   needs the very proof that earned the cached answer. Without a proof nothing is cached.
 */
export function responseCacheSession(headers: Headers, deps: SessionDeps): string | null {
  let scope: string;
  let kind: 'token' | 'aksk';
  try {
    const credentials = resolveCredentials(headers, deps);
    scope = credentialScope(credentials);
    kind = credentials.kind;
  } catch {
    return null; // no usable credentials: the request will be refused, and nothing is cached
  }
  if (kind === 'token') return scope;
  const proofs = CALLER_PROOF_HEADERS.map((name) => headers.get(name)?.trim() ?? '');
  if (proofs.every((proof) => proof === '')) return null;
  return createHash('sha256')
    .update(['service', scope, ...proofs].join('\0'))
    .digest('hex');
}
