/**
 * Per-caller rate limits (RATE_LIMIT_*): token buckets per caller, keyed as the response cache
 * keys its entries (`callerIdentity`: the token's credential scope, or in service mode the
 * caller's API key or JWT), with separate budgets for queries and for mutations, and a
 * cost-weighted one that spends the operation's upstream-call estimate (src/server/budget/), so
 * ten dashboards cost more than ten lookups. Over a limit the operation does not run: it is
 * answered `RATE_LIMITED` with `extensions.retryAfter` (seconds) and a `Retry-After` header, and
 * other callers are not slowed.
 *
 * Not @envelop/rate-limiter: it limits single fields marked with a directive, in fixed windows,
 * with no budget per operation type and no cost weighting.
 */
import { GraphQLError, getOperationAST, OperationTypeNode, type ExecutionArgs } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import type { GatewayConfig } from '../../config.ts';
import type { CallerResolver, GatewayContext } from '../../context.ts';
import type { BucketLimit, BucketStore } from './buckets.ts';

export type RateLimits = GatewayConfig['rateLimits'];

export function rateLimitsEnabled(limits: RateLimits): boolean {
  return (
    limits.queriesPerMinute > 0 ||
    limits.mutationsPerMinute > 0 ||
    limits.upstreamCallsPerMinute > 0
  );
}

function rateLimited(retryAfterMs: number, budget: string): GraphQLError {
  const retryAfter = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new GraphQLError(
    `This caller is over its rate limit (${budget}); retry in ${retryAfter} s.`,
    {
      extensions: {
        code: 'RATE_LIMITED',
        retryAfter,
        http: { status: 429, headers: { 'Retry-After': String(retryAfter) } },
      },
    },
  );
}

interface RateLimitDeps {
  limits: RateLimits;
  store: BucketStore;
  callers: CallerResolver;
  /** The clock (ms); tests may pass their own. */
  now?: () => number;
}

type Context = Partial<GatewayContext> & YogaInitialContext;

export function useRateLimits({ limits, store, callers, now = Date.now }: RateLimitDeps): Plugin {
  const queries: BucketLimit = { perMinute: limits.queriesPerMinute };
  const mutations: BucketLimit = { perMinute: limits.mutationsPerMinute };
  const upstream: BucketLimit = { perMinute: limits.upstreamCallsPerMinute };
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const execution = args as ExecutionArgs;
      const context = execution.contextValue as Context;
      const caller = callers(context.request);
      const who = caller.identity ?? caller.scope;
      const type = getOperationAST(execution.document, execution.operationName)?.operation;
      const counted = type === OperationTypeNode.MUTATION ? mutations : queries;
      const at = now();
      const takes: Array<[string, BucketLimit, number, string]> = [];
      if (counted.perMinute > 0) {
        const name = type === OperationTypeNode.MUTATION ? 'mutations' : 'queries';
        takes.push([`${name}:${who}`, counted, 1, `RATE_LIMIT_${name.toUpperCase()}_PER_MINUTE`]);
      }
      if (upstream.perMinute > 0) {
        // The budget plugin, which runs before this one, has estimated the operation.
        const cost = Math.max(1, context.upstreamBudget?.estimate ?? 1);
        takes.push([`upstream:${who}`, upstream, cost, 'RATE_LIMIT_UPSTREAM_CALLS_PER_MINUTE']);
      }
      for (const [key, limit, cost, setting] of takes) {
        const taken = await store.take(key, cost, limit, at);
        if (!taken.ok) {
          setResultAndStopExecution({ errors: [rateLimited(taken.retryAfterMs, setting)] });
          return;
        }
      }
    },
  };
}
