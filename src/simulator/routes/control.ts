/**
 * The simulator's own control routes (not part of CCE), answered only to loopback callers and
 * without authentication:
 *   GET /__simulator/stats      {total, operations}      DELETE /__simulator/stats   reset (204)
 *   GET /__simulator/faults     {faults: [...]}          PUT /__simulator/faults     a fault or an array of faults
 *   DELETE /__simulator/faults[?operation=Op]  clear all faults, or one operation's ('*' = the global one)
 *   POST /__simulator/reset     the demo data as at start (204); pending transitions are dropped,
 *                               faults and counters stay (they have their own DELETE)
 */
import { parseFaults, type FaultRegistry } from '../faults.ts';
import { jsonReply, type Reply } from '../reply.ts';
import type { OperationStats } from '../stats.ts';

export const CONTROL_PREFIX = '/__simulator/';

export interface ControlDeps {
  readonly stats: OperationStats;
  readonly faults: FaultRegistry;
  readonly operations: ReadonlySet<string>;
  /** Restores the data the simulator started with. */
  readonly reset: () => void;
}

const NO_CONTENT: Reply = { status: 204, body: '', contentType: 'text/plain' };

function controlError(status: number, message: string): Reply {
  return jsonReply(status, { error: message });
}

/** Loopback callers only: 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 addresses. */
export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  const ipv4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return ipv4.startsWith('127.') || address === '::1';
}

function setFaults(deps: ControlDeps, body: Uint8Array): Reply {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(body).toString('utf8'));
  } catch {
    return controlError(400, 'The body must be a fault or an array of faults, as JSON.');
  }
  try {
    for (const fault of parseFaults(value, deps.operations)) deps.faults.set(fault);
  } catch (error) {
    return controlError(400, (error as Error).message);
  }
  return jsonReply(200, { faults: deps.faults.list() });
}

export function controlReply(
  deps: ControlDeps,
  method: string,
  path: string,
  query: URLSearchParams,
  body: Uint8Array,
): Reply {
  const resource = path.slice(CONTROL_PREFIX.length).replace(/\/$/, '');
  if (resource === 'stats') {
    if (method === 'GET') return jsonReply(200, deps.stats.snapshot());
    if (method === 'DELETE') {
      deps.stats.reset();
      return NO_CONTENT;
    }
    return controlError(405, `${method} is not supported on ${path}; use GET or DELETE.`);
  }
  if (resource === 'faults') {
    if (method === 'GET') return jsonReply(200, { faults: deps.faults.list() });
    if (method === 'PUT') return setFaults(deps, body);
    if (method === 'DELETE') {
      deps.faults.clear(query.get('operation') ?? undefined);
      return NO_CONTENT;
    }
    return controlError(405, `${method} is not supported on ${path}; use GET, PUT or DELETE.`);
  }
  if (resource === 'reset') {
    if (method !== 'POST') {
      return controlError(405, `${method} is not supported on ${path}; use POST.`);
    }
    deps.reset();
    return NO_CONTENT;
  }
  return controlError(
    404,
    `Unknown control route ${path}; try ${CONTROL_PREFIX}stats, ${CONTROL_PREFIX}faults or ${CONTROL_PREFIX}reset.`,
  );
}
