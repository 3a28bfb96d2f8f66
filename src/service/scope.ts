/**
 * What every part of one request's CCE service shares: the caller's client, the request's call
 * options (its abort signal), the request's loaders, the caller's live session and what writes
 * need of the request (the idempotency store, as this caller).
 */
import type { CallOptions, CceClient } from '../cce/model.ts';
import type { LiveSession } from '../live/session.ts';
import type { Loaders } from '../loaders/index.ts';
import type { WriteScope } from './writes.ts';

/** What the service infers from CCE's answers, as configured. */
export interface ServiceInsights {
  /** STUCK_AFTER_MS: a pending status older than this is `stuck`. */
  readonly stuckAfterMs: number;
  /** ADDON_PRECHECK_TIMEOUT_MS: how long an add-on upgrade preview waits for CCE's precheck. */
  readonly addonPrecheckTimeoutMs: number;
  /** ADDON_PRECHECK_POLL_MS: the wait between two reads of the precheck task. */
  readonly addonPrecheckPollMs: number;
}

export interface ServiceScope {
  readonly client: CceClient;
  /** Passed to every upstream call: the request's abort signal. */
  readonly options: CallOptions;
  readonly loaders: Loaders;
  readonly live: LiveSession;
  readonly writes: WriteScope;
  readonly insights: ServiceInsights;
}
