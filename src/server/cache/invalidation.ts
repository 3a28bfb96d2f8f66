/**
 * Invalidation by mutations. The response cache's own `invalidateViaMutation` drops the entries
 * holding the objects a mutation returns (by type and id). That misses what a mutation changes
 * without returning it: a new release is in no cached result yet, but every cached release list of
 * its cluster is now short by one; a cached "no such release" is now wrong.
 *
 * So each mutation also drops, for every caller, every cached result holding an object of the types
 * it changes, or an empty list or null where such an object could be (the cache records those
 * under the type name too). It runs for every mutation, also when the caller's own answers are not
 * cached, because other callers' cached answers show the same CCE state.
 */
import { getOperationAST, OperationTypeNode, type ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { forEachSelectedField, fragmentsOf } from '../field-nodes.ts';

/** What the response cache needs of a cache: dropping entries by type (and id). */
export interface InvalidatingCache {
  invalidate(entities: Iterable<{ typename: string; id?: string | number }>): unknown;
}

// `Node`: a cached `node(id:)` that answered null is recorded under the interface's name.
const RELEASE_TYPES = ['Release', 'ReleaseConnection', 'Node'] as const;
const ADDON_TYPES = ['Addon', 'Node'] as const;

/** The types each mutation (a field of `Mutation`) can change. A test checks that every mutation is here. */
export const MUTATION_CHANGES: Readonly<Record<string, readonly string[]>> = {
  releaseCreate: RELEASE_TYPES,
  releaseUpgrade: RELEASE_TYPES,
  releaseRollback: RELEASE_TYPES,
  releaseDelete: RELEASE_TYPES,
  addonInstall: ADDON_TYPES,
  addonUpgrade: ADDON_TYPES,
  addonRollback: ADDON_TYPES,
  addonUninstall: ADDON_TYPES,
};

/**
 * The types to drop when CCE changed an object of a type without a write of this gateway (a status
 * poller read its new state): the same as for a mutation of it.
 */
export const OBJECT_CHANGES = { Release: RELEASE_TYPES, Addon: ADDON_TYPES } as const;

/** The type names to invalidate for a mutation selecting `fields`. */
export function typesChangedBy(fields: Iterable<string>): Set<string> {
  const types = new Set<string>();
  for (const field of fields) {
    if (field.startsWith('__')) continue; // `__typename` changes nothing
    const changes = MUTATION_CHANGES[field];
    if (changes === undefined) {
      // A mutation without an entry (added later, or federation's) is assumed to change anything.
      for (const all of Object.values(MUTATION_CHANGES)) all.forEach((type) => types.add(type));
    } else {
      changes.forEach((type) => types.add(type));
    }
  }
  return types;
}

export function useMutationInvalidation(cache: InvalidatingCache): Plugin {
  return {
    onExecute({ args }) {
      const { document, operationName } = args as ExecutionArgs;
      const operation = getOperationAST(document, operationName);
      if (operation?.operation !== OperationTypeNode.MUTATION) return undefined;
      // The root fields it selects, through fragments too.
      const fields = new Set<string>();
      forEachSelectedField(operation.selectionSet, fragmentsOf(document), (field) =>
        fields.add(field.name.value),
      );
      const types = typesChangedBy(fields);
      return {
        // After the writes, whatever their outcome: a failed mutation may have changed part of it.
        onExecuteDone() {
          cache.invalidate([...types].map((typename) => ({ typename })));
        },
      };
    },
  };
}
