/**
 * Limits on the JSON a request carries: its variables (used or not) and the list and object
 * literals of its document (`JSON` arguments such as release values). Past GRAPHQL_MAX_INPUT_DEPTH
 * levels of nesting, or GRAPHQL_MAX_INPUT_VALUES values in one variables object or argument, the
 * request is refused with BAD_USER_INPUT before anything else reads it: deeply nested input would
 * otherwise overflow the stack of whatever walks it recursively (coercion, cache keys,
 * JSON.stringify), and huge inputs cost every such walk. Bytes are bounded before this, by
 * MAX_REQUEST_BODY_BYTES.
 */
import { Kind, type ValidationRule, type ValueNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { SecurityConfig } from '../../config.ts';
import { rejection } from './rejections.ts';

type InputLimits = SecurityConfig['inputLimits'];

/**
 * Why the tree under `root` is over the limits, or null. Iterative, so that input of any depth is
 * measured without recursion.
 */
function overLimits<T>(
  root: T,
  children: (node: T) => readonly T[] | null,
  { maxDepth, maxValues }: InputLimits,
): string | null {
  const pending: Array<{ node: T; depth: number }> = [{ node: root, depth: 0 }];
  let count = 0;
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    count += 1;
    if (count > maxValues) return `more than ${maxValues} values`;
    const inner = children(next.node);
    if (inner === null) continue;
    if (next.depth >= maxDepth) return `nested deeper than ${maxDepth} levels`;
    for (const child of inner) pending.push({ node: child, depth: next.depth + 1 });
  }
  return null;
}

const jsonChildren = (value: unknown): readonly unknown[] | null =>
  typeof value !== 'object' || value === null
    ? null
    : Array.isArray(value)
      ? value
      : Object.values(value);

const literalChildren = (value: ValueNode): readonly ValueNode[] | null => {
  if (value.kind === Kind.LIST) return value.values;
  if (value.kind === Kind.OBJECT) return value.fields.map((field) => field.value);
  return null;
};

function literalLimits(limits: InputLimits): ValidationRule {
  return (context) => ({
    Argument(node) {
      const problem = overLimits(node.value, literalChildren, limits);
      if (problem === null) return;
      context.reportError(
        rejection(
          'BAD_USER_INPUT',
          `The value of argument "${node.name.value}" is over the input limits: ${problem}.`,
          {
            status: 400,
            documentError: true,
          },
        ),
      );
    },
  });
}

export function useInputLimits(limits: InputLimits): Plugin {
  const rule = literalLimits(limits);
  return {
    onParams({ params }) {
      const problem = overLimits(params.variables, jsonChildren, limits);
      if (problem !== null) {
        throw rejection('BAD_USER_INPUT', `The variables are over the input limits: ${problem}.`, {
          status: 400,
        });
      }
    },
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}
