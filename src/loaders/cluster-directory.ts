/**
 * The caller-scoped cluster directory: which API family (CCE or Autopilot) a cluster id belongs
 * to, remembered across requests so that a lookup naming a cluster can go straight to its
 * family's endpoints instead of reading both cluster lists first.
 *
 * Only the family is kept (never names or other data): it never changes for an id, so an entry
 * cannot go stale. Entries are keyed by the caller's credential scope and the cluster id, so one
 * caller's knowledge never serves another; every call still runs with the caller's own
 * credentials. One directory per server instance, bounded in size (least recently used go first)
 * and in age (the TTL).
 */
import type { Cluster, ClusterFamily } from '../cce/model.ts';

/** One caller's view of the directory, as the loaders of one request use it. */
export interface CallerClusterDirectory {
  /** The family of `clusterId` when this caller has seen it within the TTL. */
  familyOf(clusterId: string): ClusterFamily | undefined;
  /** Notes the family of each cluster of a list this caller has just read. */
  remember(clusters: Iterable<Pick<Cluster, 'id' | 'family'>>): void;
}

export interface ClusterDirectoryOptions {
  /** How long an entry is used after its cluster was last seen in a list; 0 turns the directory off. */
  ttlMs: number;
  /** Most entries kept over all callers. */
  maxEntries: number;
  /** Clock in milliseconds; `Date.now` unless a test steps time itself. */
  now?: () => number;
}

export interface ClusterDirectory {
  /** The view of the caller with this credential scope. */
  forCaller(credentialScope: string): CallerClusterDirectory;
  /** Entries held now (expired ones included until they are looked up or pushed out). */
  readonly size: number;
}

const FORGETFUL: CallerClusterDirectory = {
  familyOf: () => undefined,
  remember: () => undefined,
};

interface Entry {
  family: ClusterFamily;
  expiresAt: number;
}

export function createClusterDirectory({
  ttlMs,
  maxEntries,
  now = Date.now,
}: ClusterDirectoryOptions): ClusterDirectory {
  // A Map iterates in insertion order; re-inserting on use keeps the least recently used first.
  const entries = new Map<string, Entry>();

  function read(key: string): ClusterFamily | undefined {
    const entry = entries.get(key);
    if (entry === undefined) return undefined;
    entries.delete(key);
    if (entry.expiresAt <= now()) return undefined;
    entries.set(key, entry);
    return entry.family;
  }

  function write(key: string, family: ClusterFamily): void {
    entries.delete(key);
    entries.set(key, { family, expiresAt: now() + ttlMs });
    for (const oldest of entries.keys()) {
      if (entries.size <= maxEntries) break;
      entries.delete(oldest);
    }
  }

  return {
    forCaller(credentialScope) {
      if (ttlMs === 0) return FORGETFUL;
      // The scope is a hex digest (no '/'), so two callers' keys cannot collide.
      const keyOf = (clusterId: string) => `${credentialScope}/${clusterId}`;
      return {
        familyOf: (clusterId) => read(keyOf(clusterId)),
        remember(clusters) {
          for (const cluster of clusters) write(keyOf(cluster.id), cluster.family);
        },
      };
    },
    get size() {
      return entries.size;
    },
  };
}
