/**
 * What the server hears of upstream calls: one event per call, for metrics and per-call log lines.
 *
 * `UpstreamCall` is the server's view of a call. The CCE transport's `CceCallEvent` satisfies it:
 * the composition root (`src/gateway.ts`) hands the feed's `hook` to the transport, and the
 * compiler checks there that the two agree, so the edge need not know the CCE client. The feed is
 * a relay because the transport is created before the server that attaches its watchers.
 */

export interface UpstreamCall {
  /** SDK operation name, e.g. `ListAutopilotReleases`. */
  readonly operation: string;
  readonly method: string;
  /** Final HTTP status; null when the last attempt failed below HTTP. */
  readonly status: number | null;
  readonly outcome: 'success' | 'error' | 'timeout' | 'unavailable';
  readonly durationMs: number;
  readonly attempts: number;
  /** Upstream `X-Request-Id`. */
  readonly requestId: string | null;
}

export type UpstreamCallWatcher = (call: UpstreamCall) => void;

export interface UpstreamCallFeed {
  /** Give this to the transport as its `onCall`. */
  readonly hook: UpstreamCallWatcher;
  /** Calls `watcher` for every upstream call from now on; returns the function that detaches it. */
  watch(watcher: UpstreamCallWatcher): () => void;
}

export function createUpstreamCallFeed(): UpstreamCallFeed {
  // Replaced, never mutated, so a watcher detaching during a call cannot skip another.
  let watchers: readonly UpstreamCallWatcher[] = [];
  return {
    hook(event) {
      for (const watcher of watchers) watcher(event);
    },
    watch(watcher) {
      watchers = [...watchers, watcher];
      return () => {
        watchers = watchers.filter((w) => w !== watcher);
      };
    },
  };
}
