/**
 * Who may call: with GATEWAY_API_KEYS and/or GATEWAY_JWT_JWKS_URL set, every GraphQL request must
 * carry a valid API key (`X-Api-Key`) or JWT (`Authorization: Bearer`). This matters most in
 * service mode, where the gateway calls CCE with its own AK/SK: without it, anyone who can reach
 * the gateway would act with the service's rights.
 *
 * The check runs before the request body is read. A presented API key is decisive (a wrong one is
 * refused, not passed on to the JWT check), so a caller learns exactly which credential failed.
 * It runs again, fail-closed, when a GraphQL context is built for a request it has not seen: any
 * other way into execution (a WebSocket server using `yoga.getEnveloped`, for instance) must hand
 * over a `request` whose headers authenticate the caller.
 */
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import type { SecurityConfig } from '../../config.ts';
import { API_KEY_HEADER, createApiKeyVerifier } from './api-keys.ts';
import { useJwtVerification } from './jwt.ts';
import { rejection } from './rejections.ts';

type CallerAuthSettings = Pick<SecurityConfig, 'apiKeyDigests' | 'jwt'>;

/** Whether the settings ask callers to authenticate at all. */
export function callerAuthEnabled({ apiKeyDigests, jwt }: CallerAuthSettings): boolean {
  return apiKeyDigests.length > 0 || jwt !== null;
}

/** The plugin, and its check for requests that do not go through yoga (a WebSocket's init). */
export interface CallerAuthentication extends Plugin {
  /** Throws (UNAUTHENTICATED) unless the request's headers authenticate the caller. */
  authenticate(request: Request): void | Promise<void>;
}

export function useCallerAuthentication(settings: CallerAuthSettings): CallerAuthentication {
  const verifyApiKey =
    settings.apiKeyDigests.length > 0 ? createApiKeyVerifier(settings.apiKeyDigests) : null;
  const jwt = settings.jwt ? useJwtVerification(settings.jwt) : null;
  const verifyJwt = jwt?.onRequestParse;
  type JwtPayload = Parameters<NonNullable<typeof verifyJwt>>[0];

  const accepted = [
    verifyApiKey && 'an API key in X-Api-Key',
    jwt && 'a JWT in Authorization: Bearer',
  ]
    .filter(Boolean)
    .join(' or ');
  // Tells HTTP clients how to authenticate; only meaningful for bearer tokens.
  const headers = jwt ? { 'WWW-Authenticate': 'Bearer realm="cce-gateway"' } : undefined;
  const refuse = (message: string) =>
    rejection('UNAUTHENTICATED', message, { status: 401, ...(headers ? { headers } : {}) });

  const authenticated = new WeakSet<Request>();

  const checkJwt = async (request: Request) => {
    try {
      // The plugin reads only the request (and keeps the verified claims by it).
      await verifyJwt?.({ request, url: new URL(request.url), serverContext: {} } as JwtPayload);
    } catch {
      // The plugin logs why (expired, wrong audience, unknown key, …); callers get one answer.
      throw refuse('The bearer token is not a valid JWT for this gateway.');
    }
    authenticated.add(request);
  };

  /** Synchronous unless a JWT has to be verified (its key set may have to be fetched). */
  const authenticate = (request: Request): void | Promise<void> => {
    const requestHeaders = request.headers;
    const apiKey = requestHeaders.get(API_KEY_HEADER);
    if (verifyApiKey !== null && apiKey !== null) {
      if (!verifyApiKey(apiKey.trim())) {
        throw refuse('The X-Api-Key header does not hold a valid API key.');
      }
      authenticated.add(request);
      return;
    }
    if (verifyJwt !== undefined && requestHeaders.has('authorization')) return checkJwt(request);
    throw refuse(`This gateway needs caller authentication: send ${accepted}.`);
  };

  return {
    authenticate,
    onYogaInit(payload) {
      // The JWT plugin takes yoga's logger and fetch API from here.
      jwt?.onYogaInit?.(payload);
    },
    onRequestParse({ request }) {
      return authenticate(request);
    },
    onContextBuilding({ context }) {
      const { request } = context as Partial<YogaInitialContext>;
      if (request === undefined) throw refuse('There is no request to authenticate the caller by.');
      if (!authenticated.has(request)) return authenticate(request);
    },
  };
}
