/**
 * The seed pages' example requests (/work/shared/seeds), replayed as written, with only the
 * path placeholders ({cluster_id}, {namespace}, {name}, {id}, the add-on's clusterID) filled
 * in: the answers carry the documented fields, types and status codes.
 */
import { describe, expect, it } from 'vitest';
import {
  DEMO_ADDONS,
  DEMO_CHARTS,
  DEMO_CLUSTERS,
  DEMO_RELEASES,
} from '../../src/simulator/demo-data.ts';
import { call, simulator, type AddonInstance, type ReleaseResp } from './helpers.ts';

/** ReleaseResp fields and types, from the Response Parameters tables of seeds 000–003. */
const RELEASE_FIELDS: Record<keyof ReleaseResp, 'string' | 'boolean' | 'number'> = {
  chart_name: 'string',
  chart_public: 'boolean',
  chart_version: 'string',
  cluster_id: 'string',
  cluster_name: 'string',
  create_at: 'string',
  description: 'string',
  name: 'string',
  namespace: 'string',
  parameters: 'string',
  resources: 'string',
  status: 'string',
  status_description: 'string',
  update_at: 'string',
  values: 'string',
  version: 'number',
};

function expectReleaseResp(release: ReleaseResp): void {
  expect(Object.keys(release).sort()).toEqual(Object.keys(RELEASE_FIELDS).sort());
  for (const [field, type] of Object.entries(RELEASE_FIELDS)) {
    expect(typeof release[field as keyof ReleaseResp], field).toBe(type);
  }
  expect(Number.isInteger(release.version)).toBe(true);
  expect(JSON.parse(release.values)).toBeTypeOf('object');
  expect(release.create_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
}

/** Seed 000 / 002 example request body. */
const UPDATE_EXAMPLE = {
  chart_id: 'af4b699e-018c-11ec-b8b0-0255ac100b05',
  action: 'upgrade',
  parameters: {
    dry_run: false,
    name_template: 'string',
    no_hooks: false,
    replace: false,
    recreate: false,
    reset_values: false,
    release_version: 1,
    include_hooks: false,
  },
  values: { imagePullPolicy: 'IfNotPresent', imageTag: 'v2' },
};

describe('seed pages replayed', () => {
  it('001 Creating a Release: 201 with a ReleaseResp in PENDING_INSTALL', async () => {
    const target = await simulator();
    const result = await call(
      target,
      'POST',
      `/cce/cam/v3/clusters/${DEMO_CLUSTERS.production}/releases`,
      {
        body: {
          name: 'nino21',
          namespace: 'project01',
          version: '1.0.0',
          chart_id: '3c138b72-7ce4-6d76-7c55-604cdb2ce423',
          values: { imageTag: 'v2', imagePullPolicy: 'IfNotPresent' },
          parameters: { dry_run: false, no_hooks: false, replace: false, name_template: '' },
        },
      },
    );
    expect(result.status).toBe(201);
    const release = result.json<ReleaseResp>();
    expectReleaseResp(release);
    expect(release).toMatchObject({
      chart_name: 'magento-mysql',
      chart_version: '1.0.0',
      status: 'PENDING_INSTALL',
      status_description: 'Initial install underway',
      description: 'Initial install underway',
      version: 1,
    });
  });

  it('000 Updating a Release: 200 with a ReleaseResp', async () => {
    const target = await simulator();
    const { clusterId, namespace, name } = DEMO_RELEASES.magentoMysql;
    const path = `/cce/cam/v3/clusters/${clusterId}/namespace/${namespace}/releases/${name}`;
    const result = await call(target, 'PUT', path, { body: UPDATE_EXAMPLE });
    expect(result.status).toBe(200);
    const release = result.json<ReleaseResp>();
    expectReleaseResp(release);
    expect(release).toMatchObject({
      chart_name: 'magento-mysql',
      status: 'PENDING_UPGRADE',
      version: 3,
    });
  });

  it('002 更新指定模板实例 (UpdateAutopilotRelease): 200 with a ReleaseResp', async () => {
    const target = await simulator();
    const { clusterId, namespace, name } = DEMO_RELEASES.autopilotMagentoMysql;
    const path = `/autopilot/cam/v3/clusters/${clusterId}/namespace/${namespace}/releases/${name}`;
    // The example's chart id is a standard-family chart; Autopilot charts are their own set.
    const body = { ...UPDATE_EXAMPLE, chart_id: DEMO_CHARTS.autopilotMagentoMysql };
    const result = await call(target, 'PUT', path, { body });
    expect(result.status).toBe(200);
    expectReleaseResp(result.json<ReleaseResp>());
  });

  it('003 Obtaining a Release List: 200 with a bare array of ReleaseResp', async () => {
    const target = await simulator();
    const result = await call(
      target,
      'GET',
      `/cce/cam/v3/clusters/${DEMO_CLUSTERS.production}/releases`,
    );
    expect(result.status).toBe(200);
    const releases = result.json<ReleaseResp[]>();
    expect(Array.isArray(releases)).toBe(true);
    expect(releases.length).toBeGreaterThan(0);
    releases.forEach(expectReleaseResp);
  });

  it('004 Updating an Add-on Instance: 200 with kind, apiVersion, metadata, spec and status', async () => {
    const target = await simulator();
    const result = await call(target, 'PUT', `/api/v3/addons/${DEMO_ADDONS.productionEverest}`, {
      body: {
        kind: 'Addon',
        apiVersion: 'v3',
        metadata: { annotations: { 'addon.upgrade/type': 'upgrade' } },
        spec: {
          clusterID: DEMO_CLUSTERS.production,
          version: '2.1.30',
          addonTemplateName: 'everest',
          values: {
            basic: {
              bms_url: '*****',
              driver_init_image_version: '2.1.30',
              ecsEndpoint: '*****',
              everest_image_version: '2.1.30',
              evs_url: '*****',
              iam_url: '*****',
              ims_url: '*****',
              obs_url: '*****',
              platform: 'linux-amd64',
              sfs30_url: '*****',
              sfs_turbo_url: '*****',
              sfs_url: '*****',
              supportHcs: false,
              swr_addr: '*****',
              swr_user: 'hwofficial',
              rbac_enabled: true,
              cluster_version: 'v1.23',
            },
            flavor: {
              description: 'High avaiable',
              name: 'HA',
              replicas: 2,
              resources: [
                {
                  limitsCpu: '250m',
                  limitsMem: '2000Mi',
                  name: 'everest-csi-controller',
                  requestsCpu: '250m',
                  requestsMem: '1500Mi',
                },
              ],
              category: ['CCE', 'Turbo'],
            },
            custom: { cluster_id: '*****', over_subscription: '80', project_id: '*****' },
          },
        },
      },
    });
    expect(result.status).toBe(200);
    const addon = result.json<AddonInstance>();
    expect(Object.keys(addon).sort()).toEqual(['apiVersion', 'kind', 'metadata', 'spec', 'status']);
    expect(addon).toMatchObject({
      kind: 'Addon',
      apiVersion: 'v3',
      metadata: { uid: DEMO_ADDONS.productionEverest, name: 'everest', alias: 'everest' },
      spec: {
        clusterID: DEMO_CLUSTERS.production,
        version: '2.1.30',
        addonTemplateName: 'everest',
        addonTemplateType: 'helm',
        addonTemplateLabels: ['Storage'],
      },
      status: {
        status: 'upgrading',
        Reason: 'addon upgrading',
        message: '',
        targetVersions: null,
        isRollbackable: false,
      },
    });
    expect(addon.metadata.creationTimestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(typeof addon.spec.addonTemplateLogo).toBe('string');
    expect(typeof addon.spec.description).toBe('string');
    expect(Object.keys(addon.status.currentVersion).sort()).toEqual([
      'creationTimestamp',
      'input',
      'stable',
      'supportVersions',
      'translate',
      'updateTimestamp',
      'version',
    ]);
    const input = addon.status.currentVersion.input as {
      basic: object;
      parameters: Record<string, unknown>;
    };
    expect(Object.keys(input.parameters).sort()).toEqual([
      'common',
      'custom',
      'flavor1',
      'flavor2',
      'flavor3',
    ]);
  });
});
