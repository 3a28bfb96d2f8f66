/** Helm releases over HTTP: lifecycle, history and rollback, the failure switch, every validation error. */
import { describe, expect, it } from 'vitest';
import { DEMO_CHARTS, DEMO_CLUSTERS, DEMO_RELEASES } from '../../src/simulator/demo-data.ts';
import type { Simulator } from '../../src/simulator/index.ts';
import { call, cceError, pollUntil, simulator, type ReleaseResp } from './helpers.ts';

const releasesPath = (clusterId: string, family: 'cce' | 'autopilot' = 'cce') =>
  `/${family}/cam/v3/clusters/${clusterId}/releases`;
const releasePath = (
  clusterId: string,
  namespace: string,
  name: string,
  family: 'cce' | 'autopilot' = 'cce',
) => `/${family}/cam/v3/clusters/${clusterId}/namespace/${namespace}/releases/${name}`;

const PROD = DEMO_CLUSTERS.production;
const WEB_VALUES = {
  image: { tag: '1.25.4' },
  auth: { password: 's3cret', apiToken: 'tok' },
  replicas: 2,
};

function createBody(overrides: Record<string, unknown> = {}) {
  return {
    chart_id: DEMO_CHARTS.nginx,
    name: 'web',
    namespace: 'apps',
    version: '1.2.0',
    values: WEB_VALUES,
    ...overrides,
  };
}

function updateBody(overrides: Record<string, unknown> = {}) {
  return {
    chart_id: DEMO_CHARTS.nginxNext,
    action: 'upgrade',
    parameters: {},
    values: { image: { tag: '1.27.0' }, replicas: 3 },
    ...overrides,
  };
}

const show = (target: Simulator, namespace = 'apps', name = 'web') =>
  call(target, 'GET', releasePath(PROD, namespace, name));

const settled = (target: Simulator, status = 'DEPLOYED') =>
  pollUntil(
    () => show(target),
    (result) => result.json<ReleaseResp>().status === status,
  );

describe('release lifecycle', () => {
  it('create → DEPLOYED → upgrade → rollback restoring revision 1 → delete → 404', async () => {
    const target = await simulator();
    const created = await call(target, 'POST', releasesPath(PROD), { body: createBody() });
    expect(created.status).toBe(201);
    expect(created.headers['content-type']).toBe('application/json');
    const pending = created.json<ReleaseResp>();
    expect(pending).toMatchObject({
      name: 'web',
      namespace: 'apps',
      cluster_id: PROD,
      cluster_name: 'prod-cce',
      chart_name: 'nginx',
      chart_version: '1.2.0',
      status: 'PENDING_INSTALL',
      status_description: 'Initial install underway',
      version: 1,
      parameters: '',
      resources: '',
    });
    expect(JSON.parse(pending.values)).toEqual({
      image: { tag: '1.25.4' },
      auth: { password: '******', apiToken: '******' },
      replicas: 2,
    });
    const installed = (await settled(target)).json<ReleaseResp>();
    expect(installed.status_description).toBe('Install complete');

    const upgraded = await call(target, 'PUT', releasePath(PROD, 'apps', 'web'), {
      body: updateBody(),
    });
    expect(upgraded.status).toBe(200);
    expect(upgraded.json<ReleaseResp>()).toMatchObject({
      status: 'PENDING_UPGRADE',
      version: 2,
      chart_version: '1.3.0',
    });
    await settled(target);

    const rollback = await call(target, 'PUT', releasePath(PROD, 'apps', 'web'), {
      body: updateBody({ action: 'rollback', parameters: { release_version: 1 } }),
    });
    expect(rollback.status).toBe(200);
    expect(rollback.json<ReleaseResp>()).toMatchObject({ status: 'PENDING_ROLLBACK', version: 3 });
    const restored = (await settled(target)).json<ReleaseResp>();
    expect(restored).toMatchObject({
      version: 3,
      chart_version: '1.2.0',
      status_description: 'Rollback to 1',
    });
    expect(restored.values).toBe(pending.values);

    const history = await call(target, 'GET', `${releasePath(PROD, 'apps', 'web')}/history`);
    const revisions = history.json<ReleaseResp[]>();
    expect(revisions.map((r) => [r.version, r.chart_version, r.status])).toEqual([
      [1, '1.2.0', 'DEPLOYED'],
      [2, '1.3.0', 'DEPLOYED'],
      [3, '1.2.0', 'DEPLOYED'],
    ]);
    expect(JSON.parse(revisions[1]!.values)).toEqual({ image: { tag: '1.27.0' }, replicas: 3 });

    const deleted = await call(target, 'DELETE', releasePath(PROD, 'apps', 'web'));
    expect(deleted.status).toBe(200);
    expect(deleted.json<ReleaseResp>().status).toBe('DELETING');
    const again = await call(target, 'DELETE', releasePath(PROD, 'apps', 'web'));
    expect(again.json<ReleaseResp>().status).toBe('DELETING');
    const gone = await pollUntil(
      () => show(target),
      (result) => result.status === 404,
    );
    expect(cceError(gone).errorCode).toBe('CCE.02404001');
  });

  it('Autopilot releases live on /autopilot/cam and their delete answers plain text', async () => {
    const target = await simulator();
    const cluster = DEMO_CLUSTERS.autopilot;
    const body = createBody({ chart_id: DEMO_CHARTS.autopilotNginx });
    const created = await call(target, 'POST', releasesPath(cluster, 'autopilot'), { body });
    expect(created.status).toBe(201);
    const path = releasePath(cluster, 'apps', 'web', 'autopilot');
    await pollUntil(
      () => call(target, 'GET', path),
      (r) => r.json<ReleaseResp>().status === 'DEPLOYED',
    );
    const deleted = await call(target, 'DELETE', path);
    expect(deleted.status).toBe(200);
    expect(deleted.headers['content-type']).toMatch(/^text\/plain/);
    expect(deleted.text).toBe('success');
    expect(target.stats().operations).toMatchObject({
      CreateAutopilotRelease: 1,
      DeleteAutopilotRelease: 1,
    });
  });

  it('answers 404 for a cluster on the wrong family path and for the other family’s chart', async () => {
    const target = await simulator();
    const wrongPath = await call(target, 'GET', releasesPath(DEMO_CLUSTERS.autopilot));
    expect(wrongPath.status).toBe(404);
    expect(cceError(wrongPath).errorCode).toBe('CCE.02404001');
    const wrongChart = await call(target, 'POST', releasesPath(PROD), {
      body: createBody({ chart_id: DEMO_CHARTS.autopilotNginx }),
    });
    expect(wrongChart.status).toBe(404);
  });

  it('goes to FAILED when the values carry the test switch, and a later upgrade recovers', async () => {
    const target = await simulator();
    const failing = createBody({ values: { simulator: { fail: true } } });
    expect((await call(target, 'POST', releasesPath(PROD), { body: failing })).status).toBe(201);
    const failed = (await settled(target, 'FAILED')).json<ReleaseResp>();
    expect(failed.status_description).toMatch(/simulated failure/);
    await call(target, 'PUT', releasePath(PROD, 'apps', 'web'), { body: updateBody() });
    expect((await settled(target)).json<ReleaseResp>().version).toBe(2);
  });

  it('dry_run validates and changes nothing', async () => {
    const target = await simulator();
    const dryCreate = await call(target, 'POST', releasesPath(PROD), {
      body: createBody({ parameters: { dry_run: true } }),
    });
    expect(dryCreate.status).toBe(201);
    expect(dryCreate.json<ReleaseResp>().status_description).toBe('Dry run complete');
    expect((await show(target)).status).toBe(404);

    const { namespace, name } = DEMO_RELEASES.magentoMysql;
    const path = releasePath(PROD, namespace, name);
    const dryUpgrade = await call(target, 'PUT', path, {
      body: updateBody({ chart_id: DEMO_CHARTS.magentoMysql, parameters: { dry_run: true } }),
    });
    expect(dryUpgrade.json<ReleaseResp>()).toMatchObject({ version: 3, chart_version: '1.0.0' });
    const current = (await call(target, 'GET', path)).json<ReleaseResp>();
    expect(current).toMatchObject({ version: 2, chart_version: '1.1.0', status: 'DEPLOYED' });
  });

  it('refuses another change while an operation is in progress', async () => {
    const target = await simulator({ transitionDelayMs: 10_000 });
    await call(target, 'POST', releasesPath(PROD), { body: createBody() });
    const busy = await call(target, 'PUT', releasePath(PROD, 'apps', 'web'), {
      body: updateBody(),
    });
    expect(busy.status).toBe(400);
    expect(cceError(busy)).toEqual({
      errorCode: 'CCE.02400001',
      errorMessage:
        'Invalid request. Release web is PENDING_INSTALL; another operation is in progress.',
    });
  });
});

describe('release reads', () => {
  it('shows the demo magento-mysql with masked passwords and two revisions', async () => {
    const target = await simulator();
    const { namespace, name } = DEMO_RELEASES.magentoMysql;
    const release = (
      await call(target, 'GET', releasePath(PROD, namespace, name))
    ).json<ReleaseResp>();
    const values = JSON.parse(release.values) as { basic: Record<string, unknown> };
    expect(values.basic).toMatchObject({
      admin_password: '******',
      mysql_password: '******',
      mysql_root_password: '******',
      admin_username: 'username',
    });
    const history = await call(target, 'GET', `${releasePath(PROD, namespace, name)}/history`);
    expect(history.json<ReleaseResp[]>().map((r) => r.chart_version)).toEqual(['1.0.0', '1.1.0']);
  });

  it('filters the list by namespace and chart_id', async () => {
    const target = await simulator();
    const list = async (query: string) =>
      (await call(target, 'GET', `${releasesPath(PROD)}${query}`))
        .json<ReleaseResp[]>()
        .map((r) => r.name);
    expect(await list('')).toEqual(['magento-mysql', 'nginx-web']);
    expect(await list('?namespace=web')).toEqual(['nginx-web']);
    expect(await list(`?chart_id=${DEMO_CHARTS.magentoMysqlNext}`)).toEqual(['magento-mysql']);
    expect(await list(`?chart_id=${DEMO_CHARTS.magentoMysql}`)).toEqual([]);
  });

  it('fills resources with show_resources=true', async () => {
    const target = await simulator();
    const { namespace, name } = DEMO_RELEASES.nginxWeb;
    const result = await call(
      target,
      'GET',
      `${releasePath(PROD, namespace, name)}?show_resources=true`,
    );
    expect(JSON.parse(result.json<ReleaseResp>().resources)).toContainEqual({
      kind: 'Deployment',
      name,
      namespace,
    });
  });
});

describe('release validation', () => {
  const invalid = (message: string) => ({
    errorCode: 'CCE.02400001',
    errorMessage: `Invalid request. ${message}`,
  });

  it.each([
    ['a body that is not JSON', { rawBody: '{"name":' }, 'The request body is not valid JSON.'],
    ['a JSON array body', { rawBody: '[]' }, 'The request body must be a JSON object.'],
    ['no body', {}, 'The request body is required.'],
    ['no chart_id', { body: createBody({ chart_id: undefined }) }, 'chart_id is required.'],
    ['no name', { body: createBody({ name: undefined }) }, 'name is required.'],
    ['no namespace', { body: createBody({ namespace: undefined }) }, 'namespace is required.'],
    ['no version', { body: createBody({ version: undefined }) }, 'version is required.'],
    ['no values', { body: createBody({ values: undefined }) }, 'values is required.'],
    [
      'values that are not an object',
      { body: createBody({ values: 'x' }) },
      'values must be a JSON object.',
    ],
    ['a name that is not a string', { body: createBody({ name: 7 }) }, 'name must be a string.'],
    [
      'a non-boolean dry_run',
      { body: createBody({ parameters: { dry_run: 'yes' } }) },
      'parameters.dry_run must be a boolean.',
    ],
    [
      'an upper-case name',
      { body: createBody({ name: 'Web' }) },
      `Release name "Web" must consist of lower-case letters, digits and '-', and start and end with a letter or digit (DNS-1123 label).`,
    ],
    [
      'a name ending in -',
      { body: createBody({ name: 'web-' }) },
      `Release name "web-" must consist of lower-case letters, digits and '-', and start and end with a letter or digit (DNS-1123 label).`,
    ],
    [
      'a 54-character name',
      { body: createBody({ name: 'a'.repeat(54) }) },
      `Release name "${'a'.repeat(54)}" is longer than 53 characters.`,
    ],
    [
      'a 64-character namespace',
      { body: createBody({ namespace: 'n'.repeat(64) }) },
      `Namespace "${'n'.repeat(64)}" is longer than 63 characters.`,
    ],
    [
      'a namespace with a dot',
      { body: createBody({ namespace: 'my.ns' }) },
      `Namespace "my.ns" must consist of lower-case letters, digits and '-', and start and end with a letter or digit (DNS-1123 label).`,
    ],
    [
      'a version the chart does not have',
      { body: createBody({ version: '9.9.9' }) },
      `Chart ${DEMO_CHARTS.nginx} is nginx 1.2.0, not version 9.9.9.`,
    ],
  ])('create with %s → 400', async (_case, request, message) => {
    const target = await simulator();
    const result = await call(target, 'POST', releasesPath(PROD), request);
    expect(result.status).toBe(400);
    expect(cceError(result)).toEqual(invalid(message));
  });

  it('accepts names of exactly 53 and namespaces of exactly 63 characters', async () => {
    const target = await simulator();
    const body = createBody({ name: 'a'.repeat(53), namespace: 'n'.repeat(63) });
    expect((await call(target, 'POST', releasesPath(PROD), { body })).status).toBe(201);
  });

  it.each([
    [
      'an unknown action',
      updateBody({ action: 'restart' }),
      'action must be "upgrade" or "rollback", not "restart".',
    ],
    ['no parameters', updateBody({ parameters: undefined }), 'parameters is required.'],
    ['no values', updateBody({ values: undefined }), 'values is required.'],
    [
      'a rollback without release_version',
      updateBody({ action: 'rollback' }),
      'parameters.release_version is required for a rollback.',
    ],
    [
      'a rollback to a revision that does not exist',
      updateBody({ action: 'rollback', parameters: { release_version: 7 } }),
      'Release magento-mysql has no revision 7.',
    ],
    [
      'a fractional release_version',
      updateBody({ action: 'rollback', parameters: { release_version: 1.5 } }),
      'parameters.release_version must be an integer.',
    ],
  ])('update with %s → 400', async (_case, body, message) => {
    const target = await simulator();
    const { namespace, name } = DEMO_RELEASES.magentoMysql;
    const result = await call(target, 'PUT', releasePath(PROD, namespace, name), { body });
    expect(result.status).toBe(400);
    expect(cceError(result)).toEqual(invalid(message));
  });

  it('answers 404 for unknown clusters, charts and releases', async () => {
    const target = await simulator();
    const unknownCluster = 'cce00000-0000-4000-8000-0000000000ff';
    const results = [
      await call(target, 'GET', releasesPath(unknownCluster)),
      await call(target, 'POST', releasesPath(PROD), {
        body: createBody({ chart_id: 'no-such-chart' }),
      }),
      await show(target, 'apps', 'missing'),
      await call(target, 'PUT', releasePath(PROD, 'apps', 'missing'), { body: updateBody() }),
      await call(target, 'DELETE', releasePath(PROD, 'apps', 'missing')),
      await call(target, 'GET', `${releasePath(PROD, 'apps', 'missing')}/history`),
      await call(target, 'PUT', releasePath(PROD, 'default', 'magento-mysql'), {
        body: updateBody({ chart_id: 'no-such-chart' }),
      }),
    ];
    expect(results.map((result) => [result.status, cceError(result).errorCode])).toEqual(
      results.map(() => [404, 'CCE.02404001']),
    );
    expect(cceError(results[1]!).errorMessage).toBe(
      'Resource not found. Chart no-such-chart not found.',
    );
  });

  it('answers 409 CCE.02409001 for a duplicate name in a namespace, not across namespaces', async () => {
    const target = await simulator();
    expect((await call(target, 'POST', releasesPath(PROD), { body: createBody() })).status).toBe(
      201,
    );
    const duplicate = await call(target, 'POST', releasesPath(PROD), { body: createBody() });
    expect(duplicate.status).toBe(409);
    expect(cceError(duplicate)).toEqual({
      errorCode: 'CCE.02409001',
      errorMessage: 'The resource already exists. Release web already exists in namespace apps.',
    });
    const otherNamespace = createBody({ namespace: 'apps2' });
    expect((await call(target, 'POST', releasesPath(PROD), { body: otherNamespace })).status).toBe(
      201,
    );
  });

  it('uses error_code / error_msg with errorCasing snake', async () => {
    const target = await simulator({ errorCasing: 'snake' });
    const result = await show(target, 'apps', 'missing');
    expect(result.json()).toEqual({
      error_code: 'CCE.02404001',
      error_msg: 'Resource not found. Release apps/missing not found.',
    });
  });
});
