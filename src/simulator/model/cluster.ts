/** Clusters: the simulator's record and its CCE wire form (`Cluster` / `AutopilotCluster`). */
import { clusterTimestamp } from '../time.ts';

/** The two CCE API families; a cluster's releases and add-ons live on its family's paths. */
export type ClusterFamily = 'CCE' | 'AUTOPILOT';

export interface ClusterSpec {
  readonly id: string;
  readonly projectId: string;
  readonly family: ClusterFamily;
  readonly name: string;
  readonly description: string;
  /** Kubernetes version as CCE spells it, e.g. `v1.29`. */
  readonly kubernetesVersion: string;
  readonly flavor: string;
  readonly phase: string;
  readonly createdAt: Date;
  /** Node figures reported by `detail=true`; Autopilot clusters are serverless and report zeros. */
  readonly nodes: { readonly total: number; readonly cpu: number; readonly memoryGi: number };
}

export interface ClusterRecord extends ClusterSpec {
  /** The wire JSON without `detail` annotations, rendered once: cluster data never changes. */
  readonly json: string;
}

/** Stable fake network ids derived from the cluster id, so every cluster looks complete. */
function networkIds(id: string) {
  const tail = id.slice(-12);
  return {
    vpc: `7f3a0000-0000-4000-8000-${tail}`,
    subnet: `5b1e0000-0000-4000-8000-${tail}`,
    securityGroup: `5ec90000-0000-4000-8000-${tail}`,
  };
}

/** The container network model: Autopilot pods get ENIs, the demo CCE clusters use VPC routing. */
export function containerNetworkMode(family: ClusterFamily): 'eni' | 'vpc-router' {
  return family === 'AUTOPILOT' ? 'eni' : 'vpc-router';
}

export function clusterWire(spec: ClusterSpec, annotations?: Record<string, string>): object {
  const autopilot = spec.family === 'AUTOPILOT';
  const network = networkIds(spec.id);
  const timestamp = clusterTimestamp(spec.createdAt);
  return {
    kind: 'Cluster',
    apiVersion: 'v3',
    metadata: {
      name: spec.name,
      uid: spec.id,
      alias: spec.name,
      creationTimestamp: timestamp,
      updateTimestamp: timestamp,
      ...(annotations === undefined ? {} : { annotations }),
    },
    spec: {
      category: autopilot ? 'Turbo' : 'CCE',
      type: 'VirtualMachine',
      flavor: spec.flavor,
      version: spec.kubernetesVersion,
      platformVersion: `cce.${spec.kubernetesVersion.slice(1)}.0`,
      description: spec.description,
      hostNetwork: {
        vpc: network.vpc,
        subnet: network.subnet,
        SecurityGroup: network.securityGroup,
      },
      containerNetwork: {
        mode: containerNetworkMode(spec.family),
        ...(autopilot ? {} : { cidr: '172.16.0.0/16' }),
      },
      eniNetwork: { subnets: autopilot ? [{ subnetID: network.subnet }] : [] },
      authentication: { mode: 'rbac', authenticatingProxy: {} },
      billingMode: 0,
      kubernetesSvcIpRange: '10.247.0.0/16',
      kubeProxyMode: autopilot ? 'iptables' : 'ipvs',
      enableAutopilot: autopilot,
      deletionProtection: false,
    },
    status: {
      phase: spec.phase,
      endpoints: [{ url: 'https://192.168.0.11:5443', type: 'Internal' }],
    },
  };
}

export function createClusterRecord(spec: ClusterSpec): ClusterRecord {
  return { ...spec, json: JSON.stringify(clusterWire(spec)) };
}
