/**
 * A check of an operation after validation and before it runs (as a query or mutation, or as a
 * subscription): what it returns is the whole answer, and nothing runs, so nothing reaches CCE.
 */
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { selectedFieldsOf } from './operation-fields.ts';

/** The execution arguments a check sees (graphql's, with the GraphQL context). */
export type CheckedArgs = Parameters<typeof selectedFieldsOf>[0] & { contextValue?: unknown };

/** Refuses, before execution, every operation `check` finds an error in. */
export function usePreExecutionCheck(check: (args: CheckedArgs) => GraphQLError | null): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refusal = check(args);
      if (refusal !== null) setResultAndStopExecution({ errors: [refusal] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refusal = check(args);
      if (refusal !== null) setResultAndStopExecution({ errors: [refusal] });
    },
  };
}
