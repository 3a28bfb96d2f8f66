/**
 * The caller-scoped response cache: results of queries kept for a short TTL, per caller (see
 * `session.ts`), dropped by mutations (see `invalidation.ts`) and by changes status pollers see.
 * Mutations and subscriptions are never cached; neither are results with errors, nor requests
 * without a readable query. The store is bounded in entries and bytes (see `bounded-store.ts`).
 *
 * Each replica keeps its own store. With several replicas (REDIS_URL) what a mutation or a poller
 * drops here is dropped on every replica (`CacheInvalidationChannel`); while those notices cannot
 * arrive the cache is bypassed, and once they can again it starts empty, as notices may be lost.
 *
 * Nothing outside the gateway may cache an answer: every answer depends on its caller. So answers
 * carry no validators (no ETag, no Last-Modified) and `Cache-Control: private, no-store`
 * (`no-store.ts`), and a conditional request is never answered 304 from the cache: yoga's plugin
 * would look the given ETag up among all callers' entries.
 */
import {
  useResponseCache,
  type UseResponseCacheParameter,
} from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import { createBoundedStore, type BoundedStore } from './bounded-store.ts';
import { OBJECT_CHANGES, useMutationInvalidation, type InvalidatingCache } from './invalidation.ts';
import type { CallerResolver } from '../../context.ts';
import { responseCacheSession } from './session.ts';

/** How replicas tell each other which cached answers are stale (src/redis/cache-invalidation.ts). */
export interface CacheInvalidationChannel {
  /** Tells every other replica that objects of these types changed. */
  publish(typenames: readonly string[]): void;
  /**
   * `drop` runs for each notice of another replica; `reset` when notices may have been lost (the
   * channel was down).
   */
  listen(handlers: {
    readonly drop: (typenames: readonly string[]) => void;
    readonly reset: () => void;
  }): void;
  /** Whether notices arrive now. */
  connected(): boolean;
}

export interface ResponseCacheOptions {
  /** The server's caller resolver, shared with the context factory. */
  callers: CallerResolver;
  /** Lifetime of an entry; 0 disables the cache. */
  ttlMs: number;
  /** Most entries kept; the least recently used go first. */
  maxEntries: number;
  /** Most bytes (JSON text length) of all entries together. */
  maxBytes: number;
  /** Answers larger than this are not stored. */
  maxEntryBytes: number;
  /** The other replicas' invalidations, and ours to them; absent with one replica. */
  shared?: CacheInvalidationChannel;
}

const CONDITIONAL_HEADERS = ['if-none-match', 'if-modified-since'] as const;
const VALIDATOR_HEADERS = ['ETag', 'Last-Modified'] as const;

const SERVED_FROM_CACHE = Symbol.for('servedFromResponseCache');

/** Whether yoga's response cache answered with `result` (it marks its answers with a symbol). */
export function isServedFromResponseCache(result: object): boolean {
  return (result as Record<symbol, unknown>)[SERVED_FROM_CACHE] === true;
}

export interface CallerScopedResponseCache {
  /** The yoga plugins (none when the cache is off). */
  readonly plugins: Plugin[];
  /**
   * CCE changed an object of this type on its own (a status poller read its new state): drops
   * every caller's entries a mutation of it would drop, so no query is answered with the old state.
   */
  objectChanged(typename: keyof typeof OBJECT_CHANGES): void;
  /** The store (null when the cache is off). */
  readonly store: BoundedStore | null;
}

export function createCallerScopedResponseCache(
  options: ResponseCacheOptions,
): CallerScopedResponseCache {
  if (options.ttlMs === 0) return { plugins: [], objectChanged: () => {}, store: null };
  const cache = createBoundedStore(options);
  const { shared } = options;
  // Drops here, and tells the other replicas to drop the same.
  const invalidating: InvalidatingCache = {
    invalidate(entities) {
      const list = [...entities];
      cache.invalidate(list);
      shared?.publish([...new Set(list.map(({ typename }) => typename))]);
    },
  };
  shared?.listen({
    drop: (typenames) => cache.invalidate(typenames.map((typename) => ({ typename }))),
    reset: () => cache.clear(),
  });
  // Requests whose parameters carry no query text (e.g. a persisted-operation id only): the cache
  // key is built from the text, so all of them would share one key.
  const withoutQuery = new WeakSet<Request>();

  // The resolver keeps each request's caller: asking again costs a lookup.
  const sessionOf = (request: Request) => responseCacheSession(request, options.callers);
  const enabled = (request: Request) =>
    // Without the other replicas' notices a kept answer may be stale: neither read nor written.
    (shared?.connected() ?? true) &&
    !withoutQuery.has(request) &&
    !CONDITIONAL_HEADERS.some((header) => request.headers.has(header)) &&
    sessionOf(request) !== null;

  const cacheOptions: UseResponseCacheParameter = {
    cache,
    ttl: options.ttlMs,
    session: (request) => sessionOf(request),
    enabled,
    shouldCacheResult: ({ result }) => !result.errors?.length,
    // A preview asks CCE for a dry-run verdict or a precheck every time: never answered from the cache.
    ttlPerSchemaCoordinate: { 'Query.releaseUpgradePreview': 0, 'Query.addonUpgradePreview': 0 },
    includeExtensionMetadata: false,
  };

  return {
    plugins: [
      {
        onParams({ request, params }) {
          if (!params.query) withoutQuery.add(request);
        },
      },
      useResponseCache(cacheOptions),
      {
        // yoga's plugin puts its validators on every answer it stores: none may leave the gateway.
        onResponse({ response }) {
          for (const header of VALIDATOR_HEADERS) response.headers.delete(header);
        },
      },
      useMutationInvalidation(invalidating),
    ],
    objectChanged(typename) {
      invalidating.invalidate(OBJECT_CHANGES[typename].map((type) => ({ typename: type })));
    },
    store: cache,
  };
}
