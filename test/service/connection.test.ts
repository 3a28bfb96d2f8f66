import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, MAX_PAGE_SIZE, paginate, type Page } from '../../src/service/connection.ts';

interface Item {
  namespace: string;
  name: string;
}
const sortKey = (item: Item) => [item.namespace, item.name];
const items: Item[] = [
  { namespace: 'b', name: 'x' },
  { namespace: 'a', name: 'z' },
  { namespace: 'a', name: 'y' },
  { namespace: 'c', name: 'w' },
];

describe('paginate', () => {
  it('sorts by key and cuts the first page', () => {
    const page = paginate(items, sortKey, 2, null);
    expect(page.nodes).toEqual([
      { namespace: 'a', name: 'y' },
      { namespace: 'a', name: 'z' },
    ]);
    expect(page.totalCount).toBe(4);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor);
    expect(page.pageInfo.endCursor).toBe(page.edges[1]?.cursor);
  });

  it('continues after a cursor, and ends with an empty page', () => {
    const first = paginate(items, sortKey, 3, null);
    const second = paginate(items, sortKey, 3, first.pageInfo.endCursor);
    expect(second.nodes).toEqual([{ namespace: 'c', name: 'w' }]);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const third = paginate(items, sortKey, 3, second.pageInfo.endCursor);
    expect(third.nodes).toEqual([]);
    expect(third.pageInfo).toMatchObject({
      startCursor: null,
      endCursor: null,
      hasNextPage: false,
    });
  });

  it('keeps its place when the item at the cursor disappears', () => {
    const first = paginate(items, sortKey, 2, null);
    const without = items.filter((item) => item.name !== 'z');
    expect(paginate(without, sortKey, 2, first.pageInfo.endCursor).nodes).toEqual([
      { namespace: 'b', name: 'x' },
      { namespace: 'c', name: 'w' },
    ]);
  });

  it('visits every item exactly once, whatever the page size', () => {
    const itemArb = fc.record({
      namespace: fc.string({ maxLength: 4 }),
      name: fc.string({ minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(itemArb, { selector: (item) => `${item.namespace}\0${item.name}` }),
        fc.integer({ min: 1, max: 7 }),
        (list, size) => {
          const seen: Item[] = [];
          let after: string | null = null;
          for (let guard = 0; guard <= list.length; guard += 1) {
            const page: Page<Item> = paginate(list, sortKey, size, after);
            seen.push(...page.nodes);
            if (!page.pageInfo.hasNextPage) break;
            after = page.pageInfo.endCursor;
          }
          expect(seen).toHaveLength(list.length);
          expect(new Set(seen)).toEqual(new Set(list));
        },
      ),
    );
  });

  it('refuses page sizes out of range and foreign cursors', () => {
    expect(() => paginate(items, sortKey, -1, null)).toThrow(/between 0 and/);
    expect(() => paginate(items, sortKey, MAX_PAGE_SIZE + 1, null)).toThrow(/between 0 and/);
    expect(() => decodeCursor('not a cursor')).toThrow(/not a cursor/);
    expect(() => decodeCursor(Buffer.from('{"a":1}').toString('base64url'))).toThrow(
      /not a cursor/,
    );
    expect(paginate(items, sortKey, 0, null)).toMatchObject({ nodes: [], totalCount: 4 });
  });
});
