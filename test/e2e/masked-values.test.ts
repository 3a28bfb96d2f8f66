/**
 * Masked secrets: `Release.values` shows password-like values as `******`, as CCE does. A client
 * that reads the values, edits one field and sends them back must not overwrite the real secrets
 * with the mask: the gateway refuses such input before any upstream call.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_CHARTS, DEMO_CLUSTERS, DEMO_RELEASES } from '../../src/simulator/demo-data.ts';
import { useStack } from './harness.ts';

interface UserError {
  field: string[] | null;
  code: string;
  message: string;
}

interface Payload {
  release: { name: string; status: string } | null;
  userErrors: UserError[];
}

const UPGRADE = `mutation($input: ReleaseUpgradeInput!) {
  releaseUpgrade(input: $input) { release { name status } userErrors { field code message } } }`;
const CREATE = `mutation($input: ReleaseCreateInput!) {
  releaseCreate(input: $input) { release { name status } userErrors { field code message } } }`;

const magento = DEMO_RELEASES.magentoMysql;

describe('masked values in release mutations', () => {
  const env = useStack();

  async function readValues(): Promise<Record<string, Record<string, unknown>>> {
    const { release } = await env.client.request<{
      release: { values: Record<string, Record<string, unknown>> };
    }>(
      `query($clusterId: ID!, $namespace: String!, $name: String!) {
        release(clusterId: $clusterId, namespace: $namespace, name: $name) { values } }`,
      magento,
    );
    return release.values;
  }

  beforeEach(() => {
    env.stack.simulator.resetStats();
  });

  it('refuses values read back with their masks, at each masked field, with no upstream call', async () => {
    const values = await readValues();
    expect(values['basic']?.['mysql_password']).toBe('******');
    const edited = { ...values, basic: { ...values['basic'], storage_size: '20G' } };

    env.stack.simulator.resetStats();
    const { releaseUpgrade } = await env.client.request<{ releaseUpgrade: Payload }>(UPGRADE, {
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
    const { releaseCreate } = await env.client.request<{ releaseCreate: Payload }>(CREATE, {
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
    const { releaseUpgrade } = await env.client.request<{ releaseUpgrade: Payload }>(UPGRADE, {
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
