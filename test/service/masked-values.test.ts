import { describe, expect, it } from 'vitest';
import {
  checkNoMaskedValues,
  MASKED_VALUE,
  MAX_MASKED_VALUES_REPORTED,
} from '../../src/service/validation.ts';

const FIELD = ['input', 'values'];

describe('checkNoMaskedValues', () => {
  it('accepts values without the mask, including look-alikes', () => {
    for (const values of [
      undefined,
      null,
      {},
      { basic: { mysql_password: 'S3cret!', mysql_port: 3306 } },
      { note: '*****', other: '*******', text: 'a ****** in a sentence', list: ['x', 1, null] },
    ]) {
      expect(checkNoMaskedValues(values, FIELD), JSON.stringify(values)).toEqual([]);
    }
  });

  it('reports each masked value at its path, in document order, array items by index', () => {
    const problems = checkNoMaskedValues(
      {
        basic: { admin_password: MASKED_VALUE, admin_username: 'admin', mysql_password: '******' },
        users: [
          { name: 'a', token: 'fine' },
          { name: 'b', token: MASKED_VALUE },
        ],
        top: MASKED_VALUE,
      },
      FIELD,
    );
    expect(problems.map((problem) => problem.field)).toEqual([
      ['input', 'values', 'basic', 'admin_password'],
      ['input', 'values', 'basic', 'mysql_password'],
      ['input', 'values', 'users', '1', 'token'],
      ['input', 'values', 'top'],
    ]);
    for (const problem of problems) {
      expect(problem.code).toBe('MASKED_VALUE');
      expect(problem.message).toContain('******');
    }
  });

  it('counts masked values beyond the reported ones in the last message', () => {
    const count = MAX_MASKED_VALUES_REPORTED + 5;
    const values = Object.fromEntries(
      Array.from({ length: count }, (_, index) => [`secret_${index}`, MASKED_VALUE]),
    );
    const problems = checkNoMaskedValues(values, FIELD);
    expect(problems).toHaveLength(MAX_MASKED_VALUES_REPORTED);
    expect(problems.at(-1)?.message).toContain('5 more values are masked');
    expect(problems.at(0)?.message).not.toContain('more values');
  });

  it('walks input nested deeper than the call stack would allow', () => {
    let values: unknown = MASKED_VALUE;
    for (let depth = 0; depth < 100_000; depth += 1) values = { a: values };
    const [problem, ...rest] = checkNoMaskedValues(values, FIELD);
    expect(rest).toEqual([]);
    expect(problem?.field).toHaveLength(2 + 100_000);
  });
});
