/**
 * The live registry as one request's caller sees it: the credential scope is bound here, so the
 * request's service can neither watch nor publish on another caller's topics.
 */
import type { Addon, CceClient, ClusterRef, Release, ReleaseKey } from '../cce/model.ts';
import { addonGlobalId, releaseGlobalId } from '../ids.ts';
import type { LiveChange, LiveTopic } from './event-bus.ts';
import type { LiveUpdate } from './poller.ts';
import type { LiveRegistry } from './registry.ts';
import { addonSource, releaseSource } from './sources.ts';

export interface LiveSession {
  /**
   * Watches a release of `cluster` until the client leaves or it disappears, or until it settles
   * with `untilSettled` (see `LiveRegistry.watch`).
   */
  watchRelease(
    cluster: ClusterRef,
    key: ReleaseKey,
    untilSettled: boolean,
  ): Promise<AsyncIterableIterator<LiveUpdate<Release>>>;
  /** Watches an add-on (by its CCE id) of `cluster`, as `watchRelease` a release. */
  watchAddon(
    cluster: ClusterRef,
    addonId: string,
    untilSettled: boolean,
  ): Promise<AsyncIterableIterator<LiveUpdate<Addon>>>;
  /** After a write: the release as CCE answered it, or null when CCE answered without it. */
  releaseChanged(key: ReleaseKey, release: Release | null): void;
  /** After a write: the add-on as CCE answered it, or null when CCE answered without it. */
  addonChanged(clusterId: string, addonId: string, addon: Addon | null): void;
}

/** Who the session belongs to. */
export interface LiveSessionOptions {
  /** The caller's credential scope: whose topics, and whose pollers. */
  readonly scope: string;
  /** Who the caller is (`callerIdentity`): whose subscription slots. */
  readonly caller: string;
  /** The request's signal: its subscriptions end when it aborts. */
  readonly signal: AbortSignal;
  /** Makes a CCE client with the caller's credentials, for a poller this caller starts. */
  readonly createClient: () => CceClient;
}

export function createLiveSession(
  registry: LiveRegistry,
  options: LiveSessionOptions,
): LiveSession {
  const topic = (key: string): LiveTopic => ({ scope: options.scope, key });
  const publish = (key: string, change: LiveChange | null): void =>
    registry.publish(topic(key), change ?? { kind: 'changed' });
  return {
    watchRelease: (cluster, key, untilSettled) =>
      registry.watch({
        untilSettled,
        topic: topic(releaseGlobalId(key)),
        caller: options.caller,
        source: () => releaseSource(options.createClient(), cluster.family, key),
        signal: options.signal,
      }),
    watchAddon: (cluster, addonId, untilSettled) =>
      registry.watch({
        untilSettled,
        topic: topic(addonGlobalId(cluster.id, addonId)),
        caller: options.caller,
        source: () => addonSource(options.createClient(), cluster.family, cluster.id, addonId),
        signal: options.signal,
      }),
    releaseChanged: (key, release) =>
      publish(releaseGlobalId(key), release && { kind: 'release', release }),
    addonChanged: (clusterId, addonId, addon) =>
      publish(addonGlobalId(clusterId, addonId), addon && { kind: 'addon', addon }),
  };
}
