/**
 * Resolvers of addon.graphql: `Addon`, `AddonTemplate`, `AddonVersion`, `AddonUpgradePreview`,
 * the add-on queries and the add-on mutations.
 */
import type {
  AddonResolvers,
  AddonTemplateResolvers,
  AddonUpgradePreviewResolvers,
  AddonVersionResolvers,
  MutationResolvers,
  QueryResolvers,
  Resolvers,
} from '../generated/graphql.ts';
import { addonGlobalId } from '../ids.ts';
import { AddonTemplateType, cceValues } from './enums.ts';
import { maskedJson } from '../values/json-text.ts';
import { knownValue, toDateTime } from './values.ts';

const TEMPLATE_TYPES = cceValues(AddonTemplateType);

const Addon: AddonResolvers = {
  __resolveReference: (reference, { cce }) => cce.addons.fromReference(reference),
  id: (addon) => addonGlobalId(addon.clusterId, addon.id),
  uid: (addon) => addon.id,
  cluster: (addon, _args, { cce }) => cce.clusters.byId(addon.clusterId),
  template: (addon, _args, { cce }) => cce.addons.templateOf(addon),
  rollbackable: (addon) => addon.isRollbackable,
  values: (addon) => maskedJson(addon.values),
  latestVersion: (addon, _args, { cce }) => cce.addons.latestVersion(addon),
  upgradeAvailable: (addon, _args, { cce }) => cce.addons.upgradeAvailable(addon),
  pendingSince: (addon, _args, { cce }) => cce.addons.pendingSince(addon),
  stuck: (addon, _args, { cce }) => cce.addons.stuck(addon),
  createdAt: (addon) => toDateTime(addon.createdAt),
  updatedAt: (addon) => toDateTime(addon.updatedAt),
};

const AddonTemplate: AddonTemplateResolvers = {
  clusterType: (template) => template.family,
  type: (template) => knownValue(TEMPLATE_TYPES, template.type),
};

const AddonVersion: AddonVersionResolvers = {
  supportedClusters: (version) => version.supportVersions,
  createdAt: (version) => toDateTime(version.createdAt),
  updatedAt: (version) => toDateTime(version.updatedAt),
};

const AddonUpgradePreview: AddonUpgradePreviewResolvers = {
  // Its own field, so that CCE's precheck starts only when asked for, and a precheck that does not
  // finish in time fails this field alone: the rest of the preview is still answered.
  precheck: (preview, _args, { cce }) => cce.addons.precheck(preview),
};

const addonQueries: Pick<
  QueryResolvers,
  'addons' | 'addon' | 'addonTemplates' | 'addonUpgradePreview'
> = {
  addons: (_parent, { clusterId, templateName }, { cce }) =>
    cce.addons.list(clusterId, templateName),
  addon: (_parent, args, { cce }) => cce.addons.byArgument(args),
  addonTemplates: (_parent, args, { cce }) => cce.addons.templates(args),
  addonUpgradePreview: (_parent, { input }, { cce }) => cce.addons.upgradePreview(input),
};

const addonMutations: Pick<
  MutationResolvers,
  'addonInstall' | 'addonUpgrade' | 'addonRollback' | 'addonUninstall'
> = {
  addonInstall: (_parent, { input }, { cce }) => cce.addons.install(input),
  addonUpgrade: (_parent, { input }, { cce }) => cce.addons.upgrade(input),
  addonRollback: (_parent, { input }, { cce }) => cce.addons.rollback(input),
  addonUninstall: (_parent, { input }, { cce }) => cce.addons.uninstall(input),
};

/** The resolvers of addon.graphql. */
export const addonResolvers: Resolvers = {
  Addon,
  AddonTemplate,
  AddonVersion,
  AddonUpgradePreview,
  Query: addonQueries,
  Mutation: addonMutations,
};
