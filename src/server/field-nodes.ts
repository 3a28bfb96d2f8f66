/**
 * Walks of an operation's selections through fragments: the fields it selects at one level (what
 * a mutation touches), and the AST nodes of the field an error's `path` names (what graphql-js
 * attaches to a field error, and what yoga computes an error's `locations` from).
 */
import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

/** The document's fragment definitions by name. */
export function fragmentsOf(document: DocumentNode): Fragments {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  return fragments;
}

/**
 * Calls `visit` for each field `selectionSet` selects at its own level, in document order, through
 * inline fragments and fragment spreads of any type condition; a fragment spread again at the same
 * level is walked once, as graphql-js collects fields.
 */
export function forEachSelectedField(
  selectionSet: SelectionSetNode,
  fragments: Fragments,
  visit: (field: FieldNode) => void,
  visited = new Set<string>(),
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      visit(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      forEachSelectedField(selection.selectionSet, fragments, visit, visited);
    } else if (!visited.has(selection.name.value)) {
      visited.add(selection.name.value);
      // Validation has refused unknown and cyclic fragments before execution.
      const fragment = fragments.get(selection.name.value);
      if (fragment) forEachSelectedField(fragment.selectionSet, fragments, visit, visited);
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
  const fragments = fragmentsOf(document);
  let selectionSets: SelectionSetNode[] = [operation.selectionSet];
  let fields: FieldNode[] = [];
  for (const key of path) {
    if (typeof key === 'number') continue;
    const found: FieldNode[] = [];
    for (const selectionSet of selectionSets) {
      forEachSelectedField(selectionSet, fragments, (field) => {
        if ((field.alias ?? field.name).value === key) found.push(field);
      });
    }
    fields = found;
    selectionSets = fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  }
  return fields;
}
