/**
 * Safe writes through the real gateway and simulator: a values patch keeps what it does not name,
 * a secret the gateway can only read masked is never lost without a word (SECRET_REQUIRED), a
 * stale revision or version is refused (STALE), a taken name is a userError (ALREADY_EXISTS, from
 * the pre-check and from CCE's 409), and an idempotency key answers a repeat without writing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ADDONS, DEMO_CHARTS, DEMO_CLUSTERS } from '../../src/simulator/demo-data.ts';
import { graphql } from '../generated/index.ts';
import { mutate, pollUntil, useStack } from './harness.ts';

graphql(`
  fragment SafeWritesRelease on Release { revision status values }
`);
graphql(`
  fragment SafeWritesUserError on UserError { field code message }
`);
const CREATE = graphql(`
  mutation SafeWritesCreate($input: ReleaseCreateInput!) {
    releaseCreate(input: $input) { release { ...SafeWritesRelease } outcome outcomeMessage userErrors { ...SafeWritesUserError } }
  }
`);
const UPGRADE = graphql(`
  mutation SafeWritesUpgrade($input: ReleaseUpgradeInput!) {
    releaseUpgrade(input: $input) { release { ...SafeWritesRelease } outcome outcomeMessage userErrors { ...SafeWritesUserError } }
  }
`);
const ROLLBACK = graphql(`
  mutation SafeWritesRollback($input: ReleaseRollbackInput!) {
    releaseRollback(input: $input) { release { ...SafeWritesRelease } outcome outcomeMessage userErrors { ...SafeWritesUserError } }
  }
`);
const DELETE = graphql(`
  mutation SafeWritesDelete($input: ReleaseDeleteInput!) {
    releaseDelete(input: $input) { release { ...SafeWritesRelease } outcome outcomeMessage userErrors { ...SafeWritesUserError } }
  }
`);
const ADDON_UPGRADE = graphql(`
  mutation SafeWritesAddonUpgrade($input: AddonUpgradeInput!) {
    addonUpgrade(input: $input) { outcome userErrors { ...SafeWritesUserError } }
  }
`);
const ADDON_INSTALL = graphql(`
  mutation SafeWritesAddonInstall($input: AddonInstallInput!) {
    addonInstall(input: $input) { outcome userErrors { ...SafeWritesUserError } }
  }
`);
const RELEASE = graphql(`
  query SafeWritesReleaseState($clusterId: ID!, $namespace: String!, $name: String!) {
    release(clusterId: $clusterId, namespace: $namespace, name: $name) { ...SafeWritesRelease }
  }
`);
const ADDON_BY_EITHER_ID = graphql(`
  query SafeWritesAddonIds($c: ID!, $a: ID!) {
    byAddonId: addon(clusterId: $c, addonId: $a) { name }
    byId: addon(clusterId: $c, id: $a) { name }
    cluster(id: $c) { addon(addonId: $a) { name } }
  }
`);

/** The operations sent upstream that change something. */
function writesIn(operations: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(operations).filter(([operation]) =>
      /^(Create|Update|Delete|Rollback)/.test(operation),
    ),
  );
}

function codes(payload: {
  userErrors: ReadonlyArray<{ field?: string[] | null; code: string }>;
}): string[] {
  return payload.userErrors.map(({ field, code }) => `${field?.join('.')}:${code}`);
}

describe('safe writes', () => {
  const env = useStack();
  beforeEach(() => {
    env.stack.simulator.resetStats();
  });

  const cluster = DEMO_CLUSTERS.development;

  /** Creates a release with these values and waits until it is deployed. */
  async function deployed(name: string, values: Record<string, unknown>) {
    const key = { clusterId: cluster, namespace: 'safe', name };
    const created = await mutate(env.client, CREATE, {
      ...key,
      chartId: DEMO_CHARTS.nginx,
      values,
    });
    expect(created).toMatchObject({ outcome: 'APPLIED', userErrors: [] });
    await settled(key);
    env.stack.simulator.resetStats();
    return key;
  }

  async function settled(key: { clusterId: string; namespace: string; name: string }) {
    return pollUntil(
      async () => (await env.client.request(RELEASE, key)).release,
      (release) => release?.status === 'DEPLOYED',
    );
  }

  it('applies a values patch to the current values: what it does not name stays', async () => {
    const key = await deployed('patched', {
      replicaCount: 1,
      image: { repository: 'nginx', tag: '1.25' },
      service: { type: 'ClusterIP', port: 80 },
    });
    const upgraded = await mutate(env.client, UPGRADE, {
      ...key,
      valuesPatch: { replicaCount: 3, image: { tag: '1.27' }, service: null },
    });
    expect(upgraded).toMatchObject({ outcome: 'APPLIED', outcomeMessage: null, userErrors: [] });
    expect((await settled(key))?.values).toEqual({
      replicaCount: 3,
      image: { repository: 'nginx', tag: '1.27' },
    });
    expect(writesIn(env.stack.simulator.stats().operations)).toEqual({ UpdateRelease: 1 });
  });

  it('refuses a change that would lose a masked secret, and names its path', async () => {
    const key = await deployed('with-secret', { auth: { password: 's3cret' }, replicas: 1 });

    // A patch that leaves the secret alone would store the mask: the gateway never saw the secret.
    const patch = await mutate(env.client, UPGRADE, { ...key, valuesPatch: { replicas: 3 } });
    expect(codes(patch)).toEqual(['input.valuesPatch.auth.password:SECRET_REQUIRED']);
    expect(patch.userErrors[0]?.message).toContain('auth.password');
    expect(patch).toMatchObject({ release: null, outcome: 'NOT_APPLIED' });

    // Complete values that leave the secret out would delete it: refused too, never silent.
    const complete = await mutate(env.client, UPGRADE, { ...key, values: { replicas: 3 } });
    expect(codes(complete)).toEqual(['input.values.auth.password:SECRET_REQUIRED']);
    expect(writesIn(env.stack.simulator.stats().operations)).toEqual({});

    // Given anew, the secret goes through with the patch; the rest is kept.
    const given = await mutate(env.client, UPGRADE, {
      ...key,
      valuesPatch: { replicas: 3, auth: { password: 'n3w-s3cret' } },
    });
    expect(given).toMatchObject({ outcome: 'APPLIED', userErrors: [] });
    expect((await settled(key))?.values).toEqual({ auth: { password: '******' }, replicas: 3 });

    // Removed on purpose with null: no secret is needed.
    const removed = await mutate(env.client, UPGRADE, { ...key, valuesPatch: { auth: null } });
    expect(removed).toMatchObject({ outcome: 'APPLIED', userErrors: [] });
    expect((await settled(key))?.values).toEqual({ replicas: 3 });
  });

  it('takes exactly one of values and valuesPatch', async () => {
    const key = { clusterId: cluster, namespace: 'safe', name: 'either' };
    const both = await mutate(env.client, UPGRADE, { ...key, values: {}, valuesPatch: {} });
    expect(codes(both)).toEqual(['input.valuesPatch:INVALID']);
    const neither = await mutate(env.client, UPGRADE, key);
    expect(codes(neither)).toEqual(['input.values:REQUIRED']);
    const notObject = await mutate(env.client, UPGRADE, { ...key, valuesPatch: [1] });
    expect(codes(notObject)).toEqual(['input.valuesPatch:INVALID']);
    expect(env.stack.simulator.stats().total).toBe(0);
  });

  it('refuses a stale revision or version, saying what is current, and writes nothing', async () => {
    const key = await deployed('moving', { replicas: 1 });
    const stale = [
      await mutate(env.client, UPGRADE, {
        ...key,
        valuesPatch: { replicas: 2 },
        expectedRevision: 7,
      }),
      await mutate(env.client, ROLLBACK, { ...key, revision: 1, expectedRevision: 7 }),
      await mutate(env.client, DELETE, { ...key, expectedRevision: 7 }),
    ];
    for (const answer of stale) {
      expect(codes(answer)).toEqual(['input.expectedRevision:STALE']);
      expect(answer.userErrors[0]?.message).toContain('is at revision 1');
    }
    const current = await mutate(env.client, UPGRADE, {
      ...key,
      valuesPatch: { replicas: 2 },
      expectedRevision: 1,
    });
    expect(current).toMatchObject({ outcome: 'APPLIED', release: { revision: 2 } });

    const addonUpgrade = await mutate(env.client, ADDON_UPGRADE, {
      clusterId: DEMO_CLUSTERS.production,
      addonId: DEMO_ADDONS.productionCoredns,
      version: '1.30.6',
      valuesPatch: {},
      expectedVersion: '0.0.1',
    });
    expect(codes(addonUpgrade)).toEqual(['input.expectedVersion:STALE']);
    expect(addonUpgrade.userErrors[0]?.message).toMatch(/runs version \d/);
    expect(writesIn(env.stack.simulator.stats().operations)).toEqual({ UpdateRelease: 1 });
  });

  it('answers a taken release name or installed add-on with ALREADY_EXISTS', async () => {
    const key = await deployed('taken', {});
    // No read before the create: CCE's 409 is the userError (and nothing was created).
    const again = await mutate(env.client, CREATE, { ...key, chartId: DEMO_CHARTS.nginx });
    expect(codes(again)).toEqual(['input.name:ALREADY_EXISTS']);
    expect(again.userErrors[0]?.message).toContain('already has a release "taken"');
    expect(again).toMatchObject({ release: null, outcome: 'NOT_APPLIED' });

    // An add-on: the pre-check reads the cluster's add-ons anyway, and sends nothing.
    const addonInstall = await mutate(env.client, ADDON_INSTALL, {
      clusterId: DEMO_CLUSTERS.production,
      templateName: 'coredns',
    });
    expect(codes(addonInstall)).toEqual(['input.templateName:ALREADY_EXISTS']);
    // CCE's 409 for an install that raced another is the same userError.
    env.stack.simulator.setFault({
      operation: 'CreateAddonInstance',
      type: 'error',
      status: 409,
      times: 1,
    });
    const raced = await mutate(env.client, ADDON_INSTALL, {
      clusterId: cluster,
      templateName: 'npd',
    });
    expect(codes(raced)).toEqual(['input.templateName:ALREADY_EXISTS']);
    expect(writesIn(env.stack.simulator.stats().operations)).toEqual({
      CreateRelease: 1,
      CreateAddonInstance: 1,
    });
  });

  it('answers a repeated idempotency key with the first payload and sends nothing', async () => {
    const input = {
      clusterId: cluster,
      namespace: 'safe',
      name: 'once',
      chartId: DEMO_CHARTS.nginx,
      idempotencyKey: 'create-once-1',
    };
    const first = await mutate(env.client, CREATE, input);
    expect(first).toMatchObject({ outcome: 'APPLIED', release: { status: 'PENDING_INSTALL' } });
    const repeated = await mutate(env.client, CREATE, input);
    expect(repeated).toEqual(first);
    expect(writesIn(env.stack.simulator.stats().operations)).toEqual({ CreateRelease: 1 });

    const reused = await mutate(env.client, CREATE, { ...input, name: 'twice' });
    expect(codes(reused)).toEqual(['input.idempotencyKey:IDEMPOTENCY_KEY_REUSED']);
    expect(writesIn(env.stack.simulator.stats().operations)).toEqual({ CreateRelease: 1 });
  });

  it('makes a concurrent duplicate wait for the first and answers both alike, writing once', async () => {
    const key = await deployed('concurrent', { replicas: 1 });
    const input = { ...key, valuesPatch: { replicas: 4 }, idempotencyKey: 'upgrade-concurrent' };
    const [one, two] = await Promise.all([
      mutate(env.client, UPGRADE, input),
      mutate(env.client, UPGRADE, input),
    ]);
    expect(one).toMatchObject({ outcome: 'APPLIED', release: { revision: 2 } });
    expect(two).toEqual(one);
    expect(writesIn(env.stack.simulator.stats().operations)).toEqual({ UpdateRelease: 1 });
  });

  it('names an add-on by addonId everywhere; the old id argument still works', async () => {
    const {
      byAddonId,
      byId,
      cluster: inCluster,
    } = await env.client.request(ADDON_BY_EITHER_ID, {
      c: DEMO_CLUSTERS.production,
      a: DEMO_ADDONS.productionCoredns,
    });
    expect(byAddonId?.name).toBe('coredns');
    expect(byId).toEqual(byAddonId);
    expect(inCluster?.addon).toEqual(byAddonId);
    const neither = await env.client.raw(`query($c: ID!) { addon(clusterId: $c) { name } }`, {
      c: DEMO_CLUSTERS.production,
    });
    expect(neither.errors[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
