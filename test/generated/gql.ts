/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query CacheIsolationClusters { clusters { id name releases { totalCount nodes { name status } } } }\n': typeof types.CacheIsolationClustersDocument;
  '\n  query CacheIsolationReleaseCount($id: ID!) { cluster(id: $id) { releases { totalCount nodes { name } } } }\n': typeof types.CacheIsolationReleaseCountDocument;
  '\n  query CacheIsolationCreatedRelease($clusterId: ID!) {\n    release(clusterId: $clusterId, namespace: "default", name: "cache-created") { name status }\n  }\n': typeof types.CacheIsolationCreatedReleaseDocument;
  '\n  query CacheIsolationAddons($id: ID!) { cluster(id: $id) { addons { id status } } }\n': typeof types.CacheIsolationAddonsDocument;
  '\n  mutation CacheIsolationCreate($input: ReleaseCreateInput!) {\n    releaseCreate(input: $input) { release { id name status } userErrors { code } }\n  }\n': typeof types.CacheIsolationCreateDocument;
  '\n  mutation CacheIsolationUninstall($input: AddonUninstallInput!) {\n    addonUninstall(input: $input) { deletedAddonId userErrors { code } }\n  }\n': typeof types.CacheIsolationUninstallDocument;
  '\n  mutation ConsoleBrowserReleaseUpgrade($input: ReleaseUpgradeInput!) { releaseUpgrade(input: $input) { userErrors { code } } }\n': typeof types.ConsoleBrowserReleaseUpgradeDocument;
  '\n  mutation ConsoleBrowserAddonUpgrade($input: AddonUpgradeInput!) { addonUpgrade(input: $input) { userErrors { code } } }\n': typeof types.ConsoleBrowserAddonUpgradeDocument;
  '\n  mutation MaskedValuesUpgrade($input: ReleaseUpgradeInput!) {\n    releaseUpgrade(input: $input) { release { name status } userErrors { field code message } }\n  }\n': typeof types.MaskedValuesUpgradeDocument;
  '\n  mutation MaskedValuesCreate($input: ReleaseCreateInput!) {\n    releaseCreate(input: $input) { release { name status } userErrors { field code message } }\n  }\n': typeof types.MaskedValuesCreateDocument;
  '\n  query MaskedValuesRelease($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) { values }\n  }\n': typeof types.MaskedValuesReleaseDocument;
  '\n  mutation MaskedValuesAddonInstall($input: AddonInstallInput!) {\n    addonInstall(input: $input) { addon { id } userErrors { code } }\n  }\n': typeof types.MaskedValuesAddonInstallDocument;
  '\n  query MaskedValuesProbe($clusterId: ID!, $addonId: ID!) {\n    release(clusterId: $clusterId, namespace: "default", name: "masking-probe") { values history { values } }\n    addon(clusterId: $clusterId, id: $addonId) { values }\n  }\n': typeof types.MaskedValuesProbeDocument;
  '\n  fragment MutationsRelease on Release { id status revision chartVersion statusDescription values }\n': typeof types.MutationsReleaseFragmentDoc;
  '\n  fragment MutationsAddon on Addon { id status version rollbackable previousVersion }\n': typeof types.MutationsAddonFragmentDoc;
  '\n  query MutationsReleaseState($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) { ...MutationsRelease }\n  }\n': typeof types.MutationsReleaseStateDocument;
  '\n  query MutationsAddonState($clusterId: ID!, $id: ID!) {\n    addon(clusterId: $clusterId, id: $id) { ...MutationsAddon }\n  }\n': typeof types.MutationsAddonStateDocument;
  '\n  mutation MutationsReleaseCreate($input: ReleaseCreateInput!) {\n    releaseCreate(input: $input) {\n      release { ...MutationsRelease cluster { name } chart { version } }\n      userErrors { field code message }\n    }\n  }\n': typeof types.MutationsReleaseCreateDocument;
  '\n  mutation MutationsReleaseUpgrade($input: ReleaseUpgradeInput!) {\n    releaseUpgrade(input: $input) { release { ...MutationsRelease } userErrors { field code message } }\n  }\n': typeof types.MutationsReleaseUpgradeDocument;
  '\n  mutation MutationsReleaseRollback($input: ReleaseRollbackInput!) {\n    releaseRollback(input: $input) { release { ...MutationsRelease } userErrors { field code message } }\n  }\n': typeof types.MutationsReleaseRollbackDocument;
  '\n  query MutationsReleaseHistory($c: ID!) {\n    release(clusterId: $c, namespace: "shop", name: "web-shop") { history { revision status chartVersion values } }\n  }\n': typeof types.MutationsReleaseHistoryDocument;
  '\n  mutation MutationsReleaseDelete($input: ReleaseDeleteInput!) {\n    releaseDelete(input: $input) { release { status } deletedReleaseId outcome userErrors { field code message } }\n  }\n': typeof types.MutationsReleaseDeleteDocument;
  '\n  mutation MutationsAddonInstall($input: AddonInstallInput!) {\n    addonInstall(input: $input) { addon { ...MutationsAddon template { name } } userErrors { field code message } }\n  }\n': typeof types.MutationsAddonInstallDocument;
  '\n  mutation MutationsAddonUpgrade($input: AddonUpgradeInput!) {\n    addonUpgrade(input: $input) { addon { ...MutationsAddon } }\n  }\n': typeof types.MutationsAddonUpgradeDocument;
  '\n  mutation MutationsAddonRollback($input: AddonRollbackInput!) {\n    addonRollback(input: $input) { addon { ...MutationsAddon } }\n  }\n': typeof types.MutationsAddonRollbackDocument;
  '\n  mutation MutationsAddonUninstall($input: AddonUninstallInput!) {\n    addonUninstall(input: $input) { addon { status } deletedAddonId userErrors { code } }\n  }\n': typeof types.MutationsAddonUninstallDocument;
  '\n  query OperationStateRelease($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) {\n      status revision pendingSince stuck\n      lastOperation { kind fromRevision toRevision restoredRevision status failed rolledBack rolledBackTo at }\n    }\n  }\n': typeof types.OperationStateReleaseDocument;
  '\n  query OperationStateAddon($clusterId: ID!, $addonId: ID!) {\n    addon(clusterId: $clusterId, addonId: $addonId) { status pendingSince stuck }\n  }\n': typeof types.OperationStateAddonDocument;
  '\n  mutation OperationStateUpgrade($input: ReleaseUpgradeInput!) {\n    releaseUpgrade(input: $input) { userErrors { code message } }\n  }\n': typeof types.OperationStateUpgradeDocument;
  '\n  mutation OperationStateAddonUpgrade($input: AddonUpgradeInput!) {\n    addonUpgrade(input: $input) { userErrors { code message } }\n  }\n': typeof types.OperationStateAddonUpgradeDocument;
  '\n  mutation OperationStateRollback($input: ReleaseRollbackInput!) {\n    releaseRollback(input: $input) { userErrors { code message } }\n  }\n': typeof types.OperationStateRollbackDocument;
  '\n  query OperationStateClusterFigures {\n    clusters { name nodeSummary { total active cpu memoryGiB } installedAddonCount }\n  }\n': typeof types.OperationStateClusterFiguresDocument;
  '\n  query PartialDataClusters { clusters { name releases { totalCount } addons { name } } }\n': typeof types.PartialDataClustersDocument;
  '\n  query PartialDataHistories($id: ID!) {\n    cluster(id: $id) { releases { nodes { name status history { revision } } } }\n  }\n': typeof types.PartialDataHistoriesDocument;
  '\n  query PartialDataFamilies($standard: ID!, $autopilot: ID!) {\n    all: clusters { name }\n    standard: cluster(id: $standard) { name releases { totalCount } }\n    autopilot: cluster(id: $autopilot) { name }\n  }\n': typeof types.PartialDataFamiliesDocument;
  '\n  query QueriesClusters { clusters { id uid name type phase category kubernetesVersion flavor createdAt } }\n': typeof types.QueriesClustersDocument;
  '\n  query QueriesClusterNames($type: ClusterType) { clusters(type: $type) { name } }\n': typeof types.QueriesClusterNamesDocument;
  '\n  query QueriesCluster($id: ID!) { cluster(id: $id) { id name endpoints { url type } } }\n': typeof types.QueriesClusterDocument;
  '\n  query QueriesReleasePage($id: ID!, $after: String) {\n    cluster(id: $id) {\n      releases(first: 1, after: $after) {\n        totalCount\n        edges { cursor node { name namespace } }\n        nodes { name }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n': typeof types.QueriesReleasePageDocument;
  '\n  query QueriesReleaseFilters($id: ID!, $chart: ID, $otherFamilyChart: ID) {\n    cluster(id: $id) {\n      inCache: releases(namespace: "cache") { nodes { name } }\n      ofChart: releases(chartId: $chart) { nodes { name } }\n      failed: releases(status: FAILED) { nodes { name status } }\n      none: releases(chartId: $otherFamilyChart) { totalCount }\n    }\n  }\n': typeof types.QueriesReleaseFiltersDocument;
  '\n  query QueriesRelease($cluster: ID!) {\n    release(clusterId: $cluster, namespace: "default", name: "magento-mysql") {\n      id name namespace revision status statusDescription chartName chartVersion values parameters\n      cluster { id name type }\n      chart { id uid name version clusterType }\n      history { revision status chartName chartVersion values }\n    }\n  }\n': typeof types.QueriesReleaseDocument;
  '\n  query QueriesClusterRelease($id: ID!) {\n    cluster(id: $id) {\n      release(namespace: "web", name: "nginx-web") { revision chart { id clusterType } history { revision } }\n      missing: release(namespace: "web", name: "nope") { name }\n    }\n  }\n': typeof types.QueriesClusterReleaseDocument;
  '\n  query QueriesCharts { all: charts { clusterType } autopilot: charts(clusterType: AUTOPILOT) { name clusterType } }\n': typeof types.QueriesChartsDocument;
  '\n  query QueriesChart($id: ID!) { chart(id: $id) { id uid name version description defaultValues clusterType } }\n': typeof types.QueriesChartDocument;
  '\n  query QueriesAddons($clusterId: ID!) {\n    addons(clusterId: $clusterId) {\n      id uid name status version rollbackable previousVersion targetVersions\n      values currentVersion { version stable }\n      cluster { id }\n      template { name clusterType type required labels versions { version supportedClusters { clusterType clusterVersions } } }\n    }\n  }\n': typeof types.QueriesAddonsDocument;
  '\n  query QueriesAddonLookups($cluster: ID!, $otherCluster: ID!, $uid: ID!, $global: ID!) {\n    coredns: addons(clusterId: $cluster, templateName: "coredns") { name }\n    byUid: addon(clusterId: $cluster, id: $uid) { name template { clusterType } }\n    byGlobal: addon(clusterId: $cluster, id: $global) { name }\n    wrongCluster: addon(clusterId: $otherCluster, id: $global) { name }\n    viaCluster: cluster(id: $cluster) { addons(templateName: "metrics-server") { name } addon(id: $global) { name } }\n  }\n': typeof types.QueriesAddonLookupsDocument;
  '\n  query QueriesAddonNames($clusterId: ID!) { addons(clusterId: $clusterId) { name } }\n': typeof types.QueriesAddonNamesDocument;
  '\n  query QueriesTemplates($autopilot: ID!) {\n    cce: addonTemplates(clusterType: CCE) { name clusterType }\n    forAutopilot: addonTemplates(clusterId: $autopilot) { name clusterType }\n    both: addonTemplates { clusterType }\n    everest: addonTemplates(clusterType: CCE, name: "everest") { name versions { version } }\n  }\n': typeof types.QueriesTemplatesDocument;
  '\n  query QueriesNodes($cluster: ID!, $release: ID!, $addon: ID!, $chart: ID!) {\n    cluster: node(id: $cluster) { __typename id ... on Cluster { name } }\n    release: node(id: $release) { __typename id ... on Release { revision } }\n    addon: node(id: $addon) { __typename id ... on Addon { name } }\n    chart: node(id: $chart) { __typename id ... on Chart { name clusterType } }\n  }\n': typeof types.QueriesNodesDocument;
  '\n  query QueriesReleasePaths($clusterId: ID!, $namespace: String!, $name: String!, $id: ID!) {\n    direct: release(clusterId: $clusterId, namespace: $namespace, name: $name) { id }\n    viaNode: node(id: $id) { id }\n  }\n': typeof types.QueriesReleasePathsDocument;
  '\n  query ReadDeadlineReleaseCounts { clusters { name releases { totalCount } } }\n': typeof types.ReadDeadlineReleaseCountsDocument;
  '\n  mutation ReadDeadlineUpgrade($input: ReleaseUpgradeInput!) {\n    releaseUpgrade(input: $input) { release { status } userErrors { code } }\n  }\n': typeof types.ReadDeadlineUpgradeDocument;
  '\n  fragment SafeWritesRelease on Release { revision status values }\n': typeof types.SafeWritesReleaseFragmentDoc;
  '\n  fragment SafeWritesUserError on UserError { field code message }\n': typeof types.SafeWritesUserErrorFragmentDoc;
  '\n  mutation SafeWritesCreate($input: ReleaseCreateInput!) {\n    releaseCreate(input: $input) { release { ...SafeWritesRelease } outcome outcomeMessage userErrors { ...SafeWritesUserError } }\n  }\n': typeof types.SafeWritesCreateDocument;
  '\n  mutation SafeWritesUpgrade($input: ReleaseUpgradeInput!) {\n    releaseUpgrade(input: $input) { release { ...SafeWritesRelease } outcome outcomeMessage userErrors { ...SafeWritesUserError } }\n  }\n': typeof types.SafeWritesUpgradeDocument;
  '\n  mutation SafeWritesRollback($input: ReleaseRollbackInput!) {\n    releaseRollback(input: $input) { release { ...SafeWritesRelease } outcome outcomeMessage userErrors { ...SafeWritesUserError } }\n  }\n': typeof types.SafeWritesRollbackDocument;
  '\n  mutation SafeWritesDelete($input: ReleaseDeleteInput!) {\n    releaseDelete(input: $input) { release { ...SafeWritesRelease } outcome outcomeMessage userErrors { ...SafeWritesUserError } }\n  }\n': typeof types.SafeWritesDeleteDocument;
  '\n  mutation SafeWritesAddonUpgrade($input: AddonUpgradeInput!) {\n    addonUpgrade(input: $input) { outcome userErrors { ...SafeWritesUserError } }\n  }\n': typeof types.SafeWritesAddonUpgradeDocument;
  '\n  mutation SafeWritesAddonInstall($input: AddonInstallInput!) {\n    addonInstall(input: $input) { outcome userErrors { ...SafeWritesUserError } }\n  }\n': typeof types.SafeWritesAddonInstallDocument;
  '\n  query SafeWritesReleaseState($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) { ...SafeWritesRelease }\n  }\n': typeof types.SafeWritesReleaseStateDocument;
  '\n  query SafeWritesAddonIds($c: ID!, $a: ID!) {\n    byAddonId: addon(clusterId: $c, addonId: $a) { name }\n    byId: addon(clusterId: $c, id: $a) { name }\n    cluster(id: $c) { addon(addonId: $a) { name } }\n  }\n': typeof types.SafeWritesAddonIdsDocument;
  '\n  query ServerErrorsClusters { clusters { uid name type releases { totalCount } } }\n': typeof types.ServerErrorsClustersDocument;
  '\n  query ServerErrorsClusterIds { clusters { uid } }\n': typeof types.ServerErrorsClusterIdsDocument;
  '\n  query SimulatorControlReleases($id: ID!) { cluster(id: $id) { releases(first: 50) { nodes { name } } } }\n': typeof types.SimulatorControlReleasesDocument;
  '\n  mutation SimulatorControlCreate($in: ReleaseCreateInput!) { releaseCreate(input: $in) { userErrors { message } } }\n': typeof types.SimulatorControlCreateDocument;
  '\n  query UpstreamBudgetHistory($f: Int) { clusters { name releases(first: $f) { nodes { name history { revision } } } } }\n': typeof types.UpstreamBudgetHistoryDocument;
  '\n  query UpstreamBudgetReleaseCounts { clusters { name releases { totalCount } } }\n': typeof types.UpstreamBudgetReleaseCountsDocument;
  '\n  query ValuesDiffRevisions($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) {\n      valuesDiff(fromRevision: 1) { path kind before after }\n      history { revision valuesDiff { path kind before after } }\n    }\n  }\n': typeof types.ValuesDiffRevisionsDocument;
  '\n  query ValuesDiffBetween($clusterId: ID!, $namespace: String!, $name: String!, $from: Int!, $to: Int) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) {\n      valuesDiff(fromRevision: $from, toRevision: $to) { path kind }\n    }\n  }\n': typeof types.ValuesDiffBetweenDocument;
  '\n  query ValuesDiffUserValues($cluster: ID!, $dev: ID!) {\n    a: release(clusterId: $cluster, namespace: "web", name: "nginx-web") { userValues defaultsDiff { path kind before after } }\n    b: release(clusterId: $dev, namespace: "default", name: "nginx-web") { userValues }\n    c: release(clusterId: $cluster, namespace: "default", name: "magento-mysql") { userValues defaultsDiff { path kind } }\n  }\n': typeof types.ValuesDiffUserValuesDocument;
  '\n  query VersionsOutdated($clusterIds: [ID!], $kind: OutdatedKind) {\n    outdated(clusterIds: $clusterIds, kind: $kind) {\n      kind name namespace currentVersion latestVersion cluster { name }\n      latestChart { uid } release { name } addon { uid }\n    }\n  }\n': typeof types.VersionsOutdatedDocument;
  '\n  query VersionsChart($id: ID!) { chart(id: $id) { version versions { uid version } } }\n': typeof types.VersionsChartDocument;
  '\n  query VersionsRelease($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) {\n      chartVersion upgradeAvailable latestChart { uid version }\n    }\n  }\n': typeof types.VersionsReleaseDocument;
  '\n  query VersionsAddon($clusterId: ID!, $id: ID!) {\n    addon(clusterId: $clusterId, id: $id) { version upgradeAvailable latestVersion { version } }\n  }\n': typeof types.VersionsAddonDocument;
  '\n  mutation WriteOutcomesCreate($input: ReleaseCreateInput!) {\n    releaseCreate(input: $input) { release { revision status } outcome outcomeMessage userErrors { code } }\n  }\n': typeof types.WriteOutcomesCreateDocument;
  '\n  mutation WriteOutcomesUpgrade($input: ReleaseUpgradeInput!) {\n    releaseUpgrade(input: $input) { release { revision status } outcome outcomeMessage userErrors { code } }\n  }\n': typeof types.WriteOutcomesUpgradeDocument;
  '\n  mutation WriteOutcomesDelete($input: ReleaseDeleteInput!) {\n    releaseDelete(input: $input) { release { revision status } outcome outcomeMessage userErrors { code } }\n  }\n': typeof types.WriteOutcomesDeleteDocument;
  '\n  mutation WriteOutcomesAddonUpgrade($input: AddonUpgradeInput!) {\n    addonUpgrade(input: $input) { addon { version } outcome }\n  }\n': typeof types.WriteOutcomesAddonUpgradeDocument;
  '\n  query WriteOutcomesRelease($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) { revision status }\n  }\n': typeof types.WriteOutcomesReleaseDocument;
};
const documents: Documents = {
  '\n  query CacheIsolationClusters { clusters { id name releases { totalCount nodes { name status } } } }\n':
    types.CacheIsolationClustersDocument,
  '\n  query CacheIsolationReleaseCount($id: ID!) { cluster(id: $id) { releases { totalCount nodes { name } } } }\n':
    types.CacheIsolationReleaseCountDocument,
  '\n  query CacheIsolationCreatedRelease($clusterId: ID!) {\n    release(clusterId: $clusterId, namespace: "default", name: "cache-created") { name status }\n  }\n':
    types.CacheIsolationCreatedReleaseDocument,
  '\n  query CacheIsolationAddons($id: ID!) { cluster(id: $id) { addons { id status } } }\n':
    types.CacheIsolationAddonsDocument,
  '\n  mutation CacheIsolationCreate($input: ReleaseCreateInput!) {\n    releaseCreate(input: $input) { release { id name status } userErrors { code } }\n  }\n':
    types.CacheIsolationCreateDocument,
  '\n  mutation CacheIsolationUninstall($input: AddonUninstallInput!) {\n    addonUninstall(input: $input) { deletedAddonId userErrors { code } }\n  }\n':
    types.CacheIsolationUninstallDocument,
  '\n  mutation ConsoleBrowserReleaseUpgrade($input: ReleaseUpgradeInput!) { releaseUpgrade(input: $input) { userErrors { code } } }\n':
    types.ConsoleBrowserReleaseUpgradeDocument,
  '\n  mutation ConsoleBrowserAddonUpgrade($input: AddonUpgradeInput!) { addonUpgrade(input: $input) { userErrors { code } } }\n':
    types.ConsoleBrowserAddonUpgradeDocument,
  '\n  mutation MaskedValuesUpgrade($input: ReleaseUpgradeInput!) {\n    releaseUpgrade(input: $input) { release { name status } userErrors { field code message } }\n  }\n':
    types.MaskedValuesUpgradeDocument,
  '\n  mutation MaskedValuesCreate($input: ReleaseCreateInput!) {\n    releaseCreate(input: $input) { release { name status } userErrors { field code message } }\n  }\n':
    types.MaskedValuesCreateDocument,
  '\n  query MaskedValuesRelease($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) { values }\n  }\n':
    types.MaskedValuesReleaseDocument,
  '\n  mutation MaskedValuesAddonInstall($input: AddonInstallInput!) {\n    addonInstall(input: $input) { addon { id } userErrors { code } }\n  }\n':
    types.MaskedValuesAddonInstallDocument,
  '\n  query MaskedValuesProbe($clusterId: ID!, $addonId: ID!) {\n    release(clusterId: $clusterId, namespace: "default", name: "masking-probe") { values history { values } }\n    addon(clusterId: $clusterId, id: $addonId) { values }\n  }\n':
    types.MaskedValuesProbeDocument,
  '\n  fragment MutationsRelease on Release { id status revision chartVersion statusDescription values }\n':
    types.MutationsReleaseFragmentDoc,
  '\n  fragment MutationsAddon on Addon { id status version rollbackable previousVersion }\n':
    types.MutationsAddonFragmentDoc,
  '\n  query MutationsReleaseState($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) { ...MutationsRelease }\n  }\n':
    types.MutationsReleaseStateDocument,
  '\n  query MutationsAddonState($clusterId: ID!, $id: ID!) {\n    addon(clusterId: $clusterId, id: $id) { ...MutationsAddon }\n  }\n':
    types.MutationsAddonStateDocument,
  '\n  mutation MutationsReleaseCreate($input: ReleaseCreateInput!) {\n    releaseCreate(input: $input) {\n      release { ...MutationsRelease cluster { name } chart { version } }\n      userErrors { field code message }\n    }\n  }\n':
    types.MutationsReleaseCreateDocument,
  '\n  mutation MutationsReleaseUpgrade($input: ReleaseUpgradeInput!) {\n    releaseUpgrade(input: $input) { release { ...MutationsRelease } userErrors { field code message } }\n  }\n':
    types.MutationsReleaseUpgradeDocument,
  '\n  mutation MutationsReleaseRollback($input: ReleaseRollbackInput!) {\n    releaseRollback(input: $input) { release { ...MutationsRelease } userErrors { field code message } }\n  }\n':
    types.MutationsReleaseRollbackDocument,
  '\n  query MutationsReleaseHistory($c: ID!) {\n    release(clusterId: $c, namespace: "shop", name: "web-shop") { history { revision status chartVersion values } }\n  }\n':
    types.MutationsReleaseHistoryDocument,
  '\n  mutation MutationsReleaseDelete($input: ReleaseDeleteInput!) {\n    releaseDelete(input: $input) { release { status } deletedReleaseId outcome userErrors { field code message } }\n  }\n':
    types.MutationsReleaseDeleteDocument,
  '\n  mutation MutationsAddonInstall($input: AddonInstallInput!) {\n    addonInstall(input: $input) { addon { ...MutationsAddon template { name } } userErrors { field code message } }\n  }\n':
    types.MutationsAddonInstallDocument,
  '\n  mutation MutationsAddonUpgrade($input: AddonUpgradeInput!) {\n    addonUpgrade(input: $input) { addon { ...MutationsAddon } }\n  }\n':
    types.MutationsAddonUpgradeDocument,
  '\n  mutation MutationsAddonRollback($input: AddonRollbackInput!) {\n    addonRollback(input: $input) { addon { ...MutationsAddon } }\n  }\n':
    types.MutationsAddonRollbackDocument,
  '\n  mutation MutationsAddonUninstall($input: AddonUninstallInput!) {\n    addonUninstall(input: $input) { addon { status } deletedAddonId userErrors { code } }\n  }\n':
    types.MutationsAddonUninstallDocument,
  '\n  query OperationStateRelease($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) {\n      status revision pendingSince stuck\n      lastOperation { kind fromRevision toRevision restoredRevision status failed rolledBack rolledBackTo at }\n    }\n  }\n':
    types.OperationStateReleaseDocument,
  '\n  query OperationStateAddon($clusterId: ID!, $addonId: ID!) {\n    addon(clusterId: $clusterId, addonId: $addonId) { status pendingSince stuck }\n  }\n':
    types.OperationStateAddonDocument,
  '\n  mutation OperationStateUpgrade($input: ReleaseUpgradeInput!) {\n    releaseUpgrade(input: $input) { userErrors { code message } }\n  }\n':
    types.OperationStateUpgradeDocument,
  '\n  mutation OperationStateAddonUpgrade($input: AddonUpgradeInput!) {\n    addonUpgrade(input: $input) { userErrors { code message } }\n  }\n':
    types.OperationStateAddonUpgradeDocument,
  '\n  mutation OperationStateRollback($input: ReleaseRollbackInput!) {\n    releaseRollback(input: $input) { userErrors { code message } }\n  }\n':
    types.OperationStateRollbackDocument,
  '\n  query OperationStateClusterFigures {\n    clusters { name nodeSummary { total active cpu memoryGiB } installedAddonCount }\n  }\n':
    types.OperationStateClusterFiguresDocument,
  '\n  query PartialDataClusters { clusters { name releases { totalCount } addons { name } } }\n':
    types.PartialDataClustersDocument,
  '\n  query PartialDataHistories($id: ID!) {\n    cluster(id: $id) { releases { nodes { name status history { revision } } } }\n  }\n':
    types.PartialDataHistoriesDocument,
  '\n  query PartialDataFamilies($standard: ID!, $autopilot: ID!) {\n    all: clusters { name }\n    standard: cluster(id: $standard) { name releases { totalCount } }\n    autopilot: cluster(id: $autopilot) { name }\n  }\n':
    types.PartialDataFamiliesDocument,
  '\n  query QueriesClusters { clusters { id uid name type phase category kubernetesVersion flavor createdAt } }\n':
    types.QueriesClustersDocument,
  '\n  query QueriesClusterNames($type: ClusterType) { clusters(type: $type) { name } }\n':
    types.QueriesClusterNamesDocument,
  '\n  query QueriesCluster($id: ID!) { cluster(id: $id) { id name endpoints { url type } } }\n':
    types.QueriesClusterDocument,
  '\n  query QueriesReleasePage($id: ID!, $after: String) {\n    cluster(id: $id) {\n      releases(first: 1, after: $after) {\n        totalCount\n        edges { cursor node { name namespace } }\n        nodes { name }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n':
    types.QueriesReleasePageDocument,
  '\n  query QueriesReleaseFilters($id: ID!, $chart: ID, $otherFamilyChart: ID) {\n    cluster(id: $id) {\n      inCache: releases(namespace: "cache") { nodes { name } }\n      ofChart: releases(chartId: $chart) { nodes { name } }\n      failed: releases(status: FAILED) { nodes { name status } }\n      none: releases(chartId: $otherFamilyChart) { totalCount }\n    }\n  }\n':
    types.QueriesReleaseFiltersDocument,
  '\n  query QueriesRelease($cluster: ID!) {\n    release(clusterId: $cluster, namespace: "default", name: "magento-mysql") {\n      id name namespace revision status statusDescription chartName chartVersion values parameters\n      cluster { id name type }\n      chart { id uid name version clusterType }\n      history { revision status chartName chartVersion values }\n    }\n  }\n':
    types.QueriesReleaseDocument,
  '\n  query QueriesClusterRelease($id: ID!) {\n    cluster(id: $id) {\n      release(namespace: "web", name: "nginx-web") { revision chart { id clusterType } history { revision } }\n      missing: release(namespace: "web", name: "nope") { name }\n    }\n  }\n':
    types.QueriesClusterReleaseDocument,
  '\n  query QueriesCharts { all: charts { clusterType } autopilot: charts(clusterType: AUTOPILOT) { name clusterType } }\n':
    types.QueriesChartsDocument,
  '\n  query QueriesChart($id: ID!) { chart(id: $id) { id uid name version description defaultValues clusterType } }\n':
    types.QueriesChartDocument,
  '\n  query QueriesAddons($clusterId: ID!) {\n    addons(clusterId: $clusterId) {\n      id uid name status version rollbackable previousVersion targetVersions\n      values currentVersion { version stable }\n      cluster { id }\n      template { name clusterType type required labels versions { version supportedClusters { clusterType clusterVersions } } }\n    }\n  }\n':
    types.QueriesAddonsDocument,
  '\n  query QueriesAddonLookups($cluster: ID!, $otherCluster: ID!, $uid: ID!, $global: ID!) {\n    coredns: addons(clusterId: $cluster, templateName: "coredns") { name }\n    byUid: addon(clusterId: $cluster, id: $uid) { name template { clusterType } }\n    byGlobal: addon(clusterId: $cluster, id: $global) { name }\n    wrongCluster: addon(clusterId: $otherCluster, id: $global) { name }\n    viaCluster: cluster(id: $cluster) { addons(templateName: "metrics-server") { name } addon(id: $global) { name } }\n  }\n':
    types.QueriesAddonLookupsDocument,
  '\n  query QueriesAddonNames($clusterId: ID!) { addons(clusterId: $clusterId) { name } }\n':
    types.QueriesAddonNamesDocument,
  '\n  query QueriesTemplates($autopilot: ID!) {\n    cce: addonTemplates(clusterType: CCE) { name clusterType }\n    forAutopilot: addonTemplates(clusterId: $autopilot) { name clusterType }\n    both: addonTemplates { clusterType }\n    everest: addonTemplates(clusterType: CCE, name: "everest") { name versions { version } }\n  }\n':
    types.QueriesTemplatesDocument,
  '\n  query QueriesNodes($cluster: ID!, $release: ID!, $addon: ID!, $chart: ID!) {\n    cluster: node(id: $cluster) { __typename id ... on Cluster { name } }\n    release: node(id: $release) { __typename id ... on Release { revision } }\n    addon: node(id: $addon) { __typename id ... on Addon { name } }\n    chart: node(id: $chart) { __typename id ... on Chart { name clusterType } }\n  }\n':
    types.QueriesNodesDocument,
  '\n  query QueriesReleasePaths($clusterId: ID!, $namespace: String!, $name: String!, $id: ID!) {\n    direct: release(clusterId: $clusterId, namespace: $namespace, name: $name) { id }\n    viaNode: node(id: $id) { id }\n  }\n':
    types.QueriesReleasePathsDocument,
  '\n  query ReadDeadlineReleaseCounts { clusters { name releases { totalCount } } }\n':
    types.ReadDeadlineReleaseCountsDocument,
  '\n  mutation ReadDeadlineUpgrade($input: ReleaseUpgradeInput!) {\n    releaseUpgrade(input: $input) { release { status } userErrors { code } }\n  }\n':
    types.ReadDeadlineUpgradeDocument,
  '\n  fragment SafeWritesRelease on Release { revision status values }\n':
    types.SafeWritesReleaseFragmentDoc,
  '\n  fragment SafeWritesUserError on UserError { field code message }\n':
    types.SafeWritesUserErrorFragmentDoc,
  '\n  mutation SafeWritesCreate($input: ReleaseCreateInput!) {\n    releaseCreate(input: $input) { release { ...SafeWritesRelease } outcome outcomeMessage userErrors { ...SafeWritesUserError } }\n  }\n':
    types.SafeWritesCreateDocument,
  '\n  mutation SafeWritesUpgrade($input: ReleaseUpgradeInput!) {\n    releaseUpgrade(input: $input) { release { ...SafeWritesRelease } outcome outcomeMessage userErrors { ...SafeWritesUserError } }\n  }\n':
    types.SafeWritesUpgradeDocument,
  '\n  mutation SafeWritesRollback($input: ReleaseRollbackInput!) {\n    releaseRollback(input: $input) { release { ...SafeWritesRelease } outcome outcomeMessage userErrors { ...SafeWritesUserError } }\n  }\n':
    types.SafeWritesRollbackDocument,
  '\n  mutation SafeWritesDelete($input: ReleaseDeleteInput!) {\n    releaseDelete(input: $input) { release { ...SafeWritesRelease } outcome outcomeMessage userErrors { ...SafeWritesUserError } }\n  }\n':
    types.SafeWritesDeleteDocument,
  '\n  mutation SafeWritesAddonUpgrade($input: AddonUpgradeInput!) {\n    addonUpgrade(input: $input) { outcome userErrors { ...SafeWritesUserError } }\n  }\n':
    types.SafeWritesAddonUpgradeDocument,
  '\n  mutation SafeWritesAddonInstall($input: AddonInstallInput!) {\n    addonInstall(input: $input) { outcome userErrors { ...SafeWritesUserError } }\n  }\n':
    types.SafeWritesAddonInstallDocument,
  '\n  query SafeWritesReleaseState($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) { ...SafeWritesRelease }\n  }\n':
    types.SafeWritesReleaseStateDocument,
  '\n  query SafeWritesAddonIds($c: ID!, $a: ID!) {\n    byAddonId: addon(clusterId: $c, addonId: $a) { name }\n    byId: addon(clusterId: $c, id: $a) { name }\n    cluster(id: $c) { addon(addonId: $a) { name } }\n  }\n':
    types.SafeWritesAddonIdsDocument,
  '\n  query ServerErrorsClusters { clusters { uid name type releases { totalCount } } }\n':
    types.ServerErrorsClustersDocument,
  '\n  query ServerErrorsClusterIds { clusters { uid } }\n': types.ServerErrorsClusterIdsDocument,
  '\n  query SimulatorControlReleases($id: ID!) { cluster(id: $id) { releases(first: 50) { nodes { name } } } }\n':
    types.SimulatorControlReleasesDocument,
  '\n  mutation SimulatorControlCreate($in: ReleaseCreateInput!) { releaseCreate(input: $in) { userErrors { message } } }\n':
    types.SimulatorControlCreateDocument,
  '\n  query UpstreamBudgetHistory($f: Int) { clusters { name releases(first: $f) { nodes { name history { revision } } } } }\n':
    types.UpstreamBudgetHistoryDocument,
  '\n  query UpstreamBudgetReleaseCounts { clusters { name releases { totalCount } } }\n':
    types.UpstreamBudgetReleaseCountsDocument,
  '\n  query ValuesDiffRevisions($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) {\n      valuesDiff(fromRevision: 1) { path kind before after }\n      history { revision valuesDiff { path kind before after } }\n    }\n  }\n':
    types.ValuesDiffRevisionsDocument,
  '\n  query ValuesDiffBetween($clusterId: ID!, $namespace: String!, $name: String!, $from: Int!, $to: Int) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) {\n      valuesDiff(fromRevision: $from, toRevision: $to) { path kind }\n    }\n  }\n':
    types.ValuesDiffBetweenDocument,
  '\n  query ValuesDiffUserValues($cluster: ID!, $dev: ID!) {\n    a: release(clusterId: $cluster, namespace: "web", name: "nginx-web") { userValues defaultsDiff { path kind before after } }\n    b: release(clusterId: $dev, namespace: "default", name: "nginx-web") { userValues }\n    c: release(clusterId: $cluster, namespace: "default", name: "magento-mysql") { userValues defaultsDiff { path kind } }\n  }\n':
    types.ValuesDiffUserValuesDocument,
  '\n  query VersionsOutdated($clusterIds: [ID!], $kind: OutdatedKind) {\n    outdated(clusterIds: $clusterIds, kind: $kind) {\n      kind name namespace currentVersion latestVersion cluster { name }\n      latestChart { uid } release { name } addon { uid }\n    }\n  }\n':
    types.VersionsOutdatedDocument,
  '\n  query VersionsChart($id: ID!) { chart(id: $id) { version versions { uid version } } }\n':
    types.VersionsChartDocument,
  '\n  query VersionsRelease($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) {\n      chartVersion upgradeAvailable latestChart { uid version }\n    }\n  }\n':
    types.VersionsReleaseDocument,
  '\n  query VersionsAddon($clusterId: ID!, $id: ID!) {\n    addon(clusterId: $clusterId, id: $id) { version upgradeAvailable latestVersion { version } }\n  }\n':
    types.VersionsAddonDocument,
  '\n  mutation WriteOutcomesCreate($input: ReleaseCreateInput!) {\n    releaseCreate(input: $input) { release { revision status } outcome outcomeMessage userErrors { code } }\n  }\n':
    types.WriteOutcomesCreateDocument,
  '\n  mutation WriteOutcomesUpgrade($input: ReleaseUpgradeInput!) {\n    releaseUpgrade(input: $input) { release { revision status } outcome outcomeMessage userErrors { code } }\n  }\n':
    types.WriteOutcomesUpgradeDocument,
  '\n  mutation WriteOutcomesDelete($input: ReleaseDeleteInput!) {\n    releaseDelete(input: $input) { release { revision status } outcome outcomeMessage userErrors { code } }\n  }\n':
    types.WriteOutcomesDeleteDocument,
  '\n  mutation WriteOutcomesAddonUpgrade($input: AddonUpgradeInput!) {\n    addonUpgrade(input: $input) { addon { version } outcome }\n  }\n':
    types.WriteOutcomesAddonUpgradeDocument,
  '\n  query WriteOutcomesRelease($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) { revision status }\n  }\n':
    types.WriteOutcomesReleaseDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CacheIsolationClusters { clusters { id name releases { totalCount nodes { name status } } } }\n',
): (typeof documents)['\n  query CacheIsolationClusters { clusters { id name releases { totalCount nodes { name status } } } }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CacheIsolationReleaseCount($id: ID!) { cluster(id: $id) { releases { totalCount nodes { name } } } }\n',
): (typeof documents)['\n  query CacheIsolationReleaseCount($id: ID!) { cluster(id: $id) { releases { totalCount nodes { name } } } }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CacheIsolationCreatedRelease($clusterId: ID!) {\n    release(clusterId: $clusterId, namespace: "default", name: "cache-created") { name status }\n  }\n',
): (typeof documents)['\n  query CacheIsolationCreatedRelease($clusterId: ID!) {\n    release(clusterId: $clusterId, namespace: "default", name: "cache-created") { name status }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CacheIsolationAddons($id: ID!) { cluster(id: $id) { addons { id status } } }\n',
): (typeof documents)['\n  query CacheIsolationAddons($id: ID!) { cluster(id: $id) { addons { id status } } }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CacheIsolationCreate($input: ReleaseCreateInput!) {\n    releaseCreate(input: $input) { release { id name status } userErrors { code } }\n  }\n',
): (typeof documents)['\n  mutation CacheIsolationCreate($input: ReleaseCreateInput!) {\n    releaseCreate(input: $input) { release { id name status } userErrors { code } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CacheIsolationUninstall($input: AddonUninstallInput!) {\n    addonUninstall(input: $input) { deletedAddonId userErrors { code } }\n  }\n',
): (typeof documents)['\n  mutation CacheIsolationUninstall($input: AddonUninstallInput!) {\n    addonUninstall(input: $input) { deletedAddonId userErrors { code } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConsoleBrowserReleaseUpgrade($input: ReleaseUpgradeInput!) { releaseUpgrade(input: $input) { userErrors { code } } }\n',
): (typeof documents)['\n  mutation ConsoleBrowserReleaseUpgrade($input: ReleaseUpgradeInput!) { releaseUpgrade(input: $input) { userErrors { code } } }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConsoleBrowserAddonUpgrade($input: AddonUpgradeInput!) { addonUpgrade(input: $input) { userErrors { code } } }\n',
): (typeof documents)['\n  mutation ConsoleBrowserAddonUpgrade($input: AddonUpgradeInput!) { addonUpgrade(input: $input) { userErrors { code } } }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MaskedValuesUpgrade($input: ReleaseUpgradeInput!) {\n    releaseUpgrade(input: $input) { release { name status } userErrors { field code message } }\n  }\n',
): (typeof documents)['\n  mutation MaskedValuesUpgrade($input: ReleaseUpgradeInput!) {\n    releaseUpgrade(input: $input) { release { name status } userErrors { field code message } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MaskedValuesCreate($input: ReleaseCreateInput!) {\n    releaseCreate(input: $input) { release { name status } userErrors { field code message } }\n  }\n',
): (typeof documents)['\n  mutation MaskedValuesCreate($input: ReleaseCreateInput!) {\n    releaseCreate(input: $input) { release { name status } userErrors { field code message } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MaskedValuesRelease($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) { values }\n  }\n',
): (typeof documents)['\n  query MaskedValuesRelease($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) { values }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MaskedValuesAddonInstall($input: AddonInstallInput!) {\n    addonInstall(input: $input) { addon { id } userErrors { code } }\n  }\n',
): (typeof documents)['\n  mutation MaskedValuesAddonInstall($input: AddonInstallInput!) {\n    addonInstall(input: $input) { addon { id } userErrors { code } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MaskedValuesProbe($clusterId: ID!, $addonId: ID!) {\n    release(clusterId: $clusterId, namespace: "default", name: "masking-probe") { values history { values } }\n    addon(clusterId: $clusterId, id: $addonId) { values }\n  }\n',
): (typeof documents)['\n  query MaskedValuesProbe($clusterId: ID!, $addonId: ID!) {\n    release(clusterId: $clusterId, namespace: "default", name: "masking-probe") { values history { values } }\n    addon(clusterId: $clusterId, id: $addonId) { values }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MutationsRelease on Release { id status revision chartVersion statusDescription values }\n',
): (typeof documents)['\n  fragment MutationsRelease on Release { id status revision chartVersion statusDescription values }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MutationsAddon on Addon { id status version rollbackable previousVersion }\n',
): (typeof documents)['\n  fragment MutationsAddon on Addon { id status version rollbackable previousVersion }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MutationsReleaseState($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) { ...MutationsRelease }\n  }\n',
): (typeof documents)['\n  query MutationsReleaseState($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) { ...MutationsRelease }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MutationsAddonState($clusterId: ID!, $id: ID!) {\n    addon(clusterId: $clusterId, id: $id) { ...MutationsAddon }\n  }\n',
): (typeof documents)['\n  query MutationsAddonState($clusterId: ID!, $id: ID!) {\n    addon(clusterId: $clusterId, id: $id) { ...MutationsAddon }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MutationsReleaseCreate($input: ReleaseCreateInput!) {\n    releaseCreate(input: $input) {\n      release { ...MutationsRelease cluster { name } chart { version } }\n      userErrors { field code message }\n    }\n  }\n',
): (typeof documents)['\n  mutation MutationsReleaseCreate($input: ReleaseCreateInput!) {\n    releaseCreate(input: $input) {\n      release { ...MutationsRelease cluster { name } chart { version } }\n      userErrors { field code message }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MutationsReleaseUpgrade($input: ReleaseUpgradeInput!) {\n    releaseUpgrade(input: $input) { release { ...MutationsRelease } userErrors { field code message } }\n  }\n',
): (typeof documents)['\n  mutation MutationsReleaseUpgrade($input: ReleaseUpgradeInput!) {\n    releaseUpgrade(input: $input) { release { ...MutationsRelease } userErrors { field code message } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MutationsReleaseRollback($input: ReleaseRollbackInput!) {\n    releaseRollback(input: $input) { release { ...MutationsRelease } userErrors { field code message } }\n  }\n',
): (typeof documents)['\n  mutation MutationsReleaseRollback($input: ReleaseRollbackInput!) {\n    releaseRollback(input: $input) { release { ...MutationsRelease } userErrors { field code message } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MutationsReleaseHistory($c: ID!) {\n    release(clusterId: $c, namespace: "shop", name: "web-shop") { history { revision status chartVersion values } }\n  }\n',
): (typeof documents)['\n  query MutationsReleaseHistory($c: ID!) {\n    release(clusterId: $c, namespace: "shop", name: "web-shop") { history { revision status chartVersion values } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MutationsReleaseDelete($input: ReleaseDeleteInput!) {\n    releaseDelete(input: $input) { release { status } deletedReleaseId outcome userErrors { field code message } }\n  }\n',
): (typeof documents)['\n  mutation MutationsReleaseDelete($input: ReleaseDeleteInput!) {\n    releaseDelete(input: $input) { release { status } deletedReleaseId outcome userErrors { field code message } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MutationsAddonInstall($input: AddonInstallInput!) {\n    addonInstall(input: $input) { addon { ...MutationsAddon template { name } } userErrors { field code message } }\n  }\n',
): (typeof documents)['\n  mutation MutationsAddonInstall($input: AddonInstallInput!) {\n    addonInstall(input: $input) { addon { ...MutationsAddon template { name } } userErrors { field code message } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MutationsAddonUpgrade($input: AddonUpgradeInput!) {\n    addonUpgrade(input: $input) { addon { ...MutationsAddon } }\n  }\n',
): (typeof documents)['\n  mutation MutationsAddonUpgrade($input: AddonUpgradeInput!) {\n    addonUpgrade(input: $input) { addon { ...MutationsAddon } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MutationsAddonRollback($input: AddonRollbackInput!) {\n    addonRollback(input: $input) { addon { ...MutationsAddon } }\n  }\n',
): (typeof documents)['\n  mutation MutationsAddonRollback($input: AddonRollbackInput!) {\n    addonRollback(input: $input) { addon { ...MutationsAddon } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MutationsAddonUninstall($input: AddonUninstallInput!) {\n    addonUninstall(input: $input) { addon { status } deletedAddonId userErrors { code } }\n  }\n',
): (typeof documents)['\n  mutation MutationsAddonUninstall($input: AddonUninstallInput!) {\n    addonUninstall(input: $input) { addon { status } deletedAddonId userErrors { code } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OperationStateRelease($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) {\n      status revision pendingSince stuck\n      lastOperation { kind fromRevision toRevision restoredRevision status failed rolledBack rolledBackTo at }\n    }\n  }\n',
): (typeof documents)['\n  query OperationStateRelease($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) {\n      status revision pendingSince stuck\n      lastOperation { kind fromRevision toRevision restoredRevision status failed rolledBack rolledBackTo at }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OperationStateAddon($clusterId: ID!, $addonId: ID!) {\n    addon(clusterId: $clusterId, addonId: $addonId) { status pendingSince stuck }\n  }\n',
): (typeof documents)['\n  query OperationStateAddon($clusterId: ID!, $addonId: ID!) {\n    addon(clusterId: $clusterId, addonId: $addonId) { status pendingSince stuck }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OperationStateUpgrade($input: ReleaseUpgradeInput!) {\n    releaseUpgrade(input: $input) { userErrors { code message } }\n  }\n',
): (typeof documents)['\n  mutation OperationStateUpgrade($input: ReleaseUpgradeInput!) {\n    releaseUpgrade(input: $input) { userErrors { code message } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OperationStateAddonUpgrade($input: AddonUpgradeInput!) {\n    addonUpgrade(input: $input) { userErrors { code message } }\n  }\n',
): (typeof documents)['\n  mutation OperationStateAddonUpgrade($input: AddonUpgradeInput!) {\n    addonUpgrade(input: $input) { userErrors { code message } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OperationStateRollback($input: ReleaseRollbackInput!) {\n    releaseRollback(input: $input) { userErrors { code message } }\n  }\n',
): (typeof documents)['\n  mutation OperationStateRollback($input: ReleaseRollbackInput!) {\n    releaseRollback(input: $input) { userErrors { code message } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OperationStateClusterFigures {\n    clusters { name nodeSummary { total active cpu memoryGiB } installedAddonCount }\n  }\n',
): (typeof documents)['\n  query OperationStateClusterFigures {\n    clusters { name nodeSummary { total active cpu memoryGiB } installedAddonCount }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PartialDataClusters { clusters { name releases { totalCount } addons { name } } }\n',
): (typeof documents)['\n  query PartialDataClusters { clusters { name releases { totalCount } addons { name } } }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PartialDataHistories($id: ID!) {\n    cluster(id: $id) { releases { nodes { name status history { revision } } } }\n  }\n',
): (typeof documents)['\n  query PartialDataHistories($id: ID!) {\n    cluster(id: $id) { releases { nodes { name status history { revision } } } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PartialDataFamilies($standard: ID!, $autopilot: ID!) {\n    all: clusters { name }\n    standard: cluster(id: $standard) { name releases { totalCount } }\n    autopilot: cluster(id: $autopilot) { name }\n  }\n',
): (typeof documents)['\n  query PartialDataFamilies($standard: ID!, $autopilot: ID!) {\n    all: clusters { name }\n    standard: cluster(id: $standard) { name releases { totalCount } }\n    autopilot: cluster(id: $autopilot) { name }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QueriesClusters { clusters { id uid name type phase category kubernetesVersion flavor createdAt } }\n',
): (typeof documents)['\n  query QueriesClusters { clusters { id uid name type phase category kubernetesVersion flavor createdAt } }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QueriesClusterNames($type: ClusterType) { clusters(type: $type) { name } }\n',
): (typeof documents)['\n  query QueriesClusterNames($type: ClusterType) { clusters(type: $type) { name } }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QueriesCluster($id: ID!) { cluster(id: $id) { id name endpoints { url type } } }\n',
): (typeof documents)['\n  query QueriesCluster($id: ID!) { cluster(id: $id) { id name endpoints { url type } } }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QueriesReleasePage($id: ID!, $after: String) {\n    cluster(id: $id) {\n      releases(first: 1, after: $after) {\n        totalCount\n        edges { cursor node { name namespace } }\n        nodes { name }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query QueriesReleasePage($id: ID!, $after: String) {\n    cluster(id: $id) {\n      releases(first: 1, after: $after) {\n        totalCount\n        edges { cursor node { name namespace } }\n        nodes { name }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QueriesReleaseFilters($id: ID!, $chart: ID, $otherFamilyChart: ID) {\n    cluster(id: $id) {\n      inCache: releases(namespace: "cache") { nodes { name } }\n      ofChart: releases(chartId: $chart) { nodes { name } }\n      failed: releases(status: FAILED) { nodes { name status } }\n      none: releases(chartId: $otherFamilyChart) { totalCount }\n    }\n  }\n',
): (typeof documents)['\n  query QueriesReleaseFilters($id: ID!, $chart: ID, $otherFamilyChart: ID) {\n    cluster(id: $id) {\n      inCache: releases(namespace: "cache") { nodes { name } }\n      ofChart: releases(chartId: $chart) { nodes { name } }\n      failed: releases(status: FAILED) { nodes { name status } }\n      none: releases(chartId: $otherFamilyChart) { totalCount }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QueriesRelease($cluster: ID!) {\n    release(clusterId: $cluster, namespace: "default", name: "magento-mysql") {\n      id name namespace revision status statusDescription chartName chartVersion values parameters\n      cluster { id name type }\n      chart { id uid name version clusterType }\n      history { revision status chartName chartVersion values }\n    }\n  }\n',
): (typeof documents)['\n  query QueriesRelease($cluster: ID!) {\n    release(clusterId: $cluster, namespace: "default", name: "magento-mysql") {\n      id name namespace revision status statusDescription chartName chartVersion values parameters\n      cluster { id name type }\n      chart { id uid name version clusterType }\n      history { revision status chartName chartVersion values }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QueriesClusterRelease($id: ID!) {\n    cluster(id: $id) {\n      release(namespace: "web", name: "nginx-web") { revision chart { id clusterType } history { revision } }\n      missing: release(namespace: "web", name: "nope") { name }\n    }\n  }\n',
): (typeof documents)['\n  query QueriesClusterRelease($id: ID!) {\n    cluster(id: $id) {\n      release(namespace: "web", name: "nginx-web") { revision chart { id clusterType } history { revision } }\n      missing: release(namespace: "web", name: "nope") { name }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QueriesCharts { all: charts { clusterType } autopilot: charts(clusterType: AUTOPILOT) { name clusterType } }\n',
): (typeof documents)['\n  query QueriesCharts { all: charts { clusterType } autopilot: charts(clusterType: AUTOPILOT) { name clusterType } }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QueriesChart($id: ID!) { chart(id: $id) { id uid name version description defaultValues clusterType } }\n',
): (typeof documents)['\n  query QueriesChart($id: ID!) { chart(id: $id) { id uid name version description defaultValues clusterType } }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QueriesAddons($clusterId: ID!) {\n    addons(clusterId: $clusterId) {\n      id uid name status version rollbackable previousVersion targetVersions\n      values currentVersion { version stable }\n      cluster { id }\n      template { name clusterType type required labels versions { version supportedClusters { clusterType clusterVersions } } }\n    }\n  }\n',
): (typeof documents)['\n  query QueriesAddons($clusterId: ID!) {\n    addons(clusterId: $clusterId) {\n      id uid name status version rollbackable previousVersion targetVersions\n      values currentVersion { version stable }\n      cluster { id }\n      template { name clusterType type required labels versions { version supportedClusters { clusterType clusterVersions } } }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QueriesAddonLookups($cluster: ID!, $otherCluster: ID!, $uid: ID!, $global: ID!) {\n    coredns: addons(clusterId: $cluster, templateName: "coredns") { name }\n    byUid: addon(clusterId: $cluster, id: $uid) { name template { clusterType } }\n    byGlobal: addon(clusterId: $cluster, id: $global) { name }\n    wrongCluster: addon(clusterId: $otherCluster, id: $global) { name }\n    viaCluster: cluster(id: $cluster) { addons(templateName: "metrics-server") { name } addon(id: $global) { name } }\n  }\n',
): (typeof documents)['\n  query QueriesAddonLookups($cluster: ID!, $otherCluster: ID!, $uid: ID!, $global: ID!) {\n    coredns: addons(clusterId: $cluster, templateName: "coredns") { name }\n    byUid: addon(clusterId: $cluster, id: $uid) { name template { clusterType } }\n    byGlobal: addon(clusterId: $cluster, id: $global) { name }\n    wrongCluster: addon(clusterId: $otherCluster, id: $global) { name }\n    viaCluster: cluster(id: $cluster) { addons(templateName: "metrics-server") { name } addon(id: $global) { name } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QueriesAddonNames($clusterId: ID!) { addons(clusterId: $clusterId) { name } }\n',
): (typeof documents)['\n  query QueriesAddonNames($clusterId: ID!) { addons(clusterId: $clusterId) { name } }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QueriesTemplates($autopilot: ID!) {\n    cce: addonTemplates(clusterType: CCE) { name clusterType }\n    forAutopilot: addonTemplates(clusterId: $autopilot) { name clusterType }\n    both: addonTemplates { clusterType }\n    everest: addonTemplates(clusterType: CCE, name: "everest") { name versions { version } }\n  }\n',
): (typeof documents)['\n  query QueriesTemplates($autopilot: ID!) {\n    cce: addonTemplates(clusterType: CCE) { name clusterType }\n    forAutopilot: addonTemplates(clusterId: $autopilot) { name clusterType }\n    both: addonTemplates { clusterType }\n    everest: addonTemplates(clusterType: CCE, name: "everest") { name versions { version } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QueriesNodes($cluster: ID!, $release: ID!, $addon: ID!, $chart: ID!) {\n    cluster: node(id: $cluster) { __typename id ... on Cluster { name } }\n    release: node(id: $release) { __typename id ... on Release { revision } }\n    addon: node(id: $addon) { __typename id ... on Addon { name } }\n    chart: node(id: $chart) { __typename id ... on Chart { name clusterType } }\n  }\n',
): (typeof documents)['\n  query QueriesNodes($cluster: ID!, $release: ID!, $addon: ID!, $chart: ID!) {\n    cluster: node(id: $cluster) { __typename id ... on Cluster { name } }\n    release: node(id: $release) { __typename id ... on Release { revision } }\n    addon: node(id: $addon) { __typename id ... on Addon { name } }\n    chart: node(id: $chart) { __typename id ... on Chart { name clusterType } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QueriesReleasePaths($clusterId: ID!, $namespace: String!, $name: String!, $id: ID!) {\n    direct: release(clusterId: $clusterId, namespace: $namespace, name: $name) { id }\n    viaNode: node(id: $id) { id }\n  }\n',
): (typeof documents)['\n  query QueriesReleasePaths($clusterId: ID!, $namespace: String!, $name: String!, $id: ID!) {\n    direct: release(clusterId: $clusterId, namespace: $namespace, name: $name) { id }\n    viaNode: node(id: $id) { id }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReadDeadlineReleaseCounts { clusters { name releases { totalCount } } }\n',
): (typeof documents)['\n  query ReadDeadlineReleaseCounts { clusters { name releases { totalCount } } }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReadDeadlineUpgrade($input: ReleaseUpgradeInput!) {\n    releaseUpgrade(input: $input) { release { status } userErrors { code } }\n  }\n',
): (typeof documents)['\n  mutation ReadDeadlineUpgrade($input: ReleaseUpgradeInput!) {\n    releaseUpgrade(input: $input) { release { status } userErrors { code } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SafeWritesRelease on Release { revision status values }\n',
): (typeof documents)['\n  fragment SafeWritesRelease on Release { revision status values }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SafeWritesUserError on UserError { field code message }\n',
): (typeof documents)['\n  fragment SafeWritesUserError on UserError { field code message }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SafeWritesCreate($input: ReleaseCreateInput!) {\n    releaseCreate(input: $input) { release { ...SafeWritesRelease } outcome outcomeMessage userErrors { ...SafeWritesUserError } }\n  }\n',
): (typeof documents)['\n  mutation SafeWritesCreate($input: ReleaseCreateInput!) {\n    releaseCreate(input: $input) { release { ...SafeWritesRelease } outcome outcomeMessage userErrors { ...SafeWritesUserError } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SafeWritesUpgrade($input: ReleaseUpgradeInput!) {\n    releaseUpgrade(input: $input) { release { ...SafeWritesRelease } outcome outcomeMessage userErrors { ...SafeWritesUserError } }\n  }\n',
): (typeof documents)['\n  mutation SafeWritesUpgrade($input: ReleaseUpgradeInput!) {\n    releaseUpgrade(input: $input) { release { ...SafeWritesRelease } outcome outcomeMessage userErrors { ...SafeWritesUserError } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SafeWritesRollback($input: ReleaseRollbackInput!) {\n    releaseRollback(input: $input) { release { ...SafeWritesRelease } outcome outcomeMessage userErrors { ...SafeWritesUserError } }\n  }\n',
): (typeof documents)['\n  mutation SafeWritesRollback($input: ReleaseRollbackInput!) {\n    releaseRollback(input: $input) { release { ...SafeWritesRelease } outcome outcomeMessage userErrors { ...SafeWritesUserError } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SafeWritesDelete($input: ReleaseDeleteInput!) {\n    releaseDelete(input: $input) { release { ...SafeWritesRelease } outcome outcomeMessage userErrors { ...SafeWritesUserError } }\n  }\n',
): (typeof documents)['\n  mutation SafeWritesDelete($input: ReleaseDeleteInput!) {\n    releaseDelete(input: $input) { release { ...SafeWritesRelease } outcome outcomeMessage userErrors { ...SafeWritesUserError } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SafeWritesAddonUpgrade($input: AddonUpgradeInput!) {\n    addonUpgrade(input: $input) { outcome userErrors { ...SafeWritesUserError } }\n  }\n',
): (typeof documents)['\n  mutation SafeWritesAddonUpgrade($input: AddonUpgradeInput!) {\n    addonUpgrade(input: $input) { outcome userErrors { ...SafeWritesUserError } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SafeWritesAddonInstall($input: AddonInstallInput!) {\n    addonInstall(input: $input) { outcome userErrors { ...SafeWritesUserError } }\n  }\n',
): (typeof documents)['\n  mutation SafeWritesAddonInstall($input: AddonInstallInput!) {\n    addonInstall(input: $input) { outcome userErrors { ...SafeWritesUserError } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SafeWritesReleaseState($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) { ...SafeWritesRelease }\n  }\n',
): (typeof documents)['\n  query SafeWritesReleaseState($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) { ...SafeWritesRelease }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SafeWritesAddonIds($c: ID!, $a: ID!) {\n    byAddonId: addon(clusterId: $c, addonId: $a) { name }\n    byId: addon(clusterId: $c, id: $a) { name }\n    cluster(id: $c) { addon(addonId: $a) { name } }\n  }\n',
): (typeof documents)['\n  query SafeWritesAddonIds($c: ID!, $a: ID!) {\n    byAddonId: addon(clusterId: $c, addonId: $a) { name }\n    byId: addon(clusterId: $c, id: $a) { name }\n    cluster(id: $c) { addon(addonId: $a) { name } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ServerErrorsClusters { clusters { uid name type releases { totalCount } } }\n',
): (typeof documents)['\n  query ServerErrorsClusters { clusters { uid name type releases { totalCount } } }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ServerErrorsClusterIds { clusters { uid } }\n',
): (typeof documents)['\n  query ServerErrorsClusterIds { clusters { uid } }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SimulatorControlReleases($id: ID!) { cluster(id: $id) { releases(first: 50) { nodes { name } } } }\n',
): (typeof documents)['\n  query SimulatorControlReleases($id: ID!) { cluster(id: $id) { releases(first: 50) { nodes { name } } } }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SimulatorControlCreate($in: ReleaseCreateInput!) { releaseCreate(input: $in) { userErrors { message } } }\n',
): (typeof documents)['\n  mutation SimulatorControlCreate($in: ReleaseCreateInput!) { releaseCreate(input: $in) { userErrors { message } } }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UpstreamBudgetHistory($f: Int) { clusters { name releases(first: $f) { nodes { name history { revision } } } } }\n',
): (typeof documents)['\n  query UpstreamBudgetHistory($f: Int) { clusters { name releases(first: $f) { nodes { name history { revision } } } } }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UpstreamBudgetReleaseCounts { clusters { name releases { totalCount } } }\n',
): (typeof documents)['\n  query UpstreamBudgetReleaseCounts { clusters { name releases { totalCount } } }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ValuesDiffRevisions($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) {\n      valuesDiff(fromRevision: 1) { path kind before after }\n      history { revision valuesDiff { path kind before after } }\n    }\n  }\n',
): (typeof documents)['\n  query ValuesDiffRevisions($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) {\n      valuesDiff(fromRevision: 1) { path kind before after }\n      history { revision valuesDiff { path kind before after } }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ValuesDiffBetween($clusterId: ID!, $namespace: String!, $name: String!, $from: Int!, $to: Int) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) {\n      valuesDiff(fromRevision: $from, toRevision: $to) { path kind }\n    }\n  }\n',
): (typeof documents)['\n  query ValuesDiffBetween($clusterId: ID!, $namespace: String!, $name: String!, $from: Int!, $to: Int) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) {\n      valuesDiff(fromRevision: $from, toRevision: $to) { path kind }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ValuesDiffUserValues($cluster: ID!, $dev: ID!) {\n    a: release(clusterId: $cluster, namespace: "web", name: "nginx-web") { userValues defaultsDiff { path kind before after } }\n    b: release(clusterId: $dev, namespace: "default", name: "nginx-web") { userValues }\n    c: release(clusterId: $cluster, namespace: "default", name: "magento-mysql") { userValues defaultsDiff { path kind } }\n  }\n',
): (typeof documents)['\n  query ValuesDiffUserValues($cluster: ID!, $dev: ID!) {\n    a: release(clusterId: $cluster, namespace: "web", name: "nginx-web") { userValues defaultsDiff { path kind before after } }\n    b: release(clusterId: $dev, namespace: "default", name: "nginx-web") { userValues }\n    c: release(clusterId: $cluster, namespace: "default", name: "magento-mysql") { userValues defaultsDiff { path kind } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VersionsOutdated($clusterIds: [ID!], $kind: OutdatedKind) {\n    outdated(clusterIds: $clusterIds, kind: $kind) {\n      kind name namespace currentVersion latestVersion cluster { name }\n      latestChart { uid } release { name } addon { uid }\n    }\n  }\n',
): (typeof documents)['\n  query VersionsOutdated($clusterIds: [ID!], $kind: OutdatedKind) {\n    outdated(clusterIds: $clusterIds, kind: $kind) {\n      kind name namespace currentVersion latestVersion cluster { name }\n      latestChart { uid } release { name } addon { uid }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VersionsChart($id: ID!) { chart(id: $id) { version versions { uid version } } }\n',
): (typeof documents)['\n  query VersionsChart($id: ID!) { chart(id: $id) { version versions { uid version } } }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VersionsRelease($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) {\n      chartVersion upgradeAvailable latestChart { uid version }\n    }\n  }\n',
): (typeof documents)['\n  query VersionsRelease($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) {\n      chartVersion upgradeAvailable latestChart { uid version }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VersionsAddon($clusterId: ID!, $id: ID!) {\n    addon(clusterId: $clusterId, id: $id) { version upgradeAvailable latestVersion { version } }\n  }\n',
): (typeof documents)['\n  query VersionsAddon($clusterId: ID!, $id: ID!) {\n    addon(clusterId: $clusterId, id: $id) { version upgradeAvailable latestVersion { version } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WriteOutcomesCreate($input: ReleaseCreateInput!) {\n    releaseCreate(input: $input) { release { revision status } outcome outcomeMessage userErrors { code } }\n  }\n',
): (typeof documents)['\n  mutation WriteOutcomesCreate($input: ReleaseCreateInput!) {\n    releaseCreate(input: $input) { release { revision status } outcome outcomeMessage userErrors { code } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WriteOutcomesUpgrade($input: ReleaseUpgradeInput!) {\n    releaseUpgrade(input: $input) { release { revision status } outcome outcomeMessage userErrors { code } }\n  }\n',
): (typeof documents)['\n  mutation WriteOutcomesUpgrade($input: ReleaseUpgradeInput!) {\n    releaseUpgrade(input: $input) { release { revision status } outcome outcomeMessage userErrors { code } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WriteOutcomesDelete($input: ReleaseDeleteInput!) {\n    releaseDelete(input: $input) { release { revision status } outcome outcomeMessage userErrors { code } }\n  }\n',
): (typeof documents)['\n  mutation WriteOutcomesDelete($input: ReleaseDeleteInput!) {\n    releaseDelete(input: $input) { release { revision status } outcome outcomeMessage userErrors { code } }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WriteOutcomesAddonUpgrade($input: AddonUpgradeInput!) {\n    addonUpgrade(input: $input) { addon { version } outcome }\n  }\n',
): (typeof documents)['\n  mutation WriteOutcomesAddonUpgrade($input: AddonUpgradeInput!) {\n    addonUpgrade(input: $input) { addon { version } outcome }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WriteOutcomesRelease($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) { revision status }\n  }\n',
): (typeof documents)['\n  query WriteOutcomesRelease($clusterId: ID!, $namespace: String!, $name: String!) {\n    release(clusterId: $clusterId, namespace: $namespace, name: $name) { revision status }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
