/**
 * The floors' schema: just the fields the benchmark selects (a larger schema changes only
 * validation, which both floors do once per document), with the baseline's own operations
 * (bench/baseline-operations.ts) as resolvers. Statuses and cluster types are strings: they
 * serialise as the gateway's enums do.
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import {
  dashboard,
  release,
  releaseUpgrade,
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

export interface FloorContext {
  token: string;
}

export const floorSchema = makeExecutableSchema<FloorContext>({
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
