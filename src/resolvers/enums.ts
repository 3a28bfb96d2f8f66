/**
 * The internal values of the GraphQL enums whose names differ from what CCE sends: each GraphQL
 * value maps to CCE's string, so resolvers pass CCE's strings through unchanged. The generated
 * types pin every entry to the `enumValues` of codegen.yml.
 */
import type {
  AddonStatusResolvers,
  AddonTemplateTypeResolvers,
  ClusterCategoryResolvers,
  ClusterEndpointTypeResolvers,
  ClusterPhaseResolvers,
  Resolvers,
} from '../generated/graphql.ts';

export const ClusterPhase: ClusterPhaseResolvers = {
  AVAILABLE: 'Available',
  UNAVAILABLE: 'Unavailable',
  SCALING_UP: 'ScalingUp',
  SCALING_DOWN: 'ScalingDown',
  CREATING: 'Creating',
  DELETING: 'Deleting',
  UPGRADING: 'Upgrading',
  RESIZING: 'Resizing',
  ROLLING_BACK: 'RollingBack',
  ROLLBACK_FAILED: 'RollbackFailed',
  HIBERNATING: 'Hibernating',
  HIBERNATION: 'Hibernation',
  AWAKING: 'Awaking',
  EMPTY: 'Empty',
  ERROR: 'Error',
  UNKNOWN: 'Unknown',
};

export const ClusterCategory: ClusterCategoryResolvers = { CCE: 'CCE', TURBO: 'Turbo' };

export const ClusterEndpointType: ClusterEndpointTypeResolvers = {
  INTERNAL: 'Internal',
  EXTERNAL: 'External',
};

export const AddonStatus: AddonStatusResolvers = {
  RUNNING: 'running',
  ABNORMAL: 'abnormal',
  INSTALLING: 'installing',
  INSTALL_FAILED: 'installFailed',
  UPGRADING: 'upgrading',
  UPGRADE_FAILED: 'upgradeFailed',
  DELETING: 'deleting',
  DELETE_SUCCESS: 'deleteSuccess',
  DELETE_FAILED: 'deleteFailed',
  AVAILABLE: 'available',
  ROLLING_BACK: 'rollbacking',
  ROLLBACK_FAILED: 'rollbackFailed',
  UNKNOWN: 'unknown',
};

export const AddonTemplateType: AddonTemplateTypeResolvers = { HELM: 'helm', STATIC: 'static' };

/** The CCE strings of an enum, for checking what CCE sent. */
export function cceValues<T extends string>(resolvers: Record<string, T>): readonly T[] {
  return Object.values(resolvers);
}

/** The internal values of the enums of cluster.graphql and addon.graphql. */
export const enumResolvers: Resolvers = {
  ClusterPhase,
  ClusterCategory,
  ClusterEndpointType,
  AddonStatus,
  AddonTemplateType,
};
