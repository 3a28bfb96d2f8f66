/**
 * Helm releases: one record per (cluster, namespace, name) holding every revision, and the wire
 * form `ReleaseResp` (snake_case, `values`/`parameters` as JSON text with secrets masked).
 */
import { maskSecrets } from '../masking.ts';
import { releaseTimestamp } from '../time.ts';

export type ReleaseStatus =
  'DEPLOYED' | 'FAILED' | 'DELETING' | 'PENDING_INSTALL' | 'PENDING_UPGRADE' | 'PENDING_ROLLBACK';

export interface ReleaseRevision {
  /** The Helm revision number, `version` on the wire. */
  readonly revision: number;
  readonly chartId: string;
  readonly chartName: string;
  readonly chartVersion: string;
  readonly chartPublic: boolean;
  /** The values as applied, unmasked, so that a rollback restores them exactly. */
  readonly values: Readonly<Record<string, unknown>>;
  /** The request parameters as sent, kept for `parameters` on the wire. */
  readonly parameters: Readonly<Record<string, unknown>> | null;
  status: ReleaseStatus;
  statusDescription: string;
  updatedAt: Date;
  /** Rendered `ReleaseResp` JSON; cleared whenever the revision changes. */
  json: string | undefined;
}

export interface ReleaseRecord {
  readonly clusterId: string;
  readonly clusterName: string;
  readonly namespace: string;
  readonly name: string;
  readonly createdAt: Date;
  /** The description given at install; without one, `description` mirrors the status description, as in the seeds. */
  readonly description: string | undefined;
  /** Oldest first; the last one is the release's current state. */
  readonly revisions: ReleaseRevision[];
}

/** The chart a revision was made from (a ChartRecord, or the chart of an earlier revision). */
export interface ChartRef {
  readonly id: string;
  readonly name: string;
  readonly version: string;
  readonly public: boolean;
}

export interface RevisionInput {
  readonly revision: number;
  readonly chart: ChartRef;
  readonly values: Readonly<Record<string, unknown>>;
  readonly parameters: Readonly<Record<string, unknown>> | null;
  readonly status: ReleaseStatus;
  readonly statusDescription: string;
  readonly at: Date;
}

export function createRevision(input: RevisionInput): ReleaseRevision {
  return {
    revision: input.revision,
    chartId: input.chart.id,
    chartName: input.chart.name,
    chartVersion: input.chart.version,
    chartPublic: input.chart.public,
    values: input.values,
    parameters: input.parameters,
    status: input.status,
    statusDescription: input.statusDescription,
    updatedAt: input.at,
    json: undefined,
  };
}

export function chartOf(revision: ReleaseRevision): ChartRef {
  return {
    id: revision.chartId,
    name: revision.chartName,
    version: revision.chartVersion,
    public: revision.chartPublic,
  };
}

export function currentRevision(record: ReleaseRecord): ReleaseRevision {
  const revision = record.revisions.at(-1);
  if (revision === undefined) throw new Error(`release ${record.name} has no revision`);
  return revision;
}

export function setRevisionStatus(
  revision: ReleaseRevision,
  status: ReleaseStatus,
  statusDescription: string,
  at: Date,
): void {
  revision.status = status;
  revision.statusDescription = statusDescription;
  revision.updatedAt = at;
  revision.json = undefined;
}

/** What `show_resources=true` reports: the objects a typical chart creates, as JSON text. */
function resourcesText(record: ReleaseRecord): string {
  const { name, namespace } = record;
  return JSON.stringify([
    { kind: 'Deployment', name, namespace },
    { kind: 'Service', name, namespace },
  ]);
}

function releaseWire(record: ReleaseRecord, revision: ReleaseRevision, withResources: boolean) {
  return {
    chart_name: revision.chartName,
    chart_public: revision.chartPublic,
    chart_version: revision.chartVersion,
    cluster_id: record.clusterId,
    cluster_name: record.clusterName,
    create_at: releaseTimestamp(record.createdAt),
    description: record.description ?? revision.statusDescription,
    name: record.name,
    namespace: record.namespace,
    parameters:
      revision.parameters === null ? '' : JSON.stringify(maskSecrets(revision.parameters)),
    resources: withResources ? resourcesText(record) : '',
    status: revision.status,
    status_description: revision.statusDescription,
    update_at: releaseTimestamp(revision.updatedAt),
    values: JSON.stringify(maskSecrets(revision.values)),
    version: revision.revision,
  };
}

/** `ReleaseResp` JSON of one revision; rendered once per change and reused by every read. */
export function releaseJson(
  record: ReleaseRecord,
  revision: ReleaseRevision = currentRevision(record),
): string {
  revision.json ??= JSON.stringify(releaseWire(record, revision, false));
  return revision.json;
}

/** `ReleaseResp` JSON with `resources` filled, for `show_resources=true` (not cached). */
export function releaseJsonWithResources(record: ReleaseRecord): string {
  return JSON.stringify(releaseWire(record, currentRevision(record), true));
}
