/**
 * The example operations GraphiQL opens with: a dashboard, a release lookup, a mutation, a
 * subscription, the fleet's outdated releases and add-ons, and release and add-on upgrade
 * previews. Against the embedded simulator their variables name its demo data and the headers
 * carry the demo token; against a real CCE the variables are `<name>` placeholders (no demo ids
 * off the demo) and the headers are empty. The composition root hands them to the server.
 */
import type { GatewayConfig } from './config.ts';
import type { ExampleOperation, GraphiqlExamples } from './server/graphiql.ts';
import {
  DEMO_ADDONS,
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
    query: `# Watch a Helm release live: its state now, then
# every change, until you stop it (or the release
# is deleted). Run it, then upgrade the release
# (from another tab, a script, or the CCE
# console): PENDING_UPGRADE, then DEPLOYED appear
# here. Changes made through any replica of this
# gateway are pushed at once; CCE is read quickly
# while an operation is pending, then slowly. Add
# untilSettled: true to end at the first settled
# state instead (for scripts).
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
  {
    query: `# Every Helm release and add-on behind its latest
# version, across all your clusters. Upstream cost
# (docs/fan-out.md): the 2 cluster lists, 1
# release list and 1 add-on list per cluster, 1
# chart list and 1 add-on template list per
# cluster family; nothing more.
query Outdated {
  outdated {
    kind
    cluster {
      name
    }
    name
    namespace
    currentVersion
    latestVersion
    latestChart {
      id
    }
  }
}
`,
  },
  {
    query: `# What an upgrade would do, before doing it: the
# values it would send, what changes against the
# deployed values and between the two charts'
# defaults, overrides the new chart no longer has
# or whose default it changed, and CCE's dry-run
# verdict. Nothing changes.
query UpgradePreview($input: ReleaseUpgradeInput!) {
  releaseUpgradePreview(input: $input) {
    valuesDiff {
      path
      kind
      before
      after
    }
    defaultsDiff {
      path
      kind
      before
      after
    }
    orphanedOverrides {
      path
      value
    }
    overriddenChangedDefaults {
      path
      value
      oldDefault
      newDefault
    }
    dryRun {
      accepted
      code
      message
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
        ...DEMO_RELEASES.nginxWeb,
        chartId: DEMO_CHARTS.nginxNext,
        valuesPatch: { image: { tag: '1.25.9' } },
      },
    },
  },
  {
    query: `# What an add-on upgrade would do, before doing
# it: the values it would send, their diff, and
# CCE's own add-on precheck with its risks
# (WARNING may be skipped, FATAL may not). The
# simulator's precheckFatal switch (in the values)
# makes it find a FATAL risk. Nothing changes.
query AddonUpgradePreview($input: AddonUpgradeInput!) {
  addonUpgradePreview(input: $input) {
    valuesDiff {
      path
      kind
      before
      after
    }
    precheck {
      status
      blocked
      risks {
        name
        level
        message
        configurationRisks {
          field
          originalValue
          value
        }
      }
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
        addonId: DEMO_ADDONS.productionCoredns,
        version: '1.30.6',
        valuesPatch: { simulator: { precheckFatal: true } },
      },
    },
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
