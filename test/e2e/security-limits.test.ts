/**
 * Hostile operations against the live gateway: each limit refuses with its code, over HTTP, before
 * anything reaches CCE (the simulator counts every call it receives).
 */
import { getIntrospectionQuery, getOperationAST, OperationTypeNode, parse } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLE_OPERATIONS } from '../../src/graphiql-examples.ts';
import { DEMO_TOKEN } from '../../src/simulator/demo-data.ts';
import { gql, type GqlResult } from '../support/stack.ts';
import { useStack } from './harness.ts';
import { subscribe } from '../live/subscribe.ts';

/** `clusters { addons { cluster { addons { … { id } } } } }`, `levels` fields deep. */
function nested(levels: number): string {
  const names = Array.from({ length: levels - 1 }, (_, i) => (i % 2 === 0 ? 'clusters' : 'addons'));
  const path = names.map((name, i) => (i === 0 ? name : i % 2 === 1 ? 'addons' : 'cluster'));
  return `{ ${path.join(' { ')} { id }${' }'.repeat(path.length)}`;
}

function aliases(count: number): string {
  return `{ ${Array.from({ length: count }, (_, i) => `c${i}: clusters { id }`).join(' ')} }`;
}

// Estimated cost about 6,800 (armor's model: a page of 100 multiplies what is selected in it).
const EXPENSIVE = `{
  clusters {
    releases(first: 100) {
      nodes {
        name namespace status revision values
        chart { name version description defaultValues }
        history { revision status }
      }
    }
  }
}`;

function codeOf(result: GqlResult<unknown>): unknown {
  return result.errors?.[0]?.extensions?.['code'];
}

/** Every code of the answer: an operation may break several limits at once. */
function codesOf(result: GqlResult<unknown>): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.['code']);
}

describe('operation limits (defaults)', () => {
  const run = useStack();
  beforeEach(() => {
    run.stack.simulator.resetStats();
  });

  it('refuses a too-deep query with QUERY_TOO_DEEP, without calling CCE', async () => {
    expect(run.stack.config.security.limits.maxDepth).toBe(8);
    const result = await gql(run.stack, nested(9));
    expect(codeOf(result)).toBe('QUERY_TOO_DEEP');
    expect(result.errors?.[0]?.message).toBe('Query depth limit of 8 exceeded, found 9.');
    expect(result.data).toBeUndefined();
    expect(run.stack.simulator.stats().total).toBe(0);
  });

  it('runs a query exactly at the depth limit', async () => {
    const result = await gql(run.stack, nested(8));
    expect(result.errors).toBeUndefined();
    expect(run.stack.simulator.stats().total).toBeGreaterThan(0);
  });

  it('refuses an alias bomb with TOO_MANY_ALIASES, without calling CCE', async () => {
    const result = await gql(run.stack, aliases(50));
    expect(codeOf(result)).toBe('TOO_MANY_ALIASES');
    expect(result.errors?.[0]?.message).toBe('Aliases limit of 15 exceeded, found 50.');
    expect(run.stack.simulator.stats().total).toBe(0);
  });

  it('refuses an over-cost query with QUERY_TOO_COMPLEX, without calling CCE', async () => {
    const result = await gql(run.stack, EXPENSIVE);
    expect(codeOf(result)).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0]?.message).toMatch(/^Query Cost limit of 5000 exceeded, found \d+/);
    expect(run.stack.simulator.stats().total).toBe(0);
  });

  it('refuses a document with too many tokens with TOO_MANY_TOKENS, without calling CCE', async () => {
    const result = await gql(run.stack, `{ clusters { ${'id '.repeat(1_200)}} }`);
    expect(codeOf(result)).toBe('TOO_MANY_TOKENS');
    expect(result.errors?.[0]?.message).toBe('Token limit of 1000 exceeded.');
    expect(run.stack.simulator.stats().total).toBe(0);
  });

  it('refuses too many directives with TOO_MANY_DIRECTIVES, without calling CCE', async () => {
    const result = await gql(run.stack, `{ clusters { id ${'@include(if: true) '.repeat(60)}} }`);
    expect(codeOf(result)).toBe('TOO_MANY_DIRECTIVES');
    expect(result.errors?.[0]?.message).toBe('Directives limit of 50 exceeded, found 60.');
    expect(run.stack.simulator.stats().total).toBe(0);
  });

  it('answers refusals with 400 to graphql-response+json clients and 200 to application/json ones', async () => {
    const send = (accept: string) =>
      fetch(run.stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept, 'X-Auth-Token': 'demo-token' },
        body: JSON.stringify({ query: nested(12) }),
      });
    expect((await send('application/graphql-response+json')).status).toBe(400);
    expect((await send('application/json')).status).toBe(200);
  });

  it('lets every GraphiQL example operation and the introspection query through', async () => {
    for (const { query, variables } of EXAMPLE_OPERATIONS) {
      const operation = getOperationAST(parse(query))?.operation;
      if (operation === OperationTypeNode.SUBSCRIPTION) {
        // A watch: its first result shows whether the limits let it through.
        const watcher = subscribe(run.stack, query, variables ?? {});
        try {
          expect((await watcher.next()).errors).toBeUndefined();
        } finally {
          await watcher.close();
        }
      } else if (operation === OperationTypeNode.MUTATION) {
        // Not run (it would create a release): without its variable it stops right after
        // validation, where the limits are checked.
        const result = await gql(run.stack, query, {});
        expect(result.errors?.map((e) => e.message)).toEqual([
          expect.stringMatching(/^Variable "\$input" of required type .* was not provided\.$/),
        ]);
      } else {
        expect((await gql(run.stack, query, variables)).errors).toBeUndefined();
      }
    }
    const introspection = await gql(run.stack, getIntrospectionQuery({ descriptions: true }));
    expect(introspection.errors).toBeUndefined();
  });
});

describe('operation limits (configured)', () => {
  const run = useStack({
    gateway: {
      security: {
        limits: { maxDepth: 3, maxAliases: 1, maxTokens: 40, maxDirectives: 1, maxCost: 10 },
      },
    },
  });

  it('applies each configured limit', async () => {
    expect(codesOf(await gql(run.stack, nested(4)))).toContain('QUERY_TOO_DEEP');
    expect(codesOf(await gql(run.stack, aliases(2)))).toContain('TOO_MANY_ALIASES');
    // Cost 2 + 1.5 × (5 scalars + addons (2 + 1.5 × 1)) = 14.75.
    expect(
      codesOf(
        await gql(
          run.stack,
          '{ clusters { id name type phase kubernetesVersion addons { name } } }',
        ),
      ),
    ).toContain('QUERY_TOO_COMPLEX');
    expect(codesOf(await gql(run.stack, `{ clusters { ${'id '.repeat(40)}} }`))).toContain(
      'TOO_MANY_TOKENS',
    );
    expect(
      codesOf(await gql(run.stack, '{ clusters @include(if: true) { id @skip(if: false) } }')),
    ).toContain('TOO_MANY_DIRECTIVES');
    const fine = await gql(run.stack, '{ c: clusters { id } }');
    expect(fine.errors).toBeUndefined();
  });
});

describe('input shape', () => {
  const run = useStack();
  beforeEach(() => {
    run.stack.simulator.resetStats();
  });

  const nestedJson = (levels: number): unknown => {
    let value: unknown = 1;
    for (let level = 0; level < levels; level += 1) value = { a: value };
    return value;
  };

  // Before: a variable 10,000 levels deep (used or not) overflowed JSON.stringify: HTTP 500.
  it('refuses variables nested deeper than GRAPHQL_MAX_INPUT_DEPTH, used or not, with BAD_USER_INPUT', async () => {
    expect(run.stack.config.security.inputLimits).toEqual({ maxDepth: 64, maxValues: 20_000 });
    // Sent as text: this test's own JSON.stringify would overflow on it too.
    const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const response = await fetch(run.stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-auth-token': DEMO_TOKEN },
      body: `{"query":"{ clusters { id } }","variables":{"unused":${deep}}}`,
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as GqlResult<unknown>;
    expect(codesOf({ ...body, status: 400, headers: response.headers })).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(body.errors?.[0]?.message).toBe(
      'The variables are over the input limits: nested deeper than 64 levels.',
    );
    const justInside = await gql(run.stack, '{ clusters { id } }', { unused: nestedJson(63) });
    expect(justInside.errors).toBeUndefined();
    expect(run.stack.simulator.stats().total).toBeGreaterThan(0);
  });

  it('refuses extensions nested deeper than GRAPHQL_MAX_INPUT_DEPTH', async () => {
    const response = await fetch(run.stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-auth-token': DEMO_TOKEN },
      body: JSON.stringify({ query: '{ clusters { id } }', extensions: nestedJson(100) }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ message: string }> };
    expect(body.errors[0]?.message).toBe(
      'The extensions are over the input limits: nested deeper than 64 levels.',
    );
  });

  it('refuses variables with more than GRAPHQL_MAX_INPUT_VALUES values', async () => {
    const result = await gql(run.stack, '{ clusters { id } }', {
      many: Array.from({ length: 20_000 }, () => 0),
    });
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(run.stack.simulator.stats().total).toBe(0);
  });

  it('refuses a JSON literal nested too deep in the document', async () => {
    const literal = `${'{a:'.repeat(70)}1${'}'.repeat(70)}`;
    const result = await gql(
      run.stack,
      `mutation { releaseUpgrade(input: { clusterId: "c", namespace: "n", name: "r", values: ${literal} }) { userErrors { code } } }`,
    );
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toBe(
      'The value of argument "input" is over the input limits: nested deeper than 64 levels.',
    );
    expect(run.stack.simulator.stats().total).toBe(0);
  });

  // Before: INTERNAL_SERVER_ERROR (the CCE client's RangeError), after the cluster lists were read.
  it('refuses names, namespaces and ids that cannot be a path segment, before any upstream call', async () => {
    const cluster = 'cce00000-0000-4000-8000-000000000002';
    for (const [args, argument] of [
      [`clusterId: "${cluster}", namespace: "..", name: "web"`, 'namespace'],
      [`clusterId: "${cluster}", namespace: "default", name: "."`, 'name'],
      [`clusterId: "${cluster}", namespace: "default", name: ""`, 'name'],
      [`clusterId: "${cluster}", namespace: "a/b", name: "web"`, 'namespace'],
      [`clusterId: "${cluster}", namespace: "default", name: "%2e%2e"`, 'name'],
      [`clusterId: "Cluster:..", namespace: "default", name: "web"`, 'clusterId'],
    ]) {
      const result = await gql(run.stack, `{ release(${args}) { name } }`);
      expect(codesOf(result), args).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.message).toContain(`Argument "${argument}" of "release"`);
    }
    const viaGlobalId = await gql(run.stack, '{ node(id: "Release:c/%2E%2E/web") { id } }');
    expect(codesOf(viaGlobalId)).toEqual(['BAD_USER_INPUT']);
    expect(run.stack.simulator.stats().total).toBe(0);
  });
});
