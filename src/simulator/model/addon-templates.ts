/**
 * The add-on template catalog CCE offers (`ListAddonTemplates`), each template with several
 * versions. It is part of the cloud, not of a project, so it exists with or without demo data.
 * Everest's install parameters follow the seed page for UpdateAddonInstance.
 */
import type { ClusterFamily } from './cluster.ts';

/** Install parameters: `basic` settings and `parameters` holding `custom` and `flavor1…n`. */
interface VersionInput {
  readonly basic: Readonly<Record<string, unknown>>;
  readonly parameters: { readonly custom: unknown; readonly flavor1: unknown } & Readonly<
    Record<string, unknown>
  >;
}

interface VersionDef {
  readonly version: string;
  /** Regular expressions of the Kubernetes versions this add-on version supports. */
  readonly clusterVersions: readonly string[];
  readonly input: VersionInput;
}

interface TemplateDef {
  readonly name: string;
  readonly alias: string;
  readonly labels: readonly string[];
  readonly description: string;
  readonly require: boolean;
  readonly families: readonly ClusterFamily[];
  /** Oldest first. */
  readonly versions: readonly VersionDef[];
}

/** One version of a template as one family sees it. */
export interface AddonVersion {
  readonly version: string;
  /** The `Versions` wire object, also used as an instance's `status.currentVersion`. */
  readonly wire: Readonly<Record<string, unknown>>;
  /** Instance values as clients send them (`basic`, `flavor`, `custom`), from the defaults. */
  readonly defaultValues: Readonly<Record<string, unknown>>;
  supports(kubernetesVersion: string): boolean;
}

/** A template as one family sees it. */
export interface AddonTemplate {
  readonly name: string;
  readonly alias: string;
  readonly type: 'helm';
  readonly labels: readonly string[];
  readonly description: string;
  readonly logoUrl: string;
  /** Oldest first. */
  readonly versions: readonly AddonVersion[];
  /** The `AddonTemplate` wire object with every version. */
  readonly wire: Readonly<Record<string, unknown>>;
  /** `wire` as JSON, rendered once for unfiltered lists. */
  readonly json: string;
}

const SWR = { swr_addr: 'swr.cn-north-4.myhuaweicloud.com', swr_user: 'hwofficial' };
const RELEASED_AT = '2024-05-12T16:10:05Z';

interface Resources {
  readonly name: string;
  readonly requestsCpu: string;
  readonly limitsCpu: string;
  readonly requestsMem: string;
  readonly limitsMem: string;
}

function flavor(description: string, name: string, replicas: number, resources: Resources[]) {
  return { description, name, replicas, resources };
}

function corednsInput(version: string) {
  const resources = (cpu: string, mem: string): Resources[] => [
    { name: 'coredns', requestsCpu: cpu, limitsCpu: cpu, requestsMem: mem, limitsMem: mem },
  ];
  return {
    basic: { cluster_ip: '10.247.3.10', image_version: version, platform: 'linux-amd64', ...SWR },
    parameters: {
      custom: { stub_domains: {}, upstream_nameservers: [], cache_ttl: 30 },
      flavor1: flavor('2500 queries per second', '2500', 2, resources('500m', '512Mi')),
      flavor2: flavor('5000 queries per second', '5000', 2, resources('1000m', '1024Mi')),
      flavor3: flavor('10000 queries per second', '10000', 2, resources('2000m', '2048Mi')),
    },
  };
}

function everestInput(version: string) {
  const endpoint = (service: string) => `${service}.cn-north-4.myhuaweicloud.com`;
  const resources = (controllerMem: string, controllerLimit: string): Resources[] => [
    {
      name: 'everest-csi-controller',
      requestsCpu: '250m',
      limitsCpu: '250m',
      requestsMem: controllerMem,
      limitsMem: controllerLimit,
    },
    {
      name: 'everest-csi-driver',
      requestsCpu: '100m',
      limitsCpu: '500m',
      requestsMem: '300Mi',
      limitsMem: '300Mi',
    },
  ];
  return {
    basic: {
      bms_url: endpoint('bms'),
      driver_init_image_version: version,
      ecsEndpoint: endpoint('ecs'),
      everest_image_version: version,
      evs_url: endpoint('evs'),
      iam_url: endpoint('iam'),
      ims_url: endpoint('ims'),
      obs_url: endpoint('obs'),
      platform: 'linux-amd64',
      sfs30_url: endpoint('sfs3'),
      sfs_turbo_url: endpoint('sfs-turbo'),
      sfs_url: endpoint('sfs'),
      supportHcs: false,
      ...SWR,
    },
    parameters: {
      common: { defaultVPCId: 1234567 },
      custom: {
        cluster_id: '',
        csi_attacher_detach_worker_threads: '60',
        csi_attacher_worker_threads: '60',
        default_vpc_id: '',
        disable_auto_mount_secret: false,
        enable_node_attacher: false,
        flow_control: {},
        multiAZEnabled: false,
        over_subscription: '80',
        project_id: '',
        volume_attaching_flow_ctrl: '0',
      },
      flavor1: flavor('High avaiable', 'HA', 2, resources('600Mi', '1500Mi')),
      flavor2: flavor('Has only one instance', 'Single', 1, resources('600Mi', '600Mi')),
      flavor3: flavor('custom resources', 'custom-resources', 2, resources('1500Mi', '2000Mi')),
    },
  };
}

/** Install parameters of the simpler add-ons: one image, a custom block and two flavors. */
function componentInput(component: string, custom: Record<string, unknown>) {
  return (version: string) => {
    const resources: Resources[] = [
      {
        name: component,
        requestsCpu: '100m',
        limitsCpu: '500m',
        requestsMem: '200Mi',
        limitsMem: '500Mi',
      },
    ];
    return {
      basic: { image_version: version, platform: 'linux-amd64', ...SWR },
      parameters: {
        custom,
        flavor1: flavor('Has only one instance', 'Single', 1, resources),
        flavor2: flavor('High avaiable', 'HA', 2, resources),
      },
    };
  };
}

/** Three versions, the newer ones supporting newer clusters, as CCE add-ons evolve. */
function threeVersions(
  versions: readonly [string, string, string],
  input: (version: string) => VersionInput,
): VersionDef[] {
  const ranges = ['v1\\.(19|2[0-9]).*', 'v1\\.(2[3-9]|30).*', 'v1\\.(2[5-9]|3[0-1]).*'];
  return versions.map((version, index) => ({
    version,
    clusterVersions: [ranges[index]!],
    input: input(version),
  }));
}

/** A template of the simpler add-ons: optional, three versions of one image with a custom block. */
interface ComponentDef extends Omit<TemplateDef, 'require' | 'versions'> {
  readonly versions: readonly [string, string, string];
  /** The image's component name, where it is not the add-on's name. */
  readonly component?: string;
  readonly custom: Record<string, unknown>;
}

function componentTemplate({
  versions,
  component,
  custom,
  ...template
}: ComponentDef): TemplateDef {
  const input = componentInput(component ?? template.name, custom);
  return { ...template, require: false, versions: threeVersions(versions, input) };
}

const BOTH: readonly ClusterFamily[] = ['CCE', 'AUTOPILOT'];
const CCE_ONLY: readonly ClusterFamily[] = ['CCE'];

const CORE_TEMPLATES: readonly TemplateDef[] = [
  {
    name: 'coredns',
    alias: 'coredns',
    labels: ['ServiceDiscovery'],
    description: 'CoreDNS provides DNS-based service discovery for the cluster.',
    require: true,
    families: BOTH,
    versions: threeVersions(['1.28.7', '1.29.4', '1.30.6'], corednsInput),
  },
  {
    name: 'everest',
    alias: 'everest',
    labels: ['Storage'],
    description: 'Everest is a cloud native container storage system based on CSI.',
    require: true,
    families: CCE_ONLY,
    versions: threeVersions(['2.1.30', '2.3.8', '2.4.2'], everestInput),
  },
];

/** The optional add-ons whose versions run one image each (see componentInput). */
const COMPONENTS: readonly ComponentDef[] = [
  {
    name: 'metrics-server',
    alias: 'metrics-server',
    labels: ['Monitor'],
    description: 'Aggregates resource usage data for HPA and kubectl top.',
    families: BOTH,
    versions: ['1.3.39', '1.3.60', '1.3.68'],
    custom: { metric_resolution: '30s' },
  },
  {
    name: 'autoscaler',
    alias: 'CCE Cluster Autoscaler',
    labels: ['Scheduling'],
    description: 'Scales cluster nodes out and in with the workload.',
    families: CCE_ONLY,
    versions: ['1.28.22', '1.29.17', '1.30.18'],
    custom: { scaleDownEnabled: true, scaleDownDelayAfterAdd: 10 },
  },
  {
    name: 'npd',
    alias: 'CCE Node Problem Detector',
    labels: ['Maintenance'],
    description: 'Detects node faults and reports them as node conditions and events.',
    families: CCE_ONLY,
    versions: ['1.18.46', '1.19.1', '1.19.11'],
    custom: { feature_gates: '', enable_npc: false },
  },
  {
    name: 'kube-prometheus-stack',
    alias: 'Cloud Native Cluster Monitoring',
    labels: ['Monitor'],
    description: 'Prometheus-based monitoring of the cluster and its workloads.',
    families: BOTH,
    versions: ['3.9.5', '3.10.1', '3.11.0'],
    component: 'prometheus',
    custom: { retention: '2d', enable_remote_write: true },
  },
  {
    name: 'log-agent',
    alias: 'Cloud Native Logging',
    labels: ['Monitor'],
    description: 'Collects container logs and Kubernetes events to LTS.',
    families: BOTH,
    versions: ['1.4.0', '1.5.1', '1.6.2'],
    custom: { collect_stdout: true, collect_events: true },
  },
  {
    name: 'nginx-ingress',
    alias: 'NGINX Ingress Controller',
    labels: ['Networking'],
    description: 'Routes HTTP traffic into the cluster through NGINX.',
    families: BOTH,
    versions: ['2.2.82', '2.6.5', '3.0.8'],
    custom: { ingressClass: 'nginx', service: { annotations: {} } },
  },
  {
    name: 'volcano',
    alias: 'Volcano Scheduler',
    labels: ['Scheduling'],
    description: 'Batch scheduling for AI, big data and HPC workloads.',
    families: BOTH,
    versions: ['1.13.3', '1.15.8', '1.16.10'],
    custom: { default_scheduler_conf: { actions: 'allocate, backfill' } },
  },
  {
    name: 'cie-collector',
    alias: 'Cloud Native Monitoring Collector',
    labels: ['Monitor'],
    description: 'Ships cluster metrics to the AOM monitoring service.',
    families: BOTH,
    versions: ['3.0.5', '3.1.2', '3.2.0'],
    custom: { scrape_interval: '15s' },
  },
  {
    name: 'dashboard',
    alias: 'Kubernetes Dashboard',
    labels: ['Maintenance'],
    description: 'The general-purpose Kubernetes web UI.',
    families: BOTH,
    versions: ['2.2.27', '2.2.60', '2.7.0'],
    custom: { token_ttl: 900 },
  },
];

const TEMPLATES: readonly TemplateDef[] = [...CORE_TEMPLATES, ...COMPONENTS.map(componentTemplate)];

function translate(def: TemplateDef) {
  const texts = {
    addon: { changeLog: '', description: def.description },
    description: {
      'Parameters.flavor1.name': 'Flavor 1',
      'Parameters.flavor2.name': 'Flavor 2',
    },
  };
  return { en_US: texts, zh_CN: texts };
}

function versionFor(def: TemplateDef, family: ClusterFamily, version: VersionDef): AddonVersion {
  const patterns = version.clusterVersions.map((pattern) => new RegExp(`^${pattern}$`));
  return {
    version: version.version,
    wire: {
      version: version.version,
      input: version.input,
      stable: true,
      translate: translate(def),
      supportVersions: [
        {
          clusterType: 'VirtualMachine',
          clusterVersion: version.clusterVersions,
          category: family === 'AUTOPILOT' ? ['Autopilot'] : ['CCE', 'Turbo'],
        },
      ],
      creationTimestamp: RELEASED_AT,
      updateTimestamp: RELEASED_AT,
    },
    defaultValues: {
      basic: version.input.basic,
      flavor: version.input.parameters.flavor1,
      custom: version.input.parameters.custom,
    },
    supports: (kubernetesVersion) => patterns.some((pattern) => pattern.test(kubernetesVersion)),
  };
}

function templateFor(def: TemplateDef, family: ClusterFamily): AddonTemplate {
  const versions = def.versions.map((version) => versionFor(def, family, version));
  const logoUrl = `https://cce-addons.obs.cn-north-4.myhuaweicloud.com/${def.name}/${def.name}.svg`;
  const wire = {
    kind: 'Addon',
    apiVersion: 'v3',
    metadata: {
      uid: def.name,
      name: def.name,
      alias: def.alias,
      creationTimestamp: RELEASED_AT,
      updateTimestamp: RELEASED_AT,
    },
    spec: {
      type: 'helm',
      require: def.require,
      labels: def.labels,
      logoURL: logoUrl,
      readmeURL: `https://cce-addons.obs.cn-north-4.myhuaweicloud.com/${def.name}/README.md`,
      description: def.description,
      versions: versions.map((version) => version.wire),
    },
  };
  return {
    name: def.name,
    alias: def.alias,
    type: 'helm',
    labels: def.labels,
    description: def.description,
    logoUrl,
    versions,
    wire,
    json: JSON.stringify(wire),
  };
}

/** The catalog as each family sees it: immutable, built once per simulator. */
export interface AddonCatalog {
  templates(family: ClusterFamily): readonly AddonTemplate[];
  template(family: ClusterFamily, name: string): AddonTemplate | undefined;
}

export function createAddonCatalog(): AddonCatalog {
  const byFamily = new Map<ClusterFamily, AddonTemplate[]>();
  for (const family of ['CCE', 'AUTOPILOT'] as const) {
    byFamily.set(
      family,
      TEMPLATES.filter((def) => def.families.includes(family)).map((def) =>
        templateFor(def, family),
      ),
    );
  }
  return {
    templates: (family) => byFamily.get(family) ?? [],
    template: (family, name) => byFamily.get(family)?.find((template) => template.name === name),
  };
}
