/** Pure pieces: secret masking, the path router, version comparison, error catalogue. */
import { describe, expect, it } from 'vitest';
import { documentedError } from '../../src/simulator/errors.ts';
import { maskSecrets } from '../../src/simulator/masking.ts';
import { createRouter } from '../../src/simulator/router.ts';
import { compareVersions } from '../../src/simulator/routes/templates.ts';

describe('maskSecrets', () => {
  it('masks password-like keys at any depth and in any case, and nothing else', () => {
    const masked = maskSecrets({
      mysql_password: 'a',
      Passwd: 'b',
      dbPwd: 'c',
      clientSecret: 'd',
      apiToken: 'e',
      credentials: { user: 'u', key: 'k' },
      tls: { private_key: 'f', privateKey: 'g' },
      cloud: { accessKey: 'h', 'secret-key': 'i', api_key: 'j' },
      servers: [{ name: 'n', password: 'p' }],
      passthrough: true,
      username: 'admin',
      port: 3306,
    });
    expect(masked).toEqual({
      mysql_password: '******',
      Passwd: '******',
      dbPwd: '******',
      clientSecret: '******',
      apiToken: '******',
      credentials: '******',
      tls: { private_key: '******', privateKey: '******' },
      cloud: { accessKey: '******', 'secret-key': '******', api_key: '******' },
      servers: [{ name: 'n', password: '******' }],
      passthrough: true,
      username: 'admin',
      port: 3306,
    });
  });

  it('leaves its input unchanged', () => {
    const values = { auth: { password: 'x' } };
    maskSecrets(values);
    expect(values).toEqual({ auth: { password: 'x' } });
  });
});

describe('createRouter', () => {
  const router = createRouter<string>();
  router.add('GET', '/v2/charts', 'list');
  router.add('GET', '/v2/charts/:chart_id', 'show');
  router.add('GET', '/v2/charts/:chart_id/values', 'values');
  router.add('GET', '/a/:x/static', 'param-then-static');
  router.add('GET', '/a/fixed/other', 'static');

  it('matches static and parameter segments, decoding parameters', () => {
    expect(router.match('GET', '/v2/charts')).toEqual({ value: 'list', params: {} });
    expect(router.match('GET', '/v2/charts/')).toEqual({ value: 'list', params: {} });
    expect(router.match('GET', '/v2/charts/a%20b/values')).toEqual({
      value: 'values',
      params: { chart_id: 'a b' },
    });
  });

  it('backtracks from a static segment to a parameter', () => {
    expect(router.match('GET', '/a/fixed/static')).toEqual({
      value: 'param-then-static',
      params: { x: 'fixed' },
    });
    expect(router.match('GET', '/a/fixed/other')).toEqual({ value: 'static', params: {} });
  });

  it('does not match other methods, longer paths, empty parameters or bad escapes', () => {
    expect(router.match('POST', '/v2/charts')).toBeNull();
    expect(router.match('GET', '/v2/charts/x/values/more')).toBeNull();
    expect(router.match('GET', '/v2/charts//values')).toBeNull();
    expect(router.match('GET', '/v2/charts/%E0%A4%A')).toBeNull();
  });

  it('refuses duplicate routes and clashing parameter names', () => {
    expect(() => router.add('GET', '/v2/charts', 'again')).toThrow(/duplicate route/);
    expect(() => router.add('GET', '/v2/charts/:id/archive', 'x')).toThrow(/clashes/);
  });
});

describe('compareVersions', () => {
  it('compares dotted versions numerically', () => {
    expect(compareVersions('1.29.4', '1.30.6')).toBeLessThan(0);
    expect(compareVersions('1.19.11', '1.19.2')).toBeGreaterThan(0);
    expect(compareVersions('2.1', '2.1.0')).toBe(0);
  });
});

describe('documentedError', () => {
  it('spells codes per group and falls back to the internal error', () => {
    expect(documentedError('01', 401)).toEqual({
      code: 'CCE.01401001',
      message: 'Authorization failed.',
    });
    expect(documentedError('02', 409)).toEqual({
      code: 'CCE.02409001',
      message: 'The resource already exists.',
    });
    expect(documentedError('03', 409)).toEqual({
      code: 'CCE.03409001',
      message: 'Addon instance has installed.',
    });
    expect(documentedError('03', 418)).toEqual({
      code: 'CCE.03500001',
      message: 'Internal error.',
    });
  });
});
