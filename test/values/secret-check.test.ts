import { describe, expect, it } from 'vitest';
import { applyMergePatch } from '../../src/values/merge-patch.ts';
import { maskedPaths, secretLoss } from '../../src/values/secret-check.ts';

const MASK = '******';

/** Values as CCE shows them: the password is masked, the rest is plain. */
const current = {
  auth: { password: MASK, user: 'admin' },
  replicas: 1,
  users: [{ name: 'a', token: MASK }, { name: 'b' }],
};

describe('maskedPaths', () => {
  it('lists every masked value in document order, array items by index', () => {
    expect(maskedPaths(current)).toEqual([
      ['auth', 'password'],
      ['users', '0', 'token'],
    ]);
  });

  it('finds strings in which a credential was masked', () => {
    expect(maskedPaths({ db: { url: `postgres://app:${MASK}@db:5432/shop` }, n: 1 })).toEqual([
      ['db', 'url'],
    ]);
  });

  it('finds a masked document root and nothing in documents without masks', () => {
    expect(maskedPaths(MASK)).toEqual([[]]);
    expect(maskedPaths({ a: [1, 'x', null], b: { c: '*****' } })).toEqual([]);
    expect(maskedPaths(null)).toEqual([]);
  });
});

describe('secretLoss with complete values', () => {
  it('reports the secret that complete values leave out (the issue\'s {"replicas":3})', () => {
    expect(secretLoss({ auth: { password: MASK }, replicas: 1 }, { replicas: 3 })).toEqual({
      carried: [],
      dropped: [['auth', 'password']],
    });
  });

  it('reports values sent back masked as carried, and missing array items as dropped', () => {
    expect(
      secretLoss(current, { auth: { password: MASK, user: 'admin' }, replicas: 2, users: [] }),
    ).toEqual({ carried: [['auth', 'password']], dropped: [['users', '0', 'token']] });
  });

  it('counts a secret whose parent became a scalar as dropped', () => {
    expect(secretLoss({ auth: { password: MASK } }, { auth: 'none' }).dropped).toEqual([
      ['auth', 'password'],
    ]);
  });

  it('reports nothing when every secret gets a new value', () => {
    const proposed = {
      auth: { password: 'n3w', user: 'admin' },
      replicas: 3,
      users: [{ name: 'a', token: 't0ken' }],
    };
    expect(secretLoss(current, proposed)).toEqual({ carried: [], dropped: [] });
  });

  it('reports a connection string with a masked password carried over unchanged', () => {
    const url = `postgres://app:${MASK}@db:5432/shop`;
    expect(secretLoss({ db: { url } }, applyMergePatch({ db: { url } }, { replicas: 2 }))).toEqual({
      carried: [['db', 'url']],
      dropped: [],
    });
    expect(secretLoss({ db: { url } }, { db: { url: 'postgres://app:pw@db:5432/shop' } })).toEqual({
      carried: [],
      dropped: [],
    });
  });

  it('reads __proto__ keys as ordinary keys', () => {
    const masked = JSON.parse(`{"__proto__":{"password":"${MASK}"}}`) as unknown;
    expect(secretLoss(masked, {})).toEqual({ carried: [], dropped: [['__proto__', 'password']] });
    expect(secretLoss(masked, JSON.parse('{"__proto__":{"password":"x"}}'))).toEqual({
      carried: [],
      dropped: [],
    });
  });
});

describe('secretLoss with the result of a merge patch', () => {
  it('reports the secrets a patch leaves untouched as carried', () => {
    const patched = applyMergePatch(current, { replicas: 3 });
    expect(secretLoss(current, patched)).toEqual({
      carried: [
        ['auth', 'password'],
        ['users', '0', 'token'],
      ],
      dropped: [],
    });
  });

  it('accepts a patch that sets or removes every secret', () => {
    const patched = applyMergePatch(current, {
      auth: { password: 'n3w' },
      users: [{ name: 'a' }, { name: 'b' }],
    });
    expect(secretLoss(current, patched).carried).toEqual([]);
    const removed = applyMergePatch({ auth: { password: MASK } }, { auth: { password: null } });
    expect(secretLoss({ auth: { password: MASK } }, removed)).toEqual({
      carried: [],
      dropped: [['auth', 'password']],
    });
  });
});
