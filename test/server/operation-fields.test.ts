/**
 * The fields an execution selects: planned once per document, with each execution's own variables
 * applied (one parsed document serves every request that sends its text).
 */
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createGatewaySchema } from '../../src/schema.ts';
import { selectedFieldsOf, type SelectedField } from '../../src/server/operation-fields.ts';

const schema = createGatewaySchema();

/** Each field as `Type.field(args)` with its children, for comparison. */
function shape(fields: readonly SelectedField[] | null): unknown {
  return fields?.map((field) => ({
    [`${field.parentType}.${field.definition.name}`]: field.args,
    children: shape(field.children),
  }));
}

describe('selectedFieldsOf', () => {
  const document = parse(`query Q($c: ID!, $n: String!, $first: Int) {
    release(clusterId: $c, namespace: "default", name: $n) { name history { revision } }
    clusters { id releases(first: $first) { totalCount } addons { name } }
  }`);
  const execute = (variableValues: Record<string, unknown>) =>
    shape(selectedFieldsOf({ schema, document, operationName: 'Q', variableValues }));

  it('applies each execution’s variables to the same parsed document', () => {
    expect(execute({ c: 'cluster-1', n: 'web', first: 3 })).toEqual([
      {
        'Query.release': { clusterId: 'cluster-1', namespace: 'default', name: 'web' },
        children: [
          { 'Release.name': {}, children: [] },
          { 'Release.history': {}, children: [{ 'ReleaseRevision.revision': {}, children: [] }] },
        ],
      },
      {
        'Query.clusters': {},
        children: [
          { 'Cluster.id': {}, children: [] },
          {
            'Cluster.releases': { first: 3 },
            children: [{ 'ReleaseConnection.totalCount': {}, children: [] }],
          },
          { 'Cluster.addons': {}, children: [{ 'Addon.name': {}, children: [] }] },
        ],
      },
    ]);
    const second = execute({ c: 'cluster-2', n: 'db' }) as Array<Record<string, unknown>>;
    expect(second[0]?.['Query.release']).toEqual({
      clusterId: 'cluster-2',
      namespace: 'default',
      name: 'db',
    });
    // Without the variable, the schema's default page.
    expect(JSON.stringify(second[1])).toContain('"Cluster.releases":{"first":50}');
  });

  it('is null when the variables cannot be read into the arguments (a required one missing)', () => {
    expect(selectedFieldsOf({ schema, document, variableValues: { n: 'web' } })).toBeNull();
  });
});
