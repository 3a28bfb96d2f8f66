import { describe, expect, it } from 'vitest';
import {
  parseAddon,
  parseAddonCheckTaskList,
  parseAddonList,
  parseAddonPrecheckStarted,
  parseAddonTemplateList,
  parseChart,
  parseChartList,
  parseChartValues,
  parseCluster,
  parseClusterList,
  parseDeletedAddon,
  parseDeletedRelease,
  parseErrorBody,
  parseRelease,
  parseReleaseList,
  WireShapeError,
} from '../../src/cce/parse.ts';
import type {
  WireAddonInstance,
  WireAddonTemplate,
  WireChart,
  WireCluster,
  WireList,
  WireRelease,
} from '../../src/cce/wire.ts';

/** Shaped like the OTCDOC `creating_a_release.rst` answer. */
const wireRelease: WireRelease = {
  chart_name: 'magento-mysql',
  chart_public: false,
  chart_version: '1.0.0',
  cluster_id: 'c1',
  cluster_name: 'prod',
  create_at: '2023-11-14T20:30:57+08:00',
  description: '',
  name: 'nino21',
  namespace: 'project01',
  parameters: '',
  status: 'PENDING_INSTALL',
  status_description: 'Initial install underway',
  update_at: '2023-11-14T20:30:57+08:00',
  values: '{"imageTag":"v2","imagePullPolicy":"IfNotPresent"}',
  version: 1,
};

const wireChart: WireChart = {
  id: '3c138b72-0c2d-4f4a-a1d5-2a0c47c37cd4',
  name: 'magento-mysql',
  values: '{"basic":{"replicas":1}}',
  translate: '',
  instruction: 'MySQL for Magento',
  version: '1.0.0',
  description: 'A chart',
  source: 'package',
  icon_url: '',
  public: false,
  chart_url: 'magento-mysql-1.0.0.tgz',
  create_at: '2021-08-20T08:00:29Z',
  update_at: '2021-08-20T08:00:29Z',
};

const wireVersion = {
  version: '1.25.1',
  input: { basic: { swr_addr: 'x' } },
  stable: true,
  translate: { en_US: { description: 'DNS' } },
  supportVersions: [
    { clusterType: 'VirtualMachine', clusterVersion: ['v1.2[5-9].*'], category: ['CCE'] },
  ],
  creationTimestamp: '2022-03-22T02:06:41Z',
  updateTimestamp: '2022-03-22T02:06:41Z',
};

/** Shaped like the HWDOC-REPO `创建AddonInstance.md` answer. */
const wireAddon: WireAddonInstance = {
  kind: 'Addon',
  apiVersion: 'v3',
  metadata: {
    uid: 'a1b2c3',
    name: 'coredns',
    alias: 'CoreDNS',
    creationTimestamp: '2022-03-22T02:06:41Z',
    updateTimestamp: '2022-03-22T02:07:41Z',
  },
  spec: {
    clusterID: 'c1',
    version: '1.25.1',
    addonTemplateName: 'coredns',
    addonTemplateType: 'helm',
    addonTemplateLogo: 'https://example.test/logo.svg',
    addonTemplateLabels: ['ServiceDiscovery'],
    description: 'DNS server',
    values: { basic: { cluster_ip: '10.247.3.10' }, flavor: { replicas: 2 } },
  },
  status: {
    status: 'installing',
    Reason: '',
    message: '',
    targetVersions: null,
    currentVersion: wireVersion,
    isRollbackable: false,
  },
};

const wireTemplate: WireAddonTemplate = {
  kind: 'Addon',
  apiVersion: 'v3',
  metadata: { uid: 'coredns', name: 'coredns', alias: 'CoreDNS' },
  spec: {
    type: 'helm',
    require: true,
    labels: ['ServiceDiscovery'],
    logoURL: 'https://example.test/logo.svg',
    readmeURL: 'https://example.test/readme.md',
    description: 'DNS server',
    versions: [wireVersion],
  },
};

const wireCluster: WireCluster = {
  kind: 'Cluster',
  apiVersion: 'v3',
  metadata: {
    name: 'prod',
    uid: 'c1',
    alias: 'Production',
    creationTimestamp: '2018-08-02 03:48:58.968214406 +0000 UTC',
    updateTimestamp: '2018-08-02 04:05:29.386391813 +0000 UTC',
  },
  spec: {
    category: 'CCE',
    type: 'VirtualMachine',
    flavor: 'cce.s1.small',
    version: 'v1.28.3-r0',
    description: 'main',
  },
  status: {
    phase: 'Available',
    endpoints: [{ url: 'https://192.168.0.11:5443', type: 'Internal' }, { type: 'External' }],
  },
};

describe('release parsing', () => {
  it('maps every field, keeping values as JSON text', () => {
    expect(parseRelease(wireRelease, 'c1')).toEqual({
      clusterId: 'c1',
      namespace: 'project01',
      name: 'nino21',
      clusterName: 'prod',
      chartName: 'magento-mysql',
      chartVersion: '1.0.0',
      chartPublic: false,
      revision: 1,
      status: 'PENDING_INSTALL',
      statusDescription: 'Initial install underway',
      description: null,
      valuesJson: '{"imageTag":"v2","imagePullPolicy":"IfNotPresent"}',
      parametersJson: '',
      createdAt: '2023-11-14T20:30:57+08:00',
      updatedAt: '2023-11-14T20:30:57+08:00',
    });
  });

  it('defaults what the SDK marks optional, tolerates object values, maps unknown statuses', () => {
    const release = parseRelease(
      { name: 'r', namespace: 'ns', status: 'SUPERSEDED', values: { a: 1 } },
      'c9',
    );
    expect(release).toMatchObject({
      clusterId: 'c9',
      revision: 0,
      status: 'UNKNOWN',
      valuesJson: '{"a":1}',
      parametersJson: '',
      chartPublic: null,
    });
    expect(parseRelease({ name: 'r', namespace: 'ns' }, 'c').valuesJson).toBe('{}');
  });

  it('rejects answers without identity or of the wrong shape', () => {
    expect(() => parseRelease({ namespace: 'ns' }, 'c')).toThrow(WireShapeError);
    expect(() => parseRelease({ name: '', namespace: 'ns' }, 'c')).toThrow(/release.name/);
    expect(() => parseRelease([], 'c')).toThrow(/not a JSON object/);
    expect(() => parseReleaseList({ items: [] }, 'c')).toThrow(/release list is not a JSON array/);
  });

  it('parses lists (bare arrays) and the delete variants', () => {
    expect(parseReleaseList([wireRelease, wireRelease], 'c1')).toHaveLength(2);
    expect(parseReleaseList([], 'c1')).toEqual([]);
    expect(parseDeletedRelease(wireRelease, 'c1')?.name).toBe('nino21');
    expect(parseDeletedRelease(null, 'c1')).toBeNull();
    expect(parseDeletedRelease('success', 'c1')).toBeNull();
    expect(parseDeletedRelease({}, 'c1')).toBeNull();
  });
});

describe('chart parsing', () => {
  it('maps every field', () => {
    expect(parseChart(wireChart)).toEqual({
      id: '3c138b72-0c2d-4f4a-a1d5-2a0c47c37cd4',
      name: 'magento-mysql',
      version: '1.0.0',
      description: 'A chart',
      source: 'package',
      instruction: 'MySQL for Magento',
      iconUrl: null,
      public: false,
      chartUrl: 'magento-mysql-1.0.0.tgz',
      valuesJson: '{"basic":{"replicas":1}}',
      createdAt: '2021-08-20T08:00:29Z',
      updatedAt: '2021-08-20T08:00:29Z',
    });
    expect(parseChartList([wireChart])).toHaveLength(1);
    expect(() => parseChart({ name: 'x' })).toThrow(/chart.id/);
  });

  it('returns chart values as an object', () => {
    expect(parseChartValues({ values: { basic: { replicas: 1 } } })).toEqual({
      basic: { replicas: 1 },
    });
    expect(parseChartValues({})).toEqual({});
    expect(() => parseChartValues({ values: 'replicas: 1' })).toThrow(WireShapeError);
  });
});

describe('add-on parsing', () => {
  it('maps every field, Reason with a capital R, null targetVersions', () => {
    expect(parseAddon(wireAddon)).toEqual({
      id: 'a1b2c3',
      name: 'coredns',
      alias: 'CoreDNS',
      clusterId: 'c1',
      templateName: 'coredns',
      templateType: 'helm',
      templateLogo: 'https://example.test/logo.svg',
      templateLabels: ['ServiceDiscovery'],
      version: '1.25.1',
      description: 'DNS server',
      values: { basic: { cluster_ip: '10.247.3.10' }, flavor: { replicas: 2 } },
      status: 'installing',
      reason: null,
      message: null,
      targetVersions: [],
      currentVersion: {
        version: '1.25.1',
        stable: true,
        input: { basic: { swr_addr: 'x' } },
        translate: { en_US: { description: 'DNS' } },
        supportVersions: [
          { clusterType: 'VirtualMachine', clusterVersions: ['v1.2[5-9].*'], categories: ['CCE'] },
        ],
        createdAt: '2022-03-22T02:06:41Z',
        updatedAt: '2022-03-22T02:06:41Z',
      },
      isRollbackable: false,
      previousVersion: null,
      createdAt: '2022-03-22T02:06:41Z',
      updatedAt: '2022-03-22T02:07:41Z',
    });
    const failed = parseAddon({
      ...wireAddon,
      status: { status: 'installFailed', Reason: 'image pull failed', message: 'timeout' },
    });
    expect(failed).toMatchObject({
      status: 'installFailed',
      reason: 'image pull failed',
      message: 'timeout',
      currentVersion: null,
    });
  });

  it('falls back to the cluster asked about, and rejects add-ons without identity', () => {
    const spec = { ...wireAddon.spec };
    delete spec.clusterID;
    expect(parseAddon({ ...wireAddon, spec }, 'c7').clusterId).toBe('c7');
    expect(() => parseAddon({ ...wireAddon, spec })).toThrow(/spec.clusterID/);
    expect(() => parseAddon({ ...wireAddon, metadata: {} })).toThrow(/metadata.uid/);
    expect(() => parseAddon({ metadata: { uid: 'x' } })).toThrow(/add-on.spec/);
  });

  it('parses the list envelope and the delete variants', () => {
    const list: WireList<WireAddonInstance> = {
      kind: 'Addon',
      apiVersion: 'v3',
      items: [wireAddon],
    };
    expect(parseAddonList(list, 'c1').map((addon) => addon.id)).toEqual(['a1b2c3']);
    expect(parseAddonList({ kind: 'Addon', apiVersion: 'v3' }, 'c1')).toEqual([]);
    expect(() => parseAddonList([wireAddon], 'c1')).toThrow(/add-on list is not a JSON object/);
    expect(parseDeletedAddon(null, 'c1')).toBeNull();
    expect(parseDeletedAddon('success', 'c1')).toBeNull();
    expect(parseDeletedAddon(wireAddon, 'c1')?.id).toBe('a1b2c3');
  });
});

describe('add-on template parsing', () => {
  it('maps templates and their versions', () => {
    const [template] = parseAddonTemplateList({
      kind: 'Addon',
      apiVersion: 'v3',
      items: [wireTemplate],
    });
    expect(template).toMatchObject({
      name: 'coredns',
      alias: 'CoreDNS',
      type: 'helm',
      required: true,
      labels: ['ServiceDiscovery'],
      logoUrl: 'https://example.test/logo.svg',
      readmeUrl: 'https://example.test/readme.md',
      description: 'DNS server',
    });
    expect(template?.versions.map((version) => version.version)).toEqual(['1.25.1']);
    // A template that cannot be read is left out of its list and reported.
    const problems: string[] = [];
    expect(
      parseAddonTemplateList(
        { items: [{ ...wireTemplate, spec: { versions: [{}] } }] },
        (problem) => problems.push(problem),
      ),
    ).toEqual([]);
    expect(problems).toEqual([expect.stringMatching(/versions\[\]\.version/)]);
  });
});

describe('cluster parsing', () => {
  it('reads the detail=true node figures and installed add-ons from the annotations', () => {
    const annotated = (annotations: Record<string, string>) =>
      parseCluster({ ...wireCluster, metadata: { ...wireCluster.metadata, annotations } }, 'CCE');
    expect(
      annotated({
        totalNodesNumber: '3',
        activeNodesNumber: '2',
        totalNodesCPU: '12000m',
        totalNodesMemory: '48Gi',
        installedAddonInstances:
          '[{"addonTemplateName":"coredns"},{"addonTemplateName":"everest"}]',
      }),
    ).toMatchObject({
      nodes: { total: 3, active: 2, cpu: 12, memoryGiB: 48 },
      installedAddonCount: 2,
    });
    // A memory figure without unit is GiB; unreadable figures are null, not errors.
    expect(
      annotated({ totalNodesNumber: '1', totalNodesCPU: 'lots', totalNodesMemory: '16' }),
    ).toMatchObject({
      nodes: { total: 1, active: 1, cpu: null, memoryGiB: 16 },
      installedAddonCount: null,
    });
    expect(annotated({ installedAddonInstances: 'not json' })).toMatchObject({
      nodes: null,
      installedAddonCount: null,
    });
  });

  it('maps clusters and tags them with the family they were listed from', () => {
    expect(parseCluster(wireCluster, 'CCE')).toEqual({
      id: 'c1',
      name: 'prod',
      alias: 'Production',
      family: 'CCE',
      phase: 'Available',
      kubernetesVersion: 'v1.28.3-r0',
      flavor: 'cce.s1.small',
      category: 'CCE',
      description: 'main',
      endpoints: [{ url: 'https://192.168.0.11:5443', type: 'Internal' }],
      nodes: null,
      installedAddonCount: null,
      createdAt: '2018-08-02 03:48:58.968214406 +0000 UTC',
      updatedAt: '2018-08-02 04:05:29.386391813 +0000 UTC',
    });
    const [autopilot] = parseClusterList({ kind: 'Cluster', items: [wireCluster] }, 'AUTOPILOT');
    expect(autopilot?.family).toBe('AUTOPILOT');
    expect(() => parseCluster({ spec: {} }, 'CCE')).toThrow(/cluster.metadata/);
  });
});

describe('add-on precheck parsing', () => {
  const task = {
    metadata: {
      type: 'addonUpgrade',
      taskID: 't-1',
      addonTemplateName: 'coredns',
      addonInstanceID: 'a-1',
      createTimeStamp: '2025-01-01T00:00:00Z',
    },
    spec: { addonTargetVersion: '1.30.6' },
    status: {
      status: 'Failed',
      message: '2 risks',
      riskList: [
        { riskName: 'A', level: 'Warning', status: 'Failed', message: 'a' },
        { riskName: 'B', level: 'Critical', status: 'Failed' },
        { level: 'Fatal', status: 'Done' },
      ],
    },
  };

  it('reads a task, its risks and their levels; an unknown level is FATAL, an unknown state UNKNOWN', () => {
    const [parsed] = parseAddonCheckTaskList({ kind: 'AddonCheck', items: [task] });
    expect(parsed).toMatchObject({
      taskId: 't-1',
      addonId: 'a-1',
      targetVersion: '1.30.6',
      state: 'FAILED',
      expiresAt: null,
    });
    expect(parsed?.risks.map(({ name, level, state }) => [name, level, state])).toEqual([
      ['A', 'WARNING', 'FAILED'],
      ['B', 'FATAL', 'FAILED'],
      ['unnamed risk', 'FATAL', 'UNKNOWN'],
    ]);
  });

  it('leaves out a task without id, and reads a missing list as empty', () => {
    const problems: string[] = [];
    const withoutMetadata = { ...task, metadata: undefined };
    expect(
      parseAddonCheckTaskList({ items: [withoutMetadata, task] }, (problem) =>
        problems.push(problem),
      ).map((each) => each.taskId),
    ).toEqual(['t-1']);
    expect(problems).toEqual([expect.stringMatching(/taskID/)]);
    expect(parseAddonCheckTaskList({ kind: 'AddonCheck' })).toEqual([]);
  });

  it("reads the precheck's answer: phase, the tasks it names and its items' configuration risks", () => {
    const started = parseAddonPrecheckStarted({
      status: {
        phase: 'Running',
        items: [task],
        itemsStatus: [
          {
            name: 'ConfigurationChanged',
            level: 'Info',
            phase: 'Failed',
            riskSource: { configurationRisks: [{ field: 'x', originalValue: '', value: '1' }] },
          },
        ],
      },
    });
    expect(started.phase).toBe('RUNNING');
    expect(started.tasks.map((each) => each.taskId)).toEqual(['t-1']);
    expect(started.items).toEqual([
      {
        name: 'ConfigurationChanged',
        level: 'INFO',
        state: 'FAILED',
        message: null,
        configurationRisks: [
          {
            package: null,
            sourceFile: null,
            nodeMessage: null,
            field: 'x',
            operation: null,
            originalValue: '',
            value: '1',
          },
        ],
      },
    ]);
    expect(parseAddonPrecheckStarted({})).toEqual({ phase: 'UNKNOWN', tasks: [], items: [] });
    expect(() => parseAddonPrecheckStarted('success')).toThrow(WireShapeError);
  });
});

describe('error body parsing', () => {
  it('reads every casing CCE and its gateway use', () => {
    expect(
      parseErrorBody('{"errorCode":"CCE.01404001","errorMessage":"Resource not found."}'),
    ).toEqual({ code: 'CCE.01404001', message: 'Resource not found.', requestId: null });
    expect(
      parseErrorBody(
        '{"error_code":"APIG.0308","error_msg":"The throttling threshold has been reached","request_id":"r-1"}',
      ),
    ).toEqual({
      code: 'APIG.0308',
      message: 'The throttling threshold has been reached',
      requestId: 'r-1',
    });
    expect(parseErrorBody('{"error":{"code":"IAM.0001","message":"denied"}}')).toEqual({
      code: 'IAM.0001',
      message: 'denied',
      requestId: null,
    });
  });

  it('yields nulls for bodies that are not a JSON object', () => {
    const none = { code: null, message: null, requestId: null };
    expect(parseErrorBody('<html>502 Bad Gateway</html>')).toEqual(none);
    expect(parseErrorBody('')).toEqual(none);
    expect(parseErrorBody('{"error_code": "trunc')).toEqual(none);
    expect(parseErrorBody('["x"]')).toEqual(none);
    expect(parseErrorBody('{"error_code": 42}')).toEqual(none);
  });
});

describe('lists with an item that cannot be read', () => {
  it('leave that item out, report it by index and name, and keep the others', () => {
    const problems: string[] = [];
    const releases = parseReleaseList(
      [
        { name: 'web', namespace: 'default', version: 2 },
        { name: 'huge', namespace: 'default', version: 2 ** 40 },
        { namespace: 'default' },
        { name: 'db', namespace: 'default', version: 1.5 },
        { name: 'api', namespace: 'apps' },
      ],
      'c1',
      (problem) => problems.push(problem),
    );
    expect(releases.map((release) => [release.name, release.revision])).toEqual([
      ['web', 2],
      ['api', 0],
    ]);
    expect(problems).toEqual([
      'release list of cluster c1: item 1 "huge": release.version is not a revision number (got 1099511627776)',
      'release list of cluster c1: item 2: release.name is missing or not a non-empty string',
      'release list of cluster c1: item 3 "db": release.version is not a revision number (got 1.5)',
    ]);
  });
});
