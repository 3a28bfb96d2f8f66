/**
 * Names, namespaces and ids given as arguments become path segments of CCE URLs. One that is empty,
 * `.` or `..`, or holds path or control characters (src/cce/operations.ts, isSafePathSegment) is
 * refused with BAD_USER_INPUT before execution, so before any upstream call. A global id is checked
 * part by part (`Release:<cluster>/<namespace>/<name>`). Mutations take their names in `input`,
 * which their own validation answers with userErrors.
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { isSafePathSegment } from '../../cce/operations.ts';
import { parseGlobalId } from '../../ids.ts';
import { selectedFieldsOf, type SelectedField } from '../operation-fields.ts';

const PATH_ARGUMENTS: ReadonlySet<string> = new Set([
  'clusterId',
  'namespace',
  'name',
  'id',
  'chartId',
]);

function isSafeReference(value: string): boolean {
  // A well-formed global id has path-safe parts (ids.ts); anything else with `:` names nothing.
  if (value.includes(':')) return parseGlobalId(value.trim()) !== null;
  return isSafePathSegment(value.trim());
}

function firstUnsafeArgument(fields: readonly SelectedField[]): string | null {
  for (const field of fields) {
    for (const [name, value] of Object.entries(field.args)) {
      if (PATH_ARGUMENTS.has(name) && typeof value === 'string' && !isSafeReference(value)) {
        return (
          `Argument "${name}" of "${field.definition.name}" must be a name or id without path ` +
          `characters (not empty, "." or "..", no "/", "\\\\", "?", "#", "%" or control characters); ` +
          `got ${JSON.stringify(value)}.`
        );
      }
    }
    const inner = firstUnsafeArgument(field.children);
    if (inner !== null) return inner;
  }
  return null;
}

function refusal(args: Parameters<typeof selectedFieldsOf>[0]): GraphQLError | null {
  const fields = selectedFieldsOf(args);
  const problem = fields === null ? null : firstUnsafeArgument(fields);
  return problem === null
    ? null
    : new GraphQLError(problem, { extensions: { code: 'BAD_USER_INPUT' } });
}

export function usePathSafeArguments(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = refusal(args);
      if (error !== null) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = refusal(args);
      if (error !== null) setResultAndStopExecution({ errors: [error] });
    },
  };
}
