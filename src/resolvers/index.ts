/**
 * The resolver map of the whole schema, assembled from one file per SDL file.
 */
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import type { Resolvers } from '../generated/graphql.ts';
import { Addon, AddonTemplate, AddonVersion, addonMutations, addonQueries } from './addon.ts';
import { Chart, chartQueries } from './chart.ts';
import { Cluster, ClusterEndpoint, clusterQueries } from './cluster.ts';
import { Node, commonQueries } from './common.ts';
import {
  AddonStatus,
  AddonTemplateType,
  ClusterCategory,
  ClusterEndpointType,
  ClusterPhase,
} from './enums.ts';
import { OutdatedItem, outdatedQueries } from './outdated.ts';
import {
  Release,
  ReleaseOperation,
  ReleaseRevision,
  releaseMutations,
  releaseQueries,
} from './release.ts';
import { Subscription } from './subscription.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  JSON: JSONResolver,
  Node,
  Query: {
    ...commonQueries,
    ...clusterQueries,
    ...releaseQueries,
    ...chartQueries,
    ...addonQueries,
    ...outdatedQueries,
  },
  Mutation: { ...releaseMutations, ...addonMutations },
  Subscription,
  Cluster,
  ClusterEndpoint,
  Release,
  ReleaseRevision,
  ReleaseOperation,
  Chart,
  Addon,
  AddonTemplate,
  AddonVersion,
  OutdatedItem,
  ClusterPhase,
  ClusterCategory,
  ClusterEndpointType,
  AddonStatus,
  AddonTemplateType,
};
