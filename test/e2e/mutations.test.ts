/**
 * Every mutation through a real GraphQL client against the real gateway and simulator: full
 * release and add-on lifecycles (each step answered in its pending state, then followed until it
 * settles), dry runs, and input validation that answers with userErrors and sends no write upstream.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DEMO_ADDONS,
  DEMO_CHARTS,
  DEMO_CLUSTERS,
  DEMO_RELEASES,
} from '../../src/simulator/demo-data.ts';
import { graphql } from '../generated/index.ts';
import { pollUntil, useStack } from './harness.ts';

/** The answer of several aliased mutations, written as text to carry each input inline. */
type UserErrorsByAlias = Record<
  string,
  { userErrors: Array<{ field: string[] | null; code: string; message?: string }> }
>;

graphql(`
  fragment MutationsRelease on Release { id status revision chartVersion statusDescription values }
`);
graphql(`
  fragment MutationsAddon on Addon { id status version rollbackable previousVersion }
`);

const RELEASE = graphql(`
  query MutationsReleaseState($clusterId: ID!, $namespace: String!, $name: String!) {
    release(clusterId: $clusterId, namespace: $namespace, name: $name) { ...MutationsRelease }
  }
`);
const ADDON = graphql(`
  query MutationsAddonState($clusterId: ID!, $id: ID!) {
    addon(clusterId: $clusterId, id: $id) { ...MutationsAddon }
  }
`);
const RELEASE_CREATE = graphql(`
  mutation MutationsReleaseCreate($input: ReleaseCreateInput!) {
    releaseCreate(input: $input) {
      release { ...MutationsRelease cluster { name } chart { version } }
      userErrors { field code message }
    }
  }
`);
const RELEASE_UPGRADE = graphql(`
  mutation MutationsReleaseUpgrade($input: ReleaseUpgradeInput!) {
    releaseUpgrade(input: $input) { release { ...MutationsRelease } userErrors { field code message } }
  }
`);
const RELEASE_ROLLBACK = graphql(`
  mutation MutationsReleaseRollback($input: ReleaseRollbackInput!) {
    releaseRollback(input: $input) { release { ...MutationsRelease } userErrors { field code message } }
  }
`);
const RELEASE_HISTORY = graphql(`
  query MutationsReleaseHistory($c: ID!) {
    release(clusterId: $c, namespace: "shop", name: "web-shop") { history { revision status chartVersion values } }
  }
`);
const RELEASE_DELETE = graphql(`
  mutation MutationsReleaseDelete($input: ReleaseDeleteInput!) {
    releaseDelete(input: $input) { release { status } deletedReleaseId outcome userErrors { field code message } }
  }
`);
const ADDON_INSTALL = graphql(`
  mutation MutationsAddonInstall($input: AddonInstallInput!) {
    addonInstall(input: $input) { addon { ...MutationsAddon template { name } } userErrors { field code message } }
  }
`);
const ADDON_UPGRADE = graphql(`
  mutation MutationsAddonUpgrade($input: AddonUpgradeInput!) {
    addonUpgrade(input: $input) { addon { ...MutationsAddon } }
  }
`);
const ADDON_ROLLBACK = graphql(`
  mutation MutationsAddonRollback($input: AddonRollbackInput!) {
    addonRollback(input: $input) { addon { ...MutationsAddon } }
  }
`);
const ADDON_UNINSTALL = graphql(`
  mutation MutationsAddonUninstall($input: AddonUninstallInput!) {
    addonUninstall(input: $input) { addon { status } deletedAddonId userErrors { code } }
  }
`);

/** The operations a request sent upstream that change something. */
function writesIn(operations: Record<string, number>): string[] {
  return Object.keys(operations).filter((operation) =>
    /^(Create|Update|Delete|Rollback)/.test(operation),
  );
}

describe('mutations', () => {
  const env = useStack();
  beforeEach(() => {
    env.stack.simulator.resetStats();
  });

  async function releaseState(clusterId: string, namespace: string, name: string) {
    return (await env.client.request(RELEASE, { clusterId, namespace, name })).release;
  }

  async function addonState(clusterId: string, id: string) {
    return (await env.client.request(ADDON, { clusterId, id })).addon;
  }

  describe('release lifecycle', () => {
    const key = { clusterId: DEMO_CLUSTERS.development, namespace: 'shop', name: 'web-shop' };
    const settled = (release: { status: string } | null) => release?.status === 'DEPLOYED';
    const follow = () =>
      pollUntil(() => releaseState(key.clusterId, key.namespace, key.name), settled);

    it('creates, upgrades, rolls back and deletes a release, each step pending first', async () => {
      // create
      const created = await env.client.request(RELEASE_CREATE, {
        input: {
          ...key,
          clusterId: `Cluster:${key.clusterId}`,
          chartId: DEMO_CHARTS.nginx,
          values: { replicaCount: 1, auth: { password: 'S3cret!' } },
          description: 'shop front end',
        },
      });
      expect(created.releaseCreate.userErrors).toEqual([]);
      expect(created.releaseCreate.release).toMatchObject({
        id: `Release:${key.clusterId}/shop/web-shop`,
        status: 'PENDING_INSTALL',
        revision: 1,
        chartVersion: '1.2.0',
        cluster: { name: 'dev-cce' },
        chart: { version: '1.2.0' },
        values: { replicaCount: 1, auth: { password: '******' } },
      });
      expect(env.stack.simulator.stats().operations['CreateRelease']).toBe(1);
      expect(await follow()).toMatchObject({ revision: 1, status: 'DEPLOYED' });

      // upgrade to the next chart version with new values
      const upgraded = await env.client.request(RELEASE_UPGRADE, {
        input: {
          ...key,
          chartId: `Chart:CCE/${DEMO_CHARTS.nginxNext}`,
          values: { replicaCount: 3, auth: { password: 'S3cret!' } },
        },
      });
      expect(upgraded.releaseUpgrade).toMatchObject({
        userErrors: [],
        release: { status: 'PENDING_UPGRADE', revision: 2, values: { replicaCount: 3 } },
      });
      const afterUpgrade = await follow();
      expect(afterUpgrade).toMatchObject({ revision: 2, values: { replicaCount: 3 } });
      expect(afterUpgrade?.chartVersion).not.toBe('1.2.0');

      // roll back to revision 1: a new revision with revision 1's chart and values
      const rolledBack = await env.client.request(RELEASE_ROLLBACK, {
        input: { ...key, revision: 1 },
      });
      expect(rolledBack.releaseRollback).toMatchObject({
        userErrors: [],
        release: { status: 'PENDING_ROLLBACK', revision: 3 },
      });
      expect(await follow()).toMatchObject({
        revision: 3,
        chartVersion: '1.2.0',
        values: { replicaCount: 1, auth: { password: '******' } },
      });

      const { release } = await env.client.request(RELEASE_HISTORY, { c: key.clusterId });
      expect(
        release?.history?.map(({ revision, chartVersion }) => [revision, chartVersion]),
      ).toEqual([
        [3, '1.2.0'],
        [2, afterUpgrade?.chartVersion],
        [1, '1.2.0'],
      ]);
      expect(release?.history?.[1]?.values).toMatchObject({ replicaCount: 3 });

      // delete: DELETING at once, then gone
      const deleted = await env.client.request(RELEASE_DELETE, { input: key });
      expect(deleted.releaseDelete).toEqual({
        release: { status: 'DELETING' },
        deletedReleaseId: `Release:${key.clusterId}/shop/web-shop`,
        outcome: 'APPLIED',
        userErrors: [],
      });
      await pollUntil(
        () => releaseState(key.clusterId, key.namespace, key.name),
        (state) => state === null,
      );
      const { operations } = env.stack.simulator.stats();
      expect(writesIn(operations).sort()).toEqual([
        'CreateRelease',
        'DeleteRelease',
        'UpdateRelease',
      ]);
      expect(operations['UpdateRelease']).toBe(2);
    });

    it('runs the same lifecycle on an Autopilot cluster through the Autopilot endpoints', async () => {
      const autopilot = { clusterId: DEMO_CLUSTERS.autopilot, namespace: 'jobs', name: 'batch' };
      const created = await env.client.request(RELEASE_CREATE, {
        input: { ...autopilot, chartId: `Chart:AUTOPILOT/${DEMO_CHARTS.autopilotNginx}` },
      });
      expect(created.releaseCreate.release?.status).toBe('PENDING_INSTALL');
      await pollUntil(
        () => releaseState(autopilot.clusterId, autopilot.namespace, autopilot.name),
        settled,
      );
      const deleted = await env.client.request(RELEASE_DELETE, { input: autopilot });
      // Autopilot answers a delete with the text `success`: the payload shows the release as read
      // just after (DELETING, or gone once the 30 ms transition has run; see the slow stack below).
      expect(deleted.releaseDelete.deletedReleaseId).toBe(
        `Release:${autopilot.clusterId}/jobs/batch`,
      );
      expect([null, { status: 'DELETING' }]).toContainEqual(deleted.releaseDelete.release);
      const { operations } = env.stack.simulator.stats();
      expect(writesIn(operations).sort()).toEqual([
        'CreateAutopilotRelease',
        'DeleteAutopilotRelease',
      ]);
    });

    it('renders a dry run without installing anything', async () => {
      const dry = { clusterId: DEMO_CLUSTERS.production, namespace: 'web', name: 'dry-run' };
      const { releaseCreate } = await env.client.request(RELEASE_CREATE, {
        input: {
          ...dry,
          chartId: DEMO_CHARTS.nginx,
          chartVersion: '1.2.0',
          values: { replicaCount: 5 },
          dryRun: true,
        },
      });
      expect(releaseCreate).toMatchObject({
        userErrors: [],
        release: { statusDescription: 'Dry run complete', values: { replicaCount: 5 } },
      });
      expect(await releaseState(dry.clusterId, dry.namespace, dry.name)).toBeNull();
    });
  });

  describe('add-on lifecycle', () => {
    const clusterId = DEMO_CLUSTERS.development;

    it('installs, upgrades, rolls back and uninstalls an add-on, each step pending first', async () => {
      const installed = await env.client.request(ADDON_INSTALL, {
        input: { clusterId, templateName: 'npd', version: '1.18.46', values: { basic: {} } },
      });
      expect(installed.addonInstall).toMatchObject({
        userErrors: [],
        addon: { status: 'INSTALLING', version: '1.18.46', template: { name: 'npd' } },
      });
      const id = installed.addonInstall.addon?.id ?? '';
      expect(id).toMatch(new RegExp(`^Addon:${clusterId}/`));
      const running = (addon: { status: string } | null) => addon?.status === 'RUNNING';
      await pollUntil(() => addonState(clusterId, id), running);

      const upgraded = await env.client.request(ADDON_UPGRADE, {
        input: { clusterId, addonId: id, version: '1.19.1', values: { basic: {} } },
      });
      expect(upgraded.addonUpgrade.addon).toMatchObject({ status: 'UPGRADING' });
      expect(await pollUntil(() => addonState(clusterId, id), running)).toMatchObject({
        version: '1.19.1',
        rollbackable: true,
        previousVersion: '1.18.46',
      });

      const rolledBack = await env.client.request(ADDON_ROLLBACK, {
        input: { clusterId, addonId: id },
      });
      expect(rolledBack.addonRollback.addon).toMatchObject({ status: 'ROLLING_BACK' });
      expect(await pollUntil(() => addonState(clusterId, id), running)).toMatchObject({
        version: '1.18.46',
      });

      const uninstalled = await env.client.request(ADDON_UNINSTALL, {
        input: { clusterId, addonId: id },
      });
      expect(uninstalled.addonUninstall).toEqual({
        addon: null,
        deletedAddonId: id,
        userErrors: [],
      });
      await pollUntil(
        () => addonState(clusterId, id),
        (addon) => addon === null,
      );
      expect(writesIn(env.stack.simulator.stats().operations).sort()).toEqual([
        'CreateAddonInstance',
        'DeleteAddonInstance',
        'RollbackAddonInstance',
        'UpdateAddonInstance',
      ]);
    });
  });

  describe('validation', () => {
    it('answers malformed input with userErrors per field and makes no upstream call at all', async () => {
      const { releaseCreate } = await env.client.request(RELEASE_CREATE, {
        input: {
          clusterId: ' ',
          namespace: 'n'.repeat(64),
          name: 'Bad_Name',
          chartId: '',
          chartVersion: 'latest',
          values: [1, 2],
        },
      });
      expect(releaseCreate.release).toBeNull();
      expect(releaseCreate.userErrors.map(({ field, code }) => [field?.join('.'), code])).toEqual([
        ['input.clusterId', 'REQUIRED'],
        ['input.namespace', 'TOO_LONG'],
        ['input.name', 'INVALID'],
        ['input.chartId', 'REQUIRED'],
        ['input.chartVersion', 'INVALID'],
        ['input.values', 'INVALID'],
      ]);
      const answers = await env.client.request<UserErrorsByAlias>(
        `mutation {
          upgrade: releaseUpgrade(input: { clusterId: "c", namespace: "ns", name: "${'x'.repeat(54)}", values: "text" }) { userErrors { field code } }
          rollback: releaseRollback(input: { clusterId: "c", namespace: "ns", name: "r", revision: 0 }) { userErrors { field code } }
          delete: releaseDelete(input: { clusterId: "c", namespace: "-ns", name: "r" }) { userErrors { field code } }
          install: addonInstall(input: { clusterId: "c", templateName: "Bad Name", version: "1.x" }) { userErrors { field code } }
          upgradeAddon: addonUpgrade(input: { clusterId: "c", addonId: "", version: "2", values: {} }) { userErrors { field code } }
          rollbackAddon: addonRollback(input: { clusterId: "", addonId: "a" }) { userErrors { field code } }
          uninstall: addonUninstall(input: { clusterId: "c", addonId: " " }) { userErrors { field code } }
        }`,
      );
      expect(answers).toEqual({
        upgrade: {
          userErrors: [
            { field: ['input', 'name'], code: 'TOO_LONG' },
            { field: ['input', 'values'], code: 'INVALID' },
          ],
        },
        rollback: { userErrors: [{ field: ['input', 'revision'], code: 'INVALID' }] },
        delete: { userErrors: [{ field: ['input', 'namespace'], code: 'INVALID' }] },
        install: {
          userErrors: [
            { field: ['input', 'templateName'], code: 'INVALID' },
            { field: ['input', 'version'], code: 'INVALID' },
          ],
        },
        upgradeAddon: {
          userErrors: [
            { field: ['input', 'addonId'], code: 'REQUIRED' },
            { field: ['input', 'version'], code: 'INVALID' },
          ],
        },
        rollbackAddon: { userErrors: [{ field: ['input', 'clusterId'], code: 'REQUIRED' }] },
        uninstall: { userErrors: [{ field: ['input', 'addonId'], code: 'REQUIRED' }] },
      });
      expect(env.stack.simulator.stats().total).toBe(0);
    });

    it('refuses what does not exist after reading, and writes nothing', async () => {
      const magento = DEMO_RELEASES.magentoMysql;
      const answers = await env.client.request<UserErrorsByAlias>(
        `mutation {
          noCluster: releaseCreate(input: { clusterId: "no-such-cluster", namespace: "ns", name: "r", chartId: "${DEMO_CHARTS.nginx}" }) { userErrors { field code } }
          noChart: releaseCreate(input: { clusterId: "${DEMO_CLUSTERS.production}", namespace: "ns", name: "r", chartId: "no-such-chart" }) { userErrors { field code } }
          otherRepository: releaseCreate(input: { clusterId: "${DEMO_CLUSTERS.production}", namespace: "ns", name: "r", chartId: "${DEMO_CHARTS.autopilotNginx}" }) { userErrors { field code } }
          wrongVersion: releaseCreate(input: { clusterId: "${DEMO_CLUSTERS.production}", namespace: "ns", name: "r", chartId: "${DEMO_CHARTS.nginx}", chartVersion: "9.9.9" }) { userErrors { field code } }
          noRelease: releaseUpgrade(input: { clusterId: "${DEMO_CLUSTERS.production}", namespace: "default", name: "nope", values: {} }) { userErrors { field code } }
          noRevision: releaseRollback(input: { clusterId: "${magento.clusterId}", namespace: "${magento.namespace}", name: "${magento.name}", revision: 99 }) { userErrors { field code message } }
          noDelete: releaseDelete(input: { clusterId: "${DEMO_CLUSTERS.production}", namespace: "default", name: "nope" }) { userErrors { field code } }
          noTemplate: addonInstall(input: { clusterId: "${DEMO_CLUSTERS.autopilot}", templateName: "everest" }) { userErrors { field code } }
          noVersion: addonInstall(input: { clusterId: "${DEMO_CLUSTERS.production}", templateName: "npd", version: "9.9.9" }) { userErrors { field code } }
          unsupported: addonInstall(input: { clusterId: "${DEMO_CLUSTERS.autopilot}", templateName: "volcano", version: "1.13.3" }) { userErrors { field code } }
          installed: addonInstall(input: { clusterId: "${DEMO_CLUSTERS.production}", templateName: "coredns" }) { userErrors { field code } }
          noAddon: addonUpgrade(input: { clusterId: "${DEMO_CLUSTERS.production}", addonId: "${DEMO_ADDONS.autopilotCoredns}", version: "1.30.6", values: {} }) { userErrors { field code } }
          notRollbackable: addonRollback(input: { clusterId: "${DEMO_CLUSTERS.production}", addonId: "${DEMO_ADDONS.productionCoredns}" }) { userErrors { field code } }
          noUninstall: addonUninstall(input: { clusterId: "no-such-cluster", addonId: "x" }) { userErrors { field code } }
        }`,
      );
      const codes = Object.fromEntries(
        Object.entries(answers).map(([name, { userErrors }]) => [
          name,
          userErrors.map(({ field, code }) => `${field?.join('.')}:${code}`),
        ]),
      );
      expect(codes).toEqual({
        noCluster: ['input.clusterId:NOT_FOUND'],
        noChart: ['input.chartId:NOT_FOUND'],
        otherRepository: ['input.chartId:NOT_FOUND'],
        wrongVersion: ['input.chartVersion:NOT_FOUND'],
        noRelease: ['input.name:NOT_FOUND'],
        noRevision: ['input.revision:NOT_FOUND'],
        noDelete: ['input.name:NOT_FOUND'],
        noTemplate: ['input.templateName:NOT_FOUND'],
        noVersion: ['input.version:NOT_FOUND'],
        unsupported: ['input.version:NOT_ALLOWED'],
        installed: ['input.templateName:ALREADY_EXISTS'],
        noAddon: ['input.addonId:NOT_FOUND'],
        notRollbackable: ['input.addonId:NOT_ALLOWED'],
        noUninstall: ['input.clusterId:NOT_FOUND'],
      });
      expect(answers['noRevision']?.userErrors[0]?.message).toContain('its revisions are 1, 2');
      const { operations } = env.stack.simulator.stats();
      expect(writesIn(operations)).toEqual([]);
      // The rollback check read the history; nothing else needed more than lists.
      expect(operations['ShowReleaseHistory']).toBe(1);
    });
  });
});

describe('mutations on a release that has not settled', () => {
  // Transitions that do not complete during the test: the release stays PENDING_INSTALL.
  const env = useStack({ simulator: { transitionDelayMs: 600_000 } });

  it('refuses to upgrade or roll back while an operation is under way', async () => {
    const key = { clusterId: DEMO_CLUSTERS.production, namespace: 'web', name: 'slow' };
    await env.client.request(RELEASE_CREATE, { input: { ...key, chartId: DEMO_CHARTS.nginx } });
    env.stack.simulator.resetStats();
    const answers = await env.client.request<UserErrorsByAlias>(
      `mutation($c: ID!) {
        upgrade: releaseUpgrade(input: { clusterId: $c, namespace: "web", name: "slow", values: {} }) { userErrors { field code message } }
        rollback: releaseRollback(input: { clusterId: $c, namespace: "web", name: "slow", revision: 1 }) { userErrors { field code message } }
      }`,
      { c: key.clusterId },
    );
    for (const answer of Object.values(answers)) {
      expect(answer.userErrors).toMatchObject([{ field: ['input', 'name'], code: 'NOT_ALLOWED' }]);
      expect(answer.userErrors[0]?.message).toContain('PENDING_INSTALL');
    }
    expect(writesIn(env.stack.simulator.stats().operations)).toEqual([]);
  });

  it('answers a delete with the release DELETING on both cluster families', async () => {
    const keys = [
      { clusterId: DEMO_CLUSTERS.production, namespace: 'web', name: 'gone-soon' },
      { clusterId: DEMO_CLUSTERS.autopilot, namespace: 'jobs', name: 'gone-soon' },
    ];
    const charts = [DEMO_CHARTS.nginx, `Chart:AUTOPILOT/${DEMO_CHARTS.autopilotNginx}`];
    for (const [index, key] of keys.entries()) {
      await env.client.request(RELEASE_CREATE, { input: { ...key, chartId: charts[index] ?? '' } });
      const { releaseDelete } = await env.client.request(RELEASE_DELETE, { input: key });
      expect(releaseDelete).toMatchObject({ release: { status: 'DELETING' }, outcome: 'APPLIED' });
    }
  });
});
