/**
 * Whether undici has written a request to the socket: the fact that decides whether a failed write
 * may have reached CCE. Error codes alone cannot say it; a reset (`ECONNRESET`, `UND_ERR_SOCKET`)
 * happens before the request was written (a stale keep-alive socket) as well as after it.
 *
 * undici calls a dispatch handler's `onBodySent`/`onRequestSent` as it hands the request to the
 * socket. The transport's bodies are strings, which undici writes (headers and body) in one
 * synchronous step before `onRequestSent`, so "not written" means not one byte of the request left.
 */
import type { Dispatcher } from 'undici';

/** One attempt's record, passed to the pool as the request's `opaque`. */
export class Sending {
  /** Set once undici has begun handing the request to the socket. */
  written = false;
}

type Handler = Dispatcher.DispatchHandler;

/** Callbacks undici makes as it hands the request to the socket. */
const SENT_CALLBACKS: ReadonlySet<PropertyKey> = new Set(['onBodySent', 'onRequestSent']);

/**
 * The handler `request()` made, with the sent callbacks marking the attempt. A proxy rather than a
 * class repeating each callback: everything else (undici's whole handler protocol, including what
 * later versions add) reaches the original handler, bound to it, unchanged.
 */
function markingSent(handler: Handler, sending: Sending): Handler {
  return new Proxy(handler, {
    get(target, key) {
      if (SENT_CALLBACKS.has(key)) {
        return (chunk?: Buffer) => {
          sending.written = true;
          const callback = Reflect.get(target, key) as ((chunk?: Buffer) => void) | undefined;
          callback?.call(target, chunk);
        };
      }
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}

/**
 * The interceptor for `pool.compose()`: requests whose `opaque` is a `Sending` get it marked.
 * `request()` hands its options, `opaque` included, to the dispatch; undici's types leave `opaque`
 * out of the dispatch options only.
 */
export const trackSending: Dispatcher.DispatcherComposeInterceptor =
  (dispatch) => (options, handler) => {
    const { opaque } = options as { opaque?: unknown };
    return opaque instanceof Sending
      ? dispatch(options, markingSent(handler, opaque))
      : dispatch(options, handler);
  };
