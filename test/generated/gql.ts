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
};
const documents: Documents = {
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
