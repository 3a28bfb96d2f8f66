import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadDeadline } from '../../src/service/deadline.ts';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('ReadDeadline', () => {
  it('aborts with a TimeoutError once started and the deadline passes', () => {
    const deadline = new ReadDeadline(new AbortController().signal, 1_000);
    vi.advanceTimersByTime(5_000);
    expect(deadline.signal.aborted).toBe(false);
    deadline.start();
    vi.advanceTimersByTime(999);
    expect(deadline.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(deadline.signal.reason).toMatchObject({
      name: 'TimeoutError',
      message: 'The read deadline of 1000 ms passed',
    });
  });

  it('never aborts when stopped in time, and starts only once', () => {
    const deadline = new ReadDeadline(new AbortController().signal, 1_000);
    const stop = deadline.start();
    vi.advanceTimersByTime(500);
    deadline.start()();
    vi.advanceTimersByTime(400);
    stop();
    vi.advanceTimersByTime(10_000);
    expect(deadline.signal.aborted).toBe(false);
  });

  it("aborts with the request's reason when the client goes away", () => {
    const request = new AbortController();
    const deadline = new ReadDeadline(request.signal, 1_000);
    request.abort(new Error('client gone'));
    expect(deadline.signal.reason).toEqual(new Error('client gone'));
  });
});
