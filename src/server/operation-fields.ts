/**
 * The fields an operation selects, as a tree with each field's definition and its argument values
 * (variables applied): what checks before execution read (path-safe arguments, the upstream-call
 * budget). Fragments are followed with their type conditions; `@skip`/`@include` are ignored, so a
 * check sees everything that might run. Only validated documents are walked: the depth is bounded
 * by GRAPHQL_MAX_DEPTH.
 *
 * The walk is made once per parsed document (yoga keeps one per query text): each execution then
 * only reads the arguments that name variables, and shares the fields whose arguments, and those
 * of every field below them, are fixed by the document.
 */
import {
  getArgumentValues,
  getOperationAST,
  getNamedType,
  isCompositeType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { fragmentsOf, type Fragments } from './field-nodes.ts';

export interface SelectedField {
  /** The type the field is selected on (a fragment's type condition where there is one). */
  readonly parentType: string;
  readonly definition: GraphQLField<unknown, unknown>;
  readonly args: Readonly<Record<string, unknown>>;
  readonly children: readonly SelectedField[];
}

/**
 * A selected field as the document fixes it: everything but the values of arguments that name
 * variables. Planned once per document and operation, instantiated per execution.
 */
interface FieldPlan {
  readonly parentType: string;
  readonly definition: GraphQLField<unknown, unknown>;
  readonly node: FieldNode;
  readonly children: readonly FieldPlan[];
  /** The whole field, when neither its arguments nor any below it name a variable: shared by every execution. */
  readonly fixed: SelectedField | null;
}

function namesVariable(value: ValueNode): boolean {
  if (value.kind === Kind.VARIABLE) return true;
  if (value.kind === Kind.LIST) return value.values.some(namesVariable);
  if (value.kind === Kind.OBJECT) return value.fields.some((field) => namesVariable(field.value));
  return false;
}

const NO_VARIABLES: Record<string, unknown> = Object.freeze({});

function collect(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType,
  fragments: Fragments,
  into: FieldPlan[],
  visited: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!('getFields' in parentType)) continue; // only __typename is selectable on a union
      const definition = parentType.getFields()[selection.name.value];
      if (definition === undefined) continue; // __typename
      const fieldType = getNamedType(definition.type);
      const children: FieldPlan[] = [];
      if (selection.selectionSet && isCompositeType(fieldType)) {
        collect(schema, selection.selectionSet, fieldType, fragments, children, new Set());
      }
      const fixed =
        children.every((child) => child.fixed !== null) &&
        !(selection.arguments ?? []).some((argument) => namesVariable(argument.value));
      into.push({
        parentType: parentType.name,
        definition,
        node: selection,
        children,
        fixed: fixed
          ? {
              parentType: parentType.name,
              definition,
              args: getArgumentValues(definition, selection, NO_VARIABLES),
              children: children.map((child) => child.fixed!),
            }
          : null,
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
    collect(schema, fragmentSelections, conditionType, fragments, into, visited);
  }
}

function plan(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): FieldPlan[] {
  const root = schema.getRootType(operation.operation);
  const fields: FieldPlan[] = [];
  if (root) {
    collect(schema, operation.selectionSet, root, fragmentsOf(document), fields, new Set());
  }
  return fields;
}

function instantiate(
  plans: readonly FieldPlan[],
  variables: Record<string, unknown>,
): SelectedField[] {
  return plans.map(
    (field) =>
      field.fixed ?? {
        parentType: field.parentType,
        definition: field.definition,
        args: getArgumentValues(field.definition, field.node, variables),
        children: instantiate(field.children, variables),
      },
  );
}

/** The fields `operation` selects, from its root type down. */
export function selectedFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): SelectedField[] {
  return instantiate(plan(schema, document, operation), variables);
}

/** Per document and operation name: its plan, or null when it has no such operation (or its fixed arguments cannot be read). */
const plans = new WeakMap<DocumentNode, Map<string | null, FieldPlan[] | null>>();
const byExecution = new WeakMap<DocumentNode, WeakMap<object, SelectedField[] | null>>();

function planOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null,
): FieldPlan[] | null {
  let byName = plans.get(document);
  if (byName === undefined) {
    byName = new Map();
    plans.set(document, byName);
  }
  let found = byName.get(operationName);
  if (found === undefined) {
    const operation = getOperationAST(document, operationName);
    try {
      found = operation ? plan(schema, document, operation) : null;
    } catch {
      found = null;
    }
    byName.set(operationName, found);
  }
  return found;
}

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
    const plan = planOf(args.schema, args.document, args.operationName ?? null);
    try {
      fields = plan === null ? null : instantiate(plan, variables);
    } catch {
      fields = null;
    }
    byVariables.set(variables, fields);
  }
  return fields;
}
