/**
 * The live registry as one request's caller sees it (`GatewayContext.live`): the credential scope
 * is bound here, so a resolver can neither watch nor publish on another caller's topics.
 */
import type { Addon, CceClient, ClusterFamily, Release, ReleaseKey } from '../cce/model.ts';
import { addonGlobalId, releaseGlobalId } from '../ids.ts';
import type { LiveChange, LiveTopic } from './event-bus.ts';
import type { LiveUpdate } from './poller.ts';
import type { LiveRegistry } from './registry.ts';
import { addonSource, releaseSource } from './sources.ts';

export interface CallerLive {
  /** Watches a release until it settles or disappears (see `LiveRegistry.watch`). */
  watchRelease(family: ClusterFamily, key: ReleaseKey): AsyncIterableIterator<LiveUpdate<Release>>;
  /** Watches an add-on (by its CCE id) until it settles or disappears. */
  watchAddon(
    family: ClusterFamily,
    clusterId: string,
    addonId: string,
  ): AsyncIterableIterator<LiveUpdate<Addon>>;
  /** After a write: the release as CCE answered it, or null when CCE answered without it. */
  releaseChanged(key: ReleaseKey, release: Release | null): void;
  /** After a write: the add-on as CCE answered it, or null when CCE answered without it. */
  addonChanged(clusterId: string, addonId: string, addon: Addon | null): void;
}

export interface LiveCaller {
  /** The caller's credential scope: whose topics, and whose pollers. */
  readonly scope: string;
  /** Who the caller is (`callerIdentity`): whose subscription slots. */
  readonly caller: string;
  /** The request's signal: its subscriptions end when it aborts. */
  readonly signal: AbortSignal;
  /** Makes a CCE client with the caller's credentials, for a poller this caller starts. */
  readonly createClient: () => CceClient;
}

export function createCallerLive(registry: LiveRegistry, caller: LiveCaller): CallerLive {
  const topic = (key: string): LiveTopic => ({ scope: caller.scope, key });
  const publish = (key: string, change: LiveChange | null): void =>
    registry.publish(topic(key), change ?? { kind: 'changed' });
  return {
    watchRelease: (family, key) =>
      registry.watch({
        topic: topic(releaseGlobalId(key)),
        caller: caller.caller,
        source: () => releaseSource(caller.createClient(), family, key),
        signal: caller.signal,
      }),
    watchAddon: (family, clusterId, addonId) =>
      registry.watch({
        topic: topic(addonGlobalId(clusterId, addonId)),
        caller: caller.caller,
        source: () => addonSource(caller.createClient(), family, clusterId, addonId),
        signal: caller.signal,
      }),
    releaseChanged: (key, release) =>
      publish(releaseGlobalId(key), release && { kind: 'release', release }),
    addonChanged: (clusterId, addonId, addon) =>
      publish(addonGlobalId(clusterId, addonId), addon && { kind: 'addon', addon }),
  };
}
