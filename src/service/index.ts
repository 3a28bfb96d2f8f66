/**
 * The per-request CCE service: the one object resolvers call (`context.cce`).
 *
 * One per GraphQL request, bound to the caller: their CCE client, the request's abort signal,
 * their view of the cluster directory and their live session. It takes cluster ids and works out
 * each cluster's API family itself. Reads go through the request's loaders (batched and
 * de-duplicated); writes go only through it, along the one mutation skeleton of `writes.ts`.
 */
import type { Addon, CceClient, Cluster, FamilyChart, Release } from '../cce/model.ts';
import { parseGlobalId } from '../ids.ts';
import type { LiveSession } from '../live/session.ts';
import type { CallerClusterDirectory } from '../loaders/cluster-directory.ts';
import { createLoaders } from '../loaders/index.ts';
import { AddonService } from './addons.ts';
import { ChartService } from './charts.ts';
import { ClusterService } from './clusters.ts';
import { OutdatedService } from './outdated.ts';
import type { IdempotencyStore } from './idempotency.ts';
import { ReleaseService } from './releases.ts';
import type { ServiceInsights, ServiceScope } from './scope.ts';

export interface CceServiceDeps {
  /** A CCE client with the caller's credentials. */
  readonly client: CceClient;
  /** The request's abort signal: it aborts every upstream call when the client goes away. */
  readonly signal: AbortSignal;
  /** The caller's view of the server's cluster directory. */
  readonly directory: CallerClusterDirectory;
  /** The caller's live session: status watches, and change notices after writes. */
  readonly live: LiveSession;
  /** Where idempotency keys are kept (shared by the process, or by every replica). */
  readonly idempotency: IdempotencyStore;
  /** What the service infers from CCE's answers (STUCK_AFTER_MS). */
  readonly insights: ServiceInsights;
  /** Who the caller is, for their idempotency keys: `callerIdentity`, else the credential scope. */
  readonly caller: string;
}

/** What `Query.node` can answer with. */
export type NodeObject = Cluster | Release | Addon | FamilyChart;

export class CceService {
  readonly clusters: ClusterService;
  readonly releases: ReleaseService;
  readonly charts: ChartService;
  readonly addons: AddonService;
  readonly outdated: OutdatedService;

  constructor(deps: CceServiceDeps) {
    const options = { signal: deps.signal };
    const scope: ServiceScope = {
      client: deps.client,
      options,
      loaders: createLoaders(deps.client, options, deps.directory),
      live: deps.live,
      insights: deps.insights,
      writes: {
        idempotency: deps.idempotency,
        caller: deps.caller,
        signal: deps.signal,
      },
    };
    this.clusters = new ClusterService(scope);
    this.charts = new ChartService(scope, this.clusters);
    this.releases = new ReleaseService(scope, this.clusters, this.charts);
    this.addons = new AddonService(scope, this.clusters);
    this.outdated = new OutdatedService(scope, this.clusters, this.charts, this.addons);
  }

  /** The object a global id names, or null. */
  async node(id: string): Promise<NodeObject | null> {
    const parsed = parseGlobalId(id);
    if (!parsed) return null;
    switch (parsed.type) {
      case 'Cluster':
        return this.clusters.byId(parsed.clusterId);
      case 'Release':
        return this.releases.byKey(parsed.key);
      case 'Addon':
        return this.addons.byIds(parsed.clusterId, parsed.addonId);
      case 'Chart':
        return this.charts.byGlobalId(parsed.family, parsed.chartId);
    }
  }
}
