/**
 * Relay connections over lists CCE returns whole (CCE lists are not paginated): the gateway sorts
 * them and cuts pages itself. Cursors name the last item's sort key rather than its position, so a
 * page boundary stays put when items are added or removed before it.
 */
import { GraphQLError } from 'graphql';

export const MAX_PAGE_SIZE = 500;

export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function encodeCursor(sortKey: readonly string[]): string {
  return Buffer.from(JSON.stringify(sortKey), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.every((part) => typeof part === 'string')) {
      return parsed;
    }
  } catch {
    // fall through to the error below
  }
  throw badInput('`after` is not a cursor returned by this connection.');
}

function compareKeys(left: readonly string[], right: readonly string[]): number {
  const length = Math.max(left.length, right.length);
  for (let index = 0; index < length; index += 1) {
    const a = left[index] ?? '';
    const b = right[index] ?? '';
    if (a !== b) return a < b ? -1 : 1;
  }
  return 0;
}

/**
 * One page of `items` in `sortKey` order: at most `first` items after the `after` cursor.
 * `first` must be 0 to MAX_PAGE_SIZE.
 */
export function paginate<T>(
  items: readonly T[],
  sortKey: (item: T) => string[],
  first: number,
  after: string | null,
): Page<T> {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(`\`first\` must be between 0 and ${MAX_PAGE_SIZE}.`);
  }
  const sorted = items
    .map((item) => ({ key: sortKey(item), item }))
    .sort((left, right) => compareKeys(left.key, right.key));
  const afterKey = after === null ? null : decodeCursor(after);
  const firstAfter =
    afterKey === null ? 0 : sorted.findIndex(({ key }) => compareKeys(key, afterKey) > 0);
  const start = firstAfter === -1 ? sorted.length : firstAfter;
  const slice = sorted.slice(start, start + first);
  // Cursors are encoded only when a field asks for them (most clients read `nodes` alone), so
  // `edges` and the page's cursors are getters.
  let edges: Page<T>['edges'] | undefined;
  const cursorAt = (index: number): string | null => {
    const entry = slice.at(index);
    return entry === undefined ? null : encodeCursor(entry.key);
  };
  return {
    get edges() {
      edges ??= slice.map(({ key, item }) => ({ cursor: encodeCursor(key), node: item }));
      return edges;
    },
    nodes: slice.map(({ item }) => item),
    pageInfo: {
      hasNextPage: start + slice.length < sorted.length,
      hasPreviousPage: start > 0,
      get startCursor() {
        return cursorAt(0);
      },
      get endCursor() {
        return cursorAt(-1);
      },
    },
    totalCount: sorted.length,
  };
}
