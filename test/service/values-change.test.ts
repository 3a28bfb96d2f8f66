import { describe, expect, it } from 'vitest';
import { checkValuesChange, proposeValues } from '../../src/service/values-change.ts';

/** Current values as read: the password masked, the URL's credential masked inside the text. */
const current = {
  replicas: 1,
  auth: { user: 'app', password: '******' },
  database: { url: 'postgres://app:******@db:5432/shop', pool: 5 },
  tags: ['a', 'b'],
};

function fields(result: ReturnType<typeof proposeValues>): string[] {
  return 'userErrors' in result
    ? result.userErrors.map((error) => `${error.field?.join('.')}:${error.code}`)
    : [];
}

describe('checkValuesChange', () => {
  it('takes exactly one of values and valuesPatch, each a JSON object without the mask', () => {
    const codes = (change: Parameters<typeof checkValuesChange>[0]) =>
      checkValuesChange(change).map((error) => `${error.field?.join('.')}:${error.code}`);
    expect(codes({ values: {} })).toEqual([]);
    expect(codes({ valuesPatch: { a: null } })).toEqual([]);
    expect(codes({})).toEqual(['input.values:REQUIRED']);
    expect(codes({ values: {}, valuesPatch: {} })).toEqual(['input.valuesPatch:INVALID']);
    expect(codes({ valuesPatch: 'x' })).toEqual(['input.valuesPatch:INVALID']);
    expect(codes({ valuesPatch: { auth: { password: '******' } } })).toEqual([
      'input.valuesPatch.auth.password:MASKED_VALUE',
    ]);
    expect(codes({ valuesPatch: {}, resetValues: true })).toEqual(['input.resetValues:INVALID']);
  });
});

describe('proposeValues', () => {
  it('applies a patch to the current values and keeps the rest', () => {
    const result = proposeValues(current, {
      valuesPatch: {
        replicas: 3,
        tags: ['c'],
        auth: { password: 'n3w' },
        database: { url: 'postgres://app:n3w@db:5432/shop' },
      },
    });
    expect(result).toEqual({
      values: {
        replicas: 3,
        auth: { user: 'app', password: 'n3w' },
        database: { url: 'postgres://app:n3w@db:5432/shop', pool: 5 },
        tags: ['c'],
      },
    });
  });

  it('refuses a patch that leaves a masked secret in place, at each path; null removes it', () => {
    expect(fields(proposeValues(current, { valuesPatch: { replicas: 3 } }))).toEqual([
      'input.valuesPatch.auth.password:SECRET_REQUIRED',
      'input.valuesPatch.database.url:SECRET_REQUIRED',
    ]);
    expect(
      proposeValues(current, { valuesPatch: { auth: { password: null }, database: null } }),
    ).toEqual({ values: { replicas: 1, auth: { user: 'app' }, tags: ['a', 'b'] } });
  });

  it('refuses complete values that drop a secret or keep a masked one, unless resetValues', () => {
    const complete = { replicas: 3, database: { url: current.database.url } };
    expect(fields(proposeValues(current, { values: complete }))).toEqual([
      'input.values.database.url:SECRET_REQUIRED',
      'input.values.auth.password:SECRET_REQUIRED',
    ]);
    // Starting from the chart defaults, leaving a secret out is the point; keeping the mask is not.
    expect(fields(proposeValues(current, { values: complete, resetValues: true }))).toEqual([
      'input.values.database.url:SECRET_REQUIRED',
    ]);
    expect(proposeValues(current, { values: { replicas: 3 }, resetValues: true })).toEqual({
      values: { replicas: 3 },
    });
  });

  it('patches values that have no secrets, or none at all', () => {
    expect(proposeValues(null, { valuesPatch: { a: { b: 1 } } })).toEqual({
      values: { a: { b: 1 } },
    });
    expect(proposeValues({ a: 1 }, { values: { b: 2 } })).toEqual({ values: { b: 2 } });
  });
});
