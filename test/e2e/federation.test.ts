/**
 * The gateway as an Apollo Federation v2 subgraph: composed with a second, tiny subgraph that
 * extends `Cluster` and refers to releases, behind a real Hive Gateway on loopback. Queries cross
 * both subgraphs in both directions; `_entities` sent to this subgraph is answered through the
 * request's loaders, one list per cluster, never one call per entity.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { composeServices, compositionHasErrors } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGatewaySchema } from '../../src/schema.ts';
import { DEMO_CLUSTERS, DEMO_RELEASES, DEMO_TOKEN } from '../../src/simulator/demo-data.ts';
import { freshCallers } from './callers.ts';
import { createClient, useStack, type Client } from './harness.ts';

/** Who owns what: the second subgraph's own data, keyed by the gateway's global ids. */
const TEAMS = [
  {
    name: 'platform',
    clusters: [DEMO_CLUSTERS.production, DEMO_CLUSTERS.development],
    releases: [DEMO_RELEASES.magentoMysql, DEMO_RELEASES.nginxWeb, DEMO_RELEASES.redisCache],
  },
  {
    name: 'web',
    clusters: [DEMO_CLUSTERS.autopilot],
    releases: [DEMO_RELEASES.autopilotNginx, DEMO_RELEASES.autopilotMagentoMysql],
  },
];

const TEAMS_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])

  type Query {
    teams: [Team!]!
  }

  type Team {
    name: String!
    clusters: [Cluster!]!
    releases: [Release!]!
  }

  type Cluster @key(fields: "id") {
    id: ID!
    owner: Team
  }

  type Release @key(fields: "id", resolvable: false) {
    id: ID!
  }
`;

interface TeamRow {
  name: string;
  clusters: string[];
  releases: Array<{ clusterId: string; namespace: string; name: string }>;
}

function teamJson(team: TeamRow) {
  return {
    name: team.name,
    clusters: team.clusters.map((uid) => ({ id: `Cluster:${uid}` })),
    releases: team.releases.map((key) => ({
      id: `Release:${key.clusterId}/${key.namespace}/${key.name}`,
    })),
  };
}

function startTeamsSubgraph(): Promise<{ url: string; server: Server }> {
  const schema = buildSubgraphSchema([
    {
      typeDefs: parse(TEAMS_SDL),
      resolvers: {
        Query: { teams: () => TEAMS.map(teamJson) },
        Cluster: {
          __resolveReference: (reference: { id: string }) => reference,
          owner: ({ id }: { id: string }) => {
            const team = TEAMS.find((candidate) =>
              candidate.clusters.some((uid) => `Cluster:${uid}` === id),
            );
            return team ? teamJson(team) : null;
          },
        },
      },
    },
  ]);
  const server = createServer(createYoga({ schema, logging: false }).requestListener);
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/graphql`, server });
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

describe('federation', () => {
  const callers = freshCallers(1, 'federation');
  const env = useStack({ simulator: { tokens: callers.tokens } });
  let teams: { url: string; server: Server };
  let gateway: GatewayRuntime;
  let gatewayServer: Server;
  let federationUrl: string;
  /** Calls the federation gateway as the demo caller. */
  let client: Client;
  /** The GraphQL documents the federation gateway sent to this subgraph, per query. */
  let sentToCce: string[] = [];

  beforeAll(async () => {
    teams = await startTeamsSubgraph();

    const composition = composeServices([
      {
        name: 'cce',
        url: env.stack.gatewayUrl,
        typeDefs: parse(printSubgraphSchema(createGatewaySchema())),
      },
      { name: 'teams', url: teams.url, typeDefs: parse(TEAMS_SDL) },
    ]);
    if (compositionHasErrors(composition)) {
      throw new Error(composition.errors.map((error) => error.message).join('\n'));
    }

    gateway = createGatewayRuntime({
      supergraph: composition.supergraphSdl,
      logging: false,
      // The caller's CCE token travels to the subgraph that needs it.
      propagateHeaders: {
        fromClientToSubgraphs: ({ request, subgraphName }) =>
          subgraphName === 'cce' ? { 'x-auth-token': request.headers.get('x-auth-token') } : {},
      },
      plugins: () => [
        {
          onFetch({ url, options }) {
            if (url === env.stack.gatewayUrl && typeof options.body === 'string') {
              sentToCce.push((JSON.parse(options.body) as { query: string }).query);
            }
          },
        },
      ],
    });
    gatewayServer = createServer(gateway.requestListener);
    const { port } = await new Promise<AddressInfo>((resolve) => {
      gatewayServer.listen(0, '127.0.0.1', () => resolve(gatewayServer.address() as AddressInfo));
    });
    federationUrl = `http://127.0.0.1:${port}/graphql`;
    client = createClient({ gatewayUrl: federationUrl }, { 'X-Auth-Token': DEMO_TOKEN });
  });

  afterAll(async () => {
    await close(gatewayServer);
    await gateway[Symbol.asyncDispose]();
    await close(teams.server);
  });

  beforeEach(() => {
    env.stack.simulator.resetStats();
    sentToCce = [];
  });

  it('publishes a subgraph SDL with the keys and the federation version it links', () => {
    const sdl = printSubgraphSchema(createGatewaySchema());
    expect(sdl).toContain('https://specs.apollo.dev/federation/v2.6');
    for (const type of [
      'type Cluster implements Node @key(fields: "id") @key(fields: "uid")',
      'type Release implements Node @key(fields: "id")',
      'type Addon implements Node @key(fields: "id")',
      'type Chart implements Node @key(fields: "id")',
      'type PageInfo @shareable',
    ]) {
      expect(sdl).toContain(type);
    }
  });

  it('resolves a field of the other subgraph on clusters of this one', async () => {
    const { clusters } = await client.request<{
      clusters: Array<{ name: string; type: string; owner: { name: string } | null }>;
    }>('{ clusters { name type owner { name } } }');
    expect(clusters).toEqual([
      { name: 'prod-cce', type: 'CCE', owner: { name: 'platform' } },
      { name: 'dev-cce', type: 'CCE', owner: { name: 'platform' } },
      { name: 'autopilot-web', type: 'AUTOPILOT', owner: { name: 'web' } },
    ]);
    expect(env.stack.simulator.stats().operations).toEqual({
      ListClusters: 1,
      ListAutopilotClusters: 1,
    });
  });

  it('resolves clusters and releases the other subgraph refers to, in batches, cold and warm', async () => {
    // A caller the gateway has not seen: its cluster directory is empty (cold), then filled (warm).
    const caller = createClient({ gatewayUrl: federationUrl }, callers.next());
    const query =
      '{ teams { name clusters { name releases { totalCount } } releases { name status chart { name } } } }';
    const expected = [
      {
        name: 'platform',
        clusters: [
          { name: 'prod-cce', releases: { totalCount: 2 } },
          { name: 'dev-cce', releases: { totalCount: 2 } },
        ],
        releases: [
          { name: 'magento-mysql', status: 'DEPLOYED', chart: { name: 'magento-mysql' } },
          { name: 'nginx-web', status: 'DEPLOYED', chart: { name: 'nginx' } },
          { name: 'redis-cache', status: 'FAILED', chart: { name: 'redis' } },
        ],
      },
      {
        name: 'web',
        clusters: [{ name: 'autopilot-web', releases: { totalCount: 2 } }],
        releases: [
          { name: 'nginx-web', status: 'DEPLOYED', chart: { name: 'nginx' } },
          { name: 'magento-mysql', status: 'DEPLOYED', chart: { name: 'magento-mysql' } },
        ],
      },
    ];
    // The 3 clusters and 5 releases cost one release list per cluster and one chart list per
    // family (no ShowRelease per entity, nothing fetched twice), and the clusters themselves:
    // cold, both cluster lists; warm, the list of the family with two of them and ShowCluster
    // for the family with one.
    const releaseAndChartLists = {
      ListReleases: 2,
      ListAutopilotReleases: 1,
      ListCharts: 1,
      ListAutopilotCharts: 1,
    };
    const costs = [
      { ListClusters: 1, ListAutopilotClusters: 1, ...releaseAndChartLists },
      { ListClusters: 1, ShowAutopilotCluster: 1, ...releaseAndChartLists },
    ];
    for (const cost of costs) {
      env.stack.simulator.resetStats();
      sentToCce = [];
      expect((await caller.request<{ teams: unknown }>(query)).teams).toEqual(expected);
      // Every entity reached this subgraph through `_entities`, in one request.
      expect(sentToCce).toHaveLength(1);
      expect(sentToCce[0]).toContain('_entities');
      expect(env.stack.simulator.stats().operations).toEqual(cost);
    }
  });

  it('answers `_entities` itself with null for a reference to nothing', async () => {
    const answer = await env.client.request<{ _entities: unknown[] }>(
      `query($representations: [_Any!]!) { _entities(representations: $representations) {
        __typename ... on Cluster { name } ... on Release { name } ... on Addon { name } ... on Chart { name } } }`,
      {
        representations: [
          { __typename: 'Cluster', uid: DEMO_CLUSTERS.development },
          { __typename: 'Release', id: `Release:${DEMO_CLUSTERS.production}/default/nope` },
          { __typename: 'Cluster', id: 'Cluster:no-such-cluster' },
          { __typename: 'Chart', id: 'not-a-global-id' },
        ],
      },
    );
    expect(answer._entities).toEqual([
      { __typename: 'Cluster', name: 'dev-cce' },
      null,
      null,
      null,
    ]);
  });
});

// Before the fix, @apollo/subgraph's resolver threw on the unknown type while the Addon's lookup
// (no `id`) was already under way; its rejection went unhandled and main.ts ended the process.
describe('federation `_entities` with representations that name nothing', () => {
  const env = useStack();

  it('answers each bad representation with BAD_USER_INPUT at its index, the others as usual, and leaves no rejection behind', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      const answer = await env.client.raw<{ _entities: unknown[] }>(
        `{ _entities(representations: [
          { __typename: "Addon" }, { __typename: "Nope", id: "x" }, { __typename: "Release", id: 7 },
          { __typename: "Cluster", uid: "${DEMO_CLUSTERS.development}" }, "Cluster", [1]
        ]) { __typename ... on Cluster { name } } }`,
      );
      expect(answer.data._entities).toEqual([
        null,
        null,
        null,
        { __typename: 'Cluster', name: 'dev-cce' },
        null,
        null,
      ]);
      expect(answer.errors.map((error) => [error.path, error.extensions?.['code']])).toEqual([
        [['_entities', 0], 'BAD_USER_INPUT'],
        [['_entities', 1], 'BAD_USER_INPUT'],
        [['_entities', 2], 'BAD_USER_INPUT'],
        [['_entities', 4], 'BAD_USER_INPUT'],
        [['_entities', 5], 'BAD_USER_INPUT'],
      ]);
      expect(answer.errors[1]?.message).toBe(
        'Representation 1 has no __typename of an entity type (Addon, Chart, Cluster, Release).',
      );
      // Any rejection would be reported within a few turns of the event loop.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
    }
  });
});
