/**
 * Federation's `_entities` resolver, made safe for any representation a client sends.
 *
 * @apollo/subgraph maps the representations one after another, calling each type's
 * `__resolveReference` as it goes. A representation it cannot place (an unknown `__typename`)
 * throws in the middle of that map: the promises already started for the earlier ones are then
 * dropped with nobody awaiting them, and when one of them rejects (a representation without its
 * key field, say) the rejection is unhandled and Node ends the process. So each representation is
 * checked against the entity types and their `@key` fields first, and resolved on its own: a bad
 * one becomes a BAD_USER_INPUT error at its own index of `_entities`, the others are answered.
 */
import {
  GraphQLError,
  isUnionType,
  Kind,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';

/** Each entity type's keys: for each `@key`, the fields it names. */
function entityKeys(schema: GraphQLSchema): Map<string, string[][]> {
  const keys = new Map<string, string[][]>();
  const entity = schema.getType('_Entity');
  if (!isUnionType(entity)) return keys;
  for (const type of entity.getTypes()) {
    const fieldSets: string[][] = [];
    for (const directive of type.astNode?.directives ?? []) {
      if (directive.name.value !== 'key') continue;
      const fields = directive.arguments?.find((argument) => argument.name.value === 'fields');
      if (fields?.value.kind === Kind.STRING) fieldSets.push(fields.value.value.split(/\s+/));
    }
    keys.set(type.name, fieldSets);
  }
  return keys;
}

/** Why `representation` cannot name an entity, or null when it can. */
function representationProblem(
  representation: unknown,
  keys: ReadonlyMap<string, string[][]>,
): string | null {
  if (
    typeof representation !== 'object' ||
    representation === null ||
    Array.isArray(representation)
  )
    return 'is not an object';
  const fields = representation as Record<string, unknown>;
  const typename = fields['__typename'];
  const fieldSets = typeof typename === 'string' ? keys.get(typename) : undefined;
  if (typeof typename !== 'string' || fieldSets === undefined) {
    return `has no __typename of an entity type (${[...keys.keys()].join(', ')})`;
  }
  const complete = fieldSets.some((set) => set.every((field) => typeof fields[field] === 'string'));
  if (complete) return null;
  const wanted = fieldSets.map((set) => set.join(' ')).join('" or "');
  return `lacks the key of ${typename}: "${wanted}" as a string`;
}

/** `schema` with its `_entities` resolver guarded as described above (changed in place). */
export function guardEntities(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()['_entities'];
  const resolve = field?.resolve;
  if (field === undefined || resolve === undefined) return schema;
  const keys = entityKeys(schema);
  const guarded: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
    const { representations } = args as { representations: readonly unknown[] };
    return representations.map((representation, index) => {
      const problem = representationProblem(representation, keys);
      if (problem !== null) {
        return new GraphQLError(`Representation ${index} ${problem}.`, {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      const [entity] = resolve(source, { representations: [representation] }, context, info) as [
        unknown,
      ];
      return entity;
    });
  };
  field.resolve = guarded;
  return schema;
}
