/**
 * GRAPHQL_JIT=true (graphql-jit instead of graphql-js) must not change an answer: the same
 * operations against two stacks, one with JIT and one without, each with its own simulator in the
 * same starting state, give equal data and errors — for nested lists, fragments and aliases, the
 * Node interface, custom scalars, `@skip`/`@include`, refused variables and input, and partial
 * data under an upstream fault (with the errors' `locations`, which graphql-jit alone leaves out).
 */
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_ADDONS,
  DEMO_CHARTS,
  DEMO_CLUSTERS,
  DEMO_RELEASES,
} from '../../src/simulator/demo-data.ts';
import { DEMO_HEADERS, gql, startStack, type Stack } from '../support/stack.ts';
import { createClient, type Client, type GraphQLErrorJson } from './harness.ts';

const magento = DEMO_RELEASES.magentoMysql;

const OPERATIONS: Array<[string, string, Record<string, unknown>?]> = [
  ['the introspection query GraphiQL sends', getIntrospectionQuery()],
  [
    'federation: the subgraph SDL, and entities of every type (one that does not exist)',
    `query ($representations: [_Any!]!) { _service { sdl }
       _entities(representations: $representations) { __typename
         ... on Cluster { name } ... on Release { status revision } ... on Addon { version } } }`,
    {
      representations: [
        { __typename: 'Cluster', id: `Cluster:${DEMO_CLUSTERS.production}` },
        {
          __typename: 'Release',
          id: `Release:${magento.clusterId}/${magento.namespace}/${magento.name}`,
        },
        {
          __typename: 'Addon',
          id: `Addon:${DEMO_CLUSTERS.production}/${DEMO_ADDONS.productionEverest}`,
        },
        { __typename: 'Release', id: `Release:${DEMO_CLUSTERS.production}/nowhere/none` },
      ],
    },
  ],
  [
    'every relation of every cluster, with fragments and aliases',
    `fragment R on Release { id name namespace status revision chartName chartVersion values
        chart { id name version } history { revision status } cluster { id name } }
     { clusters { id uid name type phase kubernetesVersion endpoints { url type } createdAt
         releases(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...R } } }
         all: releases { nodes { ...R } }
         addons { id name status version values template { name versions { version } } } } }`,
  ],
  [
    'a release lookup with variables',
    `query ($c: ID!, $n: String!, $m: String!) { release(clusterId: $c, namespace: $n, name: $m) {
        id values parameters history { revision values createdAt } } }`,
    { c: magento.clusterId, n: magento.namespace, m: magento.name },
  ],
  [
    'node lookups of every type, and one that does not exist',
    `{ a: node(id: "Cluster:${DEMO_CLUSTERS.autopilot}") { id ... on Cluster { name } }
       b: node(id: "Addon:${DEMO_CLUSTERS.production}/${DEMO_ADDONS.productionEverest}") { id ... on Addon { version rollbackable } }
       c: node(id: "Chart:CCE/${DEMO_CHARTS.redis}") { id ... on Chart { name } }
       d: node(id: "Release:${DEMO_CLUSTERS.production}/nowhere/none") { id } }`,
  ],
  [
    'add-on templates with JSON inputs',
    `{ addonTemplates(clusterType: AUTOPILOT) { name type required labels versions { version stable input supportedClusters { clusterType clusterVersions } } } }`,
  ],
  [
    '@skip and @include on fields, fragment spreads and inline fragments',
    `query ($yes: Boolean!, $no: Boolean!) { clusters {
        name @include(if: $yes) type @skip(if: $yes)
        ...Releases @include(if: $yes) ...Addons @skip(if: $yes)
        ... on Cluster @include(if: $no) { phase }
        ... @skip(if: $no) { kubernetesVersion } } }
     fragment Releases on Cluster { releases { nodes { name ...Chart @skip(if: $no) } } }
     fragment Chart on Release { chartName chartVersion }
     fragment Addons on Cluster { addons { name } }`,
    { yes: true, no: false },
  ],
  [
    'a mutation refused for its input (no upstream write)',
    `mutation { releaseUpgrade(input: { clusterId: "${DEMO_CLUSTERS.production}", namespace: "Bad Namespace", name: "x", values: {} }) {
        release { id } userErrors { field code message } } }`,
  ],
];

describe('GRAPHQL_JIT=true answers as graphql-js does', () => {
  let withJit: Stack;
  let without: Stack;
  let jitClient: Client;
  let plainClient: Client;

  beforeAll(async () => {
    [withJit, without] = await Promise.all([
      startStack({ gateway: { server: { graphqlJit: true } } }),
      startStack({ gateway: { server: { graphqlJit: false } } }),
    ]);
    jitClient = createClient(withJit);
    plainClient = createClient(without);
  });
  afterAll(async () => {
    await Promise.all([withJit.close(), without.close()]);
  });

  it.each(OPERATIONS)('%s', async (_name, document, variables) => {
    const [fast, plain] = await Promise.all([
      jitClient.raw(document, variables),
      plainClient.raw(document, variables),
    ]);
    expect(fast).toEqual(plain);
    // Twice: the second answer comes from the compiled query kept for this document.
    expect(await jitClient.raw(document, variables)).toEqual(plain);
  });

  it('runs the operation named, of a document that holds several', async () => {
    const document = `query Clusters { clusters { name } }
      query Templates { addonTemplates { name } }`;
    const run = async (stack: Stack, operationName: string) => {
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...DEMO_HEADERS },
        body: JSON.stringify({ query: document, operationName }),
      });
      return (await response.json()) as { data?: Record<string, unknown> };
    };
    for (const operationName of ['Clusters', 'Templates', 'Clusters']) {
      const [fast, plain] = await Promise.all([
        run(withJit, operationName),
        run(without, operationName),
      ]);
      expect(Object.keys(plain.data ?? {})).toEqual([
        operationName === 'Clusters' ? 'clusters' : 'addonTemplates',
      ]);
      expect(fast).toEqual(plain);
    }
  });

  it('refuses bad variables with the errors of graphql-js, before any upstream call', async () => {
    const document = `query ($type: ClusterType, $c: ID!, $first: Int) { charts(clusterType: $type) { id }
        cluster(id: $c) { releases(first: $first) { totalCount } } }`;
    const variables = { type: 'CC', first: 'ten' };
    withJit.simulator.resetStats();
    const [fast, plain] = await Promise.all([
      gql(withJit, document, variables),
      gql(without, document, variables),
    ]);
    expect(plain.errors?.map((error) => error.message)).toEqual([
      // Introspection is on in the test stack, so the hint is too.
      'Variable "$type" got invalid value "CC"; Value "CC" does not exist in "ClusterType" enum. Did you mean the enum value "CCE"?',
      'Variable "$c" of required type "ID!" was not provided.',
      'Variable "$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"',
    ]);
    const answer = ({ status, data, errors }: typeof plain) => ({ status, data, errors });
    expect(answer(fast)).toEqual(answer(plain));
    expect(withJit.simulator.stats().total).toBe(0);
  });

  /**
   * Field errors as graphql-js gives them, `locations` included (graphql-jit leaves them out; the
   * gateway finds them again from the error's path). Upstream request ids differ between the two
   * simulators; everything else is equal.
   */
  it('answers partial data under an upstream fault alike, error locations included', async () => {
    for (const stack of [withJit, without]) {
      stack.simulator.setFault({ operation: 'ListAddonInstances', type: 'error', status: 500 });
    }
    try {
      // The failing field through an alias, a fragment and an inline fragment.
      const document = `{ clusters { name releases { totalCount } ...Addons } }
        fragment Addons on Cluster { ... on Cluster { installed: addons { name status } } }`;
      const [fast, plain] = await Promise.all([jitClient.raw(document), plainClient.raw(document)]);
      expect(plain.errors).toHaveLength(2);
      expect(plain.errors[0]?.locations).toEqual([{ line: 2, column: 55 }]);
      const comparable = (errors: GraphQLErrorJson[]) =>
        errors.map(({ extensions, ...error }) => ({
          ...error,
          extensions: { ...extensions, upstreamRequestId: typeof extensions?.upstreamRequestId },
        }));
      expect(fast.data).toEqual(plain.data);
      expect(comparable(fast.errors)).toEqual(comparable(plain.errors));
    } finally {
      for (const stack of [withJit, without]) stack.simulator.clearFaults();
    }
  });
});
