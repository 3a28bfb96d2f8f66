/**
 * One log line per upstream CCE call, written through the current request's logger so that the
 * gateway's request id and CCE's own request id (`upstream.requestId`) stand in the same line.
 *
 * Routine calls are debug lines; calls CCE failed to answer (timeouts, unreachable, 5xx) are
 * warnings, since they are what an operator looks for when CCE misbehaves.
 */
import { logDurationMs } from './logger.ts';
import type { RequestScope } from './request-scope.ts';
import type { UpstreamCall, UpstreamCallWatcher } from './upstream-calls.ts';

function isUpstreamFailure(event: UpstreamCall): boolean {
  return event.status === null ? event.outcome !== 'success' : event.status >= 500;
}

export function logUpstreamCalls(scope: RequestScope): UpstreamCallWatcher {
  return (event) => {
    const log = scope.log();
    const level = isUpstreamFailure(event) ? 'warn' : 'debug';
    // Checked first so that a call costs no log object when debug lines are off.
    if (!log.isLevelEnabled(level)) return;
    log[level](
      {
        upstream: {
          operation: event.operation,
          method: event.method,
          status: event.status,
          outcome: event.outcome,
          attempts: event.attempts,
          durationMs: logDurationMs(event.durationMs),
          requestId: event.requestId,
        },
      },
      'upstream call',
    );
  };
}
