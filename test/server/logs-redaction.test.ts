/**
 * The gateway's logs over a realistic run, captured at debug level (everything the gateway writes):
 * queries and mutations with tokens, bearer tokens, AK/SK, API keys and password values in
 * mutation inputs, refused credentials, failing upstream calls. None of those secrets may appear
 * in any line; every request has one access line, and every upstream call a line carrying the
 * gateway's request id beside CCE's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CHARTS, DEMO_CLUSTERS, DEMO_RELEASES } from '../../src/simulator/demo-data.ts';
import { captureLogs } from '../support/logs.ts';
import { gql, startStack, type Stack } from '../support/stack.ts';

const SECRETS = {
  token: 'tok-SECRET-7f3a9c',
  bearer: 'bearer-SECRET-51d0e2',
  unknownToken: 'forged-SECRET-0b8e44',
  accessKey: 'AKSECRET4C1D9E',
  secretKey: 'sk-SECRET-93be17f2',
  apiKey: 'apikey-SECRET-6a2f',
  password: 'pw-SECRET-hunter2',
  rootPassword: 'root-SECRET-c0ffee',
  badValuePassword: 'bad-SECRET-d00d',
};

const CREATE = `mutation Create($input: ReleaseCreateInput!) {
  releaseCreate(input: $input) { release { id status } userErrors { field code } } }`;
const UPGRADE = `mutation Upgrade($input: ReleaseUpgradeInput!) {
  releaseUpgrade(input: $input) { release { id status } userErrors { field code } } }`;

const passwordValues = {
  auth: { password: SECRETS.password, rootPassword: SECRETS.rootPassword },
  db: { connection: `mysql://app:${SECRETS.password}@db:3306/app` },
};

describe('logs of a realistic run', () => {
  const { logger, lines } = captureLogs('debug');
  let tokenStack: Stack;
  let serviceStack: Stack;

  beforeAll(async () => {
    const simulator = {
      tokens: { [SECRETS.token]: 'demo-project', [SECRETS.bearer]: 'demo-project' },
      accessKeys: [
        { accessKey: SECRETS.accessKey, secretKey: SECRETS.secretKey, projectId: 'demo-project' },
      ],
    };
    tokenStack = await startStack({
      logger,
      simulator,
      gateway: { logLevel: 'debug', responseCache: { ttlMs: 60_000, maxEntries: 100 } },
    });
    serviceStack = await startStack({
      logger,
      simulator,
      gateway: {
        logLevel: 'debug',
        cce: {
          serviceCredentials: { accessKey: SECRETS.accessKey, secretKey: SECRETS.secretKey },
        },
      },
    });

    const token = { 'X-Auth-Token': SECRETS.token };
    const bearer = { Authorization: `Bearer ${SECRETS.bearer}` };
    const dashboard = 'query Dashboard { clusters { name releases { nodes { name values } } } }';
    await gql(tokenStack, dashboard, undefined, { ...token, 'X-Request-Id': 'run-dashboard' });
    await gql(tokenStack, dashboard, undefined, { ...token, 'X-Request-Id': 'run-cached' });
    await gql(tokenStack, dashboard, undefined, bearer);
    // A token CCE does not know: refused upstream.
    await gql(tokenStack, '{ clusters { id } }', undefined, {
      'X-Auth-Token': SECRETS.unknownToken,
    });
    // A malformed Authorization header: refused by the gateway.
    await gql(tokenStack, '{ clusters { id } }', undefined, {
      Authorization: `Basic ${SECRETS.bearer}`,
    });
    // Mutations with passwords in their values: valid, refused by validation, and ill-typed.
    const release = {
      clusterId: DEMO_CLUSTERS.production,
      namespace: 'default',
      chartId: DEMO_CHARTS.nginx,
      values: passwordValues,
    };
    await gql(tokenStack, CREATE, { input: { ...release, name: 'logged-release' } }, token);
    await gql(tokenStack, CREATE, { input: { ...release, name: 'Not A DNS Label!' } }, token);
    await gql(
      tokenStack,
      CREATE,
      { input: { ...release, name: 'typed', dryRun: SECRETS.badValuePassword } },
      token,
    );
    await gql(
      tokenStack,
      UPGRADE,
      { input: { ...DEMO_RELEASES.magentoMysql, values: passwordValues } },
      bearer,
    );
    // Failing upstream calls (CCE down for this operation), with the caller's token in flight.
    tokenStack.simulator.setFault({ operation: 'ListReleases', type: 'error', status: 503 });
    await gql(tokenStack, 'query Broken { clusters { releases { totalCount } } }', undefined, {
      ...token,
      'X-Request-Id': 'run-failing',
    });
    tokenStack.simulator.clearFaults();
    // Service mode: the gateway signs with its AK/SK; callers present an API key.
    const service = { 'X-Api-Key': SECRETS.apiKey, 'X-Request-Id': 'run-service' };
    await gql(serviceStack, dashboard, undefined, service);
    await gql(serviceStack, CREATE, { input: { ...release, name: 'service-release' } }, service);
  });

  afterAll(async () => {
    await tokenStack.close();
    await serviceStack.close();
  });

  it('contains no token, bearer token, AK/SK, API key or password value', () => {
    expect(lines.length).toBeGreaterThan(20);
    const text = lines.map((line) => JSON.stringify(line)).join('\n');
    for (const [name, secret] of Object.entries(SECRETS)) {
      expect(text.includes(secret), `${name} in the logs`).toBe(false);
    }
  });

  it('has one access line per request, with operation, duration, upstream calls and outcome', () => {
    const access = (requestId: string) =>
      lines.filter((line) => line['requestId'] === requestId && line['msg'] === 'request');
    expect(access('run-dashboard')).toEqual([
      expect.objectContaining({
        level: 30,
        method: 'POST',
        path: '/graphql',
        status: 200,
        operationName: 'Dashboard',
        operationType: 'query',
        outcome: 'success',
        cached: false,
        upstreamCalls: expect.any(Number) as number,
        upstreamEstimate: expect.any(Number) as number,
        durationMs: expect.any(Number) as number,
      }),
    ]);
    expect(access('run-dashboard')[0]?.['upstreamCalls']).toBeGreaterThan(0);
    // The estimate (src/server/budget/estimate.ts) bounds what the request made.
    expect(access('run-dashboard')[0]?.['upstreamEstimate']).toBeGreaterThanOrEqual(
      Number(access('run-dashboard')[0]?.['upstreamCalls']),
    );
    expect(access('run-cached')).toEqual([
      expect.objectContaining({
        operationName: 'Dashboard',
        operationType: 'query',
        cached: true,
        upstreamCalls: 0,
        outcome: 'success',
      }),
    ]);
    expect(access('run-failing')).toEqual([
      expect.objectContaining({
        operationName: 'Broken',
        outcome: 'partial',
        errorCodes: ['UPSTREAM_UNAVAILABLE'],
      }),
    ]);
    expect(access('run-service')).toHaveLength(2);
  });

  it('logs each upstream call with the gateway request id beside CCE’s request id', () => {
    const calls = lines.filter(
      (line) => line['requestId'] === 'run-dashboard' && line['msg'] === 'upstream call',
    );
    const [access] = lines.filter(
      (line) => line['requestId'] === 'run-dashboard' && line['msg'] === 'request',
    );
    expect(calls).toHaveLength(Number(access?.['upstreamCalls']));
    for (const call of calls) {
      expect(call).toMatchObject({
        level: 20,
        upstream: {
          operation: expect.stringMatching(/^List/) as string,
          method: 'GET',
          status: 200,
          outcome: 'success',
          attempts: 1,
          requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) as string,
        },
      });
    }
    // CCE failing is a warning, with CCE's request id to quote.
    const failing = lines.filter(
      (line) => line['requestId'] === 'run-failing' && line['msg'] === 'upstream call',
    );
    expect(failing).toContainEqual(
      expect.objectContaining({
        level: 40,
        upstream: expect.objectContaining({
          operation: 'ListReleases',
          status: 503,
          outcome: 'error',
        }) as unknown,
      }),
    );
  });
});
