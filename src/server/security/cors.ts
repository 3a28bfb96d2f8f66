/**
 * CORS: which other sites' pages may call the gateway from a browser (CORS_ORIGINS). Nothing
 * cross-origin by default. yoga's own default answers any Origin with
 * `Access-Control-Allow-Credentials: true`; here an origin is either listed or gets no CORS headers
 * at all, and credentials (cookies) are never allowed: callers authenticate with headers.
 */
import type { Plugin, YogaServerOptions } from 'graphql-yoga';
import type { NodeServerContext } from '../http.ts';
import type { GatewayContext } from '../../context.ts';

/** The CORS_ORIGINS entry that allows pages of any site. */
export const ANY_ORIGIN = '*';

type CorsOption = YogaServerOptions<NodeServerContext, GatewayContext>['cors'];

function policyFor(origin: string) {
  return {
    origin,
    methods: ['GET', 'POST'],
    // Request headers are echoed for listed origins: they are trusted, and new headers keep working.
    exposedHeaders: ['X-Request-Id'],
    credentials: false,
    maxAge: 600,
  };
}

/** yoga's `cors` option for the allow-list: `false` (no CORS at all) when it is empty. */
export function corsPolicy(origins: readonly string[]): CorsOption {
  if (origins.length === 0) return false;
  if (origins.includes(ANY_ORIGIN)) return policyFor(ANY_ORIGIN);
  // One options object per listed origin, built once: the request path only looks one up.
  const byOrigin = new Map(origins.map((origin) => [origin, policyFor(origin)]));
  return (request) => byOrigin.get(request.headers.get('origin') ?? '') ?? false;
}

/**
 * With a list of origins, answers differ by the request's Origin (CORS headers or none), so shared
 * caches must keep them apart.
 */
export function useVaryOnOrigin(): Plugin {
  return {
    onResponse({ response }) {
      const vary = response.headers.get('vary');
      if (vary === null) response.headers.set('vary', 'Origin');
      else if (!/\borigin\b/i.test(vary)) response.headers.set('vary', `${vary}, Origin`);
    },
  };
}
