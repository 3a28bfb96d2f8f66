/**
 * The upstream-call estimate of an operation: how many CCE calls it can cause at most, computed
 * from its selected fields (variables applied) before anything runs. It follows the fan-out rules
 * of docs/fan-out.md, cold (nothing in the cluster directory), with list sizes the gateway cannot
 * know beforehand taken as:
 *
 * - `clusters`: ASSUMED_CLUSTERS clusters; a cluster's `addons` or `addons(clusterId:)`:
 *   ASSUMED_ADDONS add-ons;
 *   a page of releases: its `first` (default 50), so `first: $f` counts as the value of `$f`;
 * - `outdated`: the lists of ASSUMED_CLUSTERS clusters, and as items a default page of releases
 *   plus ASSUMED_ADDONS add-ons per cluster.
 *
 * What the request reads once whatever asks for it (the two cluster lists, one chart list and one
 * template list per family) is counted once. Each field's own calls are multiplied by the number of
 * objects it is selected on; a cluster's reads (its release and add-on lists, a lookup in it) are
 * made once per cluster however often the operation comes back to it, so they count for at most
 * ASSUMED_CLUSTERS clusters. Aliases of a list field read the same list: they are merged, with the
 * largest page. `totalCount` and `pageInfo` cost nothing: only what is selected in each item is
 * multiplied by the page size.
 *
 * The estimate is a bound for refusing operations before they run (UPSTREAM_BUDGET_EXCEEDED);
 * what a request actually calls is counted as it runs (budget.ts). Pure: no I/O, no state.
 */
import type { SelectedField } from '../operation-fields.ts';

/** Clusters a `clusters` list is assumed to hold. */
export const ASSUMED_CLUSTERS = 20;
/** Add-ons a cluster is assumed to hold. */
export const ASSUMED_ADDONS = 20;
/**
 * ListAddonPrecheckTasks reads an add-on precheck is assumed to take: the defaults'
 * ADDON_PRECHECK_TIMEOUT_MS / ADDON_PRECHECK_POLL_MS (8 s / 1 s).
 */
export const ASSUMED_PRECHECK_POLLS = 8;
/** The schema's default page size of `releases`. */
const DEFAULT_PAGE = 50;

/** Calls a request makes at most once, whatever asks for them: both families' lists. */
type SharedRead = 'clusterLists' | 'chartLists' | 'templateLists';
const SHARED_CALLS: Record<SharedRead, number> = {
  clusterLists: 2,
  chartLists: 2,
  templateLists: 2,
};

interface FieldCost {
  /** Calls per object the field is selected on. */
  readonly calls?: number | ((args: Readonly<Record<string, unknown>>) => number);
  /** Request-wide reads it needs (cold: a lookup naming a cluster reads both cluster lists). */
  readonly shared?: readonly SharedRead[];
  /** Objects its selections are made on, per object it is selected on (a list's length). */
  readonly items?: number | ((args: Readonly<Record<string, unknown>>) => number);
  /** Every selection of it reads the same thing, whatever its arguments (a cluster's lists). */
  readonly sameReadForAnyArguments?: boolean;
  /** A read of the cluster it is selected on: made once per cluster in the request. */
  readonly perCluster?: boolean;
  /** Another field whose read answers this one too (`Release.valuesDiff` reads the history). */
  readonly sameReadAs?: string;
}

const MAX_INT = 2 ** 31 - 1;

const pageSize = (args: Readonly<Record<string, unknown>>): number => {
  const first = args['first'];
  if (first === undefined || first === null) return DEFAULT_PAGE;
  // Not an Int (a variable of the wrong value): coercion refuses the operation before any call.
  if (typeof first !== 'number' || !Number.isInteger(first) || Math.abs(first) > MAX_INT) return 0;
  return Math.max(0, first);
};

const representations = (args: Readonly<Record<string, unknown>>): number => {
  const given = args['representations'];
  return Array.isArray(given) ? given.length : 1;
};

const LOOKUP: FieldCost = { shared: ['clusterLists'], calls: 1 };

/** `outdated`: per cluster its release list, its add-on list, or both (`kind` narrows). */
const outdatedListsPerCluster = (args: Readonly<Record<string, unknown>>): number =>
  args['kind'] === 'RELEASE' || args['kind'] === 'ADDON' ? 1 : 2;

/** Fields that reach CCE, by `Type.field`; every other field costs nothing itself. */
const COSTS: Readonly<Record<string, FieldCost>> = {
  'Query.clusters': {
    shared: ['clusterLists'],
    items: ASSUMED_CLUSTERS,
    sameReadForAnyArguments: true,
  },
  'Query.cluster': { shared: ['clusterLists'] },
  'Query.release': LOOKUP,
  'Query.addon': LOOKUP,
  'Query.addons': { ...LOOKUP, items: ASSUMED_ADDONS },
  'Query.addonTemplates': { shared: ['clusterLists', 'templateLists'] },
  'Query.charts': { shared: ['chartLists'], sameReadForAnyArguments: true },
  'Query.chart': { shared: ['chartLists'] },
  'Query.node': LOOKUP,
  // The release, the chart list, both charts' values and the dry run (a PUT).
  'Query.releaseUpgradePreview': { shared: ['clusterLists', 'chartLists'], calls: 4 },
  // The add-on (its cluster from the cluster lists) and the template list.
  'Query.addonUpgradePreview': { shared: ['clusterLists', 'templateLists'], calls: 1 },
  // BatchCreateAddonPrecheck, then the reads of its task.
  'AddonUpgradePreview.precheck': { calls: 1 + ASSUMED_PRECHECK_POLLS },
  // Both cluster lists, the lists of every cluster, and the chart and template lists.
  'Query.outdated': {
    shared: ['clusterLists', 'chartLists', 'templateLists'],
    calls: (args) => ASSUMED_CLUSTERS * outdatedListsPerCluster(args),
    // Its items: at most every release (a default page) and add-on of every cluster.
    items: ASSUMED_CLUSTERS * (DEFAULT_PAGE + ASSUMED_ADDONS),
  },
  // Lookups in one cluster are answered by one list (or one show): at most one call per cluster.
  'Query._entities': {
    shared: ['clusterLists'],
    calls: (args) => Math.min(representations(args), ASSUMED_CLUSTERS),
    items: representations,
  },
  'Cluster.releases': {
    calls: 1,
    items: pageSize,
    sameReadForAnyArguments: true,
    perCluster: true,
  },
  'Cluster.release': { calls: 1, perCluster: true },
  'Cluster.addons': {
    calls: 1,
    items: ASSUMED_ADDONS,
    sameReadForAnyArguments: true,
    perCluster: true,
  },
  'Cluster.addon': { calls: 1, perCluster: true },
  'Cluster.addonTemplates': { shared: ['templateLists'] },
  'Release.cluster': { shared: ['clusterLists'], sameReadForAnyArguments: true },
  'Release.chart': { shared: ['chartLists'], sameReadForAnyArguments: true },
  'Release.history': { calls: 1, sameReadForAnyArguments: true },
  // Diffs between revisions read the history (ReleaseRevision.valuesDiff: the parent's history).
  'Release.valuesDiff': { calls: 1, sameReadForAnyArguments: true, sameReadAs: 'Release.history' },
  'Release.lastOperation': {
    calls: 1,
    sameReadForAnyArguments: true,
    sameReadAs: 'Release.history',
  },
  // The chart's defaults: the chart list, then ShowChartValues (at most one per release).
  'Release.userValues': {
    shared: ['chartLists'],
    calls: 1,
    sameReadForAnyArguments: true,
    sameReadAs: 'Release.chartDefaults',
  },
  'Release.defaultsDiff': {
    shared: ['chartLists'],
    calls: 1,
    sameReadForAnyArguments: true,
    sameReadAs: 'Release.chartDefaults',
  },
  'Release.latestChart': { shared: ['chartLists'], sameReadForAnyArguments: true },
  'Release.upgradeAvailable': { shared: ['chartLists'], sameReadForAnyArguments: true },
  'Chart.versions': { shared: ['chartLists'], sameReadForAnyArguments: true },
  'Addon.cluster': { shared: ['clusterLists'], sameReadForAnyArguments: true },
  'Addon.template': { shared: ['templateLists'], sameReadForAnyArguments: true },
  // The cluster's Kubernetes version decides which template versions fit (cold: the lists).
  'Addon.latestVersion': {
    shared: ['clusterLists', 'templateLists'],
    sameReadForAnyArguments: true,
  },
  'Addon.upgradeAvailable': {
    shared: ['clusterLists', 'templateLists'],
    sameReadForAnyArguments: true,
  },
  // Mutations: the reads that validate the input, then one write (docs/fan-out.md, cold).
  'Mutation.releaseCreate': { shared: ['clusterLists', 'chartLists'], calls: 1 },
  'Mutation.releaseUpgrade': { shared: ['clusterLists', 'chartLists'], calls: 2 },
  'Mutation.releaseRollback': { shared: ['clusterLists', 'chartLists'], calls: 3 },
  'Mutation.releaseDelete': { shared: ['clusterLists'], calls: 2 },
  'Mutation.addonInstall': { shared: ['clusterLists', 'templateLists'], calls: 2 },
  'Mutation.addonUpgrade': { shared: ['clusterLists', 'templateLists'], calls: 2 },
  'Mutation.addonRollback': { shared: ['clusterLists'], calls: 2 },
  'Mutation.addonUninstall': { shared: ['clusterLists'], calls: 2 },
  // The first read of a watch; later polls are the shared pollers', not this request's.
  'Subscription.releaseStatus': LOOKUP,
  'Subscription.addonStatus': LOOKUP,
};

const valueOf = (
  rule: number | ((args: Readonly<Record<string, unknown>>) => number) | undefined,
  args: Readonly<Record<string, unknown>>,
  fallback: number,
): number => (rule === undefined ? fallback : typeof rule === 'number' ? rule : rule(args));

/** A field with its aliases merged: the largest list, all selections. */
interface Merged {
  /** What it reads: `Type.field`, with the arguments that name what a lookup reads. */
  readonly key: string;
  readonly cost: FieldCost | undefined;
  readonly args: Readonly<Record<string, unknown>>;
  items: number;
  children: SelectedField[];
}

/** Siblings that read the same thing, merged (aliases of one list, the same lookup twice). */
function merge(fields: readonly SelectedField[]): Merged[] {
  const byRead = new Map<string, Merged>();
  const merged: Merged[] = [];
  for (const field of fields) {
    const name = `${field.parentType}.${field.definition.name}`;
    const cost = COSTS[name];
    const items = valueOf(cost?.items, field.args, 1);
    // Lookups with other arguments are other reads; free fields merge only their selections.
    const read = cost?.sameReadAs ?? name;
    const key =
      cost === undefined || cost.sameReadForAnyArguments === true
        ? read
        : `${read}(${argumentKey(field.args)})`;
    // Each mutation is its own write.
    const existing = name.startsWith('Mutation.') ? undefined : byRead.get(key);
    if (existing !== undefined) {
      existing.items = Math.max(existing.items, items);
      existing.children = [...existing.children, ...field.children];
      continue;
    }
    const entry: Merged = { key, cost, args: field.args, items, children: [...field.children] };
    byRead.set(key, entry);
    merged.push(entry);
  }
  return merged;
}

/** The arguments that name what a lookup reads (ids and names: short scalars). */
function argumentKey(args: Readonly<Record<string, unknown>>): string {
  return Object.keys(args)
    .sort()
    .map((name) => {
      const value = args[name];
      return typeof value === 'object' && value !== null ? `${name}=…` : `${name}=${String(value)}`;
    })
    .join(',');
}

/** What the walk adds up: calls, the request-wide reads, and each cluster read's clusters. */
interface Tally {
  calls: number;
  readonly shared: Set<SharedRead>;
  /** Per cluster read (its key): its calls per cluster, and the clusters it is selected on. */
  readonly perCluster: Map<string, { calls: number; clusters: number }>;
}

function tally(fields: readonly SelectedField[], objects: number, into: Tally): void {
  for (const field of merge(fields)) {
    for (const read of field.cost?.shared ?? []) into.shared.add(read);
    const calls = valueOf(field.cost?.calls, field.args, 0);
    if (field.cost?.perCluster === true) {
      const seen = into.perCluster.get(field.key) ?? { calls, clusters: 0 };
      seen.clusters += objects;
      into.perCluster.set(field.key, seen);
    } else {
      into.calls += objects * calls;
    }
    if (field.children.length > 0) tally(field.children, objects * field.items, into);
  }
}

/** The most CCE calls the selected fields can cause (see the module comment). */
export function estimateUpstreamCalls(fields: readonly SelectedField[]): number {
  const total: Tally = { calls: 0, shared: new Set(), perCluster: new Map() };
  tally(fields, 1, total);
  let calls = total.calls;
  for (const read of total.shared) calls += SHARED_CALLS[read];
  for (const { calls: perCluster, clusters } of total.perCluster.values()) {
    calls += perCluster * Math.min(clusters, ASSUMED_CLUSTERS);
  }
  return calls;
}
