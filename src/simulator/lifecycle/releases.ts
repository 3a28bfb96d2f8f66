/**
 * The release state machine, as Helm behaves: install, upgrade and rollback each add a revision
 * that answers at once in a PENDING_* status and settles to DEPLOYED (or FAILED, see
 * failure-switch.ts) after the transition delay; uninstall shows DELETING, then the release is gone.
 */
import type { ClusterRecord } from '../model/cluster.ts';
import {
  chartOf,
  createRevision,
  currentRevision,
  setRevisionStatus,
  type ChartRef,
  type ReleaseRecord,
  type ReleaseRevision,
  type ReleaseStatus,
} from '../model/release.ts';
import type { SimulatorStore } from '../store.ts';
import { requestsFailure } from './failure-switch.ts';
import type { TransitionTimer } from './transition-timer.ts';

type Values = Readonly<Record<string, unknown>>;
type Parameters = Values | null;

interface Transition {
  readonly pending: ReleaseStatus;
  readonly pendingDescription: string;
  readonly doneDescription: string;
}

const INSTALL: Transition = {
  pending: 'PENDING_INSTALL',
  pendingDescription: 'Initial install underway',
  doneDescription: 'Install complete',
};
const UPGRADE: Transition = {
  pending: 'PENDING_UPGRADE',
  pendingDescription: 'Preparing upgrade',
  doneDescription: 'Upgrade complete',
};
const rollbackTo = (target: number): Transition => ({
  pending: 'PENDING_ROLLBACK',
  pendingDescription: 'Preparing rollback',
  doneDescription: `Rollback to ${target}`,
});

const DRY_RUN_DESCRIPTION = 'Dry run complete';
const DELETING_DESCRIPTION = 'Deletion in progress (or silently failed)';
const BUSY: ReadonlySet<ReleaseStatus> = new Set([
  'PENDING_INSTALL',
  'PENDING_UPGRADE',
  'PENDING_ROLLBACK',
  'DELETING',
]);

export interface InstallRequest {
  readonly name: string;
  readonly namespace: string;
  readonly description: string | undefined;
  readonly chart: ChartRef;
  readonly values: Values;
  readonly parameters: Parameters;
}

export interface ChangeRequest {
  readonly chart: ChartRef;
  readonly values: Values;
  readonly parameters: Parameters;
}

/** True while an install, upgrade, rollback or uninstall has not settled; Helm refuses another. */
export function operationInProgress(release: ReleaseRecord): boolean {
  return BUSY.has(currentRevision(release).status);
}

export class ReleaseLifecycle {
  readonly #store: SimulatorStore;
  readonly #timer: TransitionTimer;

  constructor(store: SimulatorStore, timer: TransitionTimer) {
    this.#store = store;
    this.#timer = timer;
  }

  /** Installs a release; with `dryRun` only returns what would be installed. */
  install(cluster: ClusterRecord, request: InstallRequest, dryRun: boolean): ReleaseRecord {
    const now = new Date();
    const release: ReleaseRecord = {
      clusterId: cluster.id,
      clusterName: cluster.name,
      namespace: request.namespace,
      name: request.name,
      createdAt: now,
      description: request.description,
      revisions: [],
    };
    return this.#apply(release, { ...request, revision: 1, at: now }, INSTALL, dryRun);
  }

  upgrade(release: ReleaseRecord, change: ChangeRequest, dryRun: boolean): ReleaseRecord {
    const revision = currentRevision(release).revision + 1;
    return this.#apply(release, { ...change, revision, at: new Date() }, UPGRADE, dryRun);
  }

  /** Restores revision `target`'s chart and values as a new revision. */
  rollback(
    release: ReleaseRecord,
    target: ReleaseRevision,
    parameters: Parameters,
    dryRun: boolean,
  ): ReleaseRecord {
    const revision = currentRevision(release).revision + 1;
    const change = {
      chart: chartOf(target),
      values: target.values,
      parameters,
      revision,
      at: new Date(),
    };
    return this.#apply(release, change, rollbackTo(target.revision), dryRun);
  }

  /** Marks the release DELETING; it disappears after the transition delay. */
  uninstall(release: ReleaseRecord): void {
    setRevisionStatus(currentRevision(release), 'DELETING', DELETING_DESCRIPTION, new Date());
    this.#timer.after(this.#key(release), () => this.#store.removeRelease(release));
  }

  #apply(
    release: ReleaseRecord,
    change: ChangeRequest & { revision: number; at: Date },
    transition: Transition,
    dryRun: boolean,
  ): ReleaseRecord {
    const revision = createRevision({
      ...change,
      status: transition.pending,
      statusDescription: dryRun ? DRY_RUN_DESCRIPTION : transition.pendingDescription,
    });
    if (dryRun) return { ...release, revisions: [...release.revisions, revision] };
    release.revisions.push(revision);
    this.#store.putRelease(release);
    this.#timer.after(this.#key(release), () => this.#settle(release, revision, transition));
    return release;
  }

  #settle(release: ReleaseRecord, revision: ReleaseRevision, transition: Transition): void {
    const failed = requestsFailure(revision.values);
    const description = failed
      ? `Release "${release.name}" failed: simulated failure (values.simulator.fail is true)`
      : transition.doneDescription;
    setRevisionStatus(revision, failed ? 'FAILED' : 'DEPLOYED', description, new Date());
  }

  #key(release: ReleaseRecord): string {
    return `release:${release.clusterId}/${release.namespace}/${release.name}`;
  }
}
