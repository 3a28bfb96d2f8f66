/**
 * The add-on state machine: installing / upgrading / rollbacking answer at once and settle to
 * running (or installFailed / upgradeFailed / rollbackFailed, see failure-switch.ts) after the
 * transition delay; deleting ends with the add-on gone.
 */
import { randomUUID } from 'node:crypto';
import {
  changeAddonState,
  createAddonRecord,
  type AddonRecord,
  type AddonState,
  type AddonStatus,
  type AddonValues,
} from '../model/addon.ts';
import type { AddonTemplate, AddonVersion } from '../model/addon-templates.ts';
import { containerNetworkMode, type ClusterRecord } from '../model/cluster.ts';
import type { SimulatorStore } from '../store.ts';
import { requestsFailure } from './failure-switch.ts';
import type { TransitionTimer } from './transition-timer.ts';

/** Statuses from which CCE accepts a rollback (RollbackAddonInstance documentation). */
const ROLLBACK_FROM: ReadonlySet<AddonStatus> = new Set([
  'running',
  'available',
  'abnormal',
  'upgradeFailed',
  'rollbackFailed',
]);
const BUSY: ReadonlySet<AddonStatus> = new Set([
  'installing',
  'upgrading',
  'rollbacking',
  'deleting',
]);

const SIMULATED_FAILURE = 'simulated failure (values.simulator.fail is true)';

export function addonOperationInProgress(addon: AddonRecord): boolean {
  return BUSY.has(addon.state.status);
}

export function canRollBack(addon: AddonRecord): boolean {
  return addon.state.isRollbackable && ROLLBACK_FROM.has(addon.state.status);
}

/** The values CCE stores for an instance: the caller's values plus what it injects itself. */
export function injectSystemValues(cluster: ClusterRecord, values: AddonValues): AddonValues {
  return {
    ...values,
    systemAutoInject: {
      cluster: {
        clusterID: cluster.id,
        clusterNetworkMode: containerNetworkMode(cluster.family),
        clusterVersion: cluster.kubernetesVersion,
      },
      user: { projectID: cluster.projectId },
    },
  };
}

export class AddonLifecycle {
  readonly #store: SimulatorStore;
  readonly #timer: TransitionTimer;

  constructor(store: SimulatorStore, timer: TransitionTimer) {
    this.#store = store;
    this.#timer = timer;
  }

  install(
    cluster: ClusterRecord,
    template: AddonTemplate,
    version: AddonVersion,
    values: AddonValues,
  ): AddonRecord {
    const now = new Date();
    const addon = createAddonRecord(
      {
        id: randomUUID(),
        clusterId: cluster.id,
        projectId: cluster.projectId,
        family: cluster.family,
        template,
        createdAt: now,
      },
      {
        version,
        values: injectSystemValues(cluster, values),
        status: 'installing',
        reason: '',
        message: '',
        isRollbackable: false,
        previousVersion: undefined,
        rollbackTarget: undefined,
        updatedAt: now,
      },
    );
    this.#store.putAddon(addon);
    this.#settle(
      addon,
      { status: 'running' },
      { status: 'installFailed', reason: 'addon install failed' },
    );
    return addon;
  }

  upgrade(
    addon: AddonRecord,
    cluster: ClusterRecord,
    version: AddonVersion,
    values: AddonValues,
  ): void {
    const { state } = addon;
    changeAddonState(addon, {
      version,
      values: injectSystemValues(cluster, values),
      status: 'upgrading',
      reason: 'addon upgrading',
      message: '',
      isRollbackable: false,
      previousVersion: state.version.version,
      rollbackTarget: { version: state.version, values: state.values },
      updatedAt: new Date(),
    });
    this.#settle(
      addon,
      { status: 'running', isRollbackable: true },
      { status: 'upgradeFailed', reason: 'addon upgrade failed', isRollbackable: true },
    );
  }

  /** Restores the version and values from before the last upgrade; call only if canRollBack(). */
  rollback(addon: AddonRecord): void {
    const { state } = addon;
    const target = state.rollbackTarget;
    if (target === undefined) throw new Error(`add-on ${addon.id} has nothing to roll back to`);
    changeAddonState(addon, {
      version: target.version,
      values: target.values,
      status: 'rollbacking',
      reason: 'addon rollbacking',
      message: '',
      isRollbackable: false,
      previousVersion: state.version.version,
      updatedAt: new Date(),
    });
    // A failed rollback may be retried, so the target is only dropped once it succeeded.
    this.#settle(
      addon,
      { status: 'running', rollbackTarget: undefined },
      { status: 'rollbackFailed', reason: 'addon rollback failed', isRollbackable: true },
    );
  }

  uninstall(addon: AddonRecord): void {
    changeAddonState(addon, {
      status: 'deleting',
      reason: 'addon deleting',
      message: '',
      updatedAt: new Date(),
    });
    this.#timer.after(this.#key(addon), () => this.#store.removeAddon(addon));
  }

  /** After the delay, applies `success`, or `failure` when the applied values carry the test switch. */
  #settle(addon: AddonRecord, success: Partial<AddonState>, failure: Partial<AddonState>): void {
    this.#timer.after(this.#key(addon), () => {
      const failed = requestsFailure(addon.state.values);
      const outcome = failed
        ? { ...failure, message: SIMULATED_FAILURE }
        : { reason: '', ...success };
      changeAddonState(addon, { ...outcome, updatedAt: new Date() });
    });
  }

  #key(addon: AddonRecord): string {
    return `addon:${addon.id}`;
  }
}
