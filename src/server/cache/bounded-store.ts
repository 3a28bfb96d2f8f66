/**
 * The response cache's store, bounded three ways: at most `maxEntries` answers, at most `maxBytes`
 * of answers in all (the length of their JSON text), and no answer larger than `maxEntryBytes` is
 * stored. The least recently used answers go first, and an answer is dropped when it expires (not
 * just hidden), so a run of large, ever-different answers cannot grow the heap past the bound.
 *
 * It keeps the response cache's index from entities (a type, or a type and id) to the answers that
 * hold them, so that mutations and status pollers can drop those answers (`invalidate`).
 * lru-cache does the bounding; @envelop/response-cache's own in-memory store bounds entries only and
 * keeps expired answers until they are read again.
 */
import type { Cache } from '@graphql-yoga/plugin-response-cache';
import { LRUCache } from 'lru-cache';

export interface BoundedStoreOptions {
  readonly maxEntries: number;
  readonly maxBytes: number;
  readonly maxEntryBytes: number;
}

type Result = Parameters<Cache['set']>[1];
type Entities = Parameters<Cache['set']>[2];

/** A response cache store (yoga's `Cache`), synchronous. */
export interface BoundedStore extends Cache {
  set(key: string, result: Result, entities: Entities, ttl: number): void;
  get(key: string): Result | undefined;
  invalidate(entities: Entities): void;
  /** Drops every answer. */
  clear(): void;
  /** What the store holds now (for tests and metrics). */
  stats(): { entries: number; bytes: number };
}

const entityKey = (typename: string, id?: string | number | null) =>
  id === undefined || id === null ? typename : `${typename}:${id}`;

export function createBoundedStore(options: BoundedStoreOptions): BoundedStore {
  // entity key → answers holding it; answer key → its entity keys (to unlink it when it goes).
  const answersByEntity = new Map<string, Set<string>>();
  const entitiesByAnswer = new Map<string, string[]>();

  const unlink = (answerKey: string) => {
    for (const entity of entitiesByAnswer.get(answerKey) ?? []) {
      const answers = answersByEntity.get(entity);
      answers?.delete(answerKey);
      if (answers?.size === 0) answersByEntity.delete(entity);
    }
    entitiesByAnswer.delete(answerKey);
  };

  const answers = new LRUCache<string, { result: Result; bytes: number }>({
    max: options.maxEntries,
    maxSize: options.maxBytes,
    maxEntrySize: options.maxEntryBytes,
    sizeCalculation: (entry) => Math.max(1, entry.bytes),
    ttlAutopurge: true,
    allowStale: false,
    // Replaced, evicted, expired or deleted: its entity links go with it.
    dispose: (_entry, key, reason) => {
      if (reason !== 'set') unlink(key);
    },
  });

  return {
    set(key: string, result: Result, entities: Entities, ttl: number) {
      const bytes = JSON.stringify(result).length;
      // Too large to keep: not stored at all (lru-cache would refuse it too, silently).
      if (bytes > options.maxEntryBytes || ttl <= 0) return;
      unlink(key);
      answers.set(key, { result, bytes }, { ttl });
      if (!answers.has(key)) return;
      const linked = new Set<string>();
      for (const { typename, id } of entities) {
        linked.add(typename);
        if (id !== undefined && id !== null) linked.add(entityKey(typename, id));
      }
      entitiesByAnswer.set(key, [...linked]);
      for (const entity of linked) {
        let holders = answersByEntity.get(entity);
        if (holders === undefined) {
          holders = new Set();
          answersByEntity.set(entity, holders);
        }
        holders.add(key);
      }
    },
    get(key: string) {
      return answers.get(key)?.result;
    },
    invalidate(entities) {
      for (const { typename, id } of entities) {
        for (const answerKey of [...(answersByEntity.get(entityKey(typename, id)) ?? [])]) {
          answers.delete(answerKey);
        }
      }
    },
    clear: () => answers.clear(),
    stats: () => ({ entries: answers.size, bytes: answers.calculatedSize }),
  };
}
