/**
 * The audit trail (AUDIT_LOG) of a release's whole lifecycle, read from the file it writes:
 * create → upgrade → refused upgrade → rollback, and a write CCE refuses, each one event with
 * who, what (secrets masked), target, outcome, CCE's request id and duration; and mutations
 * refused before they ran (validation, no credentials, a rate limit), each with its code.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CHARTS, DEMO_CLUSTERS, DEMO_TOKEN } from '../../src/simulator/demo-data.ts';
import { DEMO_HEADERS, gql, startStack, type Stack } from '../support/stack.ts';
import { pollUntil } from './harness.ts';

const readEvents = (file: string) =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

const key = { clusterId: DEMO_CLUSTERS.development, namespace: 'audit', name: 'audited' };
const PAYLOAD = 'release { revision status } userErrors { code } outcome';

describe('audit trail', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'cce-gateway-audit-')), 'audit.log');
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gateway: { auditLog: file } });
  });
  afterAll(() => stack.close());

  const events = () => readEvents(file);

  const status = async () => {
    const { data } = await gql<{ release: { status: string; revision: number } | null }>(
      stack,
      'query($c: ID!, $n: String!, $r: String!) { release(clusterId: $c, namespace: $n, name: $r) { status revision } }',
      { c: key.clusterId, n: key.namespace, r: key.name },
    );
    return data?.release ?? null;
  };
  const deployed = (revision: number) =>
    pollUntil(status, (release) => release?.status === 'DEPLOYED' && release.revision === revision);

  it('records create, upgrade, a refused upgrade and a rollback, one event each', async () => {
    const headers = { 'X-Auth-Token': DEMO_TOKEN, 'X-Request-Id': 'audit-create' };
    const created = await gql(
      stack,
      `mutation Create($input: ReleaseCreateInput!) { releaseCreate(input: $input) { ${PAYLOAD} } }`,
      {
        input: {
          ...key,
          chartId: DEMO_CHARTS.nginx,
          values: { replicaCount: 1, auth: { password: 'S3cret-audit!' } },
        },
      },
      headers,
    );
    expect(created.errors).toBeUndefined();
    await deployed(1);
    const upgrade = (expectedRevision: number, replicaCount: number) =>
      gql(
        stack,
        `mutation Upgrade($input: ReleaseUpgradeInput!) { releaseUpgrade(input: $input) { ${PAYLOAD} } }`,
        {
          input: {
            ...key,
            expectedRevision,
            values: { replicaCount, auth: { password: 'S3cret-audit!' } },
          },
        },
      );
    expect((await upgrade(1, 2)).errors).toBeUndefined();
    await deployed(2);
    // Expects revision 1, but the release is at 2 now: refused, nothing sent.
    expect((await upgrade(1, 3)).data).toMatchObject({
      releaseUpgrade: { outcome: 'NOT_APPLIED', userErrors: [{ code: 'STALE' }] },
    });
    const rolledBack = await gql(
      stack,
      `mutation Rollback($input: ReleaseRollbackInput!) { releaseRollback(input: $input) { ${PAYLOAD} } }`,
      { input: { ...key, revision: 1 } },
    );
    expect(rolledBack.errors).toBeUndefined();

    const trail = events();
    expect(trail.map((event) => [event['mutation'], event['outcome'], event['codes']])).toEqual([
      ['releaseCreate', 'APPLIED', []],
      ['releaseUpgrade', 'APPLIED', []],
      ['releaseUpgrade', 'REFUSED', ['STALE']],
      ['releaseRollback', 'APPLIED', []],
    ]);
    const [create, upgraded, refused] = trail;
    expect(create).toMatchObject({
      audit: true,
      stream: 'audit',
      requestId: 'audit-create',
      operationName: 'Create',
      actor: { kind: 'token', id: expect.stringMatching(/^[0-9a-f]{16}$/) as unknown },
      target: { clusterId: key.clusterId, namespace: 'audit', name: 'audited' },
      input: { values: { replicaCount: 1, auth: { password: '******' } } },
      durationMs: expect.any(Number) as unknown,
    });
    expect(create?.['cceRequestIds']).toEqual([expect.any(String)]);
    expect(upgraded?.['cceRequestIds']).toHaveLength(1);
    // A refusal sends nothing to CCE.
    expect(refused?.['cceRequestIds']).toEqual([]);
    // Every event names the same caller, and no credential is written.
    expect(new Set(trail.map((event) => JSON.stringify(event['actor'])))).toHaveProperty('size', 1);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(DEMO_TOKEN);
    expect(text).not.toContain('S3cret-audit!');
  });

  it('records a write CCE refuses as FAILED with its code', async () => {
    // The rollback above is still in flight: a busy release would refuse the upgrade before CCE.
    await pollUntil(status, (release) => release?.status === 'DEPLOYED');
    const before = events().length;
    stack.simulator.setFault({ operation: 'UpdateRelease', type: 'error', status: 403 });
    try {
      const answer = await gql(
        stack,
        `mutation($input: ReleaseUpgradeInput!) { releaseUpgrade(input: $input) { ${PAYLOAD} } }`,
        { input: { ...key, values: { replicaCount: 4, auth: { password: 'S3cret-audit!' } } } },
      );
      expect(answer.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    } finally {
      stack.simulator.clearFaults();
    }
    expect(events().slice(before)).toEqual([
      expect.objectContaining({
        mutation: 'releaseUpgrade',
        outcome: 'FAILED',
        codes: ['FORBIDDEN'],
      }),
    ]);
  });
});

describe('audit trail of mutations refused before they ran', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'cce-gateway-audit-')), 'audit.log');
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      gateway: {
        auditLog: file,
        rateLimits: { queriesPerMinute: 0, mutationsPerMinute: 1, upstreamCallsPerMinute: 0 },
      },
    });
  });
  afterAll(() => stack.close());

  const DELETE = `mutation Delete($input: ReleaseDeleteInput!) { releaseDelete(input: $input) { userErrors { code } } }`;
  const input = { ...key, name: 'never-installed' };

  it('records refusals by validation, by the context and by a rate limit, with their codes', async () => {
    const invalid = await gql(
      stack,
      `mutation Invalid($input: ReleaseUpgradeInput!) { releaseUpgrade(input: $input) { nope } }`,
      { input: { ...key, values: { auth: { password: 'S3cret-refused!' } } } },
      { ...DEMO_HEADERS, 'X-Request-Id': 'audit-invalid' },
    );
    expect(invalid.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    const anonymous = await gql(stack, DELETE, { input }, {});
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    // The one mutation of the minute runs (and is refused by the service: nothing to delete)…
    expect((await gql(stack, DELETE, { input })).errors).toBeUndefined();
    // …the next is over the limit and never runs.
    const limited = await gql(stack, DELETE, { input });
    expect(limited.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
    // A query refused the same way is no mutation: no event.
    await gql(stack, '{ nope }');

    const trail = readEvents(file);
    expect(
      trail.map((event) => [event['operationName'], event['outcome'], event['codes']]),
    ).toEqual([
      ['Invalid', 'REFUSED', ['GRAPHQL_VALIDATION_FAILED']],
      ['Delete', 'REFUSED', ['UNAUTHENTICATED']],
      ['Delete', 'REFUSED', ['NOT_FOUND']],
      ['Delete', 'REFUSED', ['RATE_LIMITED']],
    ]);
    expect(trail[0]).toMatchObject({
      requestId: 'audit-invalid',
      mutation: 'releaseUpgrade',
      actor: { kind: 'token' },
      input: { values: { auth: { password: '******' } } },
      target: { clusterId: key.clusterId, namespace: 'audit', name: 'audited' },
      cceRequestIds: [],
    });
    expect(trail[1]).toMatchObject({
      actor: { kind: 'unknown' },
      requestId: expect.any(String) as unknown,
    });
    expect(trail[3]).toMatchObject({
      mutation: 'releaseDelete',
      target: { name: 'never-installed' },
      cceRequestIds: [],
    });
    expect(readFileSync(file, 'utf8')).not.toContain('S3cret-refused!');
  });
});

describe('audit trail with trusted documents', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cce-gateway-audit-'));
  const file = join(folder, 'audit.log');
  const operations = join(folder, 'operations.json');
  let stack: Stack;
  beforeAll(async () => {
    writeFileSync(operations, JSON.stringify({ clusters: '{ clusters { name } }' }));
    stack = await startStack({
      gateway: { auditLog: file, security: { persistedOperationsFile: operations } },
    });
  });
  afterAll(() => stack.close());

  it('records a mutation sent as text, refused before it is parsed', async () => {
    const refused = await gql(
      stack,
      'mutation Delete($input: ReleaseDeleteInput!) { releaseDelete(input: $input) { userErrors { code } } }',
      { input: key },
    );
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_ID_REQUIRED');
    expect(readEvents(file)).toEqual([
      expect.objectContaining({
        mutation: 'releaseDelete',
        operationName: 'Delete',
        outcome: 'REFUSED',
        codes: ['PERSISTED_QUERY_ID_REQUIRED'],
        target: { clusterId: key.clusterId, namespace: 'audit', name: 'audited' },
      }),
    ]);
  });
});
