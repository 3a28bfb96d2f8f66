/**
 * How the gateway tells watchers that it changed something: a mutation publishes the object as
 * CCE answered the write, and every poller watching that object applies it at once instead of
 * waiting for its next read.
 *
 * Topics are keyed by the caller's credential scope (a non-reversible hash) and the object's
 * global id, so one caller's changes only ever reach pollers of the same scope.
 *
 * The in-process bus below serves one gateway replica. With several replicas behind a load
 * balancer, a mutation may land on another replica than the watchers: with REDIS_URL set the bus
 * is Redis pub/sub (src/redis/event-bus.ts). Delivery may be late or lost without harm: pollers
 * keep reading CCE, the bus only makes them faster.
 */
import type { Addon, Release } from '../cce/model.ts';

/** Whose object, and which one. */
export interface LiveTopic {
  /** The caller's credential scope (see `credentialScope`). */
  readonly scope: string;
  /** The object's global id, e.g. `Release:<cluster>/<namespace>/<name>`. */
  readonly key: string;
}

/**
 * What the gateway learnt: a write's new state, or only that there is one (CCE answered without a
 * body). Between replicas also (src/live/ownership.ts): a state the claim's holder read
 * (`observed`), that it found the object gone, or a request for the current state (`sync`).
 */
export type LiveChange =
  | { readonly kind: 'release'; readonly release: Release; readonly observed?: true }
  | { readonly kind: 'addon'; readonly addon: Addon; readonly observed?: true }
  | { readonly kind: 'changed' }
  | { readonly kind: 'gone' }
  | { readonly kind: 'sync' };

export type LiveListener = (change: LiveChange) => void;

export interface LiveEventBus {
  /** Sends `change` to every subscriber of `topic` (fire and forget). */
  publish(topic: LiveTopic, change: LiveChange): void;
  /** Calls `listener` for every change published on `topic` until the returned function is called. */
  subscribe(topic: LiveTopic, listener: LiveListener): () => void;
  /** Drops every subscription; a distributed bus also closes its connections. */
  close(): Promise<void>;
}

/** One string per topic (scope hashes are hex, so the newline cannot occur inside one). */
export function topicName({ scope, key }: LiveTopic): string {
  return `${scope}\n${key}`;
}

/** The bus of one process: a map from topic to listeners, delivered synchronously. */
export function createInProcessEventBus(): LiveEventBus {
  const listeners = new Map<string, Set<LiveListener>>();
  return {
    publish(topic, change) {
      const subscribers = listeners.get(topicName(topic));
      if (!subscribers) return;
      // A copy: a listener may unsubscribe (its poller finished) while we deliver.
      for (const listener of [...subscribers]) listener(change);
    },
    subscribe(topic, listener) {
      const name = topicName(topic);
      let subscribers = listeners.get(name);
      if (!subscribers) {
        subscribers = new Set();
        listeners.set(name, subscribers);
      }
      subscribers.add(listener);
      return () => {
        subscribers.delete(listener);
        if (subscribers.size === 0 && listeners.get(name) === subscribers) listeners.delete(name);
      };
    },
    close() {
      listeners.clear();
      return Promise.resolve();
    },
  };
}
