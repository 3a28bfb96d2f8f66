/**
 * The overall deadline of a read: a query's CCE calls still waiting when it passes are abandoned,
 * so their fields answer `UPSTREAM_TIMEOUT` and the rest of the answer comes back as partial data
 * (a dashboard is never a spinner for as long as the upstream timeouts allow).
 *
 * The signal exists from the request's start, so that the request's loaders and client take it
 * once; it fires only after `start()`, which the server calls for queries. Mutations never start
 * it: a write that may reach CCE is not abandoned halfway, its outcome is judged instead.
 */

/** The reason the signal aborts with: a `TimeoutError`, which the transport reports as `UpstreamTimeout`. */
function deadlinePassed(deadlineMs: number): DOMException {
  return new DOMException(`The read deadline of ${deadlineMs} ms passed`, 'TimeoutError');
}

export class ReadDeadline {
  /** Aborts when the client goes away, and (once started) when the deadline passes. */
  readonly signal: AbortSignal;
  readonly #deadlineMs: number;
  readonly #deadline = new AbortController();
  #started = false;

  constructor(requestSignal: AbortSignal, deadlineMs: number) {
    this.#deadlineMs = deadlineMs;
    this.signal = this.#deadline.signal;
    // One listener on the request's signal, not AbortSignal.any: every listener added to a
    // composite signal (one per CCE call) makes it follow its sources again, a cost on every call.
    if (requestSignal.aborted) this.#deadline.abort(requestSignal.reason);
    else {
      requestSignal.addEventListener('abort', () => this.#deadline.abort(requestSignal.reason), {
        once: true,
      });
    }
  }

  /** Starts the clock (once per request); returns the function that stops it when the read is done. */
  start(): () => void {
    if (this.#started) return () => undefined;
    this.#started = true;
    const timer = setTimeout(
      () => this.#deadline.abort(deadlinePassed(this.#deadlineMs)),
      this.#deadlineMs,
    );
    // A query whose end was never reported must not keep a stopping process alive.
    timer.unref();
    return () => clearTimeout(timer);
  }
}
