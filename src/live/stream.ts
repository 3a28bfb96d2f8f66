/**
 * The async iterator one subscriber reads: values are queued as the poller pushes them and read
 * by GraphQL execution at its own pace. `end()` finishes after the queued values; `return()` (the
 * client went away) finishes at once. Either way `onClose` runs exactly once, which is where the
 * subscriber leaves its poller and gives its slot back.
 */
export class LiveStream<T> implements AsyncIterableIterator<T> {
  readonly #queue: T[] = [];
  #waiting: ((result: IteratorResult<T, undefined>) => void) | null = null;
  #ended = false;
  #onClose: (() => void) | null;

  constructor(onClose: () => void) {
    this.#onClose = onClose;
  }

  get ended(): boolean {
    return this.#ended;
  }

  push(value: T): void {
    if (this.#ended) return;
    if (this.#waiting) {
      const resolve = this.#waiting;
      this.#waiting = null;
      resolve({ value, done: false });
    } else {
      this.#queue.push(value);
    }
  }

  /** No more values: readers get what is queued, then the end. */
  end(): void {
    if (this.#ended) return;
    this.#ended = true;
    if (this.#waiting) {
      const resolve = this.#waiting;
      this.#waiting = null;
      resolve({ value: undefined, done: true });
    }
    this.#close();
  }

  next(): Promise<IteratorResult<T, undefined>> {
    const value = this.#queue.shift();
    if (value !== undefined) return Promise.resolve({ value, done: false });
    if (this.#ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.#waiting = resolve;
    });
  }

  /** The reader stops early (client disconnected, or unsubscribed): drop what is queued. */
  return(): Promise<IteratorResult<T, undefined>> {
    this.#queue.length = 0;
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  #close(): void {
    const onClose = this.#onClose;
    this.#onClose = null;
    onClose?.();
  }
}
