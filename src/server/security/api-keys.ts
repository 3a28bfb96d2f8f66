/**
 * API keys of callers (GATEWAY_API_KEYS): the configuration holds only their SHA-256 digests, so
 * neither the environment nor a leaked config file gives a key away. Callers send the key itself
 * in `X-Api-Key`.
 */
import { hash, timingSafeEqual } from 'node:crypto';

export const API_KEY_HEADER = 'x-api-key';

/** The digest to put in GATEWAY_API_KEYS for `key` (64 lower-case hex digits). */
export function apiKeyDigest(key: string): string {
  return hash('sha256', key, 'hex');
}

/** A check of a presented key against the configured digests, in time independent of where they differ. */
export function createApiKeyVerifier(digests: readonly string[]): (key: string) => boolean {
  const known = digests.map((digest) => Buffer.from(digest, 'hex'));
  return (key) => {
    const given = hash('sha256', key, 'buffer');
    let matched = false;
    // Every digest is compared, so the time taken does not tell which one (or whether one) matched.
    for (const digest of known) matched = timingSafeEqual(given, digest) || matched;
    return matched;
  };
}
