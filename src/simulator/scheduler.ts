/**
 * Every timer the simulator starts (status transitions, fault latency) goes through here, so
 * that close() can stop them all and leave nothing running.
 */
export class Scheduler {
  readonly #timers = new Map<string, NodeJS.Timeout>();
  #anonymous = 0;
  #closed = false;

  /** Runs `task` after `delayMs`; a task already pending under the same key is replaced. */
  schedule(key: string, delayMs: number, task: () => void): void {
    this.cancel(key);
    if (this.#closed) return;
    this.#timers.set(
      key,
      setTimeout(() => {
        this.#timers.delete(key);
        task();
      }, delayMs),
    );
  }

  cancel(key: string): void {
    const timer = this.#timers.get(key);
    if (timer === undefined) return;
    clearTimeout(timer);
    this.#timers.delete(key);
  }

  /** Cancels every pending task whose key starts with `prefix`; the scheduler stays open. */
  cancelPrefixed(prefix: string): void {
    for (const key of [...this.#timers.keys()]) if (key.startsWith(prefix)) this.cancel(key);
  }

  /** Resolves after `delayMs`; never resolves if the scheduler is closed first. */
  delay(delayMs: number): Promise<void> {
    return new Promise((resolve) => this.schedule(`delay:${++this.#anonymous}`, delayMs, resolve));
  }

  /** Cancels everything pending and refuses new work. */
  close(): void {
    this.#closed = true;
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }
}
