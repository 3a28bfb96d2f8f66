/**
 * The benchmark's operations, as the gateway, the baseline and (scenario A) the simulator itself
 * are asked them, with the upstream cost docs/fan-out.md gives for each.
 */
import {
  DEMO_PROJECT_ID,
  DEMO_TOKEN,
  SCALE_NAMESPACES,
  scaleClusterFamily,
  scaleClusterId,
  scaleReleaseName,
} from '../src/simulator/demo-data.ts';
import { expandPath, OPERATIONS } from '../src/cce/operations.ts';
import { requestOf, type LoadRequest } from './load.ts';

/** The load data of issue 7: 10 clusters × 30 releases × 8 add-ons. */
export const SCALE = { clusters: 10, releasesPerCluster: 30, addonsPerCluster: 8 } as const;
export const PROJECT_ID = DEMO_PROJECT_ID;

const STANDARD_CLUSTERS = Array.from({ length: SCALE.clusters }, (_, index) => index).filter(
  (index) => scaleClusterFamily(index) === 'CCE',
);
const AUTOPILOT_COUNT = SCALE.clusters - STANDARD_CLUSTERS.length;

export type ScenarioId = 'A' | 'B' | 'C';

export interface Target {
  /** The request, built anew for each request where it must vary. */
  request: LoadRequest | (() => LoadRequest);
  /** A cheap check of each answer, run by the load generator. */
  verify: (body: string) => boolean;
}

export interface Scenario {
  id: ScenarioId;
  title: string;
  gateway: Target;
  baseline: Target;
  /** Scenario A only: the single upstream call, asked of the simulator directly. */
  direct?: Target;
  /**
   * The calls one operation costs, per SDK operation, with the formula of docs/fan-out.md: cold,
   * and warm (the caller's clusters are in the gateway's cluster directory).
   */
  fanOut: { cold: FanOut; warm: FanOut };
}

export interface FanOut {
  formula: string;
  operations: Record<string, number>;
}

export const JSON_HEADERS = { 'content-type': 'application/json', 'x-auth-token': DEMO_TOKEN };
const TOKEN_HEADERS = { 'x-auth-token': DEMO_TOKEN };

export function graphqlRequest(query: string, variables?: Record<string, unknown>): LoadRequest {
  return {
    method: 'POST',
    path: '/graphql',
    headers: JSON_HEADERS,
    body: JSON.stringify(variables === undefined ? { query } : { query, variables }),
  };
}

const hasData = (field: string) => {
  const prefix = `{"data":{"${field}":`;
  return (body: string) => body.startsWith(prefix) && !body.includes('"errors"');
};

// ---------------------------------------------------------------- A: one release by its key

/** A standard-cluster release of the load data. */
export const LOOKUP = {
  clusterId: scaleClusterId(0),
  namespace: SCALE_NAMESPACES[0],
  name: scaleReleaseName(0),
};

/** The CCE path of LOOKUP's ShowRelease call, as the client spells it. */
export const LOOKUP_PATH = expandPath(OPERATIONS.ShowRelease, [
  LOOKUP.clusterId,
  LOOKUP.namespace,
  LOOKUP.name,
]);

const RELEASE_QUERY = `query Release($clusterId: ID!, $namespace: String!, $name: String!) {
  release(clusterId: $clusterId, namespace: $namespace, name: $name) {
    id name namespace status revision chartName chartVersion
  }
}`;

const lookup: Scenario = {
  id: 'A',
  title: 'A. single lookup: one release by cluster, namespace and name',
  gateway: { request: graphqlRequest(RELEASE_QUERY, LOOKUP), verify: hasData('release') },
  baseline: {
    request: {
      method: 'GET',
      path: `/release?${new URLSearchParams(LOOKUP).toString()}`,
      headers: TOKEN_HEADERS,
    },
    verify: hasData('release'),
  },
  direct: {
    request: {
      method: 'GET',
      path: LOOKUP_PATH,
      headers: TOKEN_HEADERS,
    },
    verify: (body) => body.startsWith('{"chart_name"'),
  },
  fanOut: {
    cold: {
      formula: 'cold: 2 + 1 (cluster lists, ShowRelease)',
      operations: { ListClusters: 1, ListAutopilotClusters: 1, ShowRelease: 1 },
    },
    warm: { formula: 'warm: 1 (ShowRelease)', operations: { ShowRelease: 1 } },
  },
};

// ---------------------------------------------------------------- B: the dashboard

export const RELEASE_ROW = 'name namespace status chartName chartVersion revision';

export function dashboardQuery(releaseRow = RELEASE_ROW): string {
  return `query Dashboard {
  clusters {
    id name type
    releases { nodes { ${releaseRow} } }
    addons { name status version }
  }
}`;
}

/** Names no cluster: the same cold and warm. */
const DASHBOARD_COST: FanOut = {
  formula: `2 + C + C = ${2 + 2 * SCALE.clusters} (cluster lists, a release list and an add-on list per cluster)`,
  operations: {
    ListClusters: 1,
    ListAutopilotClusters: 1,
    ListReleases: STANDARD_CLUSTERS.length,
    ListAutopilotReleases: AUTOPILOT_COUNT,
    ListAddonInstances: STANDARD_CLUSTERS.length,
    ListAutopilotAddonInstances: AUTOPILOT_COUNT,
  },
};

const dashboard: Scenario = {
  id: 'B',
  title: `B. dashboard: ${SCALE.clusters} clusters × ${SCALE.releasesPerCluster} releases × ${SCALE.addonsPerCluster} add-ons`,
  gateway: { request: graphqlRequest(dashboardQuery()), verify: hasData('clusters') },
  baseline: {
    request: { method: 'GET', path: '/dashboard', headers: TOKEN_HEADERS },
    verify: hasData('clusters'),
  },
  fanOut: { cold: DASHBOARD_COST, warm: DASHBOARD_COST },
};

/** The dashboard asking other fields of each release (a lever run). */
export function dashboardTarget(releaseRow: string): Target {
  return { request: graphqlRequest(dashboardQuery(releaseRow)), verify: hasData('clusters') };
}

/**
 * A GraphQL target whose every request carries a unique comment: each one misses yoga's parse
 * and validation caches (keyed by the query text), as if they were off.
 */
export function withUniqueText(target: Target): Target {
  const base = requestOf(target.request);
  const { query, variables } = JSON.parse(base.body ?? '{}') as {
    query: string;
    variables?: Record<string, unknown>;
  };
  let sequence = 0;
  return {
    request: () => graphqlRequest(`# request ${++sequence}\n${query}`, variables),
    verify: target.verify,
  };
}

// ---------------------------------------------------------------- C: an upgrade

const UPGRADE_MUTATION = `mutation Upgrade($input: ReleaseUpgradeInput!) {
  releaseUpgrade(input: $input) {
    release { id revision status chartVersion }
    userErrors { field code message }
  }
}`;

/** Values like the load data's own, so each upgrade writes a realistic document. */
export const UPGRADE_VALUES = {
  replicaCount: 2,
  image: { repository: 'nginx', tag: '1.25.4', pullPolicy: 'IfNotPresent' },
  service: { type: 'ClusterIP', port: 80 },
};

export interface UpgradeInput {
  clusterId: string;
  namespace: string;
  name: string;
  values: typeof UPGRADE_VALUES;
}

/**
 * Every standard-cluster release in turn (standard only, so that the cost per SDK operation is
 * exact), so a release has settled from its last upgrade long before its next. Each upgrade adds
 * a revision to the release's history in the simulator; the runner bounds their number.
 */
export function upgradeTargets(): () => UpgradeInput {
  const keys = STANDARD_CLUSTERS.flatMap((cluster) =>
    Array.from({ length: SCALE.releasesPerCluster }, (_, release) => ({
      clusterId: scaleClusterId(cluster),
      namespace: SCALE_NAMESPACES[release % SCALE_NAMESPACES.length]!,
      name: scaleReleaseName(release),
    })),
  );
  let next = 0;
  return () => ({ ...keys[next++ % keys.length]!, values: UPGRADE_VALUES });
}

const upgradeOk = (body: string) =>
  body.startsWith('{"data":{"releaseUpgrade":') &&
  body.includes('"userErrors":[]') &&
  !body.includes('"errors"');

export function upgradeRequest(target: 'gateway' | 'baseline', input: UpgradeInput): LoadRequest {
  return target === 'gateway'
    ? // The baseline replaces the values as given: so does resetValues (a secret of the old values
      // that these leave out is dropped on purpose, not refused with SECRET_REQUIRED).
      graphqlRequest(UPGRADE_MUTATION, { input: { ...input, resetValues: true } })
    : {
        method: 'POST',
        path: '/release-upgrade',
        headers: JSON_HEADERS,
        body: JSON.stringify(input),
      };
}

function upgradeTarget(target: 'gateway' | 'baseline'): Target {
  const inputs = upgradeTargets();
  return { request: () => upgradeRequest(target, inputs()), verify: upgradeOk };
}

const upgrade: Scenario = {
  id: 'C',
  title: 'C. mutation: releaseUpgrade (rotating over the standard clusters’ releases)',
  gateway: upgradeTarget('gateway'),
  baseline: upgradeTarget('baseline'),
  fanOut: {
    cold: {
      formula: 'cold: 2 + ShowRelease + 1 chart list + UpdateRelease = 5',
      operations: {
        ListClusters: 1,
        ListAutopilotClusters: 1,
        ShowRelease: 1,
        ListCharts: 1,
        UpdateRelease: 1,
      },
    },
    warm: {
      formula: 'warm: ShowRelease + 1 chart list + UpdateRelease = 3',
      operations: { ShowRelease: 1, ListCharts: 1, UpdateRelease: 1 },
    },
  },
};

export const SCENARIOS: Record<ScenarioId, Scenario> = { A: lookup, B: dashboard, C: upgrade };

/** A request for the cold-start probe and readiness checks: scenario A's. */
export const PROBE = { gateway: lookup.gateway, baseline: lookup.baseline };
