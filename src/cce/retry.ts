/**
 * When a CCE call is tried again, and after how long. Pure functions; the loop is in transport.ts.
 *
 * Only reads are retried on answers: a POST, PUT or DELETE that may have reached CCE is never sent
 * twice (a second create or upgrade would make a second revision). Writes are retried only when the
 * connection failed before a byte of the request could leave (refused, DNS, unreachable).
 */

export interface RetryPolicy {
  /** Total attempts, the first included. */
  readonly maxAttempts: number;
  /** Backoff base: the first retry waits up to this long. */
  readonly minDelayMs: number;
  /** Cap of the backoff, and of a `Retry-After` the client is willing to wait for. */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({
  maxAttempts: 3,
  minDelayMs: 100,
  maxDelayMs: 2_000,
});

function checkInteger(name: string, value: number, min: number): number {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`retry.${name} must be an integer >= ${min}, got ${value}`);
  }
  return value;
}

export function resolveRetryPolicy(options: Partial<RetryPolicy> = {}): RetryPolicy {
  const policy = {
    maxAttempts: checkInteger(
      'maxAttempts',
      options.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts,
      1,
    ),
    minDelayMs: checkInteger(
      'minDelayMs',
      options.minDelayMs ?? DEFAULT_RETRY_POLICY.minDelayMs,
      0,
    ),
    maxDelayMs: checkInteger(
      'maxDelayMs',
      options.maxDelayMs ?? DEFAULT_RETRY_POLICY.maxDelayMs,
      0,
    ),
  };
  if (policy.maxDelayMs < policy.minDelayMs) {
    throw new RangeError(
      `retry.maxDelayMs (${policy.maxDelayMs}) must not be below retry.minDelayMs (${policy.minDelayMs})`,
    );
  }
  return Object.freeze(policy);
}

/** CCE's 429 codes and the API gateway's throttling code (cce-api.md §4.4), whatever status carries them. */
const THROTTLING_CODES: ReadonlySet<string> = new Set([
  'CCE.01429002',
  'CCE.02429001',
  'APIG.0308',
]);

/** A read answered with this may succeed when asked again. */
export function isRetryableAnswer(status: number, code: string | null): boolean {
  return status >= 500 || status === 429 || (code !== null && THROTTLING_CODES.has(code));
}

/** Connection failures before the request was written: safe to retry for any method. */
const FAILED_BEFORE_SENDING: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTDOWN',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Connection failures after the request may have been written: retried for reads only. */
const FAILED_IN_FLIGHT: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
]);

/** Whether an error code (Node or undici) means the connection failed, and when. */
export function connectionFailure(code: string): 'before-sending' | 'in-flight' | null {
  if (FAILED_BEFORE_SENDING.has(code)) return 'before-sending';
  if (FAILED_IN_FLIGHT.has(code)) return 'in-flight';
  return null;
}

export function isRetryableFailure(code: string, isRead: boolean): boolean {
  const failure = connectionFailure(code);
  return failure === 'before-sending' || (isRead && failure === 'in-flight');
}

/**
 * Milliseconds a `Retry-After` header asks for (delta-seconds or HTTP-date), null when absent or
 * unreadable.
 */
export function parseRetryAfter(
  header: string | string[] | undefined,
  nowMs: number,
): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  const trimmed = value?.trim();
  if (trimmed === undefined || trimmed === '') return null;
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP-date names its weekday and month; anything else (`-1`, `1.5`) is not a valid header.
  if (!/[A-Za-z]/.test(trimmed)) return null;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}

/**
 * The wait before attempt `failedAttempt + 1`: `Retry-After` when the answer carried one, else
 * exponential backoff with full jitter (uniform in [0, min(max, min·2^(n-1))]), so a burst of
 * callers does not retry in lock-step. Null means "do not retry": the server asked for a longer
 * wait than the policy allows, and retrying sooner would only be refused again.
 */
export function retryDelay(
  policy: RetryPolicy,
  failedAttempt: number,
  retryAfterMs: number | null,
  random: () => number = Math.random,
): number | null {
  if (retryAfterMs !== null) return retryAfterMs <= policy.maxDelayMs ? retryAfterMs : null;
  const ceiling = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** (failedAttempt - 1));
  return Math.floor(random() * ceiling);
}
