/** The upstream-call estimator (pure): docs/fan-out.md's rules, with variables applied. */
import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createGatewaySchema } from '../../src/schema.ts';
import {
  ASSUMED_CLUSTERS,
  ASSUMED_PRECHECK_POLLS,
  estimateUpstreamCalls,
} from '../../src/server/budget/estimate.ts';
import { EXAMPLE_OPERATIONS } from '../../src/graphiql-examples.ts';
import { selectedFields } from '../../src/server/operation-fields.ts';

const schema = createGatewaySchema();
const C = ASSUMED_CLUSTERS;

function estimate(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return estimateUpstreamCalls(selectedFields(schema, document, operation, variables));
}

describe('estimateUpstreamCalls', () => {
  it('counts the cluster lists once, and one list per cluster for releases and add-ons', () => {
    expect(estimate('{ clusters { id name } }')).toBe(2);
    expect(estimate('{ clusters { releases { totalCount } } }')).toBe(2 + C);
    expect(estimate('{ clusters { releases { nodes { name } } addons { name } } }')).toBe(
      2 + C + C,
    );
    // The dashboard: + one chart list per family.
    expect(estimate(EXAMPLE_OPERATIONS[0]?.query ?? '')).toBe(2 + C + C + 2);
  });

  it('multiplies per-release reads by the page size, `first` given as a variable included', () => {
    const query = `query($f: Int) { clusters { releases(first: $f) { nodes { history { revision } } } } }`;
    expect(estimate(query, { f: 100 })).toBe(2 + C + C * 100);
    expect(estimate(query, { f: 3 })).toBe(2 + C + C * 3);
    // The schema's default page: 50.
    expect(estimate(query)).toBe(2 + C + C * 50);
    // Not an Int: the variable's coercion error answers it, not the budget.
    expect(estimate(query, { f: 2 ** 53 })).toBe(2 + C);
    expect(estimate(query, { f: 'many' })).toBe(2 + C);
    expect(
      estimate('{ clusters { releases(first: 7) { edges { node { history { revision } } } } } }'),
    ).toBe(2 + C + C * 7);
  });

  it("estimates the README's full query over the default budget, and with a small page under it", () => {
    const query = (
      page: string,
    ) => `{ clusters { releases${page} { nodes { cluster { name } chart { name }
      history { revision } } } addons { cluster { id } template { name } } } }`;
    expect(estimate(query(''))).toBe(2 + C + C + 2 + 2 + C * 50);
    expect(estimate(query('(first: 3)'))).toBe(2 + C + C + 2 + 2 + C * 3);
    expect(estimate(query('(first: 3)'))).toBeLessThanOrEqual(200);
  });

  it('keeps totalCount and pagination cheap, whatever the page size', () => {
    expect(
      estimate(
        '{ clusters { releases(first: 100000, after: "x") { totalCount pageInfo { hasNextPage endCursor } } } }',
      ),
    ).toBe(2 + C);
  });

  it('merges aliases and fragments that read the same list, and counts a cluster once however often it comes back', () => {
    const aliases = Array.from(
      { length: 15 },
      (_, i) => `a${i}: clusters { releases(first: ${i + 1}) { nodes { values } } }`,
    ).join(' ');
    expect(estimate(`{ ${aliases} }`)).toBe(2 + C);
    expect(
      estimate('{ clusters { addons { cluster { addons { cluster { addons { name } } } } } } }'),
    ).toBe(2 + C);
  });

  it('follows the lookup costs, cold', () => {
    const release = 'release(clusterId: "c", namespace: "default", name: "web")';
    expect(estimate(`{ ${release} { name } }`)).toBe(2 + 1);
    expect(estimate(`{ ${release} { chart { name } history { revision } } }`)).toBe(2 + 1 + 2 + 1);
    expect(estimate(`{ a: ${release} { name } b: ${release} { status } }`)).toBe(2 + 1);
    expect(estimate('{ cluster(id: "c") { releases { totalCount } addons { name } } }')).toBe(
      2 + 1 + 1,
    );
    expect(estimate('{ addons(clusterId: "c") { template { name } } }')).toBe(2 + 1 + 2);
    expect(
      estimate('{ node(id: "Release:c/n/r") { ... on Release { history { revision } } } }'),
    ).toBe(2 + 1 + 1);
    expect(
      estimate(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Release { name } } }',
        { r: [{}, {}, {}] },
      ),
    ).toBe(2 + 3);
    // A federation router's batch: one read per cluster at most, per-entity fields per entity.
    expect(
      estimate(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Release { history { revision } } } }',
        { r: Array.from({ length: 100 }, () => ({})) },
      ),
    ).toBe(2 + C + 100);
    expect(estimate('{ addons(clusterId: "c") { name } }')).toBe(2 + 1);
  });

  it('counts each mutation as its reads and one write', () => {
    expect(
      estimate(
        `mutation { releaseDelete(input: { clusterId: "c", namespace: "n", name: "r" }) { userErrors { code } } }`,
      ),
    ).toBe(2 + 1 + 1);
    expect(
      estimate(`mutation { a: releaseDelete(input: { clusterId: "c", namespace: "n", name: "r" }) { userErrors { code } }
        b: releaseDelete(input: { clusterId: "c", namespace: "n", name: "r" }) { userErrors { code } } }`),
    ).toBe(2 + 2 * 2);
  });

  it('counts the version fields as the family lists they read, and outdated as every cluster’s lists', () => {
    expect(estimate('{ charts { versions { version } } }')).toBe(2);
    expect(
      estimate('{ clusters { releases { nodes { upgradeAvailable latestChart { id } } } } }'),
    ).toBe(2 + C + 2);
    expect(estimate('{ clusters { addons { upgradeAvailable latestVersion { version } } } }')).toBe(
      2 + C + 2,
    );
    expect(estimate('{ outdated { name latestVersion } }')).toBe(2 + 2 + 2 + 2 * C);
    expect(estimate('{ outdated(kind: RELEASE) { name latestChart { id } } }')).toBe(2 + 2 + 2 + C);
    // What is selected on the items counts per item: a history per release of every cluster.
    expect(estimate('{ outdated { release { history { revision } } } }')).toBe(
      2 + 2 + 2 + 2 * C + C * (50 + 20),
    );
  });

  it('counts revision diffs as the history they read, defaults as one values read per release', () => {
    const release = 'release(clusterId: "c", namespace: "n", name: "r")';
    expect(estimate(`{ ${release} { history { revision } } }`)).toBe(2 + 1 + 1);
    expect(
      estimate(
        `{ ${release} { valuesDiff(fromRevision: 1) { kind } history { valuesDiff { kind } } } }`,
      ),
    ).toBe(2 + 1 + 1);
    expect(
      estimate(`{ ${release} { lastOperation { kind } stuck pendingSince history { revision } } }`),
    ).toBe(2 + 1 + 1);
    expect(estimate(`{ ${release} { userValues defaultsDiff { kind } } }`)).toBe(2 + 1 + 2 + 1);
    expect(
      estimate(
        '{ clusters { releases(first: 5) { nodes { userValues defaultsDiff { path } } } } }',
      ),
    ).toBe(2 + C + 2 + C * 5);
  });

  it('counts an upgrade preview as the release, both charts’ values and the dry run', () => {
    expect(
      estimate(
        '{ releaseUpgradePreview(input: { clusterId: "c", namespace: "n", name: "r", values: {} }) { dryRun { accepted } } }',
      ),
    ).toBe(2 + 2 + 4);
  });

  it('counts an add-on upgrade preview as the add-on and templates, and its precheck with its polls', () => {
    const preview = (selection: string) =>
      `{ addonUpgradePreview(input: { clusterId: "c", addonId: "a", version: "1.0.0", valuesPatch: {} }) { ${selection} } }`;
    expect(estimate(preview('valuesDiff { kind }'))).toBe(2 + 2 + 1);
    expect(estimate(preview('valuesDiff { kind } precheck { status }'))).toBe(
      2 + 2 + 1 + 1 + ASSUMED_PRECHECK_POLLS,
    );
  });

  it('costs nothing for what reaches no CCE', () => {
    expect(estimate('{ __typename }')).toBe(0);
    expect(estimate('{ _service { sdl } }')).toBe(0);
  });
});
