/**
 * Server-Sent Events through reverse proxies: nginx (and proxies that follow its convention)
 * buffer responses unless told not to, which would hold subscription events back until the buffer
 * fills. yoga sends `Cache-Control: no-cache` and pings every 12 s itself, but not this header.
 */
import type { Plugin } from 'graphql-yoga';
import type { RequestContext } from './request-scope.ts';

export function useSseProxyHeaders(): Plugin<RequestContext> {
  return {
    onResponse({ response }) {
      if (response.headers.get('content-type')?.startsWith('text/event-stream')) {
        response.headers.set('X-Accel-Buffering', 'no');
      }
    },
  };
}
