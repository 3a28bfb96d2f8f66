import { describe, expect, it } from 'vitest';
import { backoffDelay, createBackoff } from '../../src/live/backoff.ts';
import { liveSettings } from '../../src/live/settings.ts';

const SETTINGS = { initialMs: 250, maxMs: 5_000, factor: 2 };

describe('backoff schedule', () => {
  it('doubles from the first delay up to the ceiling, then stays there', () => {
    const delays = Array.from({ length: 9 }, (_, attempt) => backoffDelay(SETTINGS, attempt));
    expect(delays).toEqual([250, 500, 1_000, 2_000, 4_000, 5_000, 5_000, 5_000, 5_000]);
  });

  it('is constant when the first delay is the ceiling, or the factor is 1', () => {
    expect(backoffDelay({ initialMs: 300, maxMs: 300, factor: 2 }, 5)).toBe(300);
    expect(backoffDelay({ initialMs: 300, maxMs: 9_000, factor: 1 }, 5)).toBe(300);
  });

  it('never exceeds the ceiling, however long it runs', () => {
    expect(backoffDelay(SETTINGS, 10_000)).toBe(5_000);
    const backoff = createBackoff(SETTINGS);
    const delays = Array.from({ length: 2_000 }, () => backoff.next());
    expect(Math.max(...delays)).toBe(5_000);
    expect(delays.at(-1)).toBe(5_000);
  });

  it('walks the schedule step by step and starts over after reset()', () => {
    const backoff = createBackoff(SETTINGS);
    expect([backoff.next(), backoff.next(), backoff.next()]).toEqual([250, 500, 1_000]);
    backoff.reset();
    expect([backoff.next(), backoff.next()]).toEqual([250, 500]);
  });

  it('is built from the gateway settings with a factor of 2', () => {
    const settings = liveSettings({
      maxPerCaller: 3,
      maxTotal: 10,
      pollInitialMs: 100,
      pollMaxMs: 700,
      pollSettledMs: 9_000,
    });
    expect(settings).toEqual({
      maxPerCaller: 3,
      maxTotal: 10,
      poll: { initialMs: 100, maxMs: 700, factor: 2 },
      settledMs: 9_000,
      maxConsecutiveFailures: 3,
    });
    const backoff = createBackoff(settings.poll);
    expect(Array.from({ length: 5 }, () => backoff.next())).toEqual([100, 200, 400, 700, 700]);
  });
});
