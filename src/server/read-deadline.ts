/**
 * Starts the request's read deadline (src/service/deadline.ts) when a query executes, and stops it
 * when the query's result is complete. Mutations and subscriptions run without it.
 */
import { getOperationAST, OperationTypeNode, type ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.ts';

type QueryArgs = ExecutionArgs & { contextValue: Partial<Pick<GatewayContext, 'readDeadline'>> };

export function useReadDeadline(): Plugin {
  return {
    onExecute({ args }) {
      const { document, operationName, contextValue } = args as QueryArgs;
      const readDeadline = contextValue.readDeadline;
      if (readDeadline === undefined) return;
      if (getOperationAST(document, operationName)?.operation !== OperationTypeNode.QUERY) return;
      return { onExecuteDone: readDeadline.start() };
    },
  };
}
