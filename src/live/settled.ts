/**
 * When an operation on a release or an add-on has finished: the states after which CCE changes
 * nothing on its own, so a status subscription emits its last object and completes.
 *
 * Sources (see cce-api.md §3 and §7): Helm's release statuses, and the add-on statuses Terraform's
 * CCE provider waits for (done: running; failed: installFailed, upgradeFailed, rollbackFailed,
 * deleteFailed, unknown; everything else keeps it polling).
 */
import type { AddonStatus, ReleaseStatus } from '../cce/model.ts';

/**
 * DEPLOYED and FAILED end an install, upgrade or rollback; UNKNOWN needs a person (CCE advises
 * delete and reinstall); DELETED is gone. PENDING_* and DELETING are still moving.
 */
const SETTLED_RELEASE_STATUSES: ReadonlySet<ReleaseStatus> = new Set([
  'DEPLOYED',
  'FAILED',
  'UNKNOWN',
  'DELETED',
]);

/**
 * running is done; the *Failed states and unknown need a person; deleteSuccess is gone.
 * `available` (partly ready) and `abnormal` are not settled: both still change on their own as
 * the add-on's pods come and go, which is what a watcher wants to see (Terraform's Autopilot
 * provider, too, waits past them for running).
 */
const SETTLED_ADDON_STATUSES: ReadonlySet<AddonStatus> = new Set([
  'running',
  'installFailed',
  'upgradeFailed',
  'rollbackFailed',
  'deleteFailed',
  'deleteSuccess',
  'unknown',
]);

export function isReleaseSettled(status: ReleaseStatus): boolean {
  return SETTLED_RELEASE_STATUSES.has(status);
}

export function isAddonSettled(status: AddonStatus): boolean {
  return SETTLED_ADDON_STATUSES.has(status);
}
