/**
 * The fields an operation selects, as a tree with each field's definition and its argument values
 * (variables applied): what checks before execution read (path-safe arguments, the upstream-call
 * budget). Fragments are followed with their type conditions; `@skip`/`@include` are ignored, so a
 * check sees everything that might run. Only validated documents are walked: the depth is bounded
 * by GRAPHQL_MAX_DEPTH.
 */
import {
  getArgumentValues,
  getOperationAST,
  getNamedType,
  isCompositeType,
  Kind,
  type DocumentNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { fragmentsOf, type Fragments } from './field-nodes.ts';

export interface SelectedField {
  /** The type the field is selected on (a fragment's type condition where there is one). */
  readonly parentType: string;
  readonly definition: GraphQLField<unknown, unknown>;
  readonly args: Readonly<Record<string, unknown>>;
  readonly children: readonly SelectedField[];
}

function collect(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType,
  fragments: Fragments,
  variables: Record<string, unknown>,
  into: SelectedField[],
  visited: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!('getFields' in parentType)) continue; // only __typename is selectable on a union
      const definition = parentType.getFields()[selection.name.value];
      if (definition === undefined) continue; // __typename
      const fieldType = getNamedType(definition.type);
      const children: SelectedField[] = [];
      if (selection.selectionSet && isCompositeType(fieldType)) {
        collect(
          schema,
          selection.selectionSet,
          fieldType,
          fragments,
          variables,
          children,
          new Set(),
        );
      }
      into.push({
        parentType: parentType.name,
        definition,
        args: getArgumentValues(definition, selection, variables),
        children,
      });
      continue;
    }
    let fragmentSelections: SelectionSetNode | undefined;
    let condition = selection.kind === Kind.INLINE_FRAGMENT ? selection.typeCondition : undefined;
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      fragmentSelections = selection.selectionSet;
    } else if (!visited.has(selection.name.value)) {
      visited.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      fragmentSelections = fragment?.selectionSet;
      condition = fragment?.typeCondition;
    }
    if (fragmentSelections === undefined) continue;
    const conditionType = condition ? schema.getType(condition.name.value) : parentType;
    if (conditionType === undefined || !isCompositeType(conditionType)) continue;
    collect(schema, fragmentSelections, conditionType, fragments, variables, into, visited);
  }
}

/** The fields `operation` selects, from its root type down. */
export function selectedFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): SelectedField[] {
  const root = schema.getRootType(operation.operation);
  const fields: SelectedField[] = [];
  if (root) {
    collect(
      schema,
      operation.selectionSet,
      root,
      fragmentsOf(document),
      variables,
      fields,
      new Set(),
    );
  }
  return fields;
}

const NO_VARIABLES: Record<string, unknown> = Object.freeze({});
const byExecution = new WeakMap<DocumentNode, WeakMap<object, SelectedField[] | null>>();

/**
 * The fields an execution's operation selects (as `selectedFields`), computed once per document and
 * variables object however many checks ask; null when its arguments cannot be read (execution then
 * reports the problem itself).
 */
export function selectedFieldsOf(args: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null | undefined;
  variableValues?: Record<string, unknown> | null | undefined;
}): SelectedField[] | null {
  const variables = args.variableValues ?? NO_VARIABLES;
  let byVariables = byExecution.get(args.document);
  if (byVariables === undefined) {
    byVariables = new WeakMap();
    byExecution.set(args.document, byVariables);
  }
  let fields = byVariables.get(variables);
  if (fields === undefined) {
    const operation = getOperationAST(args.document, args.operationName);
    try {
      fields = operation ? selectedFields(args.schema, args.document, operation, variables) : null;
    } catch {
      fields = null;
    }
    byVariables.set(variables, fields);
  }
  return fields;
}
