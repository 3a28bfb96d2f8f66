/**
 * Masked secrets: `Release.values` shows password-like values as `******`, as CCE does. A client
 * that reads the values, edits one field and sends them back must not overwrite the real secrets
 * with the mask: the gateway refuses such input before any upstream call.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_CHARTS, DEMO_CLUSTERS, DEMO_RELEASES } from '../../src/simulator/demo-data.ts';
import { call } from '../simulator/helpers.ts';
import { graphql } from '../generated/index.ts';
import { useStack } from './harness.ts';

const UPGRADE = graphql(`
  mutation MaskedValuesUpgrade($input: ReleaseUpgradeInput!) {
    releaseUpgrade(input: $input) { release { name status } userErrors { field code message } }
  }
`);
const CREATE = graphql(`
  mutation MaskedValuesCreate($input: ReleaseCreateInput!) {
    releaseCreate(input: $input) { release { name status } userErrors { field code message } }
  }
`);
const VALUES = graphql(`
  query MaskedValuesRelease($clusterId: ID!, $namespace: String!, $name: String!) {
    release(clusterId: $clusterId, namespace: $namespace, name: $name) { values }
  }
`);
const ADDON_INSTALL = graphql(`
  mutation MaskedValuesAddonInstall($input: AddonInstallInput!) {
    addonInstall(input: $input) { addon { id } userErrors { code } }
  }
`);
const PROBE_VALUES = graphql(`
  query MaskedValuesProbe($clusterId: ID!, $addonId: ID!) {
    release(clusterId: $clusterId, namespace: "default", name: "masking-probe") { values history { values } }
    addon(clusterId: $clusterId, id: $addonId) { values }
  }
`);

/** Values as JSON objects two levels deep (the scalar is typed `unknown`). */
type Values = Record<string, Record<string, unknown>>;

const magento = DEMO_RELEASES.magentoMysql;

describe('masked values in release mutations', () => {
  const env = useStack();

  async function readValues() {
    const { release } = await env.client.request(VALUES, magento);
    return release?.values as Values;
  }

  beforeEach(() => {
    env.stack.simulator.resetStats();
  });

  it('refuses values read back with their masks, at each masked field, with no upstream call', async () => {
    const values = await readValues();
    expect(values['basic']?.['mysql_password']).toBe('******');
    const edited = { ...values, basic: { ...values['basic'], storage_size: '20G' } };

    env.stack.simulator.resetStats();
    const { releaseUpgrade } = await env.client.request(UPGRADE, {
      input: { ...magento, values: edited },
    });
    expect(releaseUpgrade.release).toBeNull();
    expect(releaseUpgrade.userErrors.map(({ field, code }) => ({ field, code }))).toEqual([
      { field: ['input', 'values', 'basic', 'admin_password'], code: 'MASKED_VALUE' },
      { field: ['input', 'values', 'basic', 'mysql_password'], code: 'MASKED_VALUE' },
      { field: ['input', 'values', 'basic', 'mysql_root_password'], code: 'MASKED_VALUE' },
    ]);
    expect(releaseUpgrade.userErrors[0]?.message).toContain('******');
    expect(env.stack.simulator.stats().total).toBe(0);
  });

  it('reports masks together with the other input problems, still with no upstream call', async () => {
    const { releaseCreate } = await env.client.request(CREATE, {
      input: {
        clusterId: DEMO_CLUSTERS.development,
        namespace: 'Not_A_Label',
        name: 'shop',
        chartId: DEMO_CHARTS.nginx,
        values: {
          users: [
            { name: 'a', password: 'real' },
            { name: 'b', password: '******' },
          ],
        },
      },
    });
    expect(releaseCreate.release).toBeNull();
    expect(releaseCreate.userErrors.map(({ field, code }) => ({ field, code }))).toEqual([
      { field: ['input', 'namespace'], code: 'INVALID' },
      { field: ['input', 'values', 'users', '1', 'password'], code: 'MASKED_VALUE' },
    ]);
    expect(env.stack.simulator.stats().total).toBe(0);
  });

  it('upgrades once the masks are replaced by the real values, which stay masked when read', async () => {
    const values = await readValues();
    const basic = {
      ...values['basic'],
      admin_password: 'Admin@New1',
      mysql_password: 'Mysql@New1',
      mysql_root_password: 'Root@New1',
    };
    env.stack.simulator.resetStats();
    const { releaseUpgrade } = await env.client.request(UPGRADE, {
      input: { ...magento, values: { ...values, basic } },
    });
    expect(releaseUpgrade.userErrors).toEqual([]);
    expect(releaseUpgrade.release).toMatchObject({ name: magento.name });
    expect(env.stack.simulator.stats().operations['UpdateRelease']).toBe(1);
    const after = await readValues();
    expect(after['basic']).toMatchObject({
      admin_password: '******',
      mysql_password: '******',
      mysql_root_password: '******',
    });
  });
});

// Before the gateway's own masking rule (src/values/masking.ts), these came back in clear: CCE (and
// the simulator, like it) masks only some spellings, and add-on values not at all.
describe('secrets CCE leaves in clear', () => {
  const env = useStack();
  const SECRETS = ['Db@Pass1', 'Dsn@Pass2', 'eyJhbGciOi.token', 'Addon@Key3', 'Addon@Pass4'];

  it('are masked in release values, parameters and add-on values by the one masking rule', async () => {
    const created = await env.client.request(CREATE, {
      input: {
        clusterId: DEMO_CLUSTERS.development,
        namespace: 'default',
        name: 'masking-probe',
        chartId: DEMO_CHARTS.nginx,
        values: {
          db_pass: SECRETS[0],
          database: { url: `postgres://shop:${SECRETS[1]}@db:5432/shop` },
          headers: { Authorization: `Bearer ${SECRETS[2]}` },
        },
      },
    });
    expect(created.releaseCreate.userErrors).toEqual([]);
    const installed = await env.client.request(ADDON_INSTALL, {
      input: {
        clusterId: DEMO_CLUSTERS.development,
        templateName: 'npd',
        version: '1.18.46',
        values: { basic: { privateKey: SECRETS[3] }, custom: { adminPassword: SECRETS[4] } },
      },
    });
    expect(installed.addonInstall.userErrors).toEqual([]);

    const answer = await env.client.request(PROBE_VALUES, {
      clusterId: DEMO_CLUSTERS.development,
      addonId: installed.addonInstall.addon?.id ?? '',
    });
    expect(answer.release?.values).toMatchObject({
      db_pass: '******',
      database: { url: 'postgres://shop:******@db:5432/shop' },
      headers: { Authorization: '******' },
    });
    const addonValues = answer.addon?.values as Values;
    expect(addonValues['basic']).toMatchObject({ privateKey: '******' });
    expect(addonValues['custom']).toMatchObject({ adminPassword: '******' });
    const text = JSON.stringify(answer);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  });
});

// Before, values of any depth were answered; at 5,000 levels the answer's JSON.stringify overflowed
// the stack and the whole request failed with HTTP 500. Now values deeper than the masking walk goes
// (256 levels) fail only their own field, with a coded error.
describe('release values from CCE nested too deep', () => {
  const env = useStack();

  it('fail only their own field, with UPSTREAM_BAD_RESPONSE', async () => {
    // Written out as text (1,000 levels: deep enough, and within what the simulator can store).
    const values = `${'{"nested":'.repeat(1_000)}"leaf"${'}'.repeat(1_000)}`;
    const created = await call(
      env.stack.simulator,
      'POST',
      `/cce/cam/v3/clusters/${DEMO_CLUSTERS.development}/releases`,
      {
        rawBody: `{"chart_id":"${DEMO_CHARTS.nginx}","name":"deep-values","namespace":"default","version":"1.2.0","values":${values}}`,
      },
    );
    expect(created.status).toBe(201);
    const answer = await env.client.raw<{ release: { name: string; values: unknown } }>(
      `{ release(clusterId: "${DEMO_CLUSTERS.development}", namespace: "default", name: "deep-values") { name values } }`,
    );
    expect(answer.data.release).toEqual({ name: 'deep-values', values: null });
    expect(answer.errors).toMatchObject([
      { path: ['release', 'values'], extensions: { code: 'UPSTREAM_BAD_RESPONSE' } },
    ]);
  });
});
