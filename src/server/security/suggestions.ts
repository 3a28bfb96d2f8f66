/**
 * Field suggestions hidden: graphql-js ends many error messages with `Did you mean "…"?`, which
 * spells out the schema to a caller who is not allowed to introspect it. The hint is dropped from
 * every error of the answer (validation, and variable values checked at execution), not only from
 * validation errors as armor's blockFieldSuggestion does.
 */
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

// graphql-js appends the hint last; names in it are quoted and never contain "?".
const SUGGESTION = /\s*Did you mean\b[^?]*\?/g;

export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

function hideIn(result: ExecutionResult): void {
  for (const error of result.errors ?? []) {
    // Errors are shared with yoga's validation cache; rewriting them in place is idempotent.
    if (error.message.includes('Did you mean')) error.message = withoutSuggestions(error.message);
  }
}

export function useHiddenSuggestions(): Plugin {
  return {
    onResultProcess({ result }) {
      // Streams (subscriptions, incremental delivery) begin only after validation has passed.
      if (Array.isArray(result)) result.forEach(hideIn);
      else if (!(Symbol.asyncIterator in result)) hideIn(result);
    },
  };
}
