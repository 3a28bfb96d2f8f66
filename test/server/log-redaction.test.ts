/** The censoring walk behind every log line (the logger tests check it through pino). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CENSOR, censorSecrets } from '../../src/server/log-redaction.ts';
import { isSecretKey } from '../../src/values/masking.ts';

const SECRET = 'SECRET-VALUE-5e1f';

describe('censorSecrets', () => {
  it('censors a secret-named key wherever it is put in any JSON value', () => {
    const secretKey = fc.constantFrom('token', 'Authorization', 'x-auth-token', 'dbPassword');
    const plainKey = fc.string({ maxLength: 6 }).filter((key) => !isSecretKey(key));
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.array(fc.oneof(plainKey, fc.nat({ max: 3 })), { maxLength: 6 }),
        secretKey,
        (document, path, key) => {
          // { [key]: SECRET } nested along `path` (numbers: array slots), beside a random document.
          let nested: unknown = { [key]: SECRET };
          for (const step of [...path].reverse()) {
            nested =
              typeof step === 'number'
                ? [...Array<null>(step).fill(null), nested]
                : { [step]: nested };
          }
          const root = { document, nested };
          const censored = JSON.stringify(censorSecrets(root));
          expect(censored).not.toContain(SECRET);
          expect(censored).toContain(CENSOR);
        },
      ),
    );
  });

  it('keeps everything else as JSON would write it, and leaves the original alone', () => {
    const original = {
      at: new Date(0),
      list: [1, 'two', null, { ok: true }],
      headers: { accept: '*/*', cookie: 'c=1' },
      ['__proto__']: { kept: 'as a key' },
    };
    expect(censorSecrets(original)).toEqual({
      at: '1970-01-01T00:00:00.000Z',
      list: [1, 'two', null, { ok: true }],
      headers: { accept: '*/*', cookie: CENSOR },
      ['__proto__']: { kept: 'as a key' },
    });
    expect(original.headers.cookie).toBe('c=1');
  });

  it('marks cycles, not objects that appear twice', () => {
    const shared = { id: 1 };
    const looping: Record<string, unknown> = { shared, again: shared };
    looping['self'] = looping;
    expect(censorSecrets(looping)).toEqual({ shared, again: shared, self: '[Circular]' });
  });
});
