/**
 * The live registry: every open status subscription of the process, and the pollers behind them.
 *
 * Subscribers of the same credential scope watching the same object share one poller; it is
 * reference-counted by its watchers and stops when the last one leaves (unsubscribed, or the
 * client disconnected: the request's abort signal ends the subscription too). A poller reads CCE
 * with the credentials of the subscriber that started it, which are the same credentials as every
 * other watcher's, since the scope is a hash of them.
 *
 * Limits count per caller, which is finer than the scope in service mode: there every caller
 * reaches CCE with the gateway's AK/SK, so they share one scope, and with it pollers (they have the
 * same upstream rights, so one read serves them all), but each caller authenticated by its own API
 * key or JWT has its own subscription slots.
 *
 * One registry per gateway, created by `createGateway` (src/gateway.ts); `close()` ends every subscription
 * cleanly (their streams complete) before the HTTP server drains.
 */
import { GraphQLError } from 'graphql';
import type { BackoffSettings } from './backoff.ts';
import { topicName, type LiveChange, type LiveEventBus, type LiveTopic } from './event-bus.ts';
import {
  LOCAL_CALLER_SLOTS,
  SubscriptionSlots,
  type SharedCallerSlots,
  type SharedSlot,
  type SubscriptionLimit,
  type SubscriptionLimits,
} from './limits.ts';
import { SharedPoller, type LiveUpdate, type PollerListener, type WatchSource } from './poller.ts';
import { LOCAL_OWNERSHIP, type PollOwnership } from './ownership.ts';
import { LiveStream } from './stream.ts';

export interface LiveSettings extends SubscriptionLimits {
  /** The read schedule of every poller while an operation is moving. */
  readonly poll: BackoffSettings;
  /** The delay between reads of a settled object (ms). */
  readonly settledMs: number;
  /** Transient read failures in a row a poller retries before its watchers get the error. */
  readonly maxConsecutiveFailures: number;
}

export interface WatchRequest<T> {
  readonly topic: LiveTopic;
  /** Who subscribes, for the per-caller limit; the topic's scope when absent. */
  readonly caller?: string;
  /** Makes the source when no poller watches the topic yet (so a client is only made when needed). */
  readonly source: () => WatchSource<T>;
  /** The subscriber's request signal: when it aborts, the subscription ends. */
  readonly signal?: AbortSignal;
  /** End the subscription at the first settled state instead of watching on. */
  readonly untilSettled?: boolean;
}

/** What the registry tells the rest of the server as it happens (metrics, the response cache). */
export interface LiveObserver {
  /** A subscription was refused by a limit. */
  refused?(limit: SubscriptionLimit): void;
  /** A poller read a new state of an object of this type, or found it gone: CCE changed it. */
  changed?(typename: WatchSource<unknown>['typename']): void;
}

export interface LiveStats {
  /** Open subscriptions. */
  readonly subscriptions: number;
  /** Running pollers (at most one per scope and object). */
  readonly pollers: number;
}

export interface LiveRegistry {
  /**
   * Opens a subscription: the object's current state (at once when a poller already knows it),
   * then each change; the stream ends when the object is gone (after its final state), or at the
   * first settled state with `untilSettled`. Rejects with TOO_MANY_SUBSCRIPTIONS when a
   * limit is reached, SHUTTING_DOWN after `close()`.
   */
  watch<T extends object>(request: WatchRequest<T>): Promise<LiveStream<LiveUpdate<T>>>;
  /** Tells every poller of `topic` (on every replica sharing the bus) what a write changed. */
  publish(topic: LiveTopic, change: LiveChange): void;
  /**
   * Sets who hears of refusals and changes as they happen. The registry is built before the
   * server whose metrics and response cache listen (see src/gateway.ts), so they attach here.
   */
  observe(observer: LiveObserver): void;
  stats(): LiveStats;
  /** Ends every open subscription, refuses new ones and closes the bus. */
  close(): Promise<void>;
}

function shuttingDown(): GraphQLError {
  return new GraphQLError('The gateway is shutting down; subscribe again in a moment.', {
    extensions: { code: 'SHUTTING_DOWN' },
  });
}

export function createLiveRegistry(options: {
  settings: LiveSettings;
  bus: LiveEventBus;
  /** Which replica reads CCE for each object; this one alone when absent. */
  ownership?: PollOwnership;
  /** The per-caller count replicas share; this replica's alone when absent. */
  callerSlots?: SharedCallerSlots;
}): LiveRegistry {
  const { settings, bus, ownership = LOCAL_OWNERSHIP, callerSlots = LOCAL_CALLER_SLOTS } = options;
  let observer: LiveObserver = {};
  const slots = new SubscriptionSlots(settings, (limit) => observer.refused?.(limit));
  // Pollers of different object kinds share the map; a topic's key names its kind, so the poller
  // found under a topic always watches objects of the type its watchers expect.
  const pollers = new Map<string, SharedPoller<unknown>>();
  let closing: Promise<void> | null = null;

  function pollerFor<T>(request: WatchRequest<T>): { poller: SharedPoller<T>; started: boolean } {
    const name = topicName(request.topic);
    const running = pollers.get(name) as SharedPoller<T> | undefined;
    if (running) return { poller: running, started: true };
    let unsubscribe = (): void => {};
    const source = request.source();
    const poller: SharedPoller<T> = new SharedPoller<T>({
      source,
      backoff: settings.poll,
      settledMs: settings.settledMs,
      maxConsecutiveFailures: settings.maxConsecutiveFailures,
      onChange: () => observer.changed?.(source.typename),
      onStop() {
        if (pollers.get(name) === (poller as SharedPoller<unknown>)) pollers.delete(name);
        unsubscribe();
      },
      claim: (onGained) => ownership.claim(request.topic, onGained),
      ...(ownership.shared
        ? { share: (change: LiveChange) => bus.publish(request.topic, change) }
        : {}),
    });
    pollers.set(name, poller);
    unsubscribe = bus.subscribe(request.topic, (change) => poller.receive(change));
    return { poller, started: false };
  }

  /** A slot of `caller` in the count replicas share (after this replica's own count gave one). */
  async function takeShared(caller: string): Promise<SharedSlot> {
    const taken = await callerSlots.take(caller, settings.maxPerCaller);
    if ('full' in taken) throw slots.callerRefusal(taken.full);
    if (closing) {
      taken.release();
      throw shuttingDown();
    }
    return taken;
  }

  return {
    async watch<T extends object>(request: WatchRequest<T>) {
      if (closing) throw shuttingDown();
      const caller = request.caller ?? request.topic.scope;
      slots.acquire(caller);
      let shared: SharedSlot | undefined;
      let found: { poller: SharedPoller<T>; started: boolean };
      try {
        shared = await takeShared(caller);
        found = pollerFor(request);
      } catch (error) {
        shared?.release();
        slots.release(caller);
        throw error;
      }
      const { poller, started } = found;
      const { signal } = request;
      const onAbort = (): void => void stream.return();
      const stream = new LiveStream<LiveUpdate<T>>(() => {
        signal?.removeEventListener('abort', onAbort);
        poller.leave(listener);
        slots.release(caller);
        shared.release();
      });
      const listener: PollerListener<T> = {
        untilSettled: request.untilSettled ?? false,
        update: (update) => stream.push(update),
        end: () => stream.end(),
      };
      poller.join(listener);
      if (!started) poller.start();
      if (signal?.aborted) onAbort();
      else signal?.addEventListener('abort', onAbort, { once: true });
      return stream;
    },

    publish(topic, change) {
      bus.publish(topic, change);
    },

    observe(next) {
      observer = next;
    },

    stats() {
      return { subscriptions: slots.total, pollers: pollers.size };
    },

    close() {
      closing ??= (async () => {
        for (const poller of [...pollers.values()]) poller.close();
        await ownership.close();
        await callerSlots.close();
        await bus.close();
      })();
      return closing;
    },
  };
}
