/**
 * One log line per HTTP request: method, path, status and duration, tagged with the request id;
 * for GraphQL requests also the operation name and how many CCE calls it cost.
 * Only the path is logged: query strings and headers may carry operations' variables and tokens.
 * Health probes are logged at debug level, so that a probe every few seconds does not drown the log.
 */
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.ts';
import type { RequestContext, RequestScope } from './request-scope.ts';

interface ExecutionSummary {
  operationName: string | null;
  upstreamCalls: number | null;
}

export function useAccessLog(scope: RequestScope, healthPath: string): Plugin<RequestContext> {
  const executions = new WeakMap<Request, ExecutionSummary>();
  return {
    onExecutionResult({ request, context }) {
      // yoga types this hook's context as the server context; at run time it is the whole GraphQL
      // context, where the counter is absent only if the context factory refused the request.
      const { upstreamCalls } = context as Partial<Pick<GatewayContext, 'upstreamCalls'>>;
      executions.set(request, {
        operationName: context.params.operationName ?? null,
        upstreamCalls: upstreamCalls?.total ?? null,
      });
    },
    onResponse({ request, response }) {
      const info = scope.current();
      if (info === undefined) return;
      const path = new URL(request.url).pathname;
      const line = {
        method: request.method,
        path,
        status: response.status,
        durationMs: Math.round((performance.now() - info.startedAt) * 10) / 10,
        ...executions.get(request),
      };
      if (path === healthPath) info.log.debug(line, 'request');
      else info.log.info(line, 'request');
    },
  };
}
