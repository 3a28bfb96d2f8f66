/**
 * Resolvers of addon.graphql's types and queries: `Addon`, `AddonTemplate`, `AddonVersion`, the
 * add-on queries. The add-on mutations are in addon-mutations.ts.
 */
import { CLUSTER_FAMILIES } from '../cce/model.ts';
import type {
  AddonResolvers,
  AddonTemplateResolvers,
  AddonVersionResolvers,
  QueryResolvers,
} from '../generated/graphql.ts';
import { addonGlobalId, readReference } from '../ids.ts';
import { AddonTemplateType, cceValues } from './enums.ts';
import {
  addonByArgument,
  clusterRefByArgument,
  objectByGlobalId,
  requireClusterRefByArgument,
} from './lookups.ts';
import { knownValue, toDateTime } from './values.ts';

const TEMPLATE_TYPES = cceValues(AddonTemplateType);

export const Addon: AddonResolvers = {
  async __resolveReference(reference, context) {
    const parsed = readReference('Addon', reference.id);
    if (parsed.kind !== 'global') return null;
    const addon = await objectByGlobalId(context, parsed.id);
    return addon && 'templateName' in addon ? addon : null;
  },
  id: (addon) => addonGlobalId(addon.clusterId, addon.id),
  uid: (addon) => addon.id,
  cluster: (addon, _args, context) => context.loaders.clusters.byId(addon.clusterId),
  async template(addon, _args, context) {
    const family = await context.loaders.clusters.familyOf(addon.clusterId);
    return family ? context.loaders.addonTemplates.byName(family, addon.templateName) : null;
  },
  rollbackable: (addon) => addon.isRollbackable,
  createdAt: (addon) => toDateTime(addon.createdAt),
  updatedAt: (addon) => toDateTime(addon.updatedAt),
};

export const AddonTemplate: AddonTemplateResolvers = {
  clusterType: (template) => template.family,
  type: (template) => knownValue(TEMPLATE_TYPES, template.type),
};

export const AddonVersion: AddonVersionResolvers = {
  supportedClusters: (version) => version.supportVersions,
  createdAt: (version) => toDateTime(version.createdAt),
  updatedAt: (version) => toDateTime(version.updatedAt),
};

export const addonQueries: Pick<QueryResolvers, 'addons' | 'addon' | 'addonTemplates'> = {
  async addons(_parent, { clusterId, templateName }, context) {
    const cluster = await requireClusterRefByArgument(context, clusterId);
    return context.loaders.addons.list(cluster, templateName ?? undefined);
  },
  async addon(_parent, { clusterId, id }, context) {
    const cluster = await clusterRefByArgument(context, clusterId);
    return cluster ? addonByArgument(context, cluster, id) : null;
  },
  async addonTemplates(_parent, { clusterId, clusterType, name, version, newest }, context) {
    const filter = {
      ...(name ? { name } : {}),
      ...(version ? { version } : {}),
      ...(typeof newest === 'boolean' ? { newest } : {}),
    };
    if (clusterId !== null && clusterId !== undefined) {
      const cluster = await requireClusterRefByArgument(context, clusterId);
      return context.loaders.addonTemplates.list(cluster.family, {
        ...filter,
        clusterId: cluster.id,
      });
    }
    const families = clusterType ? [clusterType] : CLUSTER_FAMILIES;
    const lists = await Promise.all(
      families.map((family) => context.loaders.addonTemplates.list(family, filter)),
    );
    return lists.flat();
  },
};
