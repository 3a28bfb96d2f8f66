/**
 * How often a watched object is read again: quickly right after a change (an operation has just
 * started and CCE often settles it within seconds), then less and less often, up to a ceiling, so a
 * long install costs few upstream calls.
 */

export interface BackoffSettings {
  /** The delay before the first re-read after a change (ms). */
  readonly initialMs: number;
  /** The longest delay between two reads (ms). */
  readonly maxMs: number;
  /** Each delay is the previous one times this (≥ 1). */
  readonly factor: number;
}

/** The delay before re-read number `attempt` since the last change (0 = the first one). */
export function backoffDelay(settings: BackoffSettings, attempt: number): number {
  return Math.min(settings.maxMs, settings.initialMs * settings.factor ** attempt);
}

/** A running schedule: `next()` gives the next delay and advances; `reset()` starts over. */
export interface Backoff {
  next(): number;
  reset(): void;
}

export function createBackoff(settings: BackoffSettings): Backoff {
  let attempt = 0;
  return {
    next() {
      const delay = backoffDelay(settings, attempt);
      // Once at the ceiling the attempt count no longer matters; stop it growing without bound.
      if (delay < settings.maxMs) attempt += 1;
      return delay;
    },
    reset() {
      attempt = 0;
    },
  };
}
