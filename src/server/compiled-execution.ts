/**
 * Queries executed by graphql-jit: each query is compiled once into a JavaScript function, kept per
 * document and operation (yoga's parser cache hands back the same document object for the same
 * text). On the dashboard it saves a third of the gateway's CPU (BENCHMARKS.md, lever
 * `GRAPHQL_JIT=false`). Mutations and subscription events answer a few fields each, where
 * graphql-js measured cheaper: they stay on graphql-js, as does a query graphql-jit cannot compile.
 *
 * Where graphql-jit would answer differently from graphql-js, the gateway keeps graphql-js's answer:
 * - variables are coerced by graphql-js first, so a bad value gets graphql-js's message (and its
 *   hints, subject to the suggestion policy); graphql-jit then reads the raw values again;
 * - `@skip`/`@include` on fragment spreads use graphql-jit's path-based evaluation, the one that
 *   agrees with graphql-js;
 * - field errors get the AST nodes graphql-jit leaves out (found again from their `path`), from
 *   which yoga computes their `locations`.
 * test/e2e/graphql-jit.test.ts compares the two executions' answers.
 */
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  OperationTypeNode,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { isAsyncIterable, makeExecute, type Plugin, type PromiseOrValue } from 'graphql-yoga';
import { fieldNodesAt } from './field-nodes.ts';

/** The same bound graphql-js applies to the errors it reports for one operation's variables. */
const MAX_VARIABLE_ERRORS = 50;

/**
 * graphql-js's errors for the operation's variable values, null when they are all valid. They are
 * request errors, answered with status 400 as yoga answers them when graphql-js executes.
 */
function variableErrors(
  args: ExecutionArgs,
  operation: OperationDefinitionNode,
): GraphQLError[] | null {
  const definitions = operation.variableDefinitions;
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
        // The code errors.ts gives these when graphql-js executes: this answer skips the masking.
        extensions: { ...error.extensions, code: 'BAD_USER_INPUT', http: { status: 400 } },
      }),
  );
}

/** A field error as graphql-js raises it: with the field's AST nodes, hence with `locations`. */
function withFieldNodes(
  error: GraphQLError,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): GraphQLError {
  if (error.nodes !== undefined || error.path === undefined) return error;
  return new GraphQLError(error.message, {
    nodes: fieldNodesAt(document, operation, error.path),
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

export interface CompiledQueryOptions {
  /** Told of every compilation (the metrics). */
  onCompiled?: () => void;
}

/**
 * Compiled queries, per document object (alive as long as yoga's parser cache keeps it) and per
 * operation in it: a document may hold several, run by `operationName`. (@envelop/graphql-jit keys
 * by the document alone, and so answered operation B of a document with A's compiled query.)
 * Null for an operation graphql-jit cannot compile: graphql-js runs it.
 */
function createCompiledQueries({ onCompiled }: CompiledQueryOptions) {
  const byDocument = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  return (args: ExecutionArgs): CompiledQuery | null => {
    let operations = byDocument.get(args.document);
    if (operations === undefined) {
      operations = new Map();
      byDocument.set(args.document, operations);
    }
    const name = args.operationName ?? '';
    let compiled = operations.get(name);
    if (compiled === undefined) {
      const result = compileQuery(args.schema, args.document, args.operationName ?? undefined, {
        useExperimentalPathBasedSkipInclude: true,
      });
      compiled = isCompiledQuery(result) ? result : null;
      operations.set(name, compiled);
      if (compiled !== null) onCompiled?.();
    }
    return compiled;
  };
}

/**
 * Queries run on graphql-jit, as graphql-js would answer them: graphql-js checks the variables
 * first, so that graphql-jit only runs valid ones, and field errors get the nodes graphql-jit leaves
 * out. It must come before any plugin that wraps the execution it finds (the response cache): a
 * plugin after it would replace that wrapper.
 */
export function useCompiledQueries(options: CompiledQueryOptions = {}): Plugin {
  const compiledFor = createCompiledQueries(options);
  return {
    onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      // envelop's types leave graphql's out (`any`): these are graphql's.
      const execution = args as ExecutionArgs;
      const operation = getOperationAST(execution.document, execution.operationName);
      if (operation?.operation !== OperationTypeNode.QUERY) return;
      const errors = variableErrors(execution, operation);
      if (errors !== null) {
        setResultAndStopExecution({ errors });
        return;
      }
      const graphqlJs = executeFn as (args: ExecutionArgs) => PromiseOrValue<ExecutionResult>;
      // The document executed may not be the one seen here: the response cache adds fields to it.
      setExecuteFn(
        makeExecute((executed: ExecutionArgs) => {
          const compiled = compiledFor(executed);
          return compiled === null
            ? graphqlJs(executed)
            : compiled.query(executed.rootValue, executed.contextValue, executed.variableValues);
        }),
      );
      return {
        onExecuteDone({ result, setResult }) {
          if (isAsyncIterable(result)) return;
          const fieldErrors = result.errors as readonly GraphQLError[] | undefined;
          if (fieldErrors === undefined) return;
          setResult({
            ...result,
            errors: fieldErrors.map((error) =>
              withFieldNodes(error, execution.document, operation),
            ),
          });
        },
      };
    },
  };
}
