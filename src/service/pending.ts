/**
 * Pending and stuck operations, read from what CCE already answered (no extra call): a release or
 * add-on is pending while an operation runs on it, since its last change (`update_at`,
 * `updateTimestamp`), and `stuck` once that is longer ago than STUCK_AFTER_MS.
 */
import type { AddonStatus, ReleaseStatus } from '../cce/model.ts';
import { toDateTime } from '../values/timestamps.ts';

// An operation runs on the release; Helm refuses a second one meanwhile (the write busy guard).
const PENDING_RELEASE: ReadonlySet<ReleaseStatus> = new Set([
  'PENDING_INSTALL',
  'PENDING_UPGRADE',
  'PENDING_ROLLBACK',
  'DELETING',
]);

const PENDING_ADDON: ReadonlySet<AddonStatus> = new Set([
  'installing',
  'upgrading',
  'rollbacking',
  'deleting',
]);

interface Observed<S> {
  status: S;
  createdAt: string | null;
  updatedAt: string | null;
}

function since<S>(pending: ReadonlySet<S>, object: Observed<S>): Date | null {
  if (!pending.has(object.status)) return null;
  return toDateTime(object.updatedAt) ?? toDateTime(object.createdAt);
}

/** An operation runs on the release: Helm refuses another write until it ends. */
export function isReleaseBusy(status: ReleaseStatus): boolean {
  return PENDING_RELEASE.has(status);
}

/** When the release's pending status began (its last change), or null when it is not pending. */
export function releasePendingSince(release: Observed<ReleaseStatus>): Date | null {
  return since(PENDING_RELEASE, release);
}

/** When the add-on's pending status began (its last change), or null when it is not pending. */
export function addonPendingSince(addon: Observed<AddonStatus>): Date | null {
  return since(PENDING_ADDON, addon);
}

/** Pending since longer than `stuckAfterMs` before `now`. */
export function isStuck(
  pendingSince: Date | null,
  stuckAfterMs: number,
  now = Date.now(),
): boolean {
  return pendingSince !== null && now - pendingSince.getTime() > stuckAfterMs;
}
