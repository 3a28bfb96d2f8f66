/**
 * `Release.lastOperation`, inferred from the history (CCE records no operation type):
 *
 * - a revision is a ROLLBACK when its status is PENDING_ROLLBACK or its description mentions a
 *   rollback (Helm writes `Rollback to <n>`, which also names the revision it restored); else
 *   the oldest revision in the history is the INSTALL (or PENDING_INSTALL says so); else it is an
 *   UPGRADE;
 * - the last operation is the newest revision's, except when that revision is a rollback right
 *   after a FAILED revision: then it is the failed operation, `rolledBack`, with the revision it
 *   was rolled back to.
 */
import type { Release, ReleaseStatus } from '../cce/model.ts';

export type ReleaseOperationKind = 'INSTALL' | 'UPGRADE' | 'ROLLBACK';

export interface ReleaseOperation {
  kind: ReleaseOperationKind;
  /** The revision the release was at before; null for an install. */
  fromRevision: number | null;
  /** The revision the operation made. */
  toRevision: number;
  /** For a rollback: the revision whose chart and values it restored, when CCE says. */
  restoredRevision: number | null;
  /** The status of `toRevision` as the history reports it. */
  status: ReleaseStatus;
  failed: boolean;
  /** The operation failed and a rollback followed it. */
  rolledBack: boolean;
  /** The revision that rollback restored, when CCE says. */
  rolledBackTo: number | null;
  /** When `toRevision` was made. */
  at: string | null;
}

const ROLLBACK_TO = /rollback to (\d+)/i;

function kindOf(revision: Release, oldest: number): ReleaseOperationKind {
  const text = `${revision.statusDescription ?? ''} ${revision.description ?? ''}`;
  if (revision.status === 'PENDING_ROLLBACK' || /rollback/i.test(text)) return 'ROLLBACK';
  if (revision.status === 'PENDING_INSTALL' || revision.revision === oldest) return 'INSTALL';
  return 'UPGRADE';
}

function restoredBy(revision: Release): number | null {
  const text = `${revision.statusDescription ?? ''} ${revision.description ?? ''}`;
  const match = ROLLBACK_TO.exec(text);
  return match ? Number(match[1]) : null;
}

function operationOf(revision: Release, previous: Release | undefined, oldest: number) {
  const kind = kindOf(revision, oldest);
  return {
    kind,
    fromRevision: kind === 'INSTALL' ? null : (previous?.revision ?? null),
    toRevision: revision.revision,
    restoredRevision: kind === 'ROLLBACK' ? restoredBy(revision) : null,
    status: revision.status,
    failed: revision.status === 'FAILED',
    rolledBack: false,
    rolledBackTo: null,
    at: revision.createdAt ?? revision.updatedAt,
  } satisfies ReleaseOperation;
}

/** The last operation of a release, from its history (any order); null for an empty history. */
export function lastOperation(history: readonly Release[]): ReleaseOperation | null {
  const sorted = [...history].sort((a, b) => b.revision - a.revision);
  const [newest, previous, beforePrevious] = sorted;
  if (!newest) return null;
  const oldest = sorted.at(-1)?.revision ?? newest.revision;
  const last = operationOf(newest, previous, oldest);
  if (last.kind === 'ROLLBACK' && previous?.status === 'FAILED') {
    return {
      ...operationOf(previous, beforePrevious, oldest),
      rolledBack: true,
      rolledBackTo: last.restoredRevision,
    };
  }
  return last;
}
