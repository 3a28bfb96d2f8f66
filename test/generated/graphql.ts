/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new add-on: template, version, cluster and values. */
export type AddonInstallInput = {
  /** The target cluster's `Cluster.id` or CCE id. */
  clusterId: string | number;
  /** A key of the client's choosing (1 to 200 characters) that makes the request safe to repeat: the same key with the same input from the same caller within the idempotency window (`IDEMPOTENCY_WINDOW_MS`, 10 minutes by default) answers with the first request's payload and sends nothing to CCE; a repeat while the first still runs waits for it. After an `UNKNOWN` outcome a repeat checks the object again instead of writing. The same key with other input is refused with `IDEMPOTENCY_KEY_REUSED`. */
  idempotencyKey?: string | null | undefined;
  /** The template name, from `addonTemplates` of the cluster's API family. */
  templateName: string;
  /** The add-on values, a JSON object (usually `{ basic, custom, flavor }`); defaults to `{}`. */
  values?: unknown;
  /** The template version; omitted, CCE picks the newest version the cluster supports. */
  version?: string | null | undefined;
};

/** The add-on to roll back. */
export type AddonRollbackInput = {
  /** The add-on's `Addon.id` or CCE id. */
  addonId: string | number;
  /** The cluster's `Cluster.id` or CCE id. */
  clusterId: string | number;
  /** Only if the add-on still runs this version (`Addon.version`): otherwise the rollback is refused with `STALE`, saying the current version. The check reads, then writes, so a change made in between still goes through (best effort). */
  expectedVersion?: string | null | undefined;
  /** A key of the client's choosing (1 to 200 characters) that makes the request safe to repeat: the same key with the same input from the same caller within the idempotency window (`IDEMPOTENCY_WINDOW_MS`, 10 minutes by default) answers with the first request's payload and sends nothing to CCE; a repeat while the first still runs waits for it. After an `UNKNOWN` outcome a repeat checks the object again instead of writing. The same key with other input is refused with `IDEMPOTENCY_KEY_REUSED`. */
  idempotencyKey?: string | null | undefined;
};

/** The state of an add-on, as CCE reports it. */
export type AddonStatus =
  /** The add-on is unavailable. */
  | 'ABNORMAL'
  /** Partly ready: some instances are running. */
  | 'AVAILABLE'
  /** The uninstall failed; retry it. */
  | 'DELETE_FAILED'
  /** Uninstalled. */
  | 'DELETE_SUCCESS'
  /** Being uninstalled. */
  | 'DELETING'
  /** Being installed. */
  | 'INSTALLING'
  /** The install failed; uninstall and reinstall it. */
  | 'INSTALL_FAILED'
  /** The rollback failed. */
  | 'ROLLBACK_FAILED'
  /** Being rolled back. */
  | 'ROLLING_BACK'
  /** All add-on instances are running. */
  | 'RUNNING'
  /** The add-on's template instance does not exist. */
  | 'UNKNOWN'
  /** The upgrade failed; retry or reinstall. */
  | 'UPGRADE_FAILED'
  /** Being upgraded. */
  | 'UPGRADING';

/** How an add-on template is packaged. */
export type AddonTemplateType =
  /** A Helm chart. */
  | 'HELM'
  /** Static manifests. */
  | 'STATIC';

/** The add-on to uninstall. */
export type AddonUninstallInput = {
  /** The add-on's `Addon.id` or CCE id. */
  addonId: string | number;
  /** The cluster's `Cluster.id` or CCE id. */
  clusterId: string | number;
  /** Only if the add-on still runs this version (`Addon.version`): otherwise the uninstall is refused with `STALE`, saying the current version. The check reads, then writes, so a change made in between still goes through (best effort). */
  expectedVersion?: string | null | undefined;
  /** A key of the client's choosing (1 to 200 characters) that makes the request safe to repeat: the same key with the same input from the same caller within the idempotency window (`IDEMPOTENCY_WINDOW_MS`, 10 minutes by default) answers with the first request's payload and sends nothing to CCE; a repeat while the first still runs waits for it. After an `UNKNOWN` outcome a repeat checks the object again instead of writing. The same key with other input is refused with `IDEMPOTENCY_KEY_REUSED`. */
  idempotencyKey?: string | null | undefined;
};

/** An upgrade: the add-on, the target version and its values (complete, or a patch of the current ones). */
export type AddonUpgradeInput = {
  /** The add-on's `Addon.id` or CCE id. */
  addonId: string | number;
  /** The cluster's `Cluster.id` or CCE id. */
  clusterId: string | number;
  /** Only if the add-on still runs this version (`Addon.version`): otherwise the upgrade is refused with `STALE`, saying the current version. The check reads, then writes, so a change made in between still goes through (best effort). */
  expectedVersion?: string | null | undefined;
  /** A key of the client's choosing (1 to 200 characters) that makes the request safe to repeat: the same key with the same input from the same caller within the idempotency window (`IDEMPOTENCY_WINDOW_MS`, 10 minutes by default) answers with the first request's payload and sends nothing to CCE; a repeat while the first still runs waits for it. After an `UNKNOWN` outcome a repeat checks the object again instead of writing. The same key with other input is refused with `IDEMPOTENCY_KEY_REUSED`. */
  idempotencyKey?: string | null | undefined;
  /** The complete values of the upgraded add-on, a JSON object (CCE replaces them all); give this or `valuesPatch`, not both. A secret read masked from `Addon.values` and left out is refused with `SECRET_REQUIRED` at its path, one sent back as `******` with `MASKED_VALUE`. */
  values?: unknown;
  /** The change to the add-on's current values, as an RFC 7386 JSON merge patch (a JSON object): the keys it names get its values, `null` removes a key, objects merge, arrays are replaced whole; everything else stays. Give this or `values`, not both. When the patched values would still hold a masked secret, the upgrade is refused with `SECRET_REQUIRED` at each such path; give those secrets in the patch (or `null` to remove them). */
  valuesPatch?: unknown;
  /** The version to upgrade to; it must be one of the template's versions. */
  version: string;
};

/** The kind of cluster (`spec.category` in CCE). */
export type ClusterCategory =
  /** A CCE standard cluster. */
  | 'CCE'
  /** A CCE Turbo cluster (also every Autopilot cluster). */
  | 'TURBO';

/** Whether an API server address is reachable from inside the VPC or from the internet. */
export type ClusterEndpointType =
  /** Reachable through an elastic IP. */
  | 'EXTERNAL'
  /** Reachable inside the cluster's VPC. */
  | 'INTERNAL';

/** The lifecycle phase of a cluster (`status.phase` in CCE). */
export type ClusterPhase =
  /** The cluster is running normally. */
  | 'AVAILABLE'
  /** The cluster is waking up from hibernation. */
  | 'AWAKING'
  /** The cluster is being created. */
  | 'CREATING'
  /** The cluster is being deleted. */
  | 'DELETING'
  /** The cluster has no resources (deprecated by CCE). */
  | 'EMPTY'
  /** The cluster is in error. */
  | 'ERROR'
  /** The cluster is going into hibernation. */
  | 'HIBERNATING'
  /** The cluster is hibernated. */
  | 'HIBERNATION'
  /** The cluster flavor is being changed. */
  | 'RESIZING'
  /** Rolling back a failed upgrade failed. */
  | 'ROLLBACK_FAILED'
  /** A failed upgrade is being rolled back. */
  | 'ROLLING_BACK'
  /** Nodes are being removed. */
  | 'SCALING_DOWN'
  /** Nodes are being added. */
  | 'SCALING_UP'
  /** The cluster is abnormal; CCE suggests deleting it. */
  | 'UNAVAILABLE'
  /** CCE reported a phase this gateway does not know. */
  | 'UNKNOWN'
  /** The cluster is being upgraded. */
  | 'UPGRADING';

/** The CCE API family a cluster belongs to. The gateway calls the matching endpoints itself; callers never choose. */
export type ClusterType =
  /** A CCE Autopilot (serverless) cluster. */
  | 'AUTOPILOT'
  /** A CCE standard or Turbo cluster. */
  | 'CCE';

/** Whether a mutation's change was made in CCE. */
export type MutationOutcome =
  /** CCE applied the change: it answered, or, when no answer came, reading the object again showed the change. */
  | 'APPLIED'
  /** Nothing was changed: the input was refused (see `userErrors`), or the request provably never reached CCE (the connection was refused or reset before the request was written). Retrying is safe. */
  | 'NOT_APPLIED'
  /** The request may have reached CCE but no answer came (a timeout, a reset after sending, an answer that could not be read), and reading the object again did not show the change. It may still land: check the object (or repeat the request with the same `idempotencyKey`, which checks and never writes again) before retrying with a new key. */
  | 'UNKNOWN';

/** What kind of object an `OutdatedItem` is. */
export type OutdatedKind =
  /** An add-on whose template has a newer version the add-on can move to. */
  | 'ADDON'
  /** A Helm release whose chart has a newer version in the repository. */
  | 'RELEASE';

/** A new release: which chart, which cluster and namespace, under which name, with which values. */
export type ReleaseCreateInput = {
  /** The chart to install: its `Chart.id` or CCE chart id, from the repository of the cluster's API family. */
  chartId: string | number;
  /** The chart version to install (semantic version); defaults to the chart's version. */
  chartVersion?: string | null | undefined;
  /** The target cluster's `Cluster.id` or CCE id. */
  clusterId: string | number;
  /** A description of the release. */
  description?: string | null | undefined;
  /** Only render and validate the release, install nothing. */
  dryRun?: boolean | null | undefined;
  /** A key of the client's choosing (1 to 200 characters) that makes the request safe to repeat: the same key with the same input from the same caller within the idempotency window (`IDEMPOTENCY_WINDOW_MS`, 10 minutes by default) answers with the first request's payload and sends nothing to CCE; a repeat while the first still runs waits for it. After an `UNKNOWN` outcome a repeat checks the object again instead of writing. The same key with other input is refused with `IDEMPOTENCY_KEY_REUSED`. */
  idempotencyKey?: string | null | undefined;
  /** The release name: a DNS-1123 label of at most 53 characters. */
  name: string;
  /** The target namespace: a DNS-1123 label of at most 63 characters. */
  namespace: string;
  /** The values for the chart, a JSON object; defaults to `{}`. A value that is exactly `******` (the mask `Release.values` shows for secrets) is refused with `MASKED_VALUE` at its path, e.g. `["input", "values", "auth", "password"]`, before anything is sent to CCE. */
  values?: unknown;
};

/** The release to uninstall. */
export type ReleaseDeleteInput = {
  /** The cluster's `Cluster.id` or CCE id. */
  clusterId: string | number;
  /** Only if the release is still at this revision (`Release.revision`): otherwise the delete is refused with `STALE`, saying the current revision. The check reads, then writes, so a change made in between still goes through (best effort). */
  expectedRevision?: number | null | undefined;
  /** A key of the client's choosing (1 to 200 characters) that makes the request safe to repeat: the same key with the same input from the same caller within the idempotency window (`IDEMPOTENCY_WINDOW_MS`, 10 minutes by default) answers with the first request's payload and sends nothing to CCE; a repeat while the first still runs waits for it. After an `UNKNOWN` outcome a repeat checks the object again instead of writing. The same key with other input is refused with `IDEMPOTENCY_KEY_REUSED`. */
  idempotencyKey?: string | null | undefined;
  /** The release name. */
  name: string;
  /** The namespace of the release. */
  namespace: string;
};

/** What kind of operation made a revision. */
export type ReleaseOperationKind =
  /** The first revision of the release. */
  | 'INSTALL'
  /** A return to an earlier revision. */
  | 'ROLLBACK'
  /** A new chart version or new values. */
  | 'UPGRADE';

/** A rollback: the release and the revision to return to. */
export type ReleaseRollbackInput = {
  /** The cluster's `Cluster.id` or CCE id. */
  clusterId: string | number;
  /** Only if the release is still at this revision (`Release.revision`): otherwise the rollback is refused with `STALE`, saying the current revision. The check reads, then writes, so a change made in between still goes through (best effort). */
  expectedRevision?: number | null | undefined;
  /** A key of the client's choosing (1 to 200 characters) that makes the request safe to repeat: the same key with the same input from the same caller within the idempotency window (`IDEMPOTENCY_WINDOW_MS`, 10 minutes by default) answers with the first request's payload and sends nothing to CCE; a repeat while the first still runs waits for it. After an `UNKNOWN` outcome a repeat checks the object again instead of writing. The same key with other input is refused with `IDEMPOTENCY_KEY_REUSED`. */
  idempotencyKey?: string | null | undefined;
  /** The release name. */
  name: string;
  /** The namespace of the release. */
  namespace: string;
  /** The revision to roll back to; it must be in `Release.history`. */
  revision: number;
};

/** The state of a Helm release revision, as CCE reports it. */
export type ReleaseStatus =
  /** Deleted. */
  | 'DELETED'
  /** Being deleted. */
  | 'DELETING'
  /** Deployed and healthy. */
  | 'DEPLOYED'
  /** The last install, upgrade or rollback failed. */
  | 'FAILED'
  /** Being installed. */
  | 'PENDING_INSTALL'
  /** Being rolled back. */
  | 'PENDING_ROLLBACK'
  /** Being upgraded. */
  | 'PENDING_UPGRADE'
  /** Abnormal; CCE suggests deleting and reinstalling it. */
  | 'UNKNOWN';

/** An upgrade: the release, the new values and optionally another chart. */
export type ReleaseUpgradeInput = {
  /** The chart to upgrade to (`Chart.id` or CCE chart id); defaults to the chart the release runs now. */
  chartId?: string | number | null | undefined;
  /** The cluster's `Cluster.id` or CCE id. */
  clusterId: string | number;
  /** Only render and validate the upgrade, change nothing. */
  dryRun?: boolean | null | undefined;
  /** Only if the release is still at this revision (`Release.revision`): otherwise the upgrade is refused with `STALE`, saying the current revision. The check reads, then writes, so a change made in between still goes through (best effort). */
  expectedRevision?: number | null | undefined;
  /** A key of the client's choosing (1 to 200 characters) that makes the request safe to repeat: the same key with the same input from the same caller within the idempotency window (`IDEMPOTENCY_WINDOW_MS`, 10 minutes by default) answers with the first request's payload and sends nothing to CCE; a repeat while the first still runs waits for it. After an `UNKNOWN` outcome a repeat checks the object again instead of writing. The same key with other input is refused with `IDEMPOTENCY_KEY_REUSED`. */
  idempotencyKey?: string | null | undefined;
  /** The release name. */
  name: string;
  /** The namespace of the release. */
  namespace: string;
  /** Reset the values to the chart's defaults before applying `values` (not with `valuesPatch`). */
  resetValues?: boolean | null | undefined;
  /** The complete values of the new revision, a JSON object; give this or `valuesPatch`, not both. Masked secrets read from `Release.values` must be replaced, not sent back: a value that is exactly `******` is refused with `MASKED_VALUE` at its path, e.g. `["input", "values", "basic", "mysql_password"]`, and a secret left out is refused with `SECRET_REQUIRED` at its path (unless `resetValues`), before anything is sent to CCE. */
  values?: unknown;
  /** The change to the release's current values, as an RFC 7386 JSON merge patch (a JSON object): the keys it names get its values, `null` removes a key, objects merge, arrays are replaced whole; everything else stays. Give this or `values`, not both. The gateway reads secrets only masked, so it cannot carry them over: when the patched values would still hold a masked secret, the upgrade is refused with `SECRET_REQUIRED` at each such path; give those secrets in the patch (or `null` to remove them). */
  valuesPatch?: unknown;
};

/** The kinds of problem a mutation reports in `userErrors`. */
export type UserErrorCode =
  /** The object to create already exists: a release with this name in the namespace, or an add-on of this template in the cluster. */
  | 'ALREADY_EXISTS'
  /** The `idempotencyKey` was used within the idempotency window for a request with different input. Use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The value does not have the required format (DNS-1123 name, version, JSON object, id …). */
  | 'INVALID'
  /** The value is the mask `******` that `Release.values` shows in place of a password-like value. Sending it back would replace the real secret with the mask, so the input is refused; send the real value instead. */
  | 'MASKED_VALUE'
  /** The object is in a state that does not allow this change (for example an add-on that cannot roll back). */
  | 'NOT_ALLOWED'
  /** The referenced object (cluster, chart, release, revision, add-on, template or version) does not exist. */
  | 'NOT_FOUND'
  /** A required value is missing or empty. */
  | 'REQUIRED'
  /** The change would lose a secret the gateway can only read masked: the values would keep the mask where the secret is (a `valuesPatch` that leaves it alone), or leave the secret out (complete `values`). Each user error names one such path in `field`; give the secret a new value there, or remove it on purpose with `null` in a `valuesPatch`. */
  | 'SECRET_REQUIRED'
  /** The object is no longer in the state the input expected (`expectedRevision`, `expectedVersion`); the message says what it is now. Read it again and decide anew. */
  | 'STALE'
  /** The value is longer than allowed. */
  | 'TOO_LONG';

/** What a `ValueChange` says about one path of a values document. */
export type ValueChangeKind =
  /** The path is new: only `after` has it. */
  | 'ADDED'
  /** Both sides have the path with different values (or values of different types). */
  | 'CHANGED'
  /** A masked secret (`******`) is on either side: whether it changed cannot be known, so it is never reported as unchanged. A masked side shows the mask alone (`******`), never a secret; a side without the path is null. */
  | 'MASKED'
  /** The path is gone: only `before` has it. */
  | 'REMOVED';

export type CacheIsolationClustersQueryVariables = Exact<{ [key: string]: never }>;

export type CacheIsolationClustersQuery = {
  clusters: Array<{
    id: string;
    name: string;
    releases: { totalCount: number; nodes: Array<{ name: string; status: ReleaseStatus }> } | null;
  }> | null;
};

export type CacheIsolationReleaseCountQueryVariables = Exact<{
  id: string | number;
}>;

export type CacheIsolationReleaseCountQuery = {
  cluster: { releases: { totalCount: number; nodes: Array<{ name: string }> } | null } | null;
};

export type CacheIsolationCreatedReleaseQueryVariables = Exact<{
  clusterId: string | number;
}>;

export type CacheIsolationCreatedReleaseQuery = {
  release: { name: string; status: ReleaseStatus } | null;
};

export type CacheIsolationAddonsQueryVariables = Exact<{
  id: string | number;
}>;

export type CacheIsolationAddonsQuery = {
  cluster: { addons: Array<{ id: string; status: AddonStatus }> | null } | null;
};

export type CacheIsolationCreateMutationVariables = Exact<{
  input: ReleaseCreateInput;
}>;

export type CacheIsolationCreateMutation = {
  releaseCreate: {
    release: { id: string; name: string; status: ReleaseStatus } | null;
    userErrors: Array<{ code: UserErrorCode }>;
  };
};

export type CacheIsolationUninstallMutationVariables = Exact<{
  input: AddonUninstallInput;
}>;

export type CacheIsolationUninstallMutation = {
  addonUninstall: { deletedAddonId: string | null; userErrors: Array<{ code: UserErrorCode }> };
};

export type ConsoleBrowserReleaseUpgradeMutationVariables = Exact<{
  input: ReleaseUpgradeInput;
}>;

export type ConsoleBrowserReleaseUpgradeMutation = {
  releaseUpgrade: { userErrors: Array<{ code: UserErrorCode }> };
};

export type ConsoleBrowserAddonUpgradeMutationVariables = Exact<{
  input: AddonUpgradeInput;
}>;

export type ConsoleBrowserAddonUpgradeMutation = {
  addonUpgrade: { userErrors: Array<{ code: UserErrorCode }> };
};

export type MaskedValuesUpgradeMutationVariables = Exact<{
  input: ReleaseUpgradeInput;
}>;

export type MaskedValuesUpgradeMutation = {
  releaseUpgrade: {
    release: { name: string; status: ReleaseStatus } | null;
    userErrors: Array<{ field: Array<string> | null; code: UserErrorCode; message: string }>;
  };
};

export type MaskedValuesCreateMutationVariables = Exact<{
  input: ReleaseCreateInput;
}>;

export type MaskedValuesCreateMutation = {
  releaseCreate: {
    release: { name: string; status: ReleaseStatus } | null;
    userErrors: Array<{ field: Array<string> | null; code: UserErrorCode; message: string }>;
  };
};

export type MaskedValuesReleaseQueryVariables = Exact<{
  clusterId: string | number;
  namespace: string;
  name: string;
}>;

export type MaskedValuesReleaseQuery = { release: { values: unknown } | null };

export type MaskedValuesAddonInstallMutationVariables = Exact<{
  input: AddonInstallInput;
}>;

export type MaskedValuesAddonInstallMutation = {
  addonInstall: { addon: { id: string } | null; userErrors: Array<{ code: UserErrorCode }> };
};

export type MaskedValuesProbeQueryVariables = Exact<{
  clusterId: string | number;
  addonId: string | number;
}>;

export type MaskedValuesProbeQuery = {
  release: { values: unknown; history: Array<{ values: unknown }> | null } | null;
  addon: { values: unknown } | null;
};

export type MutationsReleaseFragment = {
  id: string;
  status: ReleaseStatus;
  revision: number;
  chartVersion: string | null;
  statusDescription: string | null;
  values: unknown;
};

export type MutationsAddonFragment = {
  id: string;
  status: AddonStatus;
  version: string;
  rollbackable: boolean;
  previousVersion: string | null;
};

export type MutationsReleaseStateQueryVariables = Exact<{
  clusterId: string | number;
  namespace: string;
  name: string;
}>;

export type MutationsReleaseStateQuery = {
  release: {
    id: string;
    status: ReleaseStatus;
    revision: number;
    chartVersion: string | null;
    statusDescription: string | null;
    values: unknown;
  } | null;
};

export type MutationsAddonStateQueryVariables = Exact<{
  clusterId: string | number;
  id: string | number;
}>;

export type MutationsAddonStateQuery = {
  addon: {
    id: string;
    status: AddonStatus;
    version: string;
    rollbackable: boolean;
    previousVersion: string | null;
  } | null;
};

export type MutationsReleaseCreateMutationVariables = Exact<{
  input: ReleaseCreateInput;
}>;

export type MutationsReleaseCreateMutation = {
  releaseCreate: {
    release: {
      id: string;
      status: ReleaseStatus;
      revision: number;
      chartVersion: string | null;
      statusDescription: string | null;
      values: unknown;
      cluster: { name: string } | null;
      chart: { version: string | null } | null;
    } | null;
    userErrors: Array<{ field: Array<string> | null; code: UserErrorCode; message: string }>;
  };
};

export type MutationsReleaseUpgradeMutationVariables = Exact<{
  input: ReleaseUpgradeInput;
}>;

export type MutationsReleaseUpgradeMutation = {
  releaseUpgrade: {
    release: {
      id: string;
      status: ReleaseStatus;
      revision: number;
      chartVersion: string | null;
      statusDescription: string | null;
      values: unknown;
    } | null;
    userErrors: Array<{ field: Array<string> | null; code: UserErrorCode; message: string }>;
  };
};

export type MutationsReleaseRollbackMutationVariables = Exact<{
  input: ReleaseRollbackInput;
}>;

export type MutationsReleaseRollbackMutation = {
  releaseRollback: {
    release: {
      id: string;
      status: ReleaseStatus;
      revision: number;
      chartVersion: string | null;
      statusDescription: string | null;
      values: unknown;
    } | null;
    userErrors: Array<{ field: Array<string> | null; code: UserErrorCode; message: string }>;
  };
};

export type MutationsReleaseHistoryQueryVariables = Exact<{
  c: string | number;
}>;

export type MutationsReleaseHistoryQuery = {
  release: {
    history: Array<{
      revision: number;
      status: ReleaseStatus;
      chartVersion: string | null;
      values: unknown;
    }> | null;
  } | null;
};

export type MutationsReleaseDeleteMutationVariables = Exact<{
  input: ReleaseDeleteInput;
}>;

export type MutationsReleaseDeleteMutation = {
  releaseDelete: {
    deletedReleaseId: string | null;
    outcome: MutationOutcome;
    release: { status: ReleaseStatus } | null;
    userErrors: Array<{ field: Array<string> | null; code: UserErrorCode; message: string }>;
  };
};

export type MutationsAddonInstallMutationVariables = Exact<{
  input: AddonInstallInput;
}>;

export type MutationsAddonInstallMutation = {
  addonInstall: {
    addon: {
      id: string;
      status: AddonStatus;
      version: string;
      rollbackable: boolean;
      previousVersion: string | null;
      template: { name: string } | null;
    } | null;
    userErrors: Array<{ field: Array<string> | null; code: UserErrorCode; message: string }>;
  };
};

export type MutationsAddonUpgradeMutationVariables = Exact<{
  input: AddonUpgradeInput;
}>;

export type MutationsAddonUpgradeMutation = {
  addonUpgrade: {
    addon: {
      id: string;
      status: AddonStatus;
      version: string;
      rollbackable: boolean;
      previousVersion: string | null;
    } | null;
  };
};

export type MutationsAddonRollbackMutationVariables = Exact<{
  input: AddonRollbackInput;
}>;

export type MutationsAddonRollbackMutation = {
  addonRollback: {
    addon: {
      id: string;
      status: AddonStatus;
      version: string;
      rollbackable: boolean;
      previousVersion: string | null;
    } | null;
  };
};

export type MutationsAddonUninstallMutationVariables = Exact<{
  input: AddonUninstallInput;
}>;

export type MutationsAddonUninstallMutation = {
  addonUninstall: {
    deletedAddonId: string | null;
    addon: { status: AddonStatus } | null;
    userErrors: Array<{ code: UserErrorCode }>;
  };
};

export type OperationStateReleaseQueryVariables = Exact<{
  clusterId: string | number;
  namespace: string;
  name: string;
}>;

export type OperationStateReleaseQuery = {
  release: {
    status: ReleaseStatus;
    revision: number;
    pendingSince: string | null;
    stuck: boolean;
    lastOperation: {
      kind: ReleaseOperationKind;
      fromRevision: number | null;
      toRevision: number;
      restoredRevision: number | null;
      status: ReleaseStatus;
      failed: boolean;
      rolledBack: boolean;
      rolledBackTo: number | null;
      at: string | null;
    } | null;
  } | null;
};

export type OperationStateAddonQueryVariables = Exact<{
  clusterId: string | number;
  addonId: string | number;
}>;

export type OperationStateAddonQuery = {
  addon: { status: AddonStatus; pendingSince: string | null; stuck: boolean } | null;
};

export type OperationStateUpgradeMutationVariables = Exact<{
  input: ReleaseUpgradeInput;
}>;

export type OperationStateUpgradeMutation = {
  releaseUpgrade: { userErrors: Array<{ code: UserErrorCode; message: string }> };
};

export type OperationStateAddonUpgradeMutationVariables = Exact<{
  input: AddonUpgradeInput;
}>;

export type OperationStateAddonUpgradeMutation = {
  addonUpgrade: { userErrors: Array<{ code: UserErrorCode; message: string }> };
};

export type OperationStateRollbackMutationVariables = Exact<{
  input: ReleaseRollbackInput;
}>;

export type OperationStateRollbackMutation = {
  releaseRollback: { userErrors: Array<{ code: UserErrorCode; message: string }> };
};

export type OperationStateClusterFiguresQueryVariables = Exact<{ [key: string]: never }>;

export type OperationStateClusterFiguresQuery = {
  clusters: Array<{
    name: string;
    installedAddonCount: number | null;
    nodeSummary: {
      total: number;
      active: number;
      cpu: number | null;
      memoryGiB: number | null;
    } | null;
  }> | null;
};

export type PartialDataClustersQueryVariables = Exact<{ [key: string]: never }>;

export type PartialDataClustersQuery = {
  clusters: Array<{
    name: string;
    releases: { totalCount: number } | null;
    addons: Array<{ name: string }> | null;
  }> | null;
};

export type PartialDataHistoriesQueryVariables = Exact<{
  id: string | number;
}>;

export type PartialDataHistoriesQuery = {
  cluster: {
    releases: {
      nodes: Array<{
        name: string;
        status: ReleaseStatus;
        history: Array<{ revision: number }> | null;
      }>;
    } | null;
  } | null;
};

export type PartialDataFamiliesQueryVariables = Exact<{
  standard: string | number;
  autopilot: string | number;
}>;

export type PartialDataFamiliesQuery = {
  all: Array<{ name: string }> | null;
  standard: { name: string; releases: { totalCount: number } | null } | null;
  autopilot: { name: string } | null;
};

export type QueriesClustersQueryVariables = Exact<{ [key: string]: never }>;

export type QueriesClustersQuery = {
  clusters: Array<{
    id: string;
    uid: string;
    name: string;
    type: ClusterType;
    phase: ClusterPhase | null;
    category: ClusterCategory | null;
    kubernetesVersion: string | null;
    flavor: string | null;
    createdAt: string | null;
  }> | null;
};

export type QueriesClusterNamesQueryVariables = Exact<{
  type?: ClusterType | null | undefined;
}>;

export type QueriesClusterNamesQuery = { clusters: Array<{ name: string }> | null };

export type QueriesClusterQueryVariables = Exact<{
  id: string | number;
}>;

export type QueriesClusterQuery = {
  cluster: {
    id: string;
    name: string;
    endpoints: Array<{ url: string; type: ClusterEndpointType | null }>;
  } | null;
};

export type QueriesReleasePageQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;

export type QueriesReleasePageQuery = {
  cluster: {
    releases: {
      totalCount: number;
      edges: Array<{ cursor: string; node: { name: string; namespace: string } }>;
      nodes: Array<{ name: string }>;
      pageInfo: {
        hasNextPage: boolean;
        hasPreviousPage: boolean;
        startCursor: string | null;
        endCursor: string | null;
      };
    } | null;
  } | null;
};

export type QueriesReleaseFiltersQueryVariables = Exact<{
  id: string | number;
  chart?: string | number | null | undefined;
  otherFamilyChart?: string | number | null | undefined;
}>;

export type QueriesReleaseFiltersQuery = {
  cluster: {
    inCache: { nodes: Array<{ name: string }> } | null;
    ofChart: { nodes: Array<{ name: string }> } | null;
    failed: { nodes: Array<{ name: string; status: ReleaseStatus }> } | null;
    none: { totalCount: number } | null;
  } | null;
};

export type QueriesReleaseQueryVariables = Exact<{
  cluster: string | number;
}>;

export type QueriesReleaseQuery = {
  release: {
    id: string;
    name: string;
    namespace: string;
    revision: number;
    status: ReleaseStatus;
    statusDescription: string | null;
    chartName: string | null;
    chartVersion: string | null;
    values: unknown;
    parameters: unknown;
    cluster: { id: string; name: string; type: ClusterType } | null;
    chart: {
      id: string;
      uid: string;
      name: string;
      version: string | null;
      clusterType: ClusterType;
    } | null;
    history: Array<{
      revision: number;
      status: ReleaseStatus;
      chartName: string | null;
      chartVersion: string | null;
      values: unknown;
    }> | null;
  } | null;
};

export type QueriesClusterReleaseQueryVariables = Exact<{
  id: string | number;
}>;

export type QueriesClusterReleaseQuery = {
  cluster: {
    release: {
      revision: number;
      chart: { id: string; clusterType: ClusterType } | null;
      history: Array<{ revision: number }> | null;
    } | null;
    missing: { name: string } | null;
  } | null;
};

export type QueriesChartsQueryVariables = Exact<{ [key: string]: never }>;

export type QueriesChartsQuery = {
  all: Array<{ clusterType: ClusterType }> | null;
  autopilot: Array<{ name: string; clusterType: ClusterType }> | null;
};

export type QueriesChartQueryVariables = Exact<{
  id: string | number;
}>;

export type QueriesChartQuery = {
  chart: {
    id: string;
    uid: string;
    name: string;
    version: string | null;
    description: string | null;
    defaultValues: unknown;
    clusterType: ClusterType;
  } | null;
};

export type QueriesAddonsQueryVariables = Exact<{
  clusterId: string | number;
}>;

export type QueriesAddonsQuery = {
  addons: Array<{
    id: string;
    uid: string;
    name: string;
    status: AddonStatus;
    version: string;
    rollbackable: boolean;
    previousVersion: string | null;
    targetVersions: Array<string>;
    values: unknown;
    currentVersion: { version: string; stable: boolean } | null;
    cluster: { id: string } | null;
    template: {
      name: string;
      clusterType: ClusterType;
      type: AddonTemplateType | null;
      required: boolean;
      labels: Array<string>;
      versions: Array<{
        version: string;
        supportedClusters: Array<{ clusterType: string; clusterVersions: Array<string> }>;
      }>;
    } | null;
  }> | null;
};

export type QueriesAddonLookupsQueryVariables = Exact<{
  cluster: string | number;
  otherCluster: string | number;
  uid: string | number;
  global: string | number;
}>;

export type QueriesAddonLookupsQuery = {
  coredns: Array<{ name: string }> | null;
  byUid: { name: string; template: { clusterType: ClusterType } | null } | null;
  byGlobal: { name: string } | null;
  wrongCluster: { name: string } | null;
  viaCluster: { addons: Array<{ name: string }> | null; addon: { name: string } | null } | null;
};

export type QueriesAddonNamesQueryVariables = Exact<{
  clusterId: string | number;
}>;

export type QueriesAddonNamesQuery = { addons: Array<{ name: string }> | null };

export type QueriesTemplatesQueryVariables = Exact<{
  autopilot: string | number;
}>;

export type QueriesTemplatesQuery = {
  cce: Array<{ name: string; clusterType: ClusterType }> | null;
  forAutopilot: Array<{ name: string; clusterType: ClusterType }> | null;
  both: Array<{ clusterType: ClusterType }> | null;
  everest: Array<{ name: string; versions: Array<{ version: string }> }> | null;
};

export type QueriesNodesQueryVariables = Exact<{
  cluster: string | number;
  release: string | number;
  addon: string | number;
  chart: string | number;
}>;

export type QueriesNodesQuery = {
  cluster:
    | { __typename: 'Addon'; id: string }
    | { __typename: 'Chart'; id: string }
    | { __typename: 'Cluster'; name: string; id: string }
    | { __typename: 'Release'; id: string }
    | null;
  release:
    | { __typename: 'Addon'; id: string }
    | { __typename: 'Chart'; id: string }
    | { __typename: 'Cluster'; id: string }
    | { __typename: 'Release'; revision: number; id: string }
    | null;
  addon:
    | { __typename: 'Addon'; name: string; id: string }
    | { __typename: 'Chart'; id: string }
    | { __typename: 'Cluster'; id: string }
    | { __typename: 'Release'; id: string }
    | null;
  chart:
    | { __typename: 'Addon'; id: string }
    | { __typename: 'Chart'; name: string; clusterType: ClusterType; id: string }
    | { __typename: 'Cluster'; id: string }
    | { __typename: 'Release'; id: string }
    | null;
};

export type QueriesReleasePathsQueryVariables = Exact<{
  clusterId: string | number;
  namespace: string;
  name: string;
  id: string | number;
}>;

export type QueriesReleasePathsQuery = {
  direct: { id: string } | null;
  viaNode: { id: string } | { id: string } | { id: string } | { id: string } | null;
};

export type ReadDeadlineReleaseCountsQueryVariables = Exact<{ [key: string]: never }>;

export type ReadDeadlineReleaseCountsQuery = {
  clusters: Array<{ name: string; releases: { totalCount: number } | null }> | null;
};

export type ReadDeadlineUpgradeMutationVariables = Exact<{
  input: ReleaseUpgradeInput;
}>;

export type ReadDeadlineUpgradeMutation = {
  releaseUpgrade: {
    release: { status: ReleaseStatus } | null;
    userErrors: Array<{ code: UserErrorCode }>;
  };
};

export type SafeWritesReleaseFragment = {
  revision: number;
  status: ReleaseStatus;
  values: unknown;
};

export type SafeWritesUserErrorFragment = {
  field: Array<string> | null;
  code: UserErrorCode;
  message: string;
};

export type SafeWritesCreateMutationVariables = Exact<{
  input: ReleaseCreateInput;
}>;

export type SafeWritesCreateMutation = {
  releaseCreate: {
    outcome: MutationOutcome;
    outcomeMessage: string | null;
    release: { revision: number; status: ReleaseStatus; values: unknown } | null;
    userErrors: Array<{ field: Array<string> | null; code: UserErrorCode; message: string }>;
  };
};

export type SafeWritesUpgradeMutationVariables = Exact<{
  input: ReleaseUpgradeInput;
}>;

export type SafeWritesUpgradeMutation = {
  releaseUpgrade: {
    outcome: MutationOutcome;
    outcomeMessage: string | null;
    release: { revision: number; status: ReleaseStatus; values: unknown } | null;
    userErrors: Array<{ field: Array<string> | null; code: UserErrorCode; message: string }>;
  };
};

export type SafeWritesRollbackMutationVariables = Exact<{
  input: ReleaseRollbackInput;
}>;

export type SafeWritesRollbackMutation = {
  releaseRollback: {
    outcome: MutationOutcome;
    outcomeMessage: string | null;
    release: { revision: number; status: ReleaseStatus; values: unknown } | null;
    userErrors: Array<{ field: Array<string> | null; code: UserErrorCode; message: string }>;
  };
};

export type SafeWritesDeleteMutationVariables = Exact<{
  input: ReleaseDeleteInput;
}>;

export type SafeWritesDeleteMutation = {
  releaseDelete: {
    outcome: MutationOutcome;
    outcomeMessage: string | null;
    release: { revision: number; status: ReleaseStatus; values: unknown } | null;
    userErrors: Array<{ field: Array<string> | null; code: UserErrorCode; message: string }>;
  };
};

export type SafeWritesAddonUpgradeMutationVariables = Exact<{
  input: AddonUpgradeInput;
}>;

export type SafeWritesAddonUpgradeMutation = {
  addonUpgrade: {
    outcome: MutationOutcome;
    userErrors: Array<{ field: Array<string> | null; code: UserErrorCode; message: string }>;
  };
};

export type SafeWritesAddonInstallMutationVariables = Exact<{
  input: AddonInstallInput;
}>;

export type SafeWritesAddonInstallMutation = {
  addonInstall: {
    outcome: MutationOutcome;
    userErrors: Array<{ field: Array<string> | null; code: UserErrorCode; message: string }>;
  };
};

export type SafeWritesReleaseStateQueryVariables = Exact<{
  clusterId: string | number;
  namespace: string;
  name: string;
}>;

export type SafeWritesReleaseStateQuery = {
  release: { revision: number; status: ReleaseStatus; values: unknown } | null;
};

export type SafeWritesAddonIdsQueryVariables = Exact<{
  c: string | number;
  a: string | number;
}>;

export type SafeWritesAddonIdsQuery = {
  byAddonId: { name: string } | null;
  byId: { name: string } | null;
  cluster: { addon: { name: string } | null } | null;
};

export type ServerErrorsClustersQueryVariables = Exact<{ [key: string]: never }>;

export type ServerErrorsClustersQuery = {
  clusters: Array<{
    uid: string;
    name: string;
    type: ClusterType;
    releases: { totalCount: number } | null;
  }> | null;
};

export type ServerErrorsClusterIdsQueryVariables = Exact<{ [key: string]: never }>;

export type ServerErrorsClusterIdsQuery = { clusters: Array<{ uid: string }> | null };

export type SimulatorControlReleasesQueryVariables = Exact<{
  id: string | number;
}>;

export type SimulatorControlReleasesQuery = {
  cluster: { releases: { nodes: Array<{ name: string }> } | null } | null;
};

export type SimulatorControlCreateMutationVariables = Exact<{
  in: ReleaseCreateInput;
}>;

export type SimulatorControlCreateMutation = {
  releaseCreate: { userErrors: Array<{ message: string }> };
};

export type UpstreamBudgetHistoryQueryVariables = Exact<{
  f?: number | null | undefined;
}>;

export type UpstreamBudgetHistoryQuery = {
  clusters: Array<{
    name: string;
    releases: {
      nodes: Array<{ name: string; history: Array<{ revision: number }> | null }>;
    } | null;
  }> | null;
};

export type UpstreamBudgetReleaseCountsQueryVariables = Exact<{ [key: string]: never }>;

export type UpstreamBudgetReleaseCountsQuery = {
  clusters: Array<{ name: string; releases: { totalCount: number } | null }> | null;
};

export type ValuesDiffRevisionsQueryVariables = Exact<{
  clusterId: string | number;
  namespace: string;
  name: string;
}>;

export type ValuesDiffRevisionsQuery = {
  release: {
    valuesDiff: Array<{
      path: Array<string>;
      kind: ValueChangeKind;
      before: unknown;
      after: unknown;
    }>;
    history: Array<{
      revision: number;
      valuesDiff: Array<{
        path: Array<string>;
        kind: ValueChangeKind;
        before: unknown;
        after: unknown;
      }>;
    }> | null;
  } | null;
};

export type ValuesDiffBetweenQueryVariables = Exact<{
  clusterId: string | number;
  namespace: string;
  name: string;
  from: number;
  to?: number | null | undefined;
}>;

export type ValuesDiffBetweenQuery = {
  release: { valuesDiff: Array<{ path: Array<string>; kind: ValueChangeKind }> } | null;
};

export type ValuesDiffUserValuesQueryVariables = Exact<{
  cluster: string | number;
  dev: string | number;
}>;

export type ValuesDiffUserValuesQuery = {
  a: {
    userValues: unknown;
    defaultsDiff: Array<{
      path: Array<string>;
      kind: ValueChangeKind;
      before: unknown;
      after: unknown;
    }> | null;
  } | null;
  b: { userValues: unknown } | null;
  c: {
    userValues: unknown;
    defaultsDiff: Array<{ path: Array<string>; kind: ValueChangeKind }> | null;
  } | null;
};

export type VersionsOutdatedQueryVariables = Exact<{
  clusterIds?: Array<string | number> | string | number | null | undefined;
  kind?: OutdatedKind | null | undefined;
}>;

export type VersionsOutdatedQuery = {
  outdated: Array<{
    kind: OutdatedKind;
    name: string;
    namespace: string | null;
    currentVersion: string | null;
    latestVersion: string;
    cluster: { name: string };
    latestChart: { uid: string } | null;
    release: { name: string } | null;
    addon: { uid: string } | null;
  }>;
};

export type VersionsChartQueryVariables = Exact<{
  id: string | number;
}>;

export type VersionsChartQuery = {
  chart: {
    version: string | null;
    versions: Array<{ uid: string; version: string | null }>;
  } | null;
};

export type VersionsReleaseQueryVariables = Exact<{
  clusterId: string | number;
  namespace: string;
  name: string;
}>;

export type VersionsReleaseQuery = {
  release: {
    chartVersion: string | null;
    upgradeAvailable: boolean;
    latestChart: { uid: string; version: string | null } | null;
  } | null;
};

export type VersionsAddonQueryVariables = Exact<{
  clusterId: string | number;
  id: string | number;
}>;

export type VersionsAddonQuery = {
  addon: {
    version: string;
    upgradeAvailable: boolean;
    latestVersion: { version: string } | null;
  } | null;
};

export type WriteOutcomesCreateMutationVariables = Exact<{
  input: ReleaseCreateInput;
}>;

export type WriteOutcomesCreateMutation = {
  releaseCreate: {
    outcome: MutationOutcome;
    outcomeMessage: string | null;
    release: { revision: number; status: ReleaseStatus } | null;
    userErrors: Array<{ code: UserErrorCode }>;
  };
};

export type WriteOutcomesUpgradeMutationVariables = Exact<{
  input: ReleaseUpgradeInput;
}>;

export type WriteOutcomesUpgradeMutation = {
  releaseUpgrade: {
    outcome: MutationOutcome;
    outcomeMessage: string | null;
    release: { revision: number; status: ReleaseStatus } | null;
    userErrors: Array<{ code: UserErrorCode }>;
  };
};

export type WriteOutcomesDeleteMutationVariables = Exact<{
  input: ReleaseDeleteInput;
}>;

export type WriteOutcomesDeleteMutation = {
  releaseDelete: {
    outcome: MutationOutcome;
    outcomeMessage: string | null;
    release: { revision: number; status: ReleaseStatus } | null;
    userErrors: Array<{ code: UserErrorCode }>;
  };
};

export type WriteOutcomesAddonUpgradeMutationVariables = Exact<{
  input: AddonUpgradeInput;
}>;

export type WriteOutcomesAddonUpgradeMutation = {
  addonUpgrade: { outcome: MutationOutcome; addon: { version: string } | null };
};

export type WriteOutcomesReleaseQueryVariables = Exact<{
  clusterId: string | number;
  namespace: string;
  name: string;
}>;

export type WriteOutcomesReleaseQuery = {
  release: { revision: number; status: ReleaseStatus } | null;
};

export const MutationsReleaseFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MutationsRelease' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Release' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chartVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusDescription' } },
          { kind: 'Field', name: { kind: 'Name', value: 'values' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MutationsReleaseFragment, unknown>;
export const MutationsAddonFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MutationsAddon' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Addon' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rollbackable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousVersion' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MutationsAddonFragment, unknown>;
export const SafeWritesReleaseFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SafeWritesRelease' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Release' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'values' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SafeWritesReleaseFragment, unknown>;
export const SafeWritesUserErrorFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SafeWritesUserError' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SafeWritesUserErrorFragment, unknown>;
export const CacheIsolationClustersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CacheIsolationClusters' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clusters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'releases' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CacheIsolationClustersQuery, CacheIsolationClustersQueryVariables>;
export const CacheIsolationReleaseCountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CacheIsolationReleaseCount' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cluster' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'releases' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CacheIsolationReleaseCountQuery,
  CacheIsolationReleaseCountQueryVariables
>;
export const CacheIsolationCreatedReleaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CacheIsolationCreatedRelease' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'release' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'namespace' },
                value: { kind: 'StringValue', value: 'default', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'StringValue', value: 'cache-created', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CacheIsolationCreatedReleaseQuery,
  CacheIsolationCreatedReleaseQueryVariables
>;
export const CacheIsolationAddonsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CacheIsolationAddons' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cluster' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'addons' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CacheIsolationAddonsQuery, CacheIsolationAddonsQueryVariables>;
export const CacheIsolationCreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CacheIsolationCreate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseCreateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseCreate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'release' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CacheIsolationCreateMutation, CacheIsolationCreateMutationVariables>;
export const CacheIsolationUninstallDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CacheIsolationUninstall' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddonUninstallInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addonUninstall' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'deletedAddonId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CacheIsolationUninstallMutation,
  CacheIsolationUninstallMutationVariables
>;
export const ConsoleBrowserReleaseUpgradeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleBrowserReleaseUpgrade' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseUpgradeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseUpgrade' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ConsoleBrowserReleaseUpgradeMutation,
  ConsoleBrowserReleaseUpgradeMutationVariables
>;
export const ConsoleBrowserAddonUpgradeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleBrowserAddonUpgrade' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddonUpgradeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addonUpgrade' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ConsoleBrowserAddonUpgradeMutation,
  ConsoleBrowserAddonUpgradeMutationVariables
>;
export const MaskedValuesUpgradeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MaskedValuesUpgrade' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseUpgradeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseUpgrade' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'release' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MaskedValuesUpgradeMutation, MaskedValuesUpgradeMutationVariables>;
export const MaskedValuesCreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MaskedValuesCreate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseCreateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseCreate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'release' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MaskedValuesCreateMutation, MaskedValuesCreateMutationVariables>;
export const MaskedValuesReleaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MaskedValuesRelease' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'namespace' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'release' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'namespace' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'namespace' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'values' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MaskedValuesReleaseQuery, MaskedValuesReleaseQueryVariables>;
export const MaskedValuesAddonInstallDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MaskedValuesAddonInstall' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddonInstallInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addonInstall' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'addon' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  MaskedValuesAddonInstallMutation,
  MaskedValuesAddonInstallMutationVariables
>;
export const MaskedValuesProbeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MaskedValuesProbe' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'addonId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'release' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'namespace' },
                value: { kind: 'StringValue', value: 'default', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'StringValue', value: 'masking-probe', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'values' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'history' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'values' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addon' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'addonId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'values' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MaskedValuesProbeQuery, MaskedValuesProbeQueryVariables>;
export const MutationsReleaseStateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MutationsReleaseState' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'namespace' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'release' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'namespace' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'namespace' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MutationsRelease' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MutationsRelease' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Release' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chartVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusDescription' } },
          { kind: 'Field', name: { kind: 'Name', value: 'values' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MutationsReleaseStateQuery, MutationsReleaseStateQueryVariables>;
export const MutationsAddonStateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MutationsAddonState' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addon' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MutationsAddon' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MutationsAddon' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Addon' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rollbackable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousVersion' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MutationsAddonStateQuery, MutationsAddonStateQueryVariables>;
export const MutationsReleaseCreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MutationsReleaseCreate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseCreateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseCreate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'release' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MutationsRelease' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cluster' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'chart' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MutationsRelease' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Release' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chartVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusDescription' } },
          { kind: 'Field', name: { kind: 'Name', value: 'values' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  MutationsReleaseCreateMutation,
  MutationsReleaseCreateMutationVariables
>;
export const MutationsReleaseUpgradeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MutationsReleaseUpgrade' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseUpgradeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseUpgrade' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'release' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MutationsRelease' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MutationsRelease' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Release' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chartVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusDescription' } },
          { kind: 'Field', name: { kind: 'Name', value: 'values' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  MutationsReleaseUpgradeMutation,
  MutationsReleaseUpgradeMutationVariables
>;
export const MutationsReleaseRollbackDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MutationsReleaseRollback' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseRollbackInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseRollback' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'release' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MutationsRelease' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MutationsRelease' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Release' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chartVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusDescription' } },
          { kind: 'Field', name: { kind: 'Name', value: 'values' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  MutationsReleaseRollbackMutation,
  MutationsReleaseRollbackMutationVariables
>;
export const MutationsReleaseHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MutationsReleaseHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'release' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'namespace' },
                value: { kind: 'StringValue', value: 'shop', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'StringValue', value: 'web-shop', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'history' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'chartVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'values' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MutationsReleaseHistoryQuery, MutationsReleaseHistoryQueryVariables>;
export const MutationsReleaseDeleteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MutationsReleaseDelete' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseDeleteInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseDelete' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'release' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'deletedReleaseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  MutationsReleaseDeleteMutation,
  MutationsReleaseDeleteMutationVariables
>;
export const MutationsAddonInstallDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MutationsAddonInstall' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddonInstallInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addonInstall' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'addon' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MutationsAddon' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'template' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MutationsAddon' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Addon' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rollbackable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousVersion' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MutationsAddonInstallMutation, MutationsAddonInstallMutationVariables>;
export const MutationsAddonUpgradeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MutationsAddonUpgrade' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddonUpgradeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addonUpgrade' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'addon' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MutationsAddon' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MutationsAddon' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Addon' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rollbackable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousVersion' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MutationsAddonUpgradeMutation, MutationsAddonUpgradeMutationVariables>;
export const MutationsAddonRollbackDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MutationsAddonRollback' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddonRollbackInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addonRollback' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'addon' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MutationsAddon' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MutationsAddon' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Addon' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rollbackable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousVersion' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  MutationsAddonRollbackMutation,
  MutationsAddonRollbackMutationVariables
>;
export const MutationsAddonUninstallDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MutationsAddonUninstall' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddonUninstallInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addonUninstall' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'addon' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'deletedAddonId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  MutationsAddonUninstallMutation,
  MutationsAddonUninstallMutationVariables
>;
export const OperationStateReleaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OperationStateRelease' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'namespace' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'release' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'namespace' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'namespace' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pendingSince' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stuck' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lastOperation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromRevision' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toRevision' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'restoredRevision' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rolledBack' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rolledBackTo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OperationStateReleaseQuery, OperationStateReleaseQueryVariables>;
export const OperationStateAddonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OperationStateAddon' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'addonId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addon' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'addonId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'addonId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pendingSince' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stuck' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OperationStateAddonQuery, OperationStateAddonQueryVariables>;
export const OperationStateUpgradeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OperationStateUpgrade' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseUpgradeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseUpgrade' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OperationStateUpgradeMutation, OperationStateUpgradeMutationVariables>;
export const OperationStateAddonUpgradeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OperationStateAddonUpgrade' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddonUpgradeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addonUpgrade' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  OperationStateAddonUpgradeMutation,
  OperationStateAddonUpgradeMutationVariables
>;
export const OperationStateRollbackDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OperationStateRollback' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseRollbackInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseRollback' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  OperationStateRollbackMutation,
  OperationStateRollbackMutationVariables
>;
export const OperationStateClusterFiguresDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OperationStateClusterFigures' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clusters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodeSummary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cpu' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'memoryGiB' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'installedAddonCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  OperationStateClusterFiguresQuery,
  OperationStateClusterFiguresQueryVariables
>;
export const PartialDataClustersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PartialDataClusters' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clusters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'releases' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'addons' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartialDataClustersQuery, PartialDataClustersQueryVariables>;
export const PartialDataHistoriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PartialDataHistories' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cluster' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'releases' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'history' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartialDataHistoriesQuery, PartialDataHistoriesQueryVariables>;
export const PartialDataFamiliesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PartialDataFamilies' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'standard' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'autopilot' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'all' },
            name: { kind: 'Name', value: 'clusters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'standard' },
            name: { kind: 'Name', value: 'cluster' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'standard' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'releases' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'autopilot' },
            name: { kind: 'Name', value: 'cluster' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'autopilot' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartialDataFamiliesQuery, PartialDataFamiliesQueryVariables>;
export const QueriesClustersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'QueriesClusters' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clusters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kubernetesVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'flavor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QueriesClustersQuery, QueriesClustersQueryVariables>;
export const QueriesClusterNamesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'QueriesClusterNames' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'type' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ClusterType' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clusters' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'type' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'type' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QueriesClusterNamesQuery, QueriesClusterNamesQueryVariables>;
export const QueriesClusterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'QueriesCluster' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cluster' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'endpoints' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QueriesClusterQuery, QueriesClusterQueryVariables>;
export const QueriesReleasePageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'QueriesReleasePage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cluster' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'releases' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '1' },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'after' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'namespace' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'startCursor' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QueriesReleasePageQuery, QueriesReleasePageQueryVariables>;
export const QueriesReleaseFiltersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'QueriesReleaseFilters' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'chart' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'otherFamilyChart' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cluster' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'inCache' },
                  name: { kind: 'Name', value: 'releases' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'namespace' },
                      value: { kind: 'StringValue', value: 'cache', block: false },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'ofChart' },
                  name: { kind: 'Name', value: 'releases' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'chartId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'chart' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'failed' },
                  name: { kind: 'Name', value: 'releases' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'status' },
                      value: { kind: 'EnumValue', value: 'FAILED' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'none' },
                  name: { kind: 'Name', value: 'releases' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'chartId' },
                      value: {
                        kind: 'Variable',
                        name: { kind: 'Name', value: 'otherFamilyChart' },
                      },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QueriesReleaseFiltersQuery, QueriesReleaseFiltersQueryVariables>;
export const QueriesReleaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'QueriesRelease' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'cluster' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'release' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'cluster' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'namespace' },
                value: { kind: 'StringValue', value: 'default', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'StringValue', value: 'magento-mysql', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namespace' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusDescription' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chartName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chartVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'values' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parameters' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cluster' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chart' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'uid' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'clusterType' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'history' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'chartName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'chartVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'values' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QueriesReleaseQuery, QueriesReleaseQueryVariables>;
export const QueriesClusterReleaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'QueriesClusterRelease' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cluster' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'release' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'namespace' },
                      value: { kind: 'StringValue', value: 'web', block: false },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'StringValue', value: 'nginx-web', block: false },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'chart' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'clusterType' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'history' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'missing' },
                  name: { kind: 'Name', value: 'release' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'namespace' },
                      value: { kind: 'StringValue', value: 'web', block: false },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'name' },
                      value: { kind: 'StringValue', value: 'nope', block: false },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QueriesClusterReleaseQuery, QueriesClusterReleaseQueryVariables>;
export const QueriesChartsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'QueriesCharts' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'all' },
            name: { kind: 'Name', value: 'charts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'clusterType' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'autopilot' },
            name: { kind: 'Name', value: 'charts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterType' },
                value: { kind: 'EnumValue', value: 'AUTOPILOT' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clusterType' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QueriesChartsQuery, QueriesChartsQueryVariables>;
export const QueriesChartDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'QueriesChart' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'chart' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'defaultValues' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clusterType' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QueriesChartQuery, QueriesChartQueryVariables>;
export const QueriesAddonsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'QueriesAddons' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addons' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rollbackable' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previousVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetVersions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'values' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'currentVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stable' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cluster' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'template' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'clusterType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labels' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'versions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'supportedClusters' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'clusterType' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'clusterVersions' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QueriesAddonsQuery, QueriesAddonsQueryVariables>;
export const QueriesAddonLookupsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'QueriesAddonLookups' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'cluster' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'otherCluster' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'uid' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'global' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'coredns' },
            name: { kind: 'Name', value: 'addons' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'cluster' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'templateName' },
                value: { kind: 'StringValue', value: 'coredns', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byUid' },
            name: { kind: 'Name', value: 'addon' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'cluster' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'uid' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'template' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'clusterType' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byGlobal' },
            name: { kind: 'Name', value: 'addon' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'cluster' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'global' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'wrongCluster' },
            name: { kind: 'Name', value: 'addon' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'otherCluster' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'global' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'viaCluster' },
            name: { kind: 'Name', value: 'cluster' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'cluster' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'addons' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'templateName' },
                      value: { kind: 'StringValue', value: 'metrics-server', block: false },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'addon' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'global' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QueriesAddonLookupsQuery, QueriesAddonLookupsQueryVariables>;
export const QueriesAddonNamesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'QueriesAddonNames' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addons' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QueriesAddonNamesQuery, QueriesAddonNamesQueryVariables>;
export const QueriesTemplatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'QueriesTemplates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'autopilot' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'cce' },
            name: { kind: 'Name', value: 'addonTemplates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterType' },
                value: { kind: 'EnumValue', value: 'CCE' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clusterType' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'forAutopilot' },
            name: { kind: 'Name', value: 'addonTemplates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'autopilot' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clusterType' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'both' },
            name: { kind: 'Name', value: 'addonTemplates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'clusterType' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'everest' },
            name: { kind: 'Name', value: 'addonTemplates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterType' },
                value: { kind: 'EnumValue', value: 'CCE' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'StringValue', value: 'everest', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'versions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QueriesTemplatesQuery, QueriesTemplatesQueryVariables>;
export const QueriesNodesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'QueriesNodes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'cluster' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'release' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'addon' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'chart' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'cluster' },
            name: { kind: 'Name', value: 'node' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'cluster' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Cluster' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'release' },
            name: { kind: 'Name', value: 'node' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'release' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Release' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'revision' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'addon' },
            name: { kind: 'Name', value: 'node' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'addon' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Addon' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'chart' },
            name: { kind: 'Name', value: 'node' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'chart' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Chart' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'clusterType' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QueriesNodesQuery, QueriesNodesQueryVariables>;
export const QueriesReleasePathsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'QueriesReleasePaths' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'namespace' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'direct' },
            name: { kind: 'Name', value: 'release' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'namespace' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'namespace' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'viaNode' },
            name: { kind: 'Name', value: 'node' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QueriesReleasePathsQuery, QueriesReleasePathsQueryVariables>;
export const ReadDeadlineReleaseCountsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReadDeadlineReleaseCounts' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clusters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'releases' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ReadDeadlineReleaseCountsQuery,
  ReadDeadlineReleaseCountsQueryVariables
>;
export const ReadDeadlineUpgradeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReadDeadlineUpgrade' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseUpgradeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseUpgrade' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'release' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReadDeadlineUpgradeMutation, ReadDeadlineUpgradeMutationVariables>;
export const SafeWritesCreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SafeWritesCreate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseCreateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseCreate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'release' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SafeWritesRelease' },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeMessage' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SafeWritesUserError' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SafeWritesRelease' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Release' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'values' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SafeWritesUserError' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SafeWritesCreateMutation, SafeWritesCreateMutationVariables>;
export const SafeWritesUpgradeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SafeWritesUpgrade' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseUpgradeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseUpgrade' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'release' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SafeWritesRelease' },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeMessage' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SafeWritesUserError' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SafeWritesRelease' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Release' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'values' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SafeWritesUserError' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SafeWritesUpgradeMutation, SafeWritesUpgradeMutationVariables>;
export const SafeWritesRollbackDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SafeWritesRollback' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseRollbackInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseRollback' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'release' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SafeWritesRelease' },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeMessage' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SafeWritesUserError' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SafeWritesRelease' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Release' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'values' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SafeWritesUserError' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SafeWritesRollbackMutation, SafeWritesRollbackMutationVariables>;
export const SafeWritesDeleteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SafeWritesDelete' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseDeleteInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseDelete' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'release' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SafeWritesRelease' },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeMessage' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SafeWritesUserError' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SafeWritesRelease' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Release' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'values' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SafeWritesUserError' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SafeWritesDeleteMutation, SafeWritesDeleteMutationVariables>;
export const SafeWritesAddonUpgradeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SafeWritesAddonUpgrade' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddonUpgradeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addonUpgrade' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SafeWritesUserError' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SafeWritesUserError' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SafeWritesAddonUpgradeMutation,
  SafeWritesAddonUpgradeMutationVariables
>;
export const SafeWritesAddonInstallDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SafeWritesAddonInstall' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddonInstallInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addonInstall' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SafeWritesUserError' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SafeWritesUserError' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SafeWritesAddonInstallMutation,
  SafeWritesAddonInstallMutationVariables
>;
export const SafeWritesReleaseStateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SafeWritesReleaseState' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'namespace' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'release' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'namespace' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'namespace' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SafeWritesRelease' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SafeWritesRelease' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Release' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'values' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SafeWritesReleaseStateQuery, SafeWritesReleaseStateQueryVariables>;
export const SafeWritesAddonIdsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SafeWritesAddonIds' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'a' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byAddonId' },
            name: { kind: 'Name', value: 'addon' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'addonId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'a' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byId' },
            name: { kind: 'Name', value: 'addon' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'a' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cluster' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'c' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'addon' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'addonId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'a' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SafeWritesAddonIdsQuery, SafeWritesAddonIdsQueryVariables>;
export const ServerErrorsClustersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServerErrorsClusters' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clusters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'uid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'releases' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServerErrorsClustersQuery, ServerErrorsClustersQueryVariables>;
export const ServerErrorsClusterIdsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServerErrorsClusterIds' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clusters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'uid' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServerErrorsClusterIdsQuery, ServerErrorsClusterIdsQueryVariables>;
export const SimulatorControlReleasesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SimulatorControlReleases' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cluster' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'releases' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '50' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SimulatorControlReleasesQuery, SimulatorControlReleasesQueryVariables>;
export const SimulatorControlCreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SimulatorControlCreate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'in' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseCreateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseCreate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'in' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'message' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SimulatorControlCreateMutation,
  SimulatorControlCreateMutationVariables
>;
export const UpstreamBudgetHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UpstreamBudgetHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'f' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clusters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'releases' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'f' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'history' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpstreamBudgetHistoryQuery, UpstreamBudgetHistoryQueryVariables>;
export const UpstreamBudgetReleaseCountsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UpstreamBudgetReleaseCounts' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clusters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'releases' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpstreamBudgetReleaseCountsQuery,
  UpstreamBudgetReleaseCountsQueryVariables
>;
export const ValuesDiffRevisionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ValuesDiffRevisions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'namespace' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'release' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'namespace' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'namespace' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'valuesDiff' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'fromRevision' },
                      value: { kind: 'IntValue', value: '1' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'history' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'valuesDiff' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ValuesDiffRevisionsQuery, ValuesDiffRevisionsQueryVariables>;
export const ValuesDiffBetweenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ValuesDiffBetween' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'namespace' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'release' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'namespace' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'namespace' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'valuesDiff' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'fromRevision' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'toRevision' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ValuesDiffBetweenQuery, ValuesDiffBetweenQueryVariables>;
export const ValuesDiffUserValuesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ValuesDiffUserValues' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'cluster' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'dev' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'a' },
            name: { kind: 'Name', value: 'release' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'cluster' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'namespace' },
                value: { kind: 'StringValue', value: 'web', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'StringValue', value: 'nginx-web', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userValues' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'defaultsDiff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'b' },
            name: { kind: 'Name', value: 'release' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'dev' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'namespace' },
                value: { kind: 'StringValue', value: 'default', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'StringValue', value: 'nginx-web', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'userValues' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'c' },
            name: { kind: 'Name', value: 'release' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'cluster' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'namespace' },
                value: { kind: 'StringValue', value: 'default', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'StringValue', value: 'magento-mysql', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userValues' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'defaultsDiff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ValuesDiffUserValuesQuery, ValuesDiffUserValuesQueryVariables>;
export const VersionsOutdatedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VersionsOutdated' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clusterIds' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'OutdatedKind' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outdated' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clusterIds' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'namespace' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currentVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'latestVersion' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cluster' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'latestChart' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'uid' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'release' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'addon' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'uid' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VersionsOutdatedQuery, VersionsOutdatedQueryVariables>;
export const VersionsChartDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VersionsChart' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'chart' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'versions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'uid' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VersionsChartQuery, VersionsChartQueryVariables>;
export const VersionsReleaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VersionsRelease' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'namespace' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'release' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'namespace' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'namespace' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'chartVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'upgradeAvailable' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'latestChart' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'uid' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VersionsReleaseQuery, VersionsReleaseQueryVariables>;
export const VersionsAddonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VersionsAddon' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addon' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'upgradeAvailable' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'latestVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VersionsAddonQuery, VersionsAddonQueryVariables>;
export const WriteOutcomesCreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WriteOutcomesCreate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseCreateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseCreate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'release' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeMessage' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WriteOutcomesCreateMutation, WriteOutcomesCreateMutationVariables>;
export const WriteOutcomesUpgradeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WriteOutcomesUpgrade' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseUpgradeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseUpgrade' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'release' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeMessage' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WriteOutcomesUpgradeMutation, WriteOutcomesUpgradeMutationVariables>;
export const WriteOutcomesDeleteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WriteOutcomesDelete' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseDeleteInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseDelete' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'release' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeMessage' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WriteOutcomesDeleteMutation, WriteOutcomesDeleteMutationVariables>;
export const WriteOutcomesAddonUpgradeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WriteOutcomesAddonUpgrade' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddonUpgradeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addonUpgrade' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'addon' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  WriteOutcomesAddonUpgradeMutation,
  WriteOutcomesAddonUpgradeMutationVariables
>;
export const WriteOutcomesReleaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WriteOutcomesRelease' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'namespace' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'release' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'namespace' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'namespace' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WriteOutcomesReleaseQuery, WriteOutcomesReleaseQueryVariables>;
