/**
 * A small path router: patterns like `/v2/charts/:chart_id/values` in a segment tree, matched
 * without regular expressions. Static segments win over parameters.
 */

interface Node<T> {
  readonly children: Map<string, Node<T>>;
  param: { readonly name: string; readonly node: Node<T> } | undefined;
  readonly methods: Map<string, T>;
  /** Names of the parameters on the path to this node, in order. */
  paramNames: readonly string[];
}

export interface RouteMatch<T> {
  readonly value: T;
  readonly params: Readonly<Record<string, string>>;
}

export interface Router<T> {
  add(method: string, pattern: string, value: T): void;
  /** `path` without the query; a trailing `/` is ignored. Null when nothing matches. */
  match(method: string, path: string): RouteMatch<T> | null;
}

function newNode<T>(): Node<T> {
  return { children: new Map(), param: undefined, methods: new Map(), paramNames: [] };
}

function segmentsOf(path: string): string[] {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return trimmed.split('/').slice(1);
}

export function createRouter<T>(): Router<T> {
  const root = newNode<T>();

  function find(
    node: Node<T>,
    segments: string[],
    index: number,
    values: string[],
  ): Node<T> | null {
    if (index === segments.length) return node.methods.size > 0 ? node : null;
    const segment = segments[index]!;
    const child = node.children.get(segment);
    if (child !== undefined) {
      const found = find(child, segments, index + 1, values);
      if (found !== null) return found;
    }
    if (node.param === undefined || segment === '') return null;
    values.push(segment);
    const found = find(node.param.node, segments, index + 1, values);
    if (found === null) values.pop();
    return found;
  }

  return {
    add(method, pattern, value) {
      let node = root;
      const names: string[] = [];
      for (const segment of segmentsOf(pattern)) {
        if (segment.startsWith(':')) {
          const name = segment.slice(1);
          names.push(name);
          if (node.param !== undefined && node.param.name !== name) {
            throw new Error(
              `route ${pattern}: parameter :${name} clashes with :${node.param.name}`,
            );
          }
          node.param ??= { name, node: newNode() };
          node = node.param.node;
        } else {
          let child = node.children.get(segment);
          if (child === undefined) {
            child = newNode();
            node.children.set(segment, child);
          }
          node = child;
        }
      }
      if (node.methods.has(method)) throw new Error(`duplicate route ${method} ${pattern}`);
      node.methods.set(method, value);
      node.paramNames = names;
    },

    match(method, path) {
      const values: string[] = [];
      const node = find(root, segmentsOf(path), 0, values);
      const value = node?.methods.get(method);
      if (node === null || value === undefined) return null;
      const params: Record<string, string> = {};
      try {
        node.paramNames.forEach((name, index) => {
          params[name] = decodeURIComponent(values[index]!);
        });
      } catch {
        return null;
      }
      return { value, params };
    },
  };
}
