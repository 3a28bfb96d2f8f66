import { describe, expect, it } from 'vitest';
import { diffValues, overridesOf } from '../../src/values/diff.ts';

describe('diffValues', () => {
  it('reports added, removed and changed paths, objects key by key', () => {
    expect(
      diffValues(
        { image: { tag: '1.0', pullPolicy: 'Always' }, replicas: 1, old: true },
        { image: { tag: '1.1', pullPolicy: 'Always' }, replicas: 1, extra: { a: 1 } },
      ),
    ).toEqual([
      { path: ['image', 'tag'], kind: 'CHANGED', before: '1.0', after: '1.1' },
      { path: ['old'], kind: 'REMOVED', before: true, after: null },
      { path: ['extra'], kind: 'ADDED', before: null, after: { a: 1 } },
    ]);
  });

  it('compares arrays by index', () => {
    expect(diffValues({ hosts: ['a', 'b'] }, { hosts: ['b'] })).toEqual([
      { path: ['hosts', '0'], kind: 'CHANGED', before: 'a', after: 'b' },
      { path: ['hosts', '1'], kind: 'REMOVED', before: 'b', after: null },
    ]);
  });

  it('reports a change of type as one change', () => {
    expect(diffValues({ a: { b: 1 } }, { a: 'x' })).toEqual([
      { path: ['a'], kind: 'CHANGED', before: { b: 1 }, after: 'x' },
    ]);
  });

  it('calls a masked value on either side MASKED, never unchanged, and shows no secret', () => {
    const changes = diffValues(
      { db: { password: '******', url: 'postgres://app:******@db' }, token: '' },
      { db: { password: '******', url: 'postgres://app:s3cret@db' }, token: 'clear-token' },
    );
    expect(changes).toEqual([
      { path: ['db', 'password'], kind: 'MASKED', before: '******', after: '******' },
      { path: ['db', 'url'], kind: 'MASKED', before: '******', after: '******' },
      // A secret key is masked by the gateway's rule before comparing, even when the caller sent it.
      { path: ['token'], kind: 'MASKED', before: '', after: '******' },
    ]);
    expect(JSON.stringify(changes)).not.toContain('s3cret');
    expect(JSON.stringify(changes)).not.toContain('clear-token');
  });

  it('finds nothing between equal documents', () => {
    expect(diffValues({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual([]);
  });
});

describe('overridesOf', () => {
  it('keeps what differs from the defaults, arrays whole, masked values always', () => {
    expect(
      overridesOf(
        {
          replicas: 2,
          image: { tag: '1.0', repo: 'nginx' },
          hosts: ['a'],
          auth: { password: 'x' },
        },
        {
          replicas: 1,
          image: { tag: '1.0', repo: 'nginx' },
          hosts: ['a', 'b'],
          auth: { password: '' },
        },
      ),
    ).toEqual({ replicas: 2, hosts: ['a'], auth: { password: '******' } });
  });
});
