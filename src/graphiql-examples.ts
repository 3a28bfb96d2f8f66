/**
 * The example operations GraphiQL opens with: a dashboard, a release lookup, a mutation and a
 * subscription. Against the embedded simulator, or a separate one this gateway recognises (a
 * loopback endpoint serving the demo project, as `npm run simulator` does), their variables name
 * the demo data and the headers carry the demo token. Against anything else the variables are
 * `<name>` placeholders (no demo ids off the demo), the token header is a placeholder, and the
 * first tab says what to fill in. The composition root hands them to the server.
 *
 * Comment lines stay within COMMENT_WIDTH characters, so they fit GraphiQL's editor unwrapped.
 */
import type { GatewayConfig } from './config.ts';
import type { ExampleOperation, GraphiqlExamples } from './server/graphiql.ts';
import {
  DEMO_CHARTS,
  DEMO_CLUSTERS,
  DEMO_PROJECT_ID,
  DEMO_RELEASES,
  DEMO_TOKEN,
} from './simulator/demo-data.ts';

/** The longest comment line of an example (GraphiQL's editor does not wrap). */
export const COMMENT_WIDTH = 50;

/** The examples on the demo data. */
export const EXAMPLE_OPERATIONS: readonly ExampleOperation[] = [
  {
    query: `# Every cluster with its Helm releases and
# add-ons, in one request. Upstream cost
# (docs/fan-out.md): 2 cluster lists (standard and
# Autopilot), 1 release list and 1 add-on list per
# cluster, and 1 chart list per cluster family.
query Dashboard {
  clusters {
    id
    name
    type
    phase
    kubernetesVersion
    releases(first: 20) {
      totalCount
      nodes {
        name
        namespace
        status
        revision
        chart {
          name
          version
        }
      }
    }
    addons {
      name
      version
      status
    }
  }
}
`,
  },
  {
    query: `# One Helm release by cluster, namespace and name,
# with its values and history.
query Release($clusterId: ID!, $namespace: String!, $name: String!) {
  release(clusterId: $clusterId, namespace: $namespace, name: $name) {
    id
    name
    namespace
    status
    statusDescription
    revision
    cluster {
      name
      type
    }
    chart {
      name
      version
    }
    values
    history {
      revision
      status
      chartVersion
      description
      updatedAt
    }
  }
}
`,
    variables: { ...DEMO_RELEASES.magentoMysql },
  },
  {
    query: `# Install a chart. The answer holds the release in
# its pending state; query it again to see it
# settle. Bad input comes back in userErrors, and
# then nothing is sent to CCE.
mutation CreateRelease($input: ReleaseCreateInput!) {
  releaseCreate(input: $input) {
    release {
      id
      name
      status
      revision
    }
    userErrors {
      field
      message
      code
    }
  }
}
`,
    variables: {
      input: {
        clusterId: DEMO_CLUSTERS.production,
        namespace: 'default',
        name: 'my-first-release',
        chartId: DEMO_CHARTS.nginx,
        values: { replicaCount: 2 },
      },
    },
  },
  {
    query: `# Follow a Helm release live: its state now, then
# each change, until it settles (DEPLOYED, FAILED,
# UNKNOWN or DELETED); then the stream ends. A
# settled release is sent once. Name the release
# you just created (or upgraded) to watch it
# install; CCE is read with backoff, and mutations
# through this gateway are pushed at once.
subscription ReleaseStatus($clusterId: ID!, $namespace: String!, $name: String!) {
  releaseStatus(clusterId: $clusterId, namespace: $namespace, name: $name) {
    status
    statusDescription
    revision
  }
}
`,
    variables: { ...DEMO_RELEASES.nginxWeb },
  },
];

/** The example's variables with every text replaced by a `<name>` placeholder (no demo ids off the demo). */
function placeholders(value: unknown, name: string): unknown {
  if (typeof value === 'string') return `<${name}>`;
  if (Array.isArray(value)) return value.map((item) => placeholders(item, name));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, placeholders(item, key)]),
    );
  }
  return value;
}

/** The note the first tab starts with when the gateway cannot pre-fill credentials and ids. */
export const FILL_IN_NOTE = {
  token: `# This gateway calls a CCE it has no demo
# credentials for: put your IAM token in
# X-Auth-Token (Headers, below) and replace each
# <name> in Variables with your own ids.
`,
  service: `# This gateway calls a real CCE with its own
# AK/SK: replace each <name> in Variables with
# your own ids (and add your API key or JWT to
# Headers if the gateway asks callers for one).
`,
} as const;

/**
 * A CCE endpoint that is the simulator run on its own (`npm run simulator`): on loopback and
 * serving the demo project, where the demo token and ids work.
 */
function isLocalSimulator(config: GatewayConfig): boolean {
  const { upstream, projectId } = config.cce;
  if (upstream.kind !== 'endpoint' || projectId !== DEMO_PROJECT_ID) return false;
  const host = new URL(upstream.endpoint).hostname;
  return host === 'localhost' || host === '[::1]' || host.startsWith('127.');
}

export function graphiqlExamples(config: GatewayConfig): GraphiqlExamples {
  if (config.cce.upstream.kind === 'embedded' || isLocalSimulator(config)) {
    return { operations: EXAMPLE_OPERATIONS, headers: { 'X-Auth-Token': DEMO_TOKEN } };
  }
  const serviceMode = config.cce.serviceCredentials !== null;
  const note = serviceMode ? FILL_IN_NOTE.service : FILL_IN_NOTE.token;
  return {
    operations: EXAMPLE_OPERATIONS.map(({ query, variables }, index) => {
      const text = index === 0 ? `${note}${query}` : query;
      return variables === undefined
        ? { query: text }
        : {
            query: text,
            variables: placeholders(variables, 'variables') as Record<string, unknown>,
          };
    }),
    headers: serviceMode ? {} : { 'X-Auth-Token': '<your IAM token>' },
  };
}
