/**
 * Values diffs: between revisions (`Release.valuesDiff`, `ReleaseRevision.valuesDiff`) and against
 * the chart's defaults (`userValues`, `defaultsDiff`), masked secrets included, with their exact
 * upstream cost.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_RELEASES } from '../../src/simulator/demo-data.ts';
import { freshCallers } from './callers.ts';
import { graphql } from '../generated/index.ts';
import { createClient, useStack } from './harness.ts';

/** The passwords the demo seeds into magento-mysql (src/simulator/demo/seed.ts). */
const DEMO_PASSWORDS = ['Magento@Demo1', 'Mysql@Demo1', 'Root@Demo1'];

const REVISION_DIFFS = graphql(`
  query ValuesDiffRevisions($clusterId: ID!, $namespace: String!, $name: String!) {
    release(clusterId: $clusterId, namespace: $namespace, name: $name) {
      valuesDiff(fromRevision: 1) { path kind before after }
      history { revision valuesDiff { path kind before after } }
    }
  }
`);
const DIFF_BETWEEN = graphql(`
  query ValuesDiffBetween($clusterId: ID!, $namespace: String!, $name: String!, $from: Int!, $to: Int) {
    release(clusterId: $clusterId, namespace: $namespace, name: $name) {
      valuesDiff(fromRevision: $from, toRevision: $to) { path kind }
    }
  }
`);
const USER_VALUES = graphql(`
  query ValuesDiffUserValues($cluster: ID!, $dev: ID!) {
    a: release(clusterId: $cluster, namespace: "web", name: "nginx-web") { userValues defaultsDiff { path kind before after } }
    b: release(clusterId: $dev, namespace: "default", name: "nginx-web") { userValues }
    c: release(clusterId: $cluster, namespace: "default", name: "magento-mysql") { userValues defaultsDiff { path kind } }
  }
`);

describe('values diffs', () => {
  // Each test calls as a caller of its own: its counts are cold (the cluster lists included).
  const callers = freshCallers(5, 'values-diff');
  const env = useStack({
    simulator: { tokens: callers.tokens },
    gateway: { security: { upstreamCallBudget: 0 } },
  });
  const fresh = () => createClient(env.stack, callers.next());
  beforeEach(() => env.stack.simulator.resetStats());
  const operations = () => env.stack.simulator.stats().operations;

  it('diffs two revisions from the history alone, masked secrets as MASKED, never their value', async () => {
    const answer = await fresh().request(REVISION_DIFFS, DEMO_RELEASES.magentoMysql);
    const valuesDiff = answer.release?.valuesDiff ?? [];
    expect(valuesDiff.map((change) => [change.path.join('.'), change.kind])).toEqual([
      ['basic.admin_password', 'MASKED'],
      ['basic.mysql_password', 'MASKED'],
      ['basic.mysql_root_password', 'MASKED'],
      ['image.mysql_image', 'CHANGED'],
    ]);
    expect(valuesDiff[0]).toEqual({
      path: ['basic', 'admin_password'],
      kind: 'MASKED',
      before: '******',
      after: '******',
    });
    expect(valuesDiff[3]).toMatchObject({
      before: 'example.com/everest/mysql:5.7.14',
      after: 'example.com/everest/mysql:5.7.44',
    });
    // A revision against the one before it says the same; the first one adds everything.
    const [second, first] = answer.release?.history ?? [];
    expect(second?.valuesDiff).toEqual(valuesDiff);
    expect(first?.valuesDiff.map((change) => [change.path.join('.'), change.kind])).toEqual([
      ['basic', 'ADDED'],
      ['global', 'ADDED'],
      ['image', 'ADDED'],
    ]);
    const text = JSON.stringify(answer);
    for (const secret of DEMO_PASSWORDS) expect(text).not.toContain(secret);
    expect(operations()).toEqual({
      ListClusters: 1,
      ListAutopilotClusters: 1,
      ShowRelease: 1,
      ShowReleaseHistory: 1,
    });
  });

  it('compares any two revisions, and says NOT_FOUND for one not in the history', async () => {
    const { release } = await env.client.request(DIFF_BETWEEN, {
      ...DEMO_RELEASES.autopilotNginx,
      from: 2,
      to: 1,
    });
    expect(release?.valuesDiff).toEqual([{ path: ['image', 'tag'], kind: 'CHANGED' }]);
    const { errors } = await env.client.raw(DIFF_BETWEEN, {
      ...DEMO_RELEASES.autopilotNginx,
      from: 9,
    });
    expect(errors.map((error) => error.extensions?.['code'])).toEqual(['NOT_FOUND']);
    expect(errors[0]?.message).toContain('its revisions are 1, 2');
  });

  it('separates the user values from the chart defaults, one ShowChartValues per distinct chart', async () => {
    const answer = await fresh().request(USER_VALUES, {
      cluster: DEMO_RELEASES.nginxWeb.clusterId,
      dev: DEMO_RELEASES.developmentNginx.clusterId,
    });
    expect(answer.a).toEqual({
      userValues: { replicaCount: 2 },
      defaultsDiff: [{ path: ['replicaCount'], kind: 'CHANGED', before: 1, after: 2 }],
    });
    expect(answer.b).toEqual({ userValues: {} });
    expect(answer.c?.userValues).toEqual({
      basic: { admin_password: '******', mysql_password: '******', mysql_root_password: '******' },
    });
    expect(answer.c?.defaultsDiff?.map((change) => change.kind)).toEqual([
      'MASKED',
      'MASKED',
      'MASKED',
    ]);
    // Two clusters of one family, two distinct charts (nginx 1.2.0 twice, magento-mysql 1.1.0).
    expect(operations()).toEqual({
      ListClusters: 1,
      ListAutopilotClusters: 1,
      ListReleases: 1,
      ShowRelease: 1,
      ListCharts: 1,
      ShowChartValues: 2,
    });
  });
});
