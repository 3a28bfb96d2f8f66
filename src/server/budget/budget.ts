/**
 * Each request's upstream-call budget: the estimate made before execution, and the calls actually
 * started, which stop at the limit. A call past the limit is not sent: it fails with
 * UpstreamBudgetExceeded, so the fields that needed it answer UPSTREAM_BUDGET_EXCEEDED and the rest
 * of the answer is partial data.
 *
 * It lives on the GraphQL context as `context.upstreamBudget` (created with the context; the
 * estimate is filled in by the budget plugin before execution). Whoever else spends per-request
 * CCE capacity (a rate limiter, say) reads `estimate` there, or runs `estimateUpstreamCalls`
 * (estimate.ts) on the operation's `selectedFieldsOf` (operation-fields.ts) itself.
 */

/** A call refused because the request has spent its upstream-call budget. */
export class UpstreamBudgetExceeded extends Error {
  override readonly name = 'UpstreamBudgetExceeded';
  readonly limit: number;
  constructor(limit: number) {
    super(
      `This request has made the ${limit} CCE calls its upstream-call budget allows ` +
        '(UPSTREAM_CALL_BUDGET); ask for less at once.',
    );
    this.limit = limit;
  }
}

export interface UpstreamBudget {
  /** The most CCE calls a request may make; 0: no budget. */
  readonly limit: number;
  /** The operation's estimate (estimate.ts); null until the operation has been estimated. */
  estimate: number | null;
  /** Calls started so far. */
  readonly spent: number;
  /** Counts one call about to start; throws UpstreamBudgetExceeded when none is left. */
  spend(): void;
}

export function createUpstreamBudget(limit: number): UpstreamBudget {
  let spent = 0;
  return {
    limit,
    estimate: null,
    get spent() {
      return spent;
    },
    spend() {
      if (limit > 0 && spent >= limit) throw new UpstreamBudgetExceeded(limit);
      spent += 1;
    },
  };
}
