/**
 * Refuses an operation whose estimate (estimate.ts) is over UPSTREAM_CALL_BUDGET before it runs,
 * so before any upstream call, with `extensions.code` UPSTREAM_BUDGET_EXCEEDED and the estimate;
 * otherwise records the estimate on the request's budget (budget.ts), which then counts the calls
 * the operation actually makes.
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { selectedFieldsOf } from '../operation-fields.ts';
import { usePreExecutionCheck, type CheckedArgs } from '../pre-execution-check.ts';
import type { UpstreamBudget } from './budget.ts';
import { estimateUpstreamCalls } from './estimate.ts';

interface BudgetContext {
  upstreamBudget?: UpstreamBudget;
}

function overBudget(estimate: number, limit: number): GraphQLError {
  return new GraphQLError(
    `This operation could make about ${estimate} CCE calls; the upstream-call budget of a ` +
      `request is ${limit} (UPSTREAM_CALL_BUDGET). Ask for fewer objects at once (a smaller ` +
      '`first`, fewer clusters, or without per-release fields such as `history`).',
    { extensions: { code: 'UPSTREAM_BUDGET_EXCEEDED', estimate, limit } },
  );
}

/** The refusal of an operation over budget, or null (the estimate is then recorded). */
function check(args: CheckedArgs): GraphQLError | null {
  const budget = (args.contextValue as BudgetContext | undefined)?.upstreamBudget;
  if (budget === undefined) return null;
  const fields = selectedFieldsOf(args);
  if (fields === null) return null;
  const estimate = estimateUpstreamCalls(fields);
  budget.estimate = estimate;
  return budget.limit > 0 && estimate > budget.limit ? overBudget(estimate, budget.limit) : null;
}

export function useUpstreamBudget(): Plugin {
  return usePreExecutionCheck(check);
}
