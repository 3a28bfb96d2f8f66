/**
 * deploy/kubernetes/ must describe a gateway that starts and is probed correctly: every manifest
 * parses, the settings it sets are ones the gateway knows and accepts, the container runs the
 * production build's entry on the port those settings name, the probes ask the gateway's own
 * health and readiness paths, labels and selectors agree, and Kubernetes waits longer than the
 * gateway's drain before killing it. Every object is valid against the Kubernetes API schemas
 * (kubernetes-models). (No cluster here: this reads the manifests.)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Deployment as DeploymentModel } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Secret, Service } from 'kubernetes-models/v1';
import { parse } from 'yaml';
import rolldownConfig from '../../rolldown.config.ts';
import { loadConfig } from '../../src/config.ts';
import { GRAPHQL_PATH, HEALTH_PATH } from '../../src/server/index.ts';
import { READINESS_PATH } from '../../src/server/readiness.ts';

const ROOT = new URL('../../', import.meta.url);
const DIRECTORY = new URL('deploy/kubernetes/', ROOT);
const read = (file: string) => readFileSync(new URL(file, DIRECTORY), 'utf8');

interface Probe {
  httpGet: { path: string; port: string | number };
}
interface Container {
  command: string[];
  ports: Array<{ name: string; containerPort: number }>;
  env?: Array<{ name: string; value: string }>;
  envFrom: Array<{ configMapRef?: { name: string }; secretRef?: { name: string } }>;
  lifecycle: { preStop: { exec: { command: string[] } } };
  readinessProbe: Probe;
  livenessProbe: Probe;
  startupProbe: Probe;
}
interface Deployment {
  metadata: { name: string };
  spec: {
    replicas?: number;
    selector: { matchLabels: Record<string, string> };
    template: {
      metadata: { labels: Record<string, string> };
      spec: { terminationGracePeriodSeconds: number; containers: Container[] };
    };
  };
}

const manifests = readdirSync(DIRECTORY).filter((file) => file.endsWith('.yaml'));
const configMap = parse(read('configmap.yaml')) as { data: Record<string, string> };
const secret = parse(read('secret.example.yaml')) as { stringData: Record<string, string> };
const deployment = parse(read('deployment.yaml')) as Deployment;
const service = parse(read('service.yaml')) as {
  spec: { selector: Record<string, string>; ports: Array<{ targetPort: string }> };
};
const pdb = parse(read('pdb.yaml')) as {
  spec: { minAvailable: number; selector: { matchLabels: Record<string, string> } };
};
const hpa = parse(read('hpa.yaml')) as {
  spec: {
    scaleTargetRef: { apiVersion: string; kind: string; name: string };
    minReplicas: number;
    maxReplicas: number;
  };
};
interface PolicyPort {
  protocol: string;
  port: string | number;
}
const networkPolicy = parse(read('networkpolicy.yaml')) as {
  spec: {
    podSelector: { matchLabels: Record<string, string> };
    ingress: Array<{ ports: PolicyPort[] }>;
    egress: Array<{ ports: PolicyPort[] }>;
  };
};

/** The Kubernetes API model of each kind the manifests hold: `validate()` checks the schema. */
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': DeploymentModel,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
};
const [container] = deployment.spec.template.spec.containers;

/** The setting names .env.example documents (also those shown commented out, e.g. REDIS_URL). */
const documented = new Set(
  [
    ...readFileSync(new URL('.env.example', ROOT), 'utf8').matchAll(/^(?:# )?([A-Z][A-Z0-9_]*)=/gm),
  ].map((match) => match[1]),
);

describe('deploy/kubernetes', () => {
  it('parses, and the kustomization lists every manifest but the Secret example', () => {
    for (const file of manifests) expect(() => parse(read(file)) as unknown).not.toThrow();
    const { resources } = parse(read('kustomization.yaml')) as { resources: string[] };
    expect(resources.sort()).toEqual(
      manifests
        .filter((file) => file !== 'kustomization.yaml' && file !== 'secret.example.yaml')
        .sort(),
    );
  });

  it('holds only objects valid against the Kubernetes API schemas', () => {
    for (const file of manifests.filter((name) => name !== 'kustomization.yaml')) {
      const object = parse(read(file)) as { apiVersion: string; kind: string };
      const Model = MODELS[`${object.apiVersion}/${object.kind}`];
      expect(Model, `${file}: ${object.apiVersion} ${object.kind}`).toBeDefined();
      expect(() => new Model!(object as never).validate(), file).not.toThrow();
    }
  });

  it('sets only documented settings, and the gateway accepts them', () => {
    for (const name of [...Object.keys(configMap.data), ...Object.keys(secret.stringData)]) {
      expect(documented, name).toContain(name);
    }
    // The Secret's REDIS_URL too (its other values are placeholders the gateway would refuse).
    const config = loadConfig({
      ...configMap.data,
      REDIS_URL: secret.stringData['REDIS_URL'] ?? '',
    });
    expect(config.cce.upstream.kind).toBe('region');
    expect(config.redis.url).toBe(secret.stringData['REDIS_URL']);
    expect(config.server.host).toBe('0.0.0.0');
    // Only Node's own setting is added by the Deployment itself.
    expect(container?.env?.map((variable) => variable.name)).toEqual(['NODE_COMPILE_CACHE']);
  });

  it('runs the production build on the configured port, probed on the gateway’s own paths', () => {
    expect(container?.command).toEqual(['node', 'dist/start.js']);
    expect(Object.keys(rolldownConfig.input as Record<string, string>)).toEqual(['start']);
    expect(existsSync(fileURLToPath(new URL('src/start.ts', ROOT)))).toBe(true);
    expect(readFileSync(new URL('Dockerfile', ROOT), 'utf8')).toContain(
      'CMD ["node", "dist/start.js"]',
    );

    const port = loadConfig(configMap.data).server.port;
    expect(container?.ports).toEqual([{ name: 'http', containerPort: port }]);
    expect(container?.readinessProbe.httpGet).toEqual({ path: READINESS_PATH, port: 'http' });
    expect(container?.livenessProbe.httpGet).toEqual({ path: HEALTH_PATH, port: 'http' });
    expect(container?.startupProbe.httpGet).toEqual({ path: HEALTH_PATH, port: 'http' });
    expect(GRAPHQL_PATH).toBe('/graphql');
    expect(service.spec.ports.map((each) => each.targetPort)).toEqual(['http']);
    expect(container?.envFrom).toEqual([
      { configMapRef: { name: 'cce-gateway' } },
      { secretRef: { name: 'cce-gateway', optional: true } },
    ]);
  });

  it('selects its own pods everywhere', () => {
    const labels = deployment.spec.template.metadata.labels;
    expect(deployment.spec.selector.matchLabels).toEqual(labels);
    expect(service.spec.selector).toEqual(labels);
    expect(pdb.spec.selector.matchLabels).toEqual(labels);
    expect(networkPolicy.spec.podSelector.matchLabels).toEqual(labels);
    expect(hpa.spec.scaleTargetRef).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: deployment.metadata.name,
    });
  });

  it('runs several replicas, scaled by the autoscaler alone, with one kept through disruptions', () => {
    expect(deployment.spec.replicas).toBeUndefined();
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas);
    expect(pdb.spec.minAvailable).toBeLessThan(hpa.spec.minReplicas);
  });

  it('lets in the gateway’s port, and out DNS, CCE over HTTPS and the Redis of REDIS_URL', () => {
    expect(networkPolicy.spec.ingress).toEqual([{ ports: [{ protocol: 'TCP', port: 'http' }] }]);
    const out = networkPolicy.spec.egress.flatMap((rule) => rule.ports);
    const redisPort = Number(new URL(secret.stringData['REDIS_URL'] ?? '').port || 6379);
    for (const port of [53, 443, redisPort]) {
      expect(out).toContainEqual({ protocol: 'TCP', port });
    }
    expect(out).toContainEqual({ protocol: 'UDP', port: 53 });
  });

  it('waits longer than the preStop pause and the gateway’s drain before killing it', () => {
    const { shutdownDelayMs, shutdownGraceMs } = loadConfig(configMap.data).server;
    expect(shutdownDelayMs).toBeGreaterThan(0);
    const [sleep, seconds] = container?.lifecycle.preStop.exec.command ?? [];
    expect(sleep).toBe('sleep');
    expect(deployment.spec.template.spec.terminationGracePeriodSeconds * 1000).toBeGreaterThan(
      Number(seconds) * 1000 + shutdownDelayMs + shutdownGraceMs,
    );
  });
});
