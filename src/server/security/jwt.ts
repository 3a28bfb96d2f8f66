/**
 * JWT verification of callers (@graphql-yoga/plugin-jwt): `Authorization: Bearer <JWT>`, signed
 * by a key of the JWKS at GATEWAY_JWT_JWKS_URL, with the configured issuer, audience and
 * algorithms. The key set is fetched once and cached; an unknown key id triggers at most a few
 * refetches a minute, so forged tokens cannot make the gateway hammer the identity provider.
 */
import {
  createRemoteJwksSigningKeyProvider,
  extractFromHeader,
  useJWT,
} from '@graphql-yoga/plugin-jwt';
import type { Plugin } from 'graphql-yoga';
import type { JwtSettings } from '../../config.ts';

const JWKS_CACHE_MS = 10 * 60_000;
const JWKS_REFETCHES_PER_MINUTE = 10;
const JWKS_TIMEOUT_MS = 5_000;
// Tolerated clock difference between the gateway and the token issuer.
const CLOCK_TOLERANCE_S = 30;

export function useJwtVerification(settings: JwtSettings): Plugin {
  return useJWT({
    signingKeyProviders: [
      createRemoteJwksSigningKeyProvider({
        jwksUri: settings.jwksUrl,
        cache: true,
        cacheMaxAge: JWKS_CACHE_MS,
        rateLimit: true,
        jwksRequestsPerMinute: JWKS_REFETCHES_PER_MINUTE,
        timeout: JWKS_TIMEOUT_MS,
      }),
    ],
    tokenLookupLocations: [extractFromHeader({ name: 'authorization', prefix: 'Bearer' })],
    tokenVerification: {
      algorithms: [...settings.algorithms],
      issuer: settings.issuer,
      // loadConfig requires at least one audience.
      audience: [...settings.audience] as [string, ...string[]],
      clockTolerance: CLOCK_TOLERANCE_S,
    },
    reject: { missingToken: true, invalidToken: true },
    // The verified claims land in the server context as `jwt` (the plugin verifies only when this is on).
    extendContext: true,
  });
}
