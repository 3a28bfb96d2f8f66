import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isSecretKey,
  maskCredentialsInText,
  MASKED_VALUE,
  maskValues,
  MAX_VALUES_DEPTH,
  ValuesTooDeepError,
} from '../../src/values/masking.ts';

describe('isSecretKey', () => {
  it('names secrets in their common spellings', () => {
    for (const key of [
      'password',
      'db_pass',
      'mysql_root_password',
      'rootPassword',
      'PASSWD',
      'pwd',
      'passphrase',
      'privateKey',
      'private_key',
      'apiKey',
      'APIKey',
      'apikey',
      'x-api-key',
      'apiKeys',
      'accessKey',
      'secret_key',
      'client_secret',
      'webhook.secret',
      'authorization',
      'Authorization',
      'X-Auth-Token',
      'refresh_token',
      'serviceCredentials',
      'cookie',
    ]) {
      expect(isSecretKey(key), key).toBe(true);
    }
  });

  it('leaves names that only mention a secret word alone', () => {
    for (const key of [
      'secretName',
      'tokenTtl',
      'passwordLength',
      'bypass',
      'key',
      'keys',
      'monkey',
      'name',
      'replicaCount',
      'storage_size',
      '',
    ]) {
      expect(isSecretKey(key), key).toBe(false);
    }
  });
});

describe('maskCredentialsInText', () => {
  it('masks passwords in URLs, connection strings, query strings and authorization values', () => {
    expect(maskCredentialsInText('postgres://app:hun@ter2@db:5432/shop')).toBe(
      `postgres://app:${MASKED_VALUE}@db:5432/shop`,
    );
    expect(maskCredentialsInText('Server=db;User Id=app;Password=hunter2;')).toBe(
      `Server=db;User Id=app;Password=${MASKED_VALUE};`,
    );
    expect(maskCredentialsInText('https://h/cb?token=abc&page=2')).toBe(
      `https://h/cb?token=${MASKED_VALUE}&page=2`,
    );
    expect(maskCredentialsInText('Bearer eyJ.abc.def')).toBe(`Bearer ${MASKED_VALUE}`);
  });

  it('leaves text without credentials as it is', () => {
    for (const text of ['https://example.com/a?b=c', 'user@example.com', 'a=b', 'plain']) {
      expect(maskCredentialsInText(text)).toBe(text);
    }
  });
});

describe('maskValues', () => {
  it('masks every scalar under a secret key at any depth, and credentials inside strings', () => {
    const values = {
      db_pass: 'hunter2',
      auth: { enabled: true, password: 's3cret', pin: 1234, empty: '' },
      apiKeys: ['k1', { id: 'k2' }],
      dsn: 'mysql://root:toor@mysql:3306/app',
      password: '',
      replicas: 3,
      list: [{ name: 'a', client_secret: 'x' }],
    };
    expect(maskValues(values)).toEqual({
      db_pass: MASKED_VALUE,
      auth: { enabled: true, password: MASKED_VALUE, pin: 1234, empty: '' },
      apiKeys: [MASKED_VALUE, { id: MASKED_VALUE }],
      dsn: `mysql://root:${MASKED_VALUE}@mysql:3306/app`,
      password: '',
      replicas: 3,
      list: [{ name: 'a', client_secret: MASKED_VALUE }],
    });
    expect(values.db_pass).toBe('hunter2');
  });

  it('is idempotent and never lets a secret-named string through (random documents)', () => {
    const SECRET = 'clear-text-7f3a';
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.constantFrom('db_pass', 'apiKey'),
        (doc, key) => {
          const masked = maskValues({ doc, nested: [{ [key]: SECRET }] });
          expect(JSON.stringify(masked)).not.toContain(SECRET);
          expect(maskValues(masked)).toEqual(masked);
        },
      ),
    );
  });

  it('refuses documents nested deeper than MAX_VALUES_DEPTH instead of overflowing the stack', () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < 10_000; level += 1) deep = { a: deep };
    expect(() => maskValues(deep)).toThrow(ValuesTooDeepError);
    let fine: unknown = 'leaf';
    for (let level = 0; level < MAX_VALUES_DEPTH; level += 1) fine = [fine];
    expect(() => maskValues(fine)).not.toThrow();
  });
});
