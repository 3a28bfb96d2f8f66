/**
 * Resolvers of subscription.graphql: live status of a release or an add-on. `subscribe` hands
 * over to the request's service (which checks the arguments and finds the cluster); `resolve`
 * turns each update into the object (or throws the error that ended the watch).
 */
import type { Addon, Release } from '../cce/model.ts';
import type { GatewayContext } from '../context.ts';
import type { Resolvers, SubscriptionResolvers } from '../generated/graphql.ts';
import type { LiveUpdate } from '../live/poller.ts';

const Subscription: SubscriptionResolvers<GatewayContext> = {
  releaseStatus: {
    subscribe: (_parent, args, { cce }) => cce.releases.watch(args),
    resolve: (update: LiveUpdate<Release>, _args: unknown, { cce }: GatewayContext) =>
      cce.releases.fromUpdate(update),
  },
  addonStatus: {
    subscribe: (_parent, args, { cce }) => cce.addons.watch(args),
    resolve: (update: LiveUpdate<Addon>, _args: unknown, { cce }: GatewayContext) =>
      cce.addons.fromUpdate(update),
  },
};

/** The resolvers of subscription.graphql. */
export const subscriptionResolvers: Resolvers = { Subscription };
