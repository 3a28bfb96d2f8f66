/**
 * What the stack alone costs: graphql-yoga with its defaults (graphql-js execution, yoga's parse
 * and validation caches, error masking) on node:http, answering the benchmark's three operations
 * with the baseline's own hand-written code (bench/baseline-operations.ts) as its resolvers. It
 * makes the same upstream calls and answers the gateway's queries with the same JSON; the gap
 * between it and the baseline is what any server on this stack pays per request before adding a
 * feature, and the gap between the gateway and it is what the gateway's features cost.
 *
 * Its schema has just the fields the benchmark selects (a larger schema changes only validation,
 * which yoga caches per document).
 *
 * Settings (environment): those of baseline-operations.ts (BASELINE_PORT: 0 = any; the URL is
 * printed).
 */
import { createServer } from 'node:http';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createYoga } from 'graphql-yoga';
import {
  dashboard,
  release,
  releaseUpgrade,
  serve,
  type ReleaseKey,
  type UpgradeInput,
} from './baseline-operations.ts';

const typeDefs = /* GraphQL */ `
  scalar JSON

  type Query {
    release(clusterId: ID!, namespace: String!, name: String!): Release
    clusters: [Cluster!]!
  }

  type Mutation {
    releaseUpgrade(input: ReleaseUpgradeInput!): ReleaseUpgradePayload!
  }

  type Release {
    id: ID!
    name: String!
    namespace: String!
    status: String!
    revision: Int!
    chartName: String
    chartVersion: String
  }

  type ReleaseConnection {
    nodes: [Release!]!
  }

  type Addon {
    name: String!
    status: String!
    version: String!
  }

  type Cluster {
    id: ID!
    name: String!
    type: String!
    releases: ReleaseConnection!
    addons: [Addon!]!
  }

  input ReleaseUpgradeInput {
    clusterId: ID!
    namespace: String!
    name: String!
    values: JSON
    resetValues: Boolean
  }

  type UserError {
    field: [String!]
    code: String!
    message: String!
  }

  type ReleaseUpgradePayload {
    release: Release
    userErrors: [UserError!]!
  }
`;

interface Context {
  token: string;
}

const schema = makeExecutableSchema<Context>({
  typeDefs,
  resolvers: {
    Query: {
      release: async (_root, key: ReleaseKey, { token }) => (await release(token, key)).release,
      clusters: async (_root, _args, { token }) => (await dashboard(token)).clusters,
    },
    Mutation: {
      releaseUpgrade: async (_root, { input }: { input: UpgradeInput }, { token }) =>
        (await releaseUpgrade(token, input)).releaseUpgrade,
    },
  },
});

const yoga = createYoga<object, Context>({
  schema,
  context: ({ request }) => ({ token: request.headers.get('x-auth-token') ?? '' }),
  // Neither page is part of a GraphQL request's cost.
  graphiql: false,
  landingPage: false,
});

const server = createServer((request, response) => {
  void yoga.requestListener(request, response);
});
serve(server, 'yoga floor');
