/**
 * The live event bus over Redis pub/sub, so a mutation through one replica reaches watchers on
 * every replica, and pollers share what they read (src/live/ownership.ts).
 *
 * Channels are `<prefix>live:<scope>:<object key>`; the scope is already a hash of the caller's
 * credentials. Values travel masked as on the wire (secrets never reach Redis in clear).
 *
 * Changes are delivered to this replica's own subscribers at once, in process, whether Redis is up
 * or not; Redis carries them to the other replicas, and the echo of this replica's own messages is
 * dropped. `@graphql-yoga/redis-event-target` does the channel bookkeeping; its publish and
 * subscribe calls go through connections that queue while Redis is away (see connection.ts), so an
 * outage delays notices instead of failing them.
 */
import { randomUUID } from 'node:crypto';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { Addon, Release } from '../cce/model.ts';
import {
  createInProcessEventBus,
  type LiveChange,
  type LiveEventBus,
  type LiveListener,
  type LiveTopic,
} from '../live/event-bus.ts';
import { maskValues } from '../values/masking.ts';
import type { RedisConnections } from './connection.ts';

interface Envelope {
  /** The replica that published it. */
  readonly origin: string;
  readonly change: LiveChange;
}

type ChangeEvent = CustomEvent<Envelope | null>;

function maskedJson(text: string): string {
  if (text.trim() === '') return text;
  return JSON.stringify(maskValues(JSON.parse(text) as unknown));
}

/** The change with values masked as the gateway answers them; a bare notice if they cannot be. */
export function maskChange(change: LiveChange): LiveChange {
  try {
    if (change.kind === 'release') {
      const release: Release = {
        ...change.release,
        valuesJson: maskedJson(change.release.valuesJson),
        parametersJson: maskedJson(change.release.parametersJson),
      };
      return { ...change, release };
    }
    if (change.kind === 'addon') {
      const addon: Addon = { ...change.addon, values: maskValues(change.addon.values) };
      return { ...change, addon };
    }
    return change;
  } catch {
    // Values that cannot be parsed or are too deep: tell the others only that something changed.
    return change.kind === 'release' || change.kind === 'addon' ? { kind: 'changed' } : change;
  }
}

export function createRedisEventBus(redis: RedisConnections): LiveEventBus {
  const origin = randomUUID();
  const local = createInProcessEventBus();
  const target = createRedisEventTarget<ChangeEvent>({
    publishClient: redis.publisher,
    subscribeClient: redis.subscriber,
  });
  const channel = ({ scope, key }: LiveTopic): string => redis.key('live', scope, key);

  return {
    publish(topic, change) {
      local.publish(topic, change);
      const envelope: Envelope = { origin, change: maskChange(change) };
      target.dispatchEvent(new CustomEvent(channel(topic), { detail: envelope }));
    },
    subscribe(topic, listener: LiveListener) {
      const onMessage = (event: ChangeEvent): void => {
        const envelope = event.detail;
        if (envelope && envelope.origin !== origin) listener(envelope.change);
      };
      const name = channel(topic);
      const unsubscribeLocal = local.subscribe(topic, listener);
      target.addEventListener(name, onMessage);
      return () => {
        unsubscribeLocal();
        target.removeEventListener(name, onMessage);
      };
    },
    close: () => local.close(),
  };
}
