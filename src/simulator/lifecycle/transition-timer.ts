import type { Scheduler } from '../scheduler.ts';

/** The scheduler keys of transition steps start with this (fault delays share the scheduler). */
const TRANSITION = 'transition:';

/**
 * When a status transition settles: after the simulator's one configured delay, on a timer keyed by
 * the object that moves, so that a newer operation on the same object replaces a pending step.
 */
export class TransitionTimer {
  readonly #scheduler: Scheduler;
  readonly #delayMs: number;

  constructor(scheduler: Scheduler, delayMs: number) {
    this.#scheduler = scheduler;
    this.#delayMs = delayMs;
  }

  /** Runs `step` once the transition delay has passed, replacing what is pending under `key`. */
  after(key: string, step: () => void): void {
    this.#scheduler.schedule(`${TRANSITION}${key}`, this.#delayMs, step);
  }

  /** Drops every pending step (a reset of the data): a step would act on objects now gone. */
  cancelAll(): void {
    this.#scheduler.cancelPrefixed(TRANSITION);
  }
}
