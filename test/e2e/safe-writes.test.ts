/**
 * Safe writes through the real gateway and simulator: a values patch keeps what it does not name,
 * a secret the gateway can only read masked is never lost without a word (SECRET_REQUIRED), a
 * stale revision or version is refused (STALE), a taken name is a userError (ALREADY_EXISTS, from
 * the pre-check and from CCE's 409), and an idempotency key answers a repeat without writing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ADDONS, DEMO_CHARTS, DEMO_CLUSTERS } from '../../src/simulator/demo-data.ts';
import { pollUntil, useStack } from './harness.ts';

interface UserError {
  field: string[] | null;
  code: string;
  message: string;
}

interface Payload {
  release: { revision: number; status: string; values: Record<string, unknown> | null } | null;
  outcome: string;
  outcomeMessage: string | null;
  userErrors: UserError[];
}

const PAYLOAD = `release { revision status values } outcome outcomeMessage userErrors { field code message }`;

const CREATE = `mutation($input: ReleaseCreateInput!) { releaseCreate(input: $input) { ${PAYLOAD} } }`;
const UPGRADE = `mutation($input: ReleaseUpgradeInput!) { releaseUpgrade(input: $input) { ${PAYLOAD} } }`;
const ROLLBACK = `mutation($input: ReleaseRollbackInput!) { releaseRollback(input: $input) { ${PAYLOAD} } }`;
const DELETE = `mutation($input: ReleaseDeleteInput!) { releaseDelete(input: $input) { ${PAYLOAD} } }`;

/** The operations sent upstream that change something. */
function writesIn(operations: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(operations).filter(([operation]) =>
      /^(Create|Update|Delete|Rollback)/.test(operation),
    ),
  );
}

function codes(payload: { userErrors: UserError[] }): string[] {
  return payload.userErrors.map(({ field, code }) => `${field?.join('.')}:${code}`);
}

describe('safe writes', () => {
  const env = useStack();
  beforeEach(() => {
    env.stack.simulator.resetStats();
  });

  const cluster = DEMO_CLUSTERS.development;

  async function mutate(document: string, input: Record<string, unknown>): Promise<Payload> {
    const data = await env.client.request<Record<string, Payload>>(document, { input });
    return Object.values(data)[0] as Payload;
  }

  /** Creates a release with these values and waits until it is deployed. */
  async function deployed(name: string, values: Record<string, unknown>) {
    const key = { clusterId: cluster, namespace: 'safe', name };
    const created = await mutate(CREATE, { ...key, chartId: DEMO_CHARTS.nginx, values });
    expect(created).toMatchObject({ outcome: 'APPLIED', userErrors: [] });
    await settled(key);
    env.stack.simulator.resetStats();
    return key;
  }

  async function settled(key: { clusterId: string; namespace: string; name: string }) {
    return pollUntil(
      async () =>
        (
          await env.client.request<{ release: Payload['release'] }>(
            `query($c: ID!, $n: String!, $r: String!) { release(clusterId: $c, namespace: $n, name: $r) { revision status values } }`,
            { c: key.clusterId, n: key.namespace, r: key.name },
          )
        ).release,
      (release) => release?.status === 'DEPLOYED',
    );
  }

  it('applies a values patch to the current values: what it does not name stays', async () => {
    const key = await deployed('patched', {
      replicaCount: 1,
      image: { repository: 'nginx', tag: '1.25' },
      service: { type: 'ClusterIP', port: 80 },
    });
    const upgraded = await mutate(UPGRADE, {
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
    const patch = await mutate(UPGRADE, { ...key, valuesPatch: { replicas: 3 } });
    expect(codes(patch)).toEqual(['input.valuesPatch.auth.password:SECRET_REQUIRED']);
    expect(patch.userErrors[0]?.message).toContain('auth.password');
    expect(patch).toMatchObject({ release: null, outcome: 'NOT_APPLIED' });

    // Complete values that leave the secret out would delete it: refused too, never silent.
    const complete = await mutate(UPGRADE, { ...key, values: { replicas: 3 } });
    expect(codes(complete)).toEqual(['input.values.auth.password:SECRET_REQUIRED']);
    expect(writesIn(env.stack.simulator.stats().operations)).toEqual({});

    // Given anew, the secret goes through with the patch; the rest is kept.
    const given = await mutate(UPGRADE, {
      ...key,
      valuesPatch: { replicas: 3, auth: { password: 'n3w-s3cret' } },
    });
    expect(given).toMatchObject({ outcome: 'APPLIED', userErrors: [] });
    expect((await settled(key))?.values).toEqual({ auth: { password: '******' }, replicas: 3 });

    // Removed on purpose with null: no secret is needed.
    const removed = await mutate(UPGRADE, { ...key, valuesPatch: { auth: null } });
    expect(removed).toMatchObject({ outcome: 'APPLIED', userErrors: [] });
    expect((await settled(key))?.values).toEqual({ replicas: 3 });
  });

  it('takes exactly one of values and valuesPatch', async () => {
    const key = { clusterId: cluster, namespace: 'safe', name: 'either' };
    const both = await mutate(UPGRADE, { ...key, values: {}, valuesPatch: {} });
    expect(codes(both)).toEqual(['input.valuesPatch:INVALID']);
    const neither = await mutate(UPGRADE, key);
    expect(codes(neither)).toEqual(['input.values:REQUIRED']);
    const notObject = await mutate(UPGRADE, { ...key, valuesPatch: [1] });
    expect(codes(notObject)).toEqual(['input.valuesPatch:INVALID']);
    expect(env.stack.simulator.stats().total).toBe(0);
  });

  it('refuses a stale revision or version, saying what is current, and writes nothing', async () => {
    const key = await deployed('moving', { replicas: 1 });
    for (const document of [UPGRADE, ROLLBACK, DELETE]) {
      const answer = await mutate(document, {
        ...key,
        ...(document === UPGRADE ? { valuesPatch: { replicas: 2 } } : {}),
        ...(document === ROLLBACK ? { revision: 1 } : {}),
        expectedRevision: 7,
      });
      expect(codes(answer)).toEqual(['input.expectedRevision:STALE']);
      expect(answer.userErrors[0]?.message).toContain('is at revision 1');
    }
    const current = await mutate(UPGRADE, {
      ...key,
      valuesPatch: { replicas: 2 },
      expectedRevision: 1,
    });
    expect(current).toMatchObject({ outcome: 'APPLIED', release: { revision: 2 } });

    const { addonUpgrade } = await env.client.request<{ addonUpgrade: Payload }>(
      `mutation($input: AddonUpgradeInput!) { addonUpgrade(input: $input) { outcome userErrors { field code message } } }`,
      {
        input: {
          clusterId: DEMO_CLUSTERS.production,
          addonId: DEMO_ADDONS.productionCoredns,
          version: '1.30.6',
          valuesPatch: {},
          expectedVersion: '0.0.1',
        },
      },
    );
    expect(codes(addonUpgrade)).toEqual(['input.expectedVersion:STALE']);
    expect(addonUpgrade.userErrors[0]?.message).toMatch(/runs version \d/);
    expect(writesIn(env.stack.simulator.stats().operations)).toEqual({ UpdateRelease: 1 });
  });

  it('answers a taken release name or installed add-on with ALREADY_EXISTS', async () => {
    const key = await deployed('taken', {});
    // No read before the create: CCE's 409 is the userError (and nothing was created).
    const again = await mutate(CREATE, { ...key, chartId: DEMO_CHARTS.nginx });
    expect(codes(again)).toEqual(['input.name:ALREADY_EXISTS']);
    expect(again.userErrors[0]?.message).toContain('already has a release "taken"');
    expect(again).toMatchObject({ release: null, outcome: 'NOT_APPLIED' });

    // An add-on: the pre-check reads the cluster's add-ons anyway, and sends nothing.
    const { addonInstall } = await env.client.request<{ addonInstall: Payload }>(
      `mutation { addonInstall(input: { clusterId: "${DEMO_CLUSTERS.production}", templateName: "coredns" }) { userErrors { field code message } } }`,
    );
    expect(codes(addonInstall)).toEqual(['input.templateName:ALREADY_EXISTS']);
    // CCE's 409 for an install that raced another is the same userError.
    env.stack.simulator.setFault({
      operation: 'CreateAddonInstance',
      type: 'error',
      status: 409,
      times: 1,
    });
    const { raced } = await env.client.request<{ raced: Payload }>(
      `mutation { raced: addonInstall(input: { clusterId: "${cluster}", templateName: "npd" }) { outcome userErrors { field code message } } }`,
    );
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
    const first = await mutate(CREATE, input);
    expect(first).toMatchObject({ outcome: 'APPLIED', release: { status: 'PENDING_INSTALL' } });
    const repeated = await mutate(CREATE, input);
    expect(repeated).toEqual(first);
    expect(writesIn(env.stack.simulator.stats().operations)).toEqual({ CreateRelease: 1 });

    const reused = await mutate(CREATE, { ...input, name: 'twice' });
    expect(codes(reused)).toEqual(['input.idempotencyKey:IDEMPOTENCY_KEY_REUSED']);
    expect(writesIn(env.stack.simulator.stats().operations)).toEqual({ CreateRelease: 1 });
  });

  it('makes a concurrent duplicate wait for the first and answers both alike, writing once', async () => {
    const key = await deployed('concurrent', { replicas: 1 });
    const input = { ...key, valuesPatch: { replicas: 4 }, idempotencyKey: 'upgrade-concurrent' };
    const [one, two] = await Promise.all([mutate(UPGRADE, input), mutate(UPGRADE, input)]);
    expect(one).toMatchObject({ outcome: 'APPLIED', release: { revision: 2 } });
    expect(two).toEqual(one);
    expect(writesIn(env.stack.simulator.stats().operations)).toEqual({ UpdateRelease: 1 });
  });

  it('names an add-on by addonId everywhere; the old id argument still works', async () => {
    const {
      byAddonId,
      byId,
      cluster: inCluster,
    } = await env.client.request<{
      byAddonId: { name: string };
      byId: { name: string };
      cluster: { addon: { name: string } };
    }>(
      `query($c: ID!, $a: ID!) {
        byAddonId: addon(clusterId: $c, addonId: $a) { name }
        byId: addon(clusterId: $c, id: $a) { name }
        cluster(id: $c) { addon(addonId: $a) { name } }
      }`,
      { c: DEMO_CLUSTERS.production, a: DEMO_ADDONS.productionCoredns },
    );
    expect(byAddonId.name).toBe('coredns');
    expect(byId).toEqual(byAddonId);
    expect(inCluster.addon).toEqual(byAddonId);
    const neither = await env.client.raw(`query($c: ID!) { addon(clusterId: $c) { name } }`, {
      c: DEMO_CLUSTERS.production,
    });
    expect(neither.errors[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
