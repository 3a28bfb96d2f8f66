/**
 * One poller per watched object and caller: it reads the object from CCE and tells its watchers
 * when the state changes, the way a Kubernetes watch does. While an operation is moving it reads
 * on a backoff schedule (fast, then slower); once the object has settled it reads at a slow, steady
 * interval, so a change made elsewhere (the CCE console, another gateway) is still seen; a change
 * published by a mutation is applied at once. It stops for good when the object disappears, when
 * reading fails for good, or when its last watcher leaves. A stopped poller has no timer and no
 * read in flight.
 *
 * A watcher may ask to end at the settled state (`untilSettled`, for scripts that wait for an
 * install): it gets the settled object and its end, while the poller goes on for the others.
 *
 * With several replicas (src/live/ownership.ts) a poller reads only while it holds its object's
 * claim, and shares each new state it reads on the bus; a poller without the claim follows those
 * shared states, asks for the current one when it starts, and reads at once if it gains the claim.
 */
import { CceError, UpstreamTimeout, UpstreamUnavailable } from '../cce/errors.ts';
import { isRetryableAnswer } from '../cce/retry.ts';
import { createBackoff, type Backoff, type BackoffSettings } from './backoff.ts';
import type { LiveChange } from './event-bus.ts';
import type { PollClaim } from './ownership.ts';

/** What a watcher receives: the object in a new state, or why watching it failed (then it ends). */
export type LiveUpdate<T> = { readonly value: T } | { readonly error: unknown };

/** What a poller needs to know about the kind of object it watches. */
export interface WatchSource<T> {
  /** The object's GraphQL type. */
  readonly typename: 'Release' | 'Addon';
  /** Reads the object from CCE; null when it does not exist (404). */
  read(signal: AbortSignal): Promise<T | null>;
  /** The object a change published by this gateway carries; undefined when it carries none. */
  fromChange(change: LiveChange): T | undefined;
  /** The change that shares a state read from CCE with the other replicas. */
  observed(value: T): LiveChange;
  /** Equal fingerprints are the same state; a new one is emitted. */
  fingerprint(value: T): string;
  /** Whether nothing more will happen to the object without a new operation. */
  isSettled(value: T): boolean;
  /** The final object once it has disappeared: the last one seen, marked deleted. */
  gone(last: T): T;
  /** The error for an object that does not exist when watching starts. */
  notFound(): Error;
}

export interface PollerListener<T> {
  /** End this watcher after the first settled state (the poller goes on for the others). */
  readonly untilSettled: boolean;
  update(update: LiveUpdate<T>): void;
  /** No more updates. */
  end(): void;
}

export interface PollerOptions<T> {
  readonly source: WatchSource<T>;
  /** The read schedule while an operation is moving. */
  readonly backoff: BackoffSettings;
  /** The delay between reads of a settled object (ms). */
  readonly settledMs: number;
  /**
   * Transient read failures (timeouts, CCE unreachable, 5xx, 429, CCE's throttling codes) in a row
   * that are retried on the schedule before the watchers get the error. A failure of the first read
   * is reported at once.
   */
  readonly maxConsecutiveFailures: number;
  /**
   * Runs when a read shows the object in another state than the one seen before, or gone: CCE
   * changed it, and anything that remembers the old state is stale. Before the watchers hear of it.
   */
  readonly onChange: () => void;
  /** Runs once, when the poller has stopped for good. */
  readonly onStop: () => void;
  /** Claims the right to read CCE for the object; `onGained` when it is gained later. */
  readonly claim: (onGained: () => void) => PollClaim;
  /** Shares a change with the other replicas' pollers of the object; absent with one replica. */
  readonly share?: (change: LiveChange) => void;
}

/** Failures that say nothing about the object and may pass: read again later. */
function isTransientFailure(error: unknown): boolean {
  if (error instanceof UpstreamTimeout || error instanceof UpstreamUnavailable) return true;
  return error instanceof CceError && isRetryableAnswer(error.status, error.code);
}

export class SharedPoller<T> {
  readonly #source: WatchSource<T>;
  readonly #backoff: Backoff;
  readonly #settledMs: number;
  readonly #maxConsecutiveFailures: number;
  readonly #onChange: () => void;
  readonly #onStop: () => void;
  readonly #claimWith: (onGained: () => void) => PollClaim;
  readonly #share: ((change: LiveChange) => void) | undefined;
  #claim: PollClaim | null = null;
  readonly #listeners = new Set<PollerListener<T>>();
  #latest: { value: T; fingerprint: string } | null = null;
  #timer: NodeJS.Timeout | null = null;
  #read: AbortController | null = null;
  #failures = 0;
  #stopped = false;

  constructor(options: PollerOptions<T>) {
    this.#source = options.source;
    this.#backoff = createBackoff(options.backoff);
    this.#settledMs = options.settledMs;
    this.#maxConsecutiveFailures = options.maxConsecutiveFailures;
    this.#onChange = options.onChange;
    this.#onStop = options.onStop;
    this.#claimWith = options.claim;
    this.#share = options.share;
  }

  /**
   * Starts with a read at once: a watcher's first value is the current state. Without the claim,
   * asks the replica that holds it for that state instead.
   */
  start(): void {
    this.#claim = this.#claimWith(() => this.#gained());
    if (this.#held) this.#readNow();
    else this.#share?.({ kind: 'sync' });
  }

  get #held(): boolean {
    return this.#claim?.held ?? false;
  }

  /** This replica took the claim over (its holder stopped or died): read now. */
  #gained(): void {
    if (this.#stopped) return;
    this.#cancelPending();
    this.#readNow();
  }

  /** A new watcher gets the latest state at once (when there is one yet), then every change. */
  join(listener: PollerListener<T>): void {
    if (this.#stopped) {
      listener.end();
      return;
    }
    const latest = this.#latest;
    if (latest && listener.untilSettled && this.#source.isSettled(latest.value)) {
      listener.update({ value: latest.value });
      listener.end();
      return;
    }
    this.#listeners.add(listener);
    if (latest) listener.update({ value: latest.value });
  }

  /** When the last watcher leaves, the poller stops. */
  leave(listener: PollerListener<T>): void {
    if (this.#listeners.delete(listener) && this.#listeners.size === 0) this.#finish(null);
  }

  /** A change from the bus: a write of some replica, or what the claim's holder shared. */
  receive(change: LiveChange): void {
    if (this.#stopped) return;
    if (change.kind === 'sync' || change.kind === 'gone' || 'observed' in change) {
      this.#follow(change);
      return;
    }
    // A write: apply it now, then read again soon. A read in flight was sent before the write
    // finished; its answer would be older than this.
    this.#cancelPending();
    this.#backoff.reset();
    const value = this.#source.fromChange(change);
    if (value === undefined) {
      if (this.#held) this.#readNow();
      return;
    }
    this.#accept(value, false);
    if (!this.#stopped && this.#held) this.#schedule();
  }

  /** What the claim's holder shares, and what it is asked for; the holder ignores its own. */
  #follow(change: LiveChange): void {
    if (this.#held) {
      if (change.kind === 'sync' && this.#latest) {
        this.#share?.(this.#source.observed(this.#latest.value));
      }
      return;
    }
    if (change.kind === 'gone') {
      this.#onRead(null);
      return;
    }
    const value = this.#source.fromChange(change);
    if (value !== undefined) this.#accept(value, true);
  }

  /** Ends every watcher without a further value (the gateway is shutting down). */
  close(): void {
    this.#finish(null);
  }

  #readNow(): void {
    const controller = new AbortController();
    this.#read = controller;
    this.#source.read(controller.signal).then(
      (value) => {
        if (this.#read !== controller) return; // cancelled: stopped, or overtaken by a change
        this.#read = null;
        this.#onRead(value);
      },
      (error: unknown) => {
        if (this.#read !== controller) return;
        this.#read = null;
        this.#onFailure(error);
      },
    );
  }

  #onRead(value: T | null): void {
    this.#failures = 0;
    if (value === null) {
      const latest = this.#latest;
      if (latest) this.#onChange();
      if (this.#held && latest) this.#share?.({ kind: 'gone' });
      this.#finish(
        latest ? { value: this.#source.gone(latest.value) } : { error: this.#source.notFound() },
      );
      return;
    }
    const changed = this.#accept(value, true);
    if (changed && this.#held) this.#share?.(this.#source.observed(value));
    if (!this.#stopped && this.#held) this.#schedule();
  }

  /**
   * A new value, `read` from CCE or published by a write of this gateway. A read that differs from
   * an earlier state is a change CCE made on its own (a write's own change is told by the write).
   * A first read compares with nothing: that the state is older than the watch proves no change.
   */
  #accept(value: T, read: boolean): boolean {
    const fingerprint = this.#source.fingerprint(value);
    const changed = this.#latest?.fingerprint !== fingerprint;
    if (read && changed && this.#latest !== null) this.#onChange();
    this.#latest = { value, fingerprint };
    if (!changed) return false;
    // Something moved: look again soon (the schedule slows down again once it has settled).
    this.#backoff.reset();
    this.#broadcast({ value }, this.#source.isSettled(value));
    return true;
  }

  #onFailure(error: unknown): void {
    this.#failures += 1;
    const retry =
      this.#latest !== null &&
      isTransientFailure(error) &&
      this.#failures <= this.#maxConsecutiveFailures;
    if (retry) this.#schedule();
    else this.#finish({ error });
  }

  #schedule(): void {
    // The claim may have been lost since: the holder reads now.
    if (!this.#held) return;
    const settled = this.#latest !== null && this.#source.isSettled(this.#latest.value);
    this.#timer = setTimeout(
      () => {
        this.#timer = null;
        this.#readNow();
      },
      settled ? this.#settledMs : this.#backoff.next(),
    );
  }

  #cancelPending(): void {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    if (this.#read) {
      this.#read.abort();
      this.#read = null;
    }
  }

  /** Tells every watcher; at a settled state, those that asked to end there leave. */
  #broadcast(update: LiveUpdate<T>, settled: boolean): void {
    for (const listener of [...this.#listeners]) {
      listener.update(update);
      if (settled && listener.untilSettled) {
        // Its end leaves the poller (the stream's close calls `leave`), which stops with the last.
        listener.end();
      }
    }
  }

  /** Stops for good: the last update (if any) to everyone, then the end. */
  #finish(last: LiveUpdate<T> | null): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#cancelPending();
    this.#claim?.release();
    const listeners = [...this.#listeners];
    this.#listeners.clear();
    for (const listener of listeners) {
      if (last) listener.update(last);
      listener.end();
    }
    this.#onStop();
  }
}
