import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETRY_POLICY,
  isRetryableAnswer,
  isRetryableFailure,
  parseRetryAfter,
  resolveRetryPolicy,
  retryDelay,
} from '../../src/cce/retry.ts';

describe('retry policy', () => {
  it('defaults to 3 attempts, 100 ms base, 2 s cap', () => {
    expect(resolveRetryPolicy()).toEqual({ maxAttempts: 3, minDelayMs: 100, maxDelayMs: 2000 });
    expect(resolveRetryPolicy({ maxAttempts: 1 })).toEqual({
      ...DEFAULT_RETRY_POLICY,
      maxAttempts: 1,
    });
  });

  it('rejects nonsense settings', () => {
    expect(() => resolveRetryPolicy({ maxAttempts: 0 })).toThrow(
      /maxAttempts must be an integer >= 1/,
    );
    expect(() => resolveRetryPolicy({ minDelayMs: -1 })).toThrow(/minDelayMs/);
    expect(() => resolveRetryPolicy({ maxDelayMs: 1.5 })).toThrow(/maxDelayMs/);
    expect(() => resolveRetryPolicy({ minDelayMs: 500, maxDelayMs: 100 })).toThrow(
      /must not be below/,
    );
  });

  it('retries 5xx, 429 and the throttling codes whatever their status', () => {
    expect(isRetryableAnswer(500, null)).toBe(true);
    expect(isRetryableAnswer(503, 'CCE.01500001')).toBe(true);
    expect(isRetryableAnswer(429, null)).toBe(true);
    expect(isRetryableAnswer(400, 'APIG.0308')).toBe(true);
    expect(isRetryableAnswer(409, 'CCE.01429002')).toBe(true);
    expect(isRetryableAnswer(403, 'CCE.02429001')).toBe(true);
    expect(isRetryableAnswer(404, 'CCE.01404001')).toBe(false);
    expect(isRetryableAnswer(400, null)).toBe(false);
    expect(isRetryableAnswer(401, 'APIG.0301')).toBe(false);
  });

  it('retries connection failures: any method before sending, reads only once in flight', () => {
    for (const code of ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']) {
      expect(isRetryableFailure(code, true)).toBe(true);
      expect(isRetryableFailure(code, false)).toBe(true);
    }
    for (const code of ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']) {
      expect(isRetryableFailure(code, true)).toBe(true);
      expect(isRetryableFailure(code, false)).toBe(false);
    }
    for (const code of ['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_ABORTED']) {
      expect(isRetryableFailure(code, true)).toBe(false);
    }
  });

  it('backs off exponentially with full jitter, capped', () => {
    const policy = resolveRetryPolicy({ minDelayMs: 100, maxDelayMs: 1000 });
    const top = () => 0.999999;
    expect(retryDelay(policy, 1, null, top)).toBe(99);
    expect(retryDelay(policy, 2, null, top)).toBe(199);
    expect(retryDelay(policy, 3, null, top)).toBe(399);
    expect(retryDelay(policy, 5, null, top)).toBe(999);
    expect(retryDelay(policy, 30, null, top)).toBe(999);
    expect(retryDelay(policy, 3, null, () => 0)).toBe(0);
    expect(retryDelay(policy, 3, null, () => 0.5)).toBe(200);
  });

  it('honours Retry-After up to the cap, and gives up beyond it', () => {
    const policy = resolveRetryPolicy({ minDelayMs: 100, maxDelayMs: 2000 });
    expect(retryDelay(policy, 1, 1500)).toBe(1500);
    expect(retryDelay(policy, 1, 0)).toBe(0);
    expect(retryDelay(policy, 1, 2001)).toBeNull();
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2024-01-01T00:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter(['3', '9'], now)).toBe(3000);
    expect(parseRetryAfter('Mon, 01 Jan 2024 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Sun, 31 Dec 2023 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(undefined, now)).toBeNull();
    expect(parseRetryAfter('', now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-1', now)).toBeNull();
  });
});
