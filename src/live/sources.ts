/**
 * What the pollers watch: one release, or one add-on, read from CCE with one caller's client.
 */
import { GraphQLError } from 'graphql';
import { nullWhenNotFound } from '../cce/errors.ts';
import { showAddonInCluster } from '../cce/lookups.ts';
import type { Addon, CceClient, ClusterFamily, Release, ReleaseKey } from '../cce/model.ts';
import type { WatchSource } from './poller.ts';
import { isAddonSettled, isReleaseSettled } from './settled.ts';
import { maskedJson } from '../values/json-text.ts';

function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}

export function releaseSource(
  client: CceClient,
  family: ClusterFamily,
  key: ReleaseKey,
): WatchSource<Release> {
  return {
    typename: 'Release',
    read: (signal) => nullWhenNotFound(client.showRelease(family, key, { signal })),
    fromChange: (change) => (change.kind === 'release' ? change.release : undefined),
    observed: (release) => ({ kind: 'release', release, observed: true }),
    // A new revision is a change even when both reads show the same status (e.g. the PENDING_*
    // state fell between two reads), and so is a new description of the same status, or new values.
    fingerprint: (release) =>
      `${release.revision}\n${release.status}\n${release.statusDescription ?? ''}\n${release.valuesJson}`,
    isSettled: (release) => isReleaseSettled(release.status),
    gone: (last) => ({ ...last, status: 'DELETED' }),
    notFound: () =>
      notFound(
        `Cluster "${key.clusterId}" has no release "${key.name}" in namespace "${key.namespace}".`,
      ),
  };
}

export function addonSource(
  client: CceClient,
  family: ClusterFamily,
  clusterId: string,
  addonId: string,
): WatchSource<Addon> {
  return {
    typename: 'Addon',
    read: (signal) => showAddonInCluster(client, family, clusterId, addonId, { signal }),
    fromChange: (change) => (change.kind === 'addon' ? change.addon : undefined),
    observed: (addon) => ({ kind: 'addon', addon, observed: true }),
    fingerprint: (addon) =>
      `${addon.version}\n${addon.status}\n${addon.reason ?? ''}\n${addon.message ?? ''}\n${JSON.stringify(maskedJson(addon.values))}`,
    isSettled: (addon) => isAddonSettled(addon.status),
    gone: (last) => ({ ...last, status: 'deleteSuccess' }),
    notFound: () => notFound(`Cluster "${clusterId}" has no add-on "${addonId}".`),
  };
}
