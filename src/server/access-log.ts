/**
 * One log line per HTTP request: method, path, status and duration, tagged with the request id.
 * Only the path is logged: query strings and headers may carry operations' variables and tokens.
 * Health probes are logged at debug level, so that a probe every few seconds does not drown the log.
 */
import type { Plugin } from 'graphql-yoga';
import type { RequestContext, RequestScope } from './request-scope.ts';

export function useAccessLog(scope: RequestScope, healthPath: string): Plugin<RequestContext> {
  return {
    onResponse({ request, response }) {
      const info = scope.current();
      if (info === undefined) return;
      const path = new URL(request.url).pathname;
      const line = {
        method: request.method,
        path,
        status: response.status,
        durationMs: Math.round((performance.now() - info.startedAt) * 10) / 10,
      };
      if (path === healthPath) info.log.debug(line, 'request');
      else info.log.info(line, 'request');
    },
  };
}
