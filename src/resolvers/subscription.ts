/**
 * Resolvers of subscription.graphql: live status of a release or an add-on. `subscribe` checks the
 * arguments and finds the cluster (for its API family), then hands over to the caller's live
 * registry; `resolve` turns each update into the object (or throws the error that ended it).
 */
import { GraphQLError } from 'graphql';
import type { Addon, Release } from '../cce/model.ts';
import type { GatewayContext } from '../context.ts';
import type { SubscriptionResolvers, UserError } from '../generated/graphql.ts';
import { readReference } from '../ids.ts';
import type { LiveUpdate } from '../live/poller.ts';
import { LiveStream } from '../live/stream.ts';
import { requireClusterRefByArgument } from './lookups.ts';
import { checkDnsLabel, MAX_NAMESPACE_LENGTH, MAX_RELEASE_NAME_LENGTH } from './validation.ts';

function badInput(problems: readonly UserError[]): GraphQLError | null {
  const [first] = problems;
  return first
    ? new GraphQLError(first.message, {
        extensions: { code: 'BAD_USER_INPUT', field: first.field },
      })
    : null;
}

function unwrap<T>(update: LiveUpdate<T>): T {
  if ('error' in update) throw update.error;
  return update.value;
}

/** The CCE id of the add-on an `id` argument names in `clusterId`, or a NOT_FOUND/BAD_USER_INPUT error. */
function addonUid(clusterId: string, id: string): string {
  const reference = readReference('Addon', id);
  if (reference.kind === 'invalid') {
    throw new GraphQLError(`"${id}" is neither an add-on's global id nor a CCE add-on id.`, {
      extensions: { code: 'BAD_USER_INPUT', field: ['id'] },
    });
  }
  if (reference.kind === 'cce') return reference.id;
  if (reference.id.clusterId !== clusterId) {
    throw new GraphQLError(`Add-on "${id}" is not an add-on of cluster "${clusterId}".`, {
      extensions: { code: 'NOT_FOUND' },
    });
  }
  return reference.id.addonId;
}

/**
 * Starts a watch. A CCE failure while starting (e.g. the cluster list is forbidden) becomes the
 * stream's only update, so it reaches the client like a later failure: as a `next` event carrying
 * the mapped error. Thrown, it would end the request before the stream began, and yoga would
 * answer it with HTTP 500. The gateway's own refusals (NOT_FOUND, BAD_USER_INPUT,
 * TOO_MANY_SUBSCRIPTIONS) are thrown as they are.
 */
async function watch<T>(
  start: () => Promise<AsyncIterable<LiveUpdate<T>>>,
): Promise<AsyncIterable<LiveUpdate<T>>> {
  try {
    return await start();
  } catch (error) {
    if (error instanceof GraphQLError) throw error;
    return failure<T>(error);
  }
}

/** A stream of one update, the error, then the end. */
function failure<T>(error: unknown): LiveStream<LiveUpdate<T>> {
  const stream = new LiveStream<LiveUpdate<T>>(() => {});
  stream.push({ error });
  stream.end();
  return stream;
}

export const Subscription: SubscriptionResolvers<GatewayContext> = {
  releaseStatus: {
    subscribe(_parent, { clusterId, namespace, name }, context) {
      const problem = badInput([
        ...checkDnsLabel(namespace, MAX_NAMESPACE_LENGTH, ['namespace'], 'namespace'),
        ...checkDnsLabel(name, MAX_RELEASE_NAME_LENGTH, ['name'], 'release name'),
      ]);
      if (problem) throw problem;
      return watch(async () => {
        const cluster = await requireClusterRefByArgument(context, clusterId);
        const key = { clusterId: cluster.id, namespace, name };
        return context.live.watchRelease(cluster.family, key);
      });
    },
    resolve(update: LiveUpdate<Release>, _args: unknown, context: GatewayContext) {
      // The context lives as long as the subscription: later fields (history, …) must read anew.
      context.loaders.releases.clearAll();
      return unwrap(update);
    },
  },
  addonStatus: {
    subscribe(_parent, { clusterId, id }, context) {
      return watch(async () => {
        const cluster = await requireClusterRefByArgument(context, clusterId);
        return context.live.watchAddon(cluster.family, cluster.id, addonUid(cluster.id, id));
      });
    },
    resolve(update: LiveUpdate<Addon>, _args: unknown, context: GatewayContext) {
      context.loaders.addons.clearAll();
      return unwrap(update);
    },
  },
};
