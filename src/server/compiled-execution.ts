/**
 * Queries executed by graphql-jit: each query is compiled once into a JavaScript function, kept per
 * document (yoga's parser cache hands back the same document object for the same text). On the
 * dashboard it saves a third of the gateway's CPU (BENCHMARKS.md, lever `GRAPHQL_JIT=false`).
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
import { useGraphQlJit, type JITCache } from '@envelop/graphql-jit';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  OperationTypeNode,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { fieldNodesAt } from './field-nodes.ts';

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
function variableErrors(
  args: OperationArgs,
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
        extensions: { ...error.extensions, http: { status: 400 } },
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

/**
 * graphql-js's part of a compiled query: it checks the variables first, so that graphql-jit only
 * runs valid ones, and it gives field errors the nodes graphql-jit leaves out.
 */
function useGraphQlJsAnswers(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      // envelop's types leave graphql's out (`any`): these are graphql's.
      const execution = args as OperationArgs;
      const operation = getOperationAST(execution.document, execution.operationName);
      if (operation?.operation !== OperationTypeNode.QUERY) return;
      const errors = variableErrors(execution, operation);
      if (errors !== null) {
        setResultAndStopExecution({ errors });
        return;
      }
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

export interface CompiledQueryOptions {
  /** Compiled queries kept by document text; the oldest goes first. */
  maxCompiled: number;
  /** Told of every compilation (the metrics). */
  onCompiled?: () => void;
}

/**
 * graphql-jit keeps each compiled query by its document object, which lives as long as yoga's
 * parser cache keeps it; this keeps it by the document's text too, so a text parsed again later is
 * not compiled again. graphql-jit sets an entry exactly once per compilation.
 */
function compiledQueryCache({ maxCompiled, onCompiled }: CompiledQueryOptions): JITCache {
  const entries = new Map<string, Parameters<JITCache['set']>[1]>();
  return {
    get: (text) => entries.get(text),
    set(text, entry) {
      if (entries.size >= maxCompiled) entries.delete(entries.keys().next().value ?? '');
      entries.set(text, entry);
      onCompiled?.();
    },
  };
}

/**
 * The plugins, in order. They must come before any plugin that wraps the execution it finds (the
 * response cache): a plugin after them would replace that wrapper with graphql-jit's execution.
 */
export function compiledQueryPlugins(options: CompiledQueryOptions): Plugin[] {
  const jit = useGraphQlJit(
    { useExperimentalPathBasedSkipInclude: true },
    { enableIf: isQuery, cache: compiledQueryCache(options) },
  );
  return [useGraphQlJsAnswers(), jit as Plugin];
}
