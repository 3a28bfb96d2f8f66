/**
 * The building block of every loader: a DataLoader standing for one upstream call per distinct
 * key. Within one request it de-duplicates identical calls and keeps each answer (or failure) for
 * the rest of the request, so a field repeated through aliases or fragments costs nothing more.
 */
import DataLoader from 'dataloader';
import type { ClusterFamily } from '../cce/model.ts';

export type CallLoader<K, V> = DataLoader<K, V, string>;

/**
 * `keyOf` names the upstream call a key stands for (see `callKey`): two keys that would send the
 * same request share one entry.
 */
export function createCallLoader<K, V>(
  keyOf: (key: K) => string,
  call: (key: K) => Promise<V>,
): CallLoader<K, V> {
  return new DataLoader<K, V, string>(
    (keys) => Promise.all(keys.map((key) => call(key).catch(asError))),
    { cacheKeyFn: keyOf },
  );
}

/** DataLoader rejects a key only when its slot holds an Error instance. */
export function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}

export type CallArguments = Record<string, string | number | boolean | undefined>;

/**
 * The SDK operation name and arguments of a call, e.g.
 * `ListAutopilotReleases?cluster_id=4f1c…&namespace=default`. Autopilot operations carry the word
 * `Autopilot` after the verb (ListClusters / ListAutopilotClusters), as in the CCE SDKs.
 */
export function callKey(
  family: ClusterFamily,
  verb: string,
  resource: string,
  args: CallArguments = {},
): string {
  const operation = `${verb}${family === 'AUTOPILOT' ? 'Autopilot' : ''}${resource}`;
  const query = Object.entries(args)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}=${encodeURIComponent(String(value))}`)
    .join('&');
  return query ? `${operation}?${query}` : operation;
}
