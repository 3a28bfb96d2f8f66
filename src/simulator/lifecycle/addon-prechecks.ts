/**
 * Add-on prechecks: a check task starts `Running` and finishes after the transition delay, as
 * `Success` (no risk found) or `Failed` (risks found). Which risks it finds is decided by the test
 * switches in the values it checks (failure-switch.ts); a compatibility item that always passes
 * stands for the checks CCE runs on every add-on.
 */
import { randomUUID } from 'node:crypto';
import type { AddonRecord, AddonValues } from '../model/addon.ts';
import type {
  AddonCheckTaskRecord,
  CheckTaskRisk,
  CheckType,
  ConfigurationRisk,
} from '../model/addon-precheck.ts';
import type { SimulatorStore } from '../store.ts';
import { requestedPrecheckRisks, type PrecheckSwitches } from './failure-switch.ts';
import type { TransitionTimer } from './transition-timer.ts';

/** How long CCE keeps a finished task (`expireTimeStamp`). */
const KEPT_FOR_MS = 3_600_000;

const PASSED: CheckTaskRisk = {
  riskName: 'AddonVersionCompatibility',
  level: 'Fatal',
  status: 'Success',
  message: 'The target version supports the cluster.',
};

const FATAL: CheckTaskRisk = {
  riskName: 'SimulatedFatalRisk',
  level: 'Fatal',
  status: 'Failed',
  message:
    'Simulated fatal risk (values.simulator.precheckFatal is true): the upgrade must not go ahead.',
};

const WARNING: CheckTaskRisk = {
  riskName: 'SimulatedWarningRisk',
  level: 'Warning',
  status: 'Failed',
  message: 'Simulated warning (values.simulator.precheckWarning is true): check before upgrading.',
};

export interface PrecheckRequest {
  readonly addon: AddonRecord;
  readonly type: CheckType;
  readonly targetVersion: string | undefined;
  /** The values to check: the upgrade's values, or (addonStatic) the add-on's own. */
  readonly values: AddonValues;
}

export interface PrecheckStarted {
  readonly task: AddonCheckTaskRecord;
  /** The settings that differ from the add-on's, when the configuration switch is on; else null. */
  readonly configurationRisks: ConfigurationRisk[] | null;
}

/** What CCE injects into an add-on's values itself, and the test switches: not user settings. */
const NOT_SETTINGS: ReadonlySet<string> = new Set(['systemAutoInject', 'simulator']);

type Leaf = [path: string, value: unknown];

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The leaves of a values document by dotted path (arrays and scalars are leaves). */
function leaves(values: unknown, prefix = ''): Leaf[] {
  if (!isObject(values)) return [[prefix, values]];
  return Object.entries(values)
    .filter(([key]) => prefix !== '' || !NOT_SETTINGS.has(key))
    .flatMap(([key, value]) => leaves(value, prefix === '' ? key : `${prefix}.${key}`));
}

function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Every setting of `values` that differs from the add-on's current values. */
function configurationRisks(addon: AddonRecord, values: AddonValues): ConfigurationRisk[] {
  const before = new Map(leaves(addon.state.values));
  const after = new Map(leaves(values));
  const risk = (field: string, operation: ConfigurationRisk['operation']) => ({
    package: addon.template.name,
    sourceFile: 'values',
    field,
    operation,
    originalValue: before.has(field) ? shown(before.get(field)) : '',
    value: after.has(field) ? shown(after.get(field)) : '',
  });
  const risks: ConfigurationRisk[] = [];
  for (const [field, value] of after) {
    if (!before.has(field)) risks.push(risk(field, 'add'));
    else if (shown(before.get(field)) !== shown(value)) risks.push(risk(field, 'modify'));
  }
  for (const field of before.keys()) if (!after.has(field)) risks.push(risk(field, 'delete'));
  return risks;
}

function findings(switches: PrecheckSwitches): CheckTaskRisk[] {
  return [PASSED, ...(switches.fatal ? [FATAL] : []), ...(switches.warning ? [WARNING] : [])];
}

export class AddonPrecheckLifecycle {
  readonly #store: SimulatorStore;
  readonly #timer: TransitionTimer;

  constructor(store: SimulatorStore, timer: TransitionTimer) {
    this.#store = store;
    this.#timer = timer;
  }

  start(request: PrecheckRequest): PrecheckStarted {
    const { addon } = request;
    const switches = requestedPrecheckRisks(request.values);
    const task: AddonCheckTaskRecord = {
      taskId: randomUUID(),
      type: request.type,
      clusterId: addon.clusterId,
      addonId: addon.id,
      templateName: addon.template.name,
      targetVersion: request.targetVersion,
      createdAt: new Date(),
      status: 'Running',
      message: 'The add-on check is running.',
      risks: [],
      expiresAt: undefined,
    };
    this.#store.addCheckTask(task);
    this.#timer.after(`precheck:${task.taskId}`, () => {
      const risks = findings(switches);
      const found = risks.filter((risk) => risk.status === 'Failed').length;
      task.risks = risks;
      task.status = found > 0 ? 'Failed' : 'Success';
      task.message = found > 0 ? `${found} risk(s) found.` : 'No risk found.';
      task.expiresAt = new Date(Date.now() + KEPT_FOR_MS);
    });
    return {
      task,
      configurationRisks: switches.configuration ? configurationRisks(addon, request.values) : null,
    };
  }
}
