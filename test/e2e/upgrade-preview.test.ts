/**
 * `releaseUpgradePreview`: what an upgrade would send and change, and CCE's dry-run verdict, with
 * nothing changed, the mutation's own userErrors, no secret shown, and its exact upstream cost.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_CHARTS, DEMO_RELEASES } from '../../src/simulator/demo-data.ts';
import { freshCallers } from './callers.ts';
import { createClient, useStack } from './harness.ts';

const PREVIEW = `query($input: ReleaseUpgradeInput!) {
  releaseUpgradePreview(input: $input) {
    release { revision status }
    chart { uid version }
    values
    valuesDiff { path kind before after }
    defaultsDiff { path kind before after }
    orphanedOverrides { path value }
    overriddenChangedDefaults { path value oldDefault newDefault }
    dryRun { accepted code message }
    userErrors { field code message }
  }
}`;

interface Preview {
  release: { revision: number; status: string } | null;
  chart: { uid: string; version: string } | null;
  values: Record<string, unknown> | null;
  valuesDiff: Array<{ path: string[]; kind: string; before: unknown; after: unknown }> | null;
  defaultsDiff: Array<{ path: string[]; kind: string }> | null;
  orphanedOverrides: Array<{ path: string[]; value: unknown }>;
  overriddenChangedDefaults: Array<Record<string, unknown>>;
  dryRun: { accepted: boolean } | null;
  userErrors: Array<{ field: string[]; code: string }>;
}

describe('release upgrade previews', () => {
  const callers = freshCallers(5, 'upgrade-preview');
  const env = useStack({
    simulator: { tokens: callers.tokens },
    gateway: { security: { upstreamCallBudget: 0 } },
  });

  it('shows the values, their diffs, orphaned and outdated overrides, and the dry run; changes nothing', async () => {
    const client = createClient(env.stack, callers.next());
    env.stack.simulator.resetStats();
    const { releaseUpgradePreview: preview } = await client.request<{
      releaseUpgradePreview: Preview;
    }>(PREVIEW, {
      input: {
        ...DEMO_RELEASES.nginxWeb,
        chartId: DEMO_CHARTS.nginxNext,
        valuesPatch: { image: { tag: '1.25.9' }, legacy: { enabled: true } },
      },
    });
    expect(preview.userErrors).toEqual([]);
    expect(preview.release).toEqual({ revision: 1, status: 'DEPLOYED' });
    expect(preview.chart).toEqual({ uid: DEMO_CHARTS.nginxNext, version: '1.3.0' });
    expect(preview.values).toMatchObject({
      replicaCount: 2,
      image: { tag: '1.25.9' },
      legacy: { enabled: true },
    });
    expect(preview.valuesDiff).toEqual([
      { path: ['image', 'tag'], kind: 'CHANGED', before: '1.25.4', after: '1.25.9' },
      { path: ['legacy'], kind: 'ADDED', before: null, after: { enabled: true } },
    ]);
    expect(preview.defaultsDiff).toEqual([
      { path: ['image', 'tag'], kind: 'CHANGED', before: '1.25.4', after: '1.27.0' },
    ]);
    expect(preview.orphanedOverrides).toEqual([{ path: ['legacy', 'enabled'], value: true }]);
    expect(preview.overriddenChangedDefaults).toEqual([
      { path: ['image', 'tag'], value: '1.25.9', oldDefault: '1.25.4', newDefault: '1.27.0' },
    ]);
    expect(preview.dryRun).toEqual({ accepted: true, code: null, message: null });
    expect(env.stack.simulator.stats().operations).toEqual({
      ListClusters: 1,
      ListAutopilotClusters: 1,
      ShowRelease: 1,
      ListCharts: 1,
      ShowChartValues: 2,
      UpdateRelease: 1,
    });
    // Nothing changed, and a second preview asks CCE again (never from the response cache).
    const { release } = await client.request<{ release: { revision: number; status: string } }>(
      'query($c: ID!) { release(clusterId: $c, namespace: "web", name: "nginx-web") { revision status } }',
      { c: DEMO_RELEASES.nginxWeb.clusterId },
    );
    expect(release).toEqual({ revision: 1, status: 'DEPLOYED' });
    env.stack.simulator.resetStats();
    await client.request(PREVIEW, {
      input: { ...DEMO_RELEASES.nginxWeb, valuesPatch: { replicaCount: 3 } },
    });
    await client.request(PREVIEW, {
      input: { ...DEMO_RELEASES.nginxWeb, valuesPatch: { replicaCount: 3 } },
    });
    expect(env.stack.simulator.stats().operations['UpdateRelease']).toBe(2);
  });

  it("reports CCE's refusal of the dry run as its verdict, with CCE's code", async () => {
    env.stack.simulator.setFault({ operation: 'UpdateRelease', type: 'error', status: 400 });
    try {
      const { releaseUpgradePreview: preview } = await env.client.request<{
        releaseUpgradePreview: Preview & { dryRun: { accepted: boolean; code: string | null } };
      }>(PREVIEW, { input: { ...DEMO_RELEASES.nginxWeb, valuesPatch: { replicaCount: 5 } } });
      expect(preview.userErrors).toEqual([]);
      expect(preview.dryRun.accepted).toBe(false);
      expect(preview.dryRun.code).toMatch(/^CCE\./);
      expect(preview.valuesDiff).toEqual([
        { path: ['replicaCount'], kind: 'CHANGED', before: 2, after: 5 },
      ]);
    } finally {
      env.stack.simulator.clearFaults();
    }
  });

  it('shows new secrets only masked', async () => {
    const secrets = {
      admin_password: 'Adm1n!new',
      mysql_password: 'My5ql!new',
      mysql_root_password: 'R00t!new',
    };
    const answer = await env.client.request<{ releaseUpgradePreview: Preview }>(PREVIEW, {
      input: { ...DEMO_RELEASES.magentoMysql, valuesPatch: { basic: secrets } },
    });
    const preview = answer.releaseUpgradePreview;
    expect(preview.userErrors).toEqual([]);
    expect(preview.valuesDiff?.map((change) => change.kind)).toEqual([
      'MASKED',
      'MASKED',
      'MASKED',
    ]);
    expect(preview.values).toMatchObject({ basic: { mysql_password: '******' } });
    const text = JSON.stringify(answer);
    for (const secret of Object.values(secrets)) expect(text).not.toContain(secret);
  });

  it('gives the userErrors the mutation would give, and sends no dry run', async () => {
    env.stack.simulator.resetStats();
    const missing = await env.client.request<{ releaseUpgradePreview: Preview }>(PREVIEW, {
      input: { ...DEMO_RELEASES.nginxWeb, name: 'no-such-release', valuesPatch: {} },
    });
    expect(missing.releaseUpgradePreview).toMatchObject({
      release: null,
      dryRun: null,
      userErrors: [{ field: ['input', 'name'], code: 'NOT_FOUND' }],
    });
    const keptSecret = await env.client.request<{ releaseUpgradePreview: Preview }>(PREVIEW, {
      input: { ...DEMO_RELEASES.magentoMysql, valuesPatch: { image: { mysql_image: 'x' } } },
    });
    expect(keptSecret.releaseUpgradePreview.userErrors.map((error) => error.code)).toContain(
      'SECRET_REQUIRED',
    );
    const both = await env.client.request<{ releaseUpgradePreview: Preview }>(PREVIEW, {
      input: { ...DEMO_RELEASES.nginxWeb, values: {}, valuesPatch: {} },
    });
    expect(both.releaseUpgradePreview.userErrors.length).toBeGreaterThan(0);
    expect(env.stack.simulator.stats().operations['UpdateRelease']).toBeUndefined();
  });
});
