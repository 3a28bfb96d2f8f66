/** Add-on instances: the simulator's record and its wire form (`AddonInstance`). */
import { isoSeconds } from '../time.ts';
import type { AddonTemplate, AddonVersion } from './addon-templates.ts';
import type { ClusterFamily } from './cluster.ts';

export type AddonStatus =
  | 'installing'
  | 'installFailed'
  | 'running'
  | 'abnormal'
  | 'available'
  | 'upgrading'
  | 'upgradeFailed'
  | 'rollbacking'
  | 'rollbackFailed'
  | 'deleting';

export type AddonValues = Readonly<Record<string, unknown>>;

/** The state an add-on can change; everything else about it is fixed at install. */
export interface AddonState {
  readonly version: AddonVersion;
  readonly values: AddonValues;
  readonly status: AddonStatus;
  /** `status.Reason` on the wire. */
  readonly reason: string;
  readonly message: string;
  readonly isRollbackable: boolean;
  readonly previousVersion: string | undefined;
  /** What a rollback restores: the version and values from before the last upgrade. */
  readonly rollbackTarget:
    { readonly version: AddonVersion; readonly values: AddonValues } | undefined;
  readonly updatedAt: Date;
}

export interface AddonRecord {
  /** `metadata.uid`, the add-on id in every path. */
  readonly id: string;
  readonly clusterId: string;
  readonly projectId: string;
  readonly family: ClusterFamily;
  readonly template: AddonTemplate;
  readonly createdAt: Date;
  state: AddonState;
  /** Rendered wire JSON; cleared by every state change. */
  json: string | undefined;
}

export function createAddonRecord(
  identity: Omit<AddonRecord, 'state' | 'json'>,
  state: AddonState,
): AddonRecord {
  return { ...identity, state, json: undefined };
}

export function changeAddonState(record: AddonRecord, change: Partial<AddonState>): void {
  record.state = { ...record.state, ...change };
  record.json = undefined;
}

function addonWire(record: AddonRecord) {
  const { template, state } = record;
  return {
    kind: 'Addon',
    apiVersion: 'v3',
    metadata: {
      uid: record.id,
      name: template.name,
      alias: template.alias,
      creationTimestamp: isoSeconds(record.createdAt),
      updateTimestamp: isoSeconds(state.updatedAt),
    },
    spec: {
      clusterID: record.clusterId,
      version: state.version.version,
      addonTemplateName: template.name,
      addonTemplateType: template.type,
      addonTemplateLogo: template.logoUrl,
      addonTemplateLabels: template.labels,
      description: template.description,
      values: state.values,
    },
    status: {
      status: state.status,
      Reason: state.reason,
      message: state.message,
      targetVersions: null,
      currentVersion: state.version.wire,
      isRollbackable: state.isRollbackable,
      ...(state.previousVersion === undefined ? {} : { previousVersion: state.previousVersion }),
    },
  };
}

/** `AddonInstance` JSON; rendered once per change and reused by every read. */
export function addonJson(record: AddonRecord): string {
  record.json ??= JSON.stringify(addonWire(record));
  return record.json;
}
