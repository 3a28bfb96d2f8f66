/**
 * Per-caller rate limits over HTTP: a caller over its budget is answered RATE_LIMITED (HTTP 429,
 * `Retry-After`, `extensions.retryAfter`) before any CCE call, while another caller is not slowed;
 * the cost-weighted budget spends each operation's upstream-call estimate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startStack, type Stack } from '../support/stack.ts';
import { freshCallers } from './callers.ts';

const LOOKUP = '{ clusters { name } }';
// The dashboard: per cluster, its releases and add-ons (docs/fan-out.md estimates it).
const DASHBOARD = '{ clusters { name releases(first: 5) { totalCount } addons { name } } }';

describe('per-caller rate limits', () => {
  const callers = freshCallers(4, 'rate-limited');
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      simulator: { tokens: callers.tokens },
      gateway: {
        rateLimits: { queriesPerMinute: 3, mutationsPerMinute: 0, upstreamCallsPerMinute: 0 },
      },
    });
  });
  afterAll(() => stack.close());

  it('refuses a caller over its query budget with 429 and Retry-After; another caller is not slowed', async () => {
    const noisy = callers.next();
    const quiet = callers.next();
    for (let i = 0; i < 3; i += 1) {
      expect((await gql(stack, LOOKUP, undefined, noisy)).errors).toBeUndefined();
    }
    stack.simulator.resetStats();
    const refused = await gql(stack, LOOKUP, undefined, noisy);
    expect(refused.status).toBe(429);
    // One token back takes 20 s at 3 a minute (less the time the calls above took).
    const retryAfter = refused.errors?.[0]?.extensions?.['retryAfter'];
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfter });
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(20);
    expect(refused.headers.get('retry-after')).toBe(String(retryAfter));
    expect(stack.simulator.stats().total).toBe(0);

    const other = await gql(stack, LOOKUP, undefined, quiet);
    expect(other.errors).toBeUndefined();
    expect(other.status).toBe(200);
  });
});

describe('the cost-weighted budget', () => {
  const callers = freshCallers(2, 'cost-weighted');
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      simulator: { tokens: callers.tokens },
      gateway: {
        rateLimits: { queriesPerMinute: 0, mutationsPerMinute: 0, upstreamCallsPerMinute: 100 },
      },
    });
  });
  afterAll(() => stack.close());

  it('lets many lookups through but fewer dashboards, by their upstream-call estimate', async () => {
    const lookups = callers.next();
    for (let i = 0; i < 10; i += 1) {
      expect((await gql(stack, LOOKUP, undefined, lookups)).errors).toBeUndefined();
    }
    const dashboards = callers.next();
    const answers = [];
    for (let i = 0; i < 10; i += 1)
      answers.push(await gql(stack, DASHBOARD, undefined, dashboards));
    const limited = answers.filter((answer) => answer.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]?.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
  });
});
