/**
 * `addonUpgradePreview`: the values an add-on upgrade would send and their diff, CCE's add-on
 * precheck with its risks (from the simulator's documented switches), the mutation's own
 * userErrors, no secret shown, the exact upstream cost, and a precheck that does not finish in
 * time failing its own field only.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_ADDONS, DEMO_CLUSTERS } from '../../src/simulator/demo-data.ts';
import { freshCallers } from './callers.ts';
import { createClient, useStack } from './harness.ts';

const PREVIEW = `query($input: AddonUpgradeInput!) {
  addonUpgradePreview(input: $input) {
    addon { uid version }
    version { version }
    values
    valuesDiff { path kind before after }
    precheck {
      taskId status message blocked
      risks { name level message configurationRisks { package field operation originalValue value } }
    }
    userErrors { field code message }
  }
}`;

interface Risk {
  name: string;
  level: string;
  message: string | null;
  configurationRisks: Array<Record<string, string | null>>;
}

interface Preview {
  addon: { uid: string; version: string } | null;
  version: { version: string } | null;
  values: Record<string, Record<string, unknown>> | null;
  valuesDiff: Array<{ path: string[]; kind: string; before: unknown; after: unknown }> | null;
  precheck: {
    taskId: string;
    status: string;
    message: string | null;
    blocked: boolean;
    risks: Risk[];
  } | null;
  userErrors: Array<{ field: string[]; code: string }>;
}

const COREDNS = { clusterId: DEMO_CLUSTERS.production, addonId: DEMO_ADDONS.productionCoredns };
const UPGRADE = { ...COREDNS, version: '1.30.6' };

describe('add-on upgrade previews', () => {
  const callers = freshCallers(5, 'addon-preview');
  const env = useStack({
    simulator: { tokens: callers.tokens },
    // Polls later than the simulator's transition (30 ms): the first read finds the task finished.
    gateway: { security: { upstreamCallBudget: 0 }, insights: { addonPrecheckPollMs: 100 } },
  });

  async function preview(input: Record<string, unknown>, headers?: Record<string, string>) {
    const client = headers ? createClient(env.stack, headers) : env.client;
    const answer = await client.request<{ addonUpgradePreview: Preview }>(PREVIEW, { input });
    return answer.addonUpgradePreview;
  }

  it('shows the values and their diff, runs a clean precheck, and changes nothing', async () => {
    env.stack.simulator.resetStats();
    const clean = await preview(
      { ...UPGRADE, valuesPatch: { custom: { cache_ttl: 60 } } },
      callers.next(),
    );
    expect(clean.userErrors).toEqual([]);
    expect(clean.addon).toEqual({ uid: DEMO_ADDONS.productionCoredns, version: '1.29.4' });
    expect(clean.version).toEqual({ version: '1.30.6' });
    expect(clean.values?.custom).toMatchObject({ cache_ttl: 60 });
    expect(clean.valuesDiff).toEqual([
      { path: ['custom', 'cache_ttl'], kind: 'CHANGED', before: 30, after: 60 },
    ]);
    expect(clean.precheck).toMatchObject({ status: 'PASSED', blocked: false, risks: [] });
    expect(clean.precheck?.taskId).toMatch(/\S/);
    expect(env.stack.simulator.stats().operations).toEqual({
      ListClusters: 1,
      ListAutopilotClusters: 1,
      ShowAddonInstance: 1,
      ListAddonTemplates: 1,
      BatchCreateAddonPrecheck: 1,
      ListAddonPrecheckTasks: 1,
    });
    // Nothing changed, and a second preview asks CCE again (never from the response cache).
    const { addon } = await env.client.request<{ addon: { version: string; status: string } }>(
      'query($c: ID!, $a: ID!) { addon(clusterId: $c, addonId: $a) { version status } }',
      { c: COREDNS.clusterId, a: COREDNS.addonId },
    );
    expect(addon).toEqual({ version: '1.29.4', status: 'RUNNING' });
    env.stack.simulator.resetStats();
    await preview({ ...UPGRADE, valuesPatch: {} });
    await preview({ ...UPGRADE, valuesPatch: {} });
    expect(env.stack.simulator.stats().operations['BatchCreateAddonPrecheck']).toBe(2);
  });

  it('reports a FATAL risk: the upgrade is blocked', async () => {
    const fatal = await preview({
      ...UPGRADE,
      valuesPatch: { simulator: { precheckFatal: true } },
    });
    expect(fatal.userErrors).toEqual([]);
    expect(fatal.precheck).toMatchObject({ status: 'RISKS_FOUND', blocked: true });
    expect(fatal.precheck?.risks).toEqual([
      {
        name: 'SimulatedFatalRisk',
        level: 'FATAL',
        message: expect.stringMatching(/fatal/i) as unknown,
        configurationRisks: [],
      },
    ]);
  });

  it('reports WARNING risks, with the configuration risks of the changed settings, secrets masked', async () => {
    const secret = 'Swr!Pa55word';
    const answer = await env.client.request<{ addonUpgradePreview: Preview }>(PREVIEW, {
      input: {
        ...UPGRADE,
        valuesPatch: {
          basic: { cluster_ip: '10.247.3.11', swr_password: secret },
          simulator: { precheckWarning: true, precheckConfiguration: true },
        },
      },
    });
    const warned = answer.addonUpgradePreview;
    expect(warned.precheck).toMatchObject({ status: 'RISKS_FOUND', blocked: false });
    expect(warned.precheck?.risks.map(({ name, level }) => [name, level])).toEqual([
      ['SimulatedWarningRisk', 'WARNING'],
      ['ConfigurationChanged', 'WARNING'],
    ]);
    expect(warned.precheck?.risks[1]?.configurationRisks).toEqual([
      {
        package: 'coredns',
        field: 'basic.cluster_ip',
        operation: 'modify',
        originalValue: '10.247.3.10',
        value: '10.247.3.11',
      },
      {
        package: 'coredns',
        field: 'basic.swr_password',
        operation: 'add',
        originalValue: '',
        value: '******',
      },
    ]);
    expect(warned.valuesDiff).toContainEqual({
      path: ['basic', 'swr_password'],
      kind: 'MASKED',
      before: null,
      after: '******',
    });
    expect(warned.values?.basic).toMatchObject({ swr_password: '******' });
    expect(JSON.stringify(answer)).not.toContain(secret);
  });

  it('gives the userErrors the mutation would give, and runs no precheck', async () => {
    env.stack.simulator.resetStats();
    const missing = await preview({ ...UPGRADE, addonId: 'no-such-addon', valuesPatch: {} });
    expect(missing).toMatchObject({
      addon: null,
      valuesDiff: null,
      precheck: null,
      userErrors: [{ field: ['input', 'addonId'], code: 'NOT_FOUND' }],
    });
    const noVersion = await preview({ ...UPGRADE, version: '9.9.9', valuesPatch: {} });
    expect(noVersion.userErrors).toMatchObject([
      { field: ['input', 'version'], code: 'NOT_FOUND' },
    ]);
    const stale = await preview({ ...UPGRADE, valuesPatch: {}, expectedVersion: '0.0.1' });
    expect(stale.userErrors).toMatchObject([
      { field: ['input', 'expectedVersion'], code: 'STALE' },
    ]);
    const both = await preview({ ...UPGRADE, values: {}, valuesPatch: {} });
    expect(both.userErrors.length).toBeGreaterThan(0);
    expect(env.stack.simulator.stats().operations['BatchCreateAddonPrecheck']).toBeUndefined();
  });

  it('has no precheck on an Autopilot cluster, where CCE has none', async () => {
    env.stack.simulator.resetStats();
    const autopilot = await preview({
      clusterId: DEMO_CLUSTERS.autopilot,
      addonId: DEMO_ADDONS.autopilotCoredns,
      version: '1.30.6',
      valuesPatch: {},
    });
    expect(autopilot.userErrors).toEqual([]);
    expect(autopilot.valuesDiff).toEqual([]);
    expect(autopilot.precheck).toBeNull();
    expect(env.stack.simulator.stats().operations['BatchCreateAddonPrecheck']).toBeUndefined();
  });
});

describe('an add-on precheck that does not finish in time', () => {
  const env = useStack({
    // The task would finish long after the precheck timeout.
    simulator: { transitionDelayMs: 60_000 },
    gateway: { insights: { addonPrecheckTimeoutMs: 200, addonPrecheckPollMs: 50 } },
  });

  it('fails the precheck field with UPSTREAM_TIMEOUT and still answers the rest', async () => {
    const { data, errors } = await env.client.raw<{ addonUpgradePreview: Preview }>(PREVIEW, {
      input: { ...UPGRADE, valuesPatch: { custom: { cache_ttl: 45 } } },
    });
    expect(errors).toEqual([
      expect.objectContaining({
        path: ['addonUpgradePreview', 'precheck'],
        extensions: expect.objectContaining({ code: 'UPSTREAM_TIMEOUT' }) as unknown,
        message: expect.stringMatching(/had not finished after 200 ms/) as unknown,
      }),
    ]);
    expect(data.addonUpgradePreview.precheck).toBeNull();
    expect(data.addonUpgradePreview.valuesDiff).toEqual([
      { path: ['custom', 'cache_ttl'], kind: 'CHANGED', before: 30, after: 45 },
    ]);
    const polls = env.stack.simulator.stats().operations['ListAddonPrecheckTasks'] ?? 0;
    expect(env.stack.simulator.stats().operations['BatchCreateAddonPrecheck']).toBe(1);
    // Bounded by the timeout: at most ceil(200 / 50) polls.
    expect(polls).toBeGreaterThan(0);
    expect(polls).toBeLessThanOrEqual(4);
  });
});

describe('add-on upgrade previews with the response cache on', () => {
  const env = useStack({
    gateway: { responseCache: { ttlMs: 60_000 }, insights: { addonPrecheckPollMs: 100 } },
  });

  it('asks CCE for a new precheck every time: a preview is never answered from the cache', async () => {
    const input = { ...UPGRADE, valuesPatch: {} };
    env.stack.simulator.resetStats();
    const first = await env.client.request<{ addonUpgradePreview: Preview }>(PREVIEW, { input });
    const second = await env.client.request<{ addonUpgradePreview: Preview }>(PREVIEW, { input });
    expect(env.stack.simulator.stats().operations['BatchCreateAddonPrecheck']).toBe(2);
    expect(second.addonUpgradePreview.precheck?.taskId).not.toBe(
      first.addonUpgradePreview.precheck?.taskId,
    );
  });
});
