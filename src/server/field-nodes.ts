/**
 * The AST nodes of the field an error's `path` names: what graphql-js attaches to a field error,
 * and what yoga computes an error's `locations` from.
 */
import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

/** The fields of `selectionSet` answered under `responseKey`, through fragments of any type. */
function collectFields(
  selectionSet: SelectionSetNode,
  responseKey: string,
  fragments: Fragments,
  into: FieldNode[],
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if ((selection.alias ?? selection.name).value === responseKey) into.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collectFields(selection.selectionSet, responseKey, fragments, into);
    } else {
      // Validation has refused unknown and cyclic fragments before execution.
      const fragment = fragments.get(selection.name.value);
      if (fragment) collectFields(fragment.selectionSet, responseKey, fragments, into);
    }
  }
}

/**
 * The field nodes at `path` (response keys, with list indices in between) in `operation`. Fragments
 * are followed whatever their type condition, so a key selected in fragments on several types
 * yields the nodes of each.
 */
export function fieldNodesAt(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  path: ReadonlyArray<string | number>,
): FieldNode[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  let selectionSets: SelectionSetNode[] = [operation.selectionSet];
  let fields: FieldNode[] = [];
  for (const key of path) {
    if (typeof key === 'number') continue;
    fields = [];
    for (const selectionSet of selectionSets) collectFields(selectionSet, key, fragments, fields);
    selectionSets = fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  }
  return fields;
}
