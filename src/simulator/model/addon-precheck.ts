/** Add-on check tasks (BatchCreateAddonPrecheck, ListAddonPrecheckTasks): the record and its wire form. */
import { isoSeconds } from '../time.ts';

/** `CheckTaskStatus.status` and `CheckTaskRisk.status`. */
export type CheckStatus = 'Init' | 'Running' | 'Success' | 'Failed';

/** `CheckTaskRisk`. */
export interface CheckTaskRisk {
  readonly riskName: string;
  readonly level: 'Warning' | 'Fatal';
  readonly status: CheckStatus;
  readonly message: string;
}

/** `ConfigurationRisks`: a setting whose value differs from the original one. */
export interface ConfigurationRisk {
  readonly package: string;
  readonly sourceFile: string;
  readonly field: string;
  readonly operation: 'add' | 'delete' | 'modify';
  readonly originalValue: string;
  readonly value: string;
}

export type CheckType = 'addonUpgrade' | 'addonStatic';

export interface AddonCheckTaskRecord {
  readonly taskId: string;
  readonly type: CheckType;
  readonly clusterId: string;
  readonly addonId: string;
  readonly templateName: string;
  readonly targetVersion: string | undefined;
  readonly createdAt: Date;
  status: CheckStatus;
  message: string;
  risks: readonly CheckTaskRisk[];
  /** Set when the task finishes (`Success`/`Failed`); CCE keeps finished tasks until then. */
  expiresAt: Date | undefined;
}

/** `AddonCheckTask`. */
export function addonCheckTaskWire(task: AddonCheckTaskRecord) {
  return {
    metadata: {
      type: task.type,
      taskID: task.taskId,
      addonTemplateName: task.templateName,
      addonInstanceName: task.templateName,
      addonInstanceID: task.addonId,
      createTimeStamp: isoSeconds(task.createdAt),
      ...(task.expiresAt === undefined ? {} : { expireTimeStamp: isoSeconds(task.expiresAt) }),
    },
    spec: task.targetVersion === undefined ? {} : { addonTargetVersion: task.targetVersion },
    status: { status: task.status, message: task.message, riskList: task.risks },
  };
}
