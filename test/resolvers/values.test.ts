import { describe, expect, it } from 'vitest';
import { knownValue, toDateTime } from '../../src/resolvers/values.ts';
import { maskedJson, parseJsonText } from '../../src/values/json-text.ts';
import { MASKED_VALUE, MAX_VALUES_DEPTH } from '../../src/values/masking.ts';

describe('parseJsonText', () => {
  it('parses CCE JSON text and leaves masked secrets masked', () => {
    expect(parseJsonText('{"db":{"password":"******"},"replicas":2}')).toEqual({
      db: { password: '******' },
      replicas: 2,
    });
  });

  it('gives null for empty text', () => {
    expect(parseJsonText('')).toBeNull();
    expect(parseJsonText('  ')).toBeNull();
  });

  it('reports unreadable JSON as a bad upstream answer', () => {
    expect(() => parseJsonText('{oops')).toThrow(
      expect.objectContaining({ extensions: { code: 'UPSTREAM_BAD_RESPONSE' } }),
    );
  });
});

describe('maskedJson (add-on values, masked when a query reads them)', () => {
  it('masks secrets and leaves CCE’s object as it was', () => {
    const values = { custom: { adminPassword: 'hunter2' }, flavor: { replicas: 2 } };
    expect(maskedJson(values)).toEqual({
      custom: { adminPassword: MASKED_VALUE },
      flavor: { replicas: 2 },
    });
    expect(values.custom.adminPassword).toBe('hunter2');
  });

  it('reports values nested deeper than the masking walk as a bad upstream answer', () => {
    let deep: unknown = 1;
    for (let level = 0; level <= MAX_VALUES_DEPTH; level++) deep = { a: deep };
    expect(() => maskedJson(deep)).toThrow(
      expect.objectContaining({ extensions: { code: 'UPSTREAM_BAD_RESPONSE' } }),
    );
  });
});

describe('toDateTime', () => {
  it('reads RFC 3339 timestamps with offsets', () => {
    expect(toDateTime('2023-11-14T20:30:57+08:00')?.toISOString()).toBe('2023-11-14T12:30:57.000Z');
  });

  it("reads Go's default time format, which CCE uses for clusters", () => {
    expect(toDateTime('2018-08-02 03:48:58.968214406 +0000 UTC')?.toISOString()).toBe(
      '2018-08-02T03:48:58.968Z',
    );
    expect(toDateTime('2018-08-02 11:48:58 +0800 CST')?.toISOString()).toBe(
      '2018-08-02T03:48:58.000Z',
    );
  });

  it('gives null for missing or unreadable timestamps', () => {
    expect(toDateTime(null)).toBeNull();
    expect(toDateTime('')).toBeNull();
    expect(toDateTime('yesterday')).toBeNull();
  });
});

describe('knownValue', () => {
  it('passes known strings and drops others', () => {
    expect(knownValue(['Internal', 'External'], 'Internal')).toBe('Internal');
    expect(knownValue(['Internal', 'External'], 'internal')).toBeNull();
    expect(knownValue(['Internal', 'External'], null)).toBeNull();
  });
});
