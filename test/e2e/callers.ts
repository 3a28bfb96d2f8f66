/**
 * Callers the gateway has never seen, for counting what a lookup costs before the caller's
 * cluster directory knows the cluster (the cold cost). Each is a token of demo-project of its own,
 * so each has its own credential scope; pass `tokens` to the simulator of the stack.
 */
import {
  DEMO_PROJECT_ID,
  DEMO_TOKEN,
  OTHER_PROJECT_ID,
  OTHER_TOKEN,
} from '../../src/simulator/demo-data.ts';

/** A second token of demo-project: the same project's data, another caller. */
export const SECOND_DEMO_TOKEN = 'demo-token-2';

/**
 * The simulator's token map of the isolation tests: two callers of demo-project (who may both see
 * its objects, each in a credential scope of its own) and one of other-project.
 */
export const ISOLATION_TOKENS: Readonly<Record<string, string>> = Object.freeze({
  [DEMO_TOKEN]: DEMO_PROJECT_ID,
  [SECOND_DEMO_TOKEN]: DEMO_PROJECT_ID,
  [OTHER_TOKEN]: OTHER_PROJECT_ID,
});

export interface FreshCallers {
  /** The simulator's token map: the demo and other tokens, and the fresh callers' tokens. */
  readonly tokens: Record<string, string>;
  /** Headers of a demo-project caller no earlier call of this set used. */
  next(): Record<string, string>;
}

export function freshCallers(count: number, prefix: string): FreshCallers {
  const fresh = Array.from({ length: count }, (_, index) => `${prefix}-${index}`);
  let used = 0;
  return {
    tokens: {
      [DEMO_TOKEN]: DEMO_PROJECT_ID,
      [OTHER_TOKEN]: OTHER_PROJECT_ID,
      ...Object.fromEntries(fresh.map((token) => [token, DEMO_PROJECT_ID])),
    },
    next() {
      const token = fresh[used];
      if (token === undefined) throw new Error(`All ${count} fresh callers are used up.`);
      used += 1;
      return { 'X-Auth-Token': token };
    },
  };
}
