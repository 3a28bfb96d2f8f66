/**
 * List items CCE sent that could not be read are left out of their lists (src/cce/parse.ts), so
 * one bad item costs only itself. This plugin tells the caller which: one UPSTREAM_BAD_RESPONSE
 * error per item left out, naming it, beside the data. (An answer with such errors is not cached.)
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

interface SkippedItemsContext {
  skippedItems?: readonly string[];
}

export function useSkippedItemErrors(): Plugin {
  return {
    onExecute({ args }) {
      const context = args.contextValue as SkippedItemsContext;
      return {
        onExecuteDone({ result, setResult }) {
          const skipped = context.skippedItems ?? [];
          if (skipped.length === 0 || isAsyncIterable(result)) return;
          const done = result as ExecutionResult;
          setResult({
            ...done,
            errors: [
              ...(done.errors ?? []),
              ...skipped.map(
                (problem) =>
                  new GraphQLError(
                    `CCE sent an item the gateway could not read, left out of the answer: ${problem}.`,
                    { extensions: { code: 'UPSTREAM_BAD_RESPONSE' } },
                  ),
              ),
            ],
          });
        },
      };
    },
  };
}
