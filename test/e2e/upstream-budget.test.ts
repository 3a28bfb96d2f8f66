/**
 * The upstream-call budget (UPSTREAM_CALL_BUDGET): an operation estimated over it is refused before
 * any CCE call, with the estimate; one that runs stops calling CCE once the budget is spent, and
 * the fields that needed more calls answer UPSTREAM_BUDGET_EXCEEDED beside the partial data.
 * Before, one accepted request made 4,042 CCE calls (`first:` given as a variable was not counted).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ASSUMED_CLUSTERS } from '../../src/server/budget/estimate.ts';
import { graphql } from '../generated/index.ts';
import { useStack } from './harness.ts';

const HISTORY = graphql(`
  query UpstreamBudgetHistory($f: Int) { clusters { name releases(first: $f) { nodes { name history { revision } } } } }
`);
const RELEASE_COUNTS = graphql(`
  query UpstreamBudgetReleaseCounts { clusters { name releases { totalCount } } }
`);

describe('upstream-call budget (default)', () => {
  const env = useStack();
  beforeEach(() => {
    env.stack.simulator.resetStats();
  });

  it('refuses an operation estimated over the budget before any upstream call, with the estimate', async () => {
    expect(env.stack.config.security.upstreamCallBudget).toBe(200);
    const answer = await env.client.raw(HISTORY, { f: 100 });
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors[0]?.extensions).toEqual({
      code: 'UPSTREAM_BUDGET_EXCEEDED',
      estimate: 2 + ASSUMED_CLUSTERS + ASSUMED_CLUSTERS * 100,
      limit: 200,
    });
    expect(env.stack.simulator.stats().total).toBe(0);
  });

  it('runs the same operation with a page small enough', async () => {
    const answer = await env.client.raw(HISTORY, { f: 2 });
    expect(answer.errors).toEqual([]);
    expect(answer.data.clusters?.length).toBeGreaterThan(0);
  });
});

describe('upstream-call budget, spent while running', () => {
  // More clusters than the estimate assumes: the estimate passes, the count stops the request.
  const clusters = ASSUMED_CLUSTERS + 10;
  const budget = ASSUMED_CLUSTERS + 5;
  const env = useStack({
    simulator: { demoData: { clusters, releasesPerCluster: 1, addonsPerCluster: 0 } },
    gateway: { security: { upstreamCallBudget: budget } },
  });

  it('stops calling CCE at the budget; the fields left answer UPSTREAM_BUDGET_EXCEEDED, the rest is data', async () => {
    env.stack.simulator.resetStats();
    const answer = await env.client.raw(RELEASE_COUNTS);
    expect(env.stack.simulator.stats().total).toBe(budget);
    expect(answer.data.clusters).toHaveLength(clusters);
    const answered = answer.data.clusters?.filter((cluster) => cluster.releases !== null);
    expect(answered).toHaveLength(budget - 2);
    expect(answer.errors).toHaveLength(clusters - (budget - 2));
    for (const error of answer.errors) {
      expect(error.extensions?.['code']).toBe('UPSTREAM_BUDGET_EXCEEDED');
      expect(error.path?.[2]).toBe('releases');
    }
  });
});
