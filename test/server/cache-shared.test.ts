/**
 * The response cache with other replicas (a `CacheInvalidationChannel`, Redis pub/sub in the
 * gateway): what a change here drops is published to them, what they publish is dropped here, and
 * after the channel was down (notices may be lost) every answer is dropped.
 */
import { describe, expect, it } from 'vitest';
import type { CallerResolver } from '../../src/context.ts';
import {
  createCallerScopedResponseCache,
  type CacheInvalidationChannel,
} from '../../src/server/cache/index.ts';

interface FakeChannel extends CacheInvalidationChannel {
  readonly published: Array<readonly string[]>;
  /** Delivers a notice of another replica. */
  deliver(typenames: readonly string[]): void;
  /** The channel came back after being down. */
  reconnect(): void;
}

function fakeChannel(): FakeChannel {
  const published: Array<readonly string[]> = [];
  let handlers: Parameters<CacheInvalidationChannel['listen']>[0] | undefined;
  return {
    published,
    publish: (typenames) => published.push(typenames),
    listen: (next) => {
      handlers = next;
    },
    connected: () => true,
    deliver: (typenames) => handlers?.drop(typenames),
    reconnect: () => handlers?.reset(),
  };
}

const callers: CallerResolver = () => {
  throw new Error('no request in these tests');
};

function cacheWith(channel: FakeChannel) {
  const cache = createCallerScopedResponseCache({
    callers,
    ttlMs: 60_000,
    maxEntries: 100,
    maxBytes: 100_000,
    maxEntryBytes: 10_000,
    shared: channel,
  });
  const store = cache.store;
  if (!store) throw new Error('the cache is on');
  store.set('releases', { data: { releases: [] } }, [{ typename: 'ReleaseConnection' }], 60_000);
  store.set('addon', { data: { addon: { id: 'a' } } }, [{ typename: 'Addon', id: 'a' }], 60_000);
  return { cache, store };
}

describe('the response cache with other replicas', () => {
  it('publishes the types a change here drops', () => {
    const channel = fakeChannel();
    const { cache, store } = cacheWith(channel);
    cache.objectChanged('Release');
    expect(channel.published).toEqual([['Release', 'ReleaseConnection', 'Node']]);
    expect(store.get('releases')).toBeUndefined();
    expect(store.get('addon')).toBeDefined();
  });

  it("drops what another replica's notice names, without publishing it again", () => {
    const channel = fakeChannel();
    const { store } = cacheWith(channel);
    channel.deliver(['Addon']);
    expect(store.get('addon')).toBeUndefined();
    expect(store.get('releases')).toBeDefined();
    expect(channel.published).toEqual([]);
  });

  it('drops every answer when the channel comes back (notices may have been lost)', () => {
    const channel = fakeChannel();
    const { store } = cacheWith(channel);
    channel.reconnect();
    expect(store.stats()).toEqual({ entries: 0, bytes: 0 });
  });
});
