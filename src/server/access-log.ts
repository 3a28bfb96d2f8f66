/**
 * One log line per HTTP request: method, path, status and duration, tagged with the request id;
 * for GraphQL requests also the operation (name and type), how many CCE calls it cost, whether the
 * response cache answered it, and its outcome with the error codes it carried.
 * Only the path is logged: query strings and headers may carry operations' variables and tokens.
 * Probes (health, readiness, metrics scrapes) are logged at debug level, so that a probe every few
 * seconds does not drown the log.
 */
import { getOperationAST, Lexer, Source, TokenKind } from 'graphql';
import type { ExecutionArgs, ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin, type YogaInitialContext } from 'graphql-yoga';
import type { GatewayContext } from '../context.ts';
import { isServedFromResponseCache } from './cache/index.ts';
import { writeFlatLine } from './flat-log-line.ts';
import { logDurationMs } from './logger.ts';
import type { RequestContext, RequestScope } from './request-scope.ts';

/** `success`: no errors; `partial`: data and errors; `error`: errors only; `stream`: a subscription. */
export type RequestOutcome = 'success' | 'partial' | 'error' | 'stream';

interface OperationSummary {
  operationName?: string | null;
  operationType?: string;
  upstreamCalls?: number | null;
  /** The operation's upstream-call estimate (budget/estimate.ts), when it was estimated. */
  upstreamEstimate?: number | null;
  cached?: boolean;
  outcome?: RequestOutcome;
  errorCodes?: string[];
}

/** What the execute and subscribe hooks receive (typed loosely by envelop). */
type OperationArgs = ExecutionArgs & { contextValue: YogaInitialContext };

function summarizeResult(
  result: ExecutionResult,
): Pick<OperationSummary, 'outcome' | 'errorCodes'> {
  const errors = result.errors ?? [];
  if (errors.length === 0) return { outcome: 'success' };
  const codes = new Set(
    errors.map((error) => {
      const code = error.extensions?.['code'];
      return typeof code === 'string' ? code : 'UNKNOWN';
    }),
  );
  return {
    outcome: result.data === undefined || result.data === null ? 'error' : 'partial',
    errorCodes: [...codes],
  };
}

const OPERATION_KEYWORDS = new Set(['query', 'mutation', 'subscription']);

/**
 * The type and name of a document that starts with an operation, read from its first two tokens
 * only: for answers from the response cache, where the document is never parsed.
 */
export function leadingOperation(query: string): { type: string; name: string | null } | null {
  try {
    const lexer = new Lexer(new Source(query));
    const keyword = lexer.advance();
    if (keyword.kind === TokenKind.BRACE_L) return { type: 'query', name: null };
    if (keyword.kind !== TokenKind.NAME || !OPERATION_KEYWORDS.has(keyword.value)) return null;
    const name = lexer.advance();
    return { type: keyword.value, name: name.kind === TokenKind.NAME ? name.value : null };
  } catch {
    return null; // not even lexable: the request failed before the log needs it
  }
}

export function useAccessLog(
  scope: RequestScope,
  probePaths: readonly string[],
): Plugin<RequestContext> {
  const probes = new Set(probePaths);
  const summaries = new WeakMap<Request, OperationSummary>();
  const queries = new WeakMap<Request, string>();
  const summaryOf = (request: Request): OperationSummary => {
    let summary = summaries.get(request);
    if (summary === undefined) {
      summary = {};
      summaries.set(request, summary);
    }
    return summary;
  };

  return {
    onParams({ request, params }) {
      // The name as asked for; replaced by the executed operation's own name when there is one.
      summaryOf(request).operationName = params.operationName ?? null;
      // Kept only for a cached answer's log line, which has no parsed document to name it.
      if (params.query && !params.operationName) queries.set(request, params.query);
    },
    onExecute({ args }) {
      const { document, operationName, contextValue } = args as OperationArgs;
      const operation = getOperationAST(document, operationName);
      const summary = summaryOf(contextValue.request);
      summary.operationName = operation?.name?.value ?? summary.operationName ?? null;
      if (operation) summary.operationType = operation.operation;
    },
    onSubscribe({ args }) {
      const { document, operationName, contextValue } = args as OperationArgs;
      const summary = summaryOf(contextValue.request);
      summary.operationName =
        getOperationAST(document, operationName)?.name?.value ?? summary.operationName;
      summary.operationType = 'subscription';
    },
    onExecutionResult({ request, result, context }) {
      if (result === undefined) return;
      const summary = summaryOf(request);
      const cached = !Array.isArray(result) && isServedFromResponseCache(result);
      // yoga types this hook's context as the server context; at run time it is the whole GraphQL
      // context, where the counter is absent if the context factory refused the request, or was
      // never called because the response cache answered.
      const { upstreamCalls, upstreamBudget } = context as Partial<
        Pick<GatewayContext, 'upstreamCalls' | 'upstreamBudget'>
      >;
      summary.cached = cached;
      summary.upstreamCalls = cached ? 0 : (upstreamCalls?.total ?? null);
      summary.upstreamEstimate = cached ? null : (upstreamBudget?.estimate ?? null);
      const query = queries.get(request);
      if (cached && query !== undefined) {
        const operation = leadingOperation(query);
        summary.operationName ??= operation?.name ?? null;
        if (operation) summary.operationType = operation.type;
      }
      if (isAsyncIterable(result)) summary.outcome = 'stream';
      else if (!Array.isArray(result)) Object.assign(summary, summarizeResult(result));
    },
    onResponse({ request, response }) {
      const info = scope.current();
      if (info === undefined) return;
      const path = new URL(request.url).pathname;
      const line = {
        method: request.method,
        path,
        status: response.status,
        durationMs: logDurationMs(performance.now() - info.startedAt),
        ...summaries.get(request),
      };
      writeFlatLine(info.log, probes.has(path) ? 'debug' : 'info', line, 'request');
    },
  };
}
