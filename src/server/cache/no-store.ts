/**
 * `Cache-Control: private, no-store` on every GraphQL answer: each depends on its caller's
 * credentials, so no browser, proxy or CDN may keep one and hand it to anyone else (or to the same
 * browser after a logout). Other responses (GraphiQL's page, /health, /metrics) are left alone.
 */
import type { Plugin } from 'graphql-yoga';

// Streams are answered with `Cache-Control: no-cache` already: an answer that says how it may be
// cached is left as it is.
const GRAPHQL_ANSWER = /^(application\/(json|graphql-response\+json)|multipart\/mixed)/;

export function useNoSharedCaching(): Plugin {
  return {
    onResponse({ response }) {
      if (
        GRAPHQL_ANSWER.test(response.headers.get('content-type') ?? '') &&
        !response.headers.has('cache-control')
      ) {
        response.headers.set('Cache-Control', 'private, no-store');
      }
    },
  };
}
