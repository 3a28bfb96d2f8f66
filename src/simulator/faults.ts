/**
 * Fault injection for tests and benchmarks. A fault targets one SDK operation or every CCE route;
 * an operation's own fault wins over the global one. Faults apply after authentication and before
 * the handler, so a request answered by a fault changes nothing. The one exception is a latency
 * fault that delays the answer: the request is handled at once (a write lands) and only its
 * answer is late, as when CCE applies a change and the answer is lost to a timeout.
 */
import { z } from 'zod';

interface FaultScope {
  /** SDK operation name, e.g. `ListReleases`; absent: every CCE route. */
  operation?: string;
  /** Apply to this many matching requests, then remove the fault; absent: until cleared. */
  times?: number;
  /** Milliseconds to wait before the fault's effect (for `latency`: before the normal answer). */
  latencyMs?: number;
}

/**
 * What a latency fault holds back: the request, before it is handled (a write lands after the
 * delay), or the answer, after the request was handled (a write has landed, its answer is late).
 */
export type LatencyDelay = 'request' | 'answer';

export type Fault = FaultScope &
  /** The normal answer, late; `delay` defaults to `request`. */
  (
    | { type: 'latency'; latencyMs: number; delay?: LatencyDelay }
    /** An error answer with a CCE error body; code and message default to the documented ones. */
    | { type: 'error'; status: number; code?: string; message?: string }
    /** 429 with `CCE.02429001` (CCE body) or `APIG.0308` (API-gateway body), optional Retry-After. */
    | { type: 'throttle'; code?: 'CCE.02429001' | 'APIG.0308'; retryAfterSeconds?: number }
    /** The connection is reset without an answer. */
    | { type: 'reset' }
    /** 200 with a JSON content type and a truncated, unparseable body. */
    | { type: 'malformed' }
    /** No answer until the client goes away or the simulator closes. */
    | { type: 'hang' }
  );

const MAX_LATENCY_MS = 600_000;
const scope = {
  operation: z.string().min(1).optional(),
  times: z.int().positive().optional(),
  latencyMs: z.int().nonnegative().max(MAX_LATENCY_MS).optional(),
};

const faultSchema: z.ZodType<Fault> = z.discriminatedUnion('type', [
  z.strictObject({
    ...scope,
    type: z.literal('latency'),
    latencyMs: z.int().positive().max(MAX_LATENCY_MS),
    delay: z.enum(['request', 'answer']).optional(),
  }),
  z.strictObject({
    ...scope,
    type: z.literal('error'),
    status: z.int().min(400).max(599),
    code: z.string().min(1).optional(),
    message: z.string().optional(),
  }),
  z.strictObject({
    ...scope,
    type: z.literal('throttle'),
    code: z.enum(['CCE.02429001', 'APIG.0308']).optional(),
    retryAfterSeconds: z.int().nonnegative().optional(),
  }),
  z.strictObject({ ...scope, type: z.literal('reset') }),
  z.strictObject({ ...scope, type: z.literal('malformed') }),
  z.strictObject({ ...scope, type: z.literal('hang') }),
]);

/**
 * One fault or an array of faults from JSON (HTTP control route, SIMULATOR_FAULTS); throws an
 * Error that says what is wrong, including unknown operation names.
 */
export function parseFaults(value: unknown, operations: ReadonlySet<string>): Fault[] {
  const result = z.array(faultSchema).safeParse(Array.isArray(value) ? value : [value]);
  if (!result.success) throw new Error(`Invalid fault: ${z.prettifyError(result.error)}`);
  for (const fault of result.data) checkOperation(fault, operations);
  return result.data;
}

function checkOperation(fault: Fault, operations: ReadonlySet<string>): void {
  if (fault.operation !== undefined && !operations.has(fault.operation)) {
    throw new Error(
      `Unknown operation ${fault.operation}; known operations: ${[...operations].sort().join(', ')}.`,
    );
  }
}

const EVERY_ROUTE = '*';

interface ActiveFault {
  readonly fault: Fault;
  /** Applications left; Infinity without `times`. */
  remaining: number;
}

export class FaultRegistry {
  readonly #active = new Map<string, ActiveFault>();

  /** Sets the fault of its operation (or the global one), replacing what was there. */
  set(fault: Fault): void {
    this.#active.set(fault.operation ?? EVERY_ROUTE, {
      fault: { ...fault },
      remaining: fault.times ?? Number.POSITIVE_INFINITY,
    });
  }

  /** Removes one operation's fault (`'*'` for the global one), or all of them. */
  clear(operation?: string): void {
    if (operation === undefined) this.#active.clear();
    else this.#active.delete(operation);
  }

  /** The active faults; `times` shows the applications left. */
  list(): Fault[] {
    return [...this.#active.values()].map(({ fault, remaining }) =>
      Number.isFinite(remaining) ? { ...fault, times: remaining } : fault,
    );
  }

  /** The fault to apply to a request for `operation`, counting one application. */
  take(operation: string): Fault | undefined {
    if (this.#active.size === 0) return undefined;
    const key = this.#active.has(operation) ? operation : EVERY_ROUTE;
    const active = this.#active.get(key);
    if (active === undefined) return undefined;
    active.remaining -= 1;
    if (active.remaining <= 0) this.#active.delete(key);
    return active.fault;
  }
}
