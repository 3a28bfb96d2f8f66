/**
 * Whose entry a cached response is: the response cache's `session`. Never global, never shared
 * between callers who could see different data, and null (no caching) when the request does not
 * say who the caller is.
 *
 * It is read from the request headers, because the cache answers before the GraphQL context
 * exists; it is the very resolution the context gets (`createCallerResolver`).
 */
import type { CallerResolver } from '../../context.ts';

/**
 * The caller's identity (`callerIdentity`):
 * - Token pass-through: the token's credential scope (sha256 of token and project), so another
 *   token, even of the same project, or the same token in another project, has other entries.
 * - Service mode (the gateway's AK/SK): every caller reaches CCE as the same account, so the scope
 *   alone would let one caller's entries answer another caller, even before that caller's API key
 *   is checked. The identity also hashes the caller's proof (API key, or the JWT in
 *   Authorization): a hit needs the very proof that earned the cached answer. Without a proof
 *   nothing is cached.
 */
export function responseCacheSession(request: Request, callers: CallerResolver): string | null {
  try {
    return callers(request).identity;
  } catch {
    return null; // no usable credentials: the request will be refused, and nothing is cached
  }
}
