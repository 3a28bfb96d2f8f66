/**
 * How many subscriptions may be open at once: per caller (`callerIdentity`: the credential scope,
 * or in service mode the caller's API key or JWT), so one caller cannot take every slot, and in
 * total, so the gateway's upstream polling stays bounded.
 */
import { GraphQLError } from 'graphql';

export interface SubscriptionLimits {
  readonly maxPerCaller: number;
  readonly maxTotal: number;
}

export const TOO_MANY_SUBSCRIPTIONS = 'TOO_MANY_SUBSCRIPTIONS';

/** Which limit refused a subscription. */
export type SubscriptionLimit = 'caller' | 'gateway';

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
    if (mine >= maxPerCaller) {
      this.#onRefused('caller');
      throw new GraphQLError(
        `This caller already has ${mine} open subscriptions, the most allowed; end one before starting another.`,
        { extensions: { code: TOO_MANY_SUBSCRIPTIONS, limit: maxPerCaller, per: 'caller' } },
      );
    }
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

  release(caller: string): void {
    const mine = this.of(caller);
    if (mine <= 0) return;
    if (mine === 1) this.#perCaller.delete(caller);
    else this.#perCaller.set(caller, mine - 1);
    this.#total -= 1;
  }
}
