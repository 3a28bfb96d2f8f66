/**
 * The CCE transport's process-wide `onCall` hook, as a relay. The transport is created first (in
 * `main.ts` or the test stack) and passed to the server; the watchers of upstream calls (metrics,
 * per-call log lines) belong to the server created after it, which attaches them here.
 */
import type { CceCallHook } from '../cce/transport.ts';

export interface UpstreamCallFeed {
  /** Give this to the transport as its `onCall`. */
  readonly hook: CceCallHook;
  /** Calls `watcher` for every upstream call from now on; returns the function that detaches it. */
  watch(watcher: CceCallHook): () => void;
}

export function createUpstreamCallFeed(): UpstreamCallFeed {
  // Replaced, never mutated, so a watcher detaching during a call cannot skip another.
  let watchers: readonly CceCallHook[] = [];
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
