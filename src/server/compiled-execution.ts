/**
 * Queries executed by graphql-jit: each query is compiled once into a JavaScript function, kept per
 * document (yoga's parser cache hands back the same document object for the same text). On the
 * dashboard it saves a third of the gateway's CPU (BENCHMARKS.md, lever `GRAPHQL_JIT=false`).
 *
 * Where graphql-jit would answer differently from graphql-js, the gateway keeps graphql-js's answer:
 * - variables are coerced by graphql-js first, so a bad value gets graphql-js's message (and its
 *   hints, subject to the suggestion policy); graphql-jit then reads the raw values again;
 * - `@skip`/`@include` on fragment spreads use graphql-jit's path-based evaluation, the one that
 *   agrees with graphql-js.
 * One difference remains: errors raised in resolvers come without `locations` (graphql-jit gives
 * them no AST nodes, from which yoga computes locations when it serialises an error); their `path`
 * names the field (test/e2e/graphql-jit.test.ts).
 */
import { useGraphQlJit } from '@envelop/graphql-jit';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  OperationTypeNode,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** The same bound graphql-js applies to the errors it reports for one operation's variables. */
const MAX_VARIABLE_ERRORS = 50;

interface OperationArgs {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: Record<string, unknown> | null;
}

/**
 * Queries only: they carry the large results where compiled execution pays. Mutations and
 * subscription events answer a few fields each, where graphql-js measured cheaper.
 */
function isQuery(args: OperationArgs): boolean {
  return getOperationAST(args.document, args.operationName)?.operation === OperationTypeNode.QUERY;
}

/**
 * graphql-js's errors for the operation's variable values, null when they are all valid. They are
 * request errors, answered with status 400 as yoga answers them when graphql-js executes.
 */
function variableErrors(args: OperationArgs): GraphQLError[] | null {
  const definitions = getOperationAST(args.document, args.operationName)?.variableDefinitions;
  if (definitions === undefined || definitions.length === 0) return null;
  const { errors } = getVariableValues(args.schema, definitions, args.variableValues ?? {}, {
    maxErrors: MAX_VARIABLE_ERRORS,
  });
  if (errors === undefined) return null;
  return errors.map(
    (error) =>
      new GraphQLError(error.message, {
        nodes: error.nodes,
        originalError: error.originalError,
        extensions: { ...error.extensions, http: { status: 400 } },
      }),
  );
}

/** graphql-js checks a query's variables first, so that graphql-jit only runs valid ones. */
function useGraphQlJsVariableErrors(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (!isQuery(args)) return;
      const errors = variableErrors(args);
      if (errors !== null) setResultAndStopExecution({ errors });
    },
  };
}

/**
 * The plugins, in order. They must come before any plugin that wraps the execution it finds (the
 * response cache): a plugin after them would replace that wrapper with graphql-jit's execution.
 */
export function compiledQueryPlugins(): Plugin[] {
  return [
    useGraphQlJsVariableErrors(),
    useGraphQlJit({ useExperimentalPathBasedSkipInclude: true }, { enableIf: isQuery }) as Plugin,
  ];
}
