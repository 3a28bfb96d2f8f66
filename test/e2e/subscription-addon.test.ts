/**
 * addonStatus over SSE against the simulator: install, upgrade, rollback, uninstall and a failing
 * install, each followed from its pending state to the settled one.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_ADDONS, DEMO_CLUSTERS } from '../../src/simulator/demo-data.ts';
import { useStack } from './harness.ts';
import {
  errorCodes,
  LIFECYCLE_STACK,
  steps,
  watchAddon,
  type AddonData,
  type AddonState,
  type Result,
} from '../live/subscribe.ts';

const env = useStack(LIFECYCLE_STACK);

function watch(clusterId: string, id: string) {
  return watchAddon(env.stack, clusterId, id);
}

/** `<version> <status>` of each result. */
const versions = (results: Array<Result<AddonData>>) =>
  steps(results, ({ addonStatus }) => `${addonStatus.version} ${addonStatus.status}`);

async function change<T extends string>(
  mutation: T,
  inputType: string,
  input: Record<string, unknown>,
): Promise<AddonState> {
  const answer = await env.client.request<Record<T, { addon: AddonState; userErrors: unknown[] }>>(
    `mutation($input: ${inputType}!) {
      ${mutation}(input: $input) { addon { id status version reason } userErrors { message } }
    }`,
    { input },
  );
  expect(answer[mutation].userErrors).toEqual([]);
  return answer[mutation].addon;
}

describe('addonStatus subscription', () => {
  const clusterId = DEMO_CLUSTERS.production;
  let addonId = '';

  it('follows an install from INSTALLING to RUNNING, then completes', async () => {
    const installed = await change('addonInstall', 'AddonInstallInput', {
      clusterId,
      templateName: 'npd',
      version: '1.18.46',
      values: { basic: {} },
    });
    addonId = installed.id;
    const results = await watch(clusterId, addonId).rest();
    expect(versions(results)).toEqual(['1.18.46 INSTALLING', '1.18.46 RUNNING']);
    expect(results[0]?.data?.addonStatus.id).toBe(addonId);
  });

  it('follows an upgrade to RUNNING, watched by the CCE id of the add-on', async () => {
    await change('addonUpgrade', 'AddonUpgradeInput', {
      clusterId,
      addonId,
      version: '1.19.1',
      values: { basic: {} },
    });
    const cceId = addonId.split('/').at(-1) ?? '';
    const results = await watch(clusterId, cceId).rest();
    expect(versions(results)).toEqual(['1.19.1 UPGRADING', '1.19.1 RUNNING']);
  });

  it('follows a rollback to RUNNING', async () => {
    await change('addonRollback', 'AddonRollbackInput', { clusterId, addonId });
    expect(versions(await watch(clusterId, addonId).rest())).toEqual([
      '1.18.46 ROLLING_BACK',
      '1.18.46 RUNNING',
    ]);
  });

  it('follows an uninstall and ends with DELETE_SUCCESS once CCE answers 404', async () => {
    await change('addonUninstall', 'AddonUninstallInput', { clusterId, addonId });
    expect(versions(await watch(clusterId, addonId).rest())).toEqual([
      '1.18.46 DELETING',
      '1.18.46 DELETE_SUCCESS',
    ]);
  });

  it('follows a failing install to INSTALL_FAILED, with the reason', async () => {
    const development = DEMO_CLUSTERS.development;
    const installed = await change('addonInstall', 'AddonInstallInput', {
      clusterId: development,
      templateName: 'npd',
      version: '1.18.46',
      values: { basic: {}, simulator: { fail: true } },
    });
    const results = await watch(development, installed.id).rest();
    expect(versions(results)).toEqual(['1.18.46 INSTALLING', '1.18.46 INSTALL_FAILED']);
    expect(results.at(-1)?.data?.addonStatus.reason).toBe('addon install failed');
  });

  it('emits a settled Autopilot add-on once and completes', async () => {
    const before = env.stack.simulator.stats().operations['ShowAutopilotAddonInstance'] ?? 0;
    const results = await watch(DEMO_CLUSTERS.autopilot, DEMO_ADDONS.autopilotCoredns).rest();
    expect(results.map((result) => result.data?.addonStatus.status)).toEqual(['RUNNING']);
    expect(env.stack.simulator.stats().operations['ShowAutopilotAddonInstance']).toBe(before + 1);
  });

  it('answers NOT_FOUND for an add-on of another cluster or none, BAD_USER_INPUT for a malformed id', async () => {
    const cases: Array<[string, string, string]> = [
      [clusterId, DEMO_ADDONS.developmentCoredns, 'NOT_FOUND'],
      [
        clusterId,
        `Addon:${DEMO_CLUSTERS.development}/${DEMO_ADDONS.developmentCoredns}`,
        'NOT_FOUND',
      ],
      [clusterId, 'add00000-0000-4000-8000-00000000dead', 'NOT_FOUND'],
      [clusterId, 'Cluster:x', 'BAD_USER_INPUT'],
    ];
    for (const [cluster, id, code] of cases) {
      const results = await watch(cluster, id).rest();
      expect(results.map((result) => errorCodes(result))).toEqual([[code]]);
    }
    expect(env.stack.gateway.live.stats()).toEqual({ subscriptions: 0, pollers: 0 });
  });
});
