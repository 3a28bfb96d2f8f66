import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fieldNodesAt } from '../../src/server/field-nodes.ts';

/** Where the nodes found for `path` start, as `line:column`. */
function locate(source: string, path: Array<string | number>, operationName?: string): string[] {
  const document = parse(source);
  const operation = getOperationAST(document, operationName);
  if (!operation) throw new Error('no operation');
  return fieldNodesAt(document, operation, path).map(({ loc }) =>
    loc ? `${loc.startToken.line}:${loc.startToken.column}` : 'no location',
  );
}

describe('fieldNodesAt', () => {
  it('follows response keys and skips list indices', () => {
    const source = `{
  clusters {
    releases { nodes { name } }
  }
}`;
    expect(locate(source, ['clusters', 3, 'releases', 'nodes', 0, 'name'])).toEqual(['3:24']);
  });

  it('finds a field by its alias, not by its name', () => {
    const source = `{
  clusters { all: addons { name } addons { status } }
}`;
    expect(locate(source, ['clusters', 0, 'all'])).toEqual(['2:14']);
    expect(locate(source, ['clusters', 0, 'addons'])).toEqual(['2:35']);
  });

  it('looks into fragment spreads and inline fragments, in the order graphql-js collects them', () => {
    const source = `query Dashboard {
  clusters { ...Addons ... on Cluster { addons { version } } }
}
fragment Addons on Cluster { addons { name } }`;
    expect(locate(source, ['clusters', 1, 'addons'])).toEqual(['4:30', '2:41']);
    expect(locate(source, ['clusters', 1, 'addons', 0, 'name'])).toEqual(['4:39']);
  });

  it('finds the field in the operation named, among several', () => {
    const source = `query A { clusters { id } }
query B { cluster(id: "c") { id } }`;
    expect(locate(source, ['cluster'], 'B')).toEqual(['2:11']);
    expect(locate(source, ['cluster'], 'A')).toEqual([]);
  });

  it('finds nothing for a key the operation does not select', () => {
    expect(locate('{ clusters { id } }', ['clusters', 0, 'name'])).toEqual([]);
  });
});
