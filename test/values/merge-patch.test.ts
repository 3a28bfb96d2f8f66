import { describe, expect, it } from 'vitest';
import { applyMergePatch } from '../../src/values/merge-patch.ts';

/** Deep-frozen copies: a write to an input would throw in strict-mode module code. */
function frozen<T>(value: T): T {
  const copy = structuredClone(value);
  const freeze = (item: unknown): void => {
    if (typeof item !== 'object' || item === null) return;
    Object.freeze(item);
    for (const child of Object.values(item)) freeze(child);
  };
  freeze(copy);
  return copy;
}

describe('applyMergePatch: RFC 7386 Appendix A', () => {
  // Every row of the RFC's table: original, patch, result.
  const examples: Array<[string, string, string]> = [
    ['{"a":"b"}', '{"a":"c"}', '{"a":"c"}'],
    ['{"a":"b"}', '{"b":"c"}', '{"a":"b","b":"c"}'],
    ['{"a":"b"}', '{"a":null}', '{}'],
    ['{"a":"b","b":"c"}', '{"a":null}', '{"b":"c"}'],
    ['{"a":["b"]}', '{"a":"c"}', '{"a":"c"}'],
    ['{"a":"c"}', '{"a":["b"]}', '{"a":["b"]}'],
    ['{"a":{"b":"c"}}', '{"a":{"b":"d","c":null}}', '{"a":{"b":"d"}}'],
    ['{"a":[{"b":"c"}]}', '{"a":[1]}', '{"a":[1]}'],
    ['["a","b"]', '["c","d"]', '["c","d"]'],
    ['{"a":"b"}', '["c"]', '["c"]'],
    ['{"a":"foo"}', 'null', 'null'],
    ['{"a":"foo"}', '"bar"', '"bar"'],
    ['{"e":null}', '{"a":1}', '{"e":null,"a":1}'],
    ['[1,2]', '{"a":"b","c":null}', '{"a":"b"}'],
    ['{}', '{"a":{"bb":{"ccc":null}}}', '{"a":{"bb":{}}}'],
  ];

  it.each(examples)('%s patched with %s is %s', (original, patch, result) => {
    const applied = applyMergePatch(frozen(JSON.parse(original)), frozen(JSON.parse(patch)));
    // Compared as text, so key order counts too.
    expect(JSON.stringify(applied)).toBe(result);
  });

  it('applies the example of section 3', () => {
    const target = {
      title: 'Goodbye!',
      author: { givenName: 'John', familyName: 'Doe' },
      tags: ['example', 'sample'],
      content: 'This will be unchanged',
    };
    const patch = {
      title: 'Hello!',
      phoneNumber: '+01-123-456-7890',
      author: { familyName: null },
      tags: ['example'],
    };
    expect(applyMergePatch(frozen(target), frozen(patch))).toEqual({
      title: 'Hello!',
      author: { givenName: 'John' },
      tags: ['example'],
      content: 'This will be unchanged',
      phoneNumber: '+01-123-456-7890',
    });
  });
});

describe('applyMergePatch: values documents', () => {
  it('keeps every value the patch does not name', () => {
    const values = {
      image: { repository: 'nginx', tag: '1.25' },
      service: { type: 'ClusterIP', port: 80 },
      auth: { password: '******' },
      replicaCount: 1,
    };
    expect(applyMergePatch(values, { replicaCount: 3, image: { tag: '1.27' } })).toEqual({
      image: { repository: 'nginx', tag: '1.27' },
      service: { type: 'ClusterIP', port: 80 },
      auth: { password: '******' },
      replicaCount: 3,
    });
  });

  it('patches objects without a prototype, as the masking rule makes them', () => {
    const target = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1, b: 2 });
    expect(JSON.stringify(applyMergePatch(target, { b: null, c: 3 }))).toBe('{"a":1,"c":3}');
  });

  it('does not modify its inputs, and gives a new object for every object it changes', () => {
    const target = { a: { b: 1, keep: { deep: true } }, list: [1, 2] };
    const patch = { a: { b: 2, c: { d: null, e: 1 } } };
    const before = structuredClone({ target, patch });
    const result = applyMergePatch(target, patch) as Record<string, Record<string, unknown>>;
    expect({ target, patch }).toEqual(before);
    expect(result.a).not.toBe(target.a);
    expect(result.a?.c).not.toBe(patch.a.c);
    expect(result.a?.c).toEqual({ e: 1 });
  });

  it('treats __proto__ as an ordinary key and pollutes no prototype', () => {
    const patch = JSON.parse(
      '{"__proto__":{"polluted":true},"a":{"__proto__":{"x":1}}}',
    ) as unknown;
    const target = JSON.parse('{"__proto__":{"kept":1}}') as unknown;
    const result = applyMergePatch(target, patch) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.hasOwn(result, '__proto__')).toBe(true);
    expect(JSON.stringify(result)).toBe(
      '{"__proto__":{"kept":1,"polluted":true},"a":{"__proto__":{"x":1}}}',
    );
  });

  it('removes a __proto__ key with null like any other key', () => {
    const target = JSON.parse('{"__proto__":{"x":1},"b":2}') as unknown;
    expect(JSON.stringify(applyMergePatch(target, JSON.parse('{"__proto__":null}')))).toBe(
      '{"b":2}',
    );
  });

  it('patches documents nested deeper than the call stack', () => {
    const depth = 20_000;
    let patch: Record<string, unknown> = { leaf: 1 };
    for (let level = 0; level < depth; level += 1) patch = { n: patch };
    let node = applyMergePatch({ other: true }, patch) as Record<string, unknown>;
    expect(node.other).toBe(true);
    for (let level = 0; level < depth; level += 1) node = node.n as Record<string, unknown>;
    expect(node).toEqual({ leaf: 1 });
  });
});
