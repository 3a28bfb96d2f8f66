/**
 * How many subscriptions may be open at once: per caller (`callerIdentity`: the credential scope,
 * or in service mode the caller's API key or JWT), so one caller cannot take every slot, and in
 * total, so the gateway's upstream polling stays bounded.
 *
 * The total is this replica's (it bounds this replica's work). The per-caller limit holds across
 * replicas when they share a count (`SharedCallerSlots`, on Redis with REDIS_URL): a caller cannot
 * multiply its slots by the number of replicas.
 */
import { GraphQLError } from 'graphql';

export interface SubscriptionLimits {
  readonly maxPerCaller: number;
  readonly maxTotal: number;
}

export const TOO_MANY_SUBSCRIPTIONS = 'TOO_MANY_SUBSCRIPTIONS';

/** Which limit refused a subscription. */
export type SubscriptionLimit = 'caller' | 'gateway';

/** One slot of a caller in the count replicas share; given back when its subscription ends. */
export interface SharedSlot {
  release(): void;
}

/** The per-caller count of every replica together. */
export interface SharedCallerSlots {
  /**
   * Takes a slot of `caller` unless `max` are open on all replicas together; when they are, how
   * many are open. A store that cannot answer gives the slot (this replica's count still holds).
   */
  take(caller: string, max: number): Promise<SharedSlot | { readonly full: number }>;
  /** Stops keeping this replica's slots alive. */
  close(): Promise<void>;
}

/** One replica: the local count is the whole count. */
export const LOCAL_CALLER_SLOTS: SharedCallerSlots = {
  take: () => Promise.resolve({ release() {} }),
  close: () => Promise.resolve(),
};

export class SubscriptionSlots {
  readonly #limits: SubscriptionLimits;
  readonly #onRefused: (limit: SubscriptionLimit) => void;
  readonly #perCaller = new Map<string, number>();
  #total = 0;

  constructor(limits: SubscriptionLimits, onRefused: (limit: SubscriptionLimit) => void) {
    this.#limits = limits;
    this.#onRefused = onRefused;
  }

  get total(): number {
    return this.#total;
  }

  /** Open subscriptions of one caller. */
  of(caller: string): number {
    return this.#perCaller.get(caller) ?? 0;
  }

  /** Takes a slot for `caller`, or throws TOO_MANY_SUBSCRIPTIONS; give it back with `release`. */
  acquire(caller: string): void {
    const { maxPerCaller, maxTotal } = this.#limits;
    const mine = this.of(caller);
    if (mine >= maxPerCaller) throw this.callerRefusal(mine);
    if (this.#total >= maxTotal) {
      this.#onRefused('gateway');
      throw new GraphQLError(
        `The gateway has ${this.#total} open subscriptions, the most it allows; try again later.`,
        { extensions: { code: TOO_MANY_SUBSCRIPTIONS, limit: maxTotal, per: 'gateway' } },
      );
    }
    this.#perCaller.set(caller, mine + 1);
    this.#total += 1;
  }

  /** The refusal of a caller with `open` subscriptions (here, or on all replicas together). */
  callerRefusal(open: number): GraphQLError {
    this.#onRefused('caller');
    return new GraphQLError(
      `This caller already has ${open} open subscriptions, the most allowed; end one before starting another.`,
      {
        extensions: {
          code: TOO_MANY_SUBSCRIPTIONS,
          limit: this.#limits.maxPerCaller,
          per: 'caller',
        },
      },
    );
  }

  release(caller: string): void {
    const mine = this.of(caller);
    if (mine <= 0) return;
    if (mine === 1) this.#perCaller.delete(caller);
    else this.#perCaller.set(caller, mine - 1);
    this.#total -= 1;
  }
}
