/**
 * deploy/kubernetes/ must describe a gateway that starts and is probed correctly: every manifest
 * parses, the settings it sets are ones the gateway knows and accepts, the container runs the
 * production build's entry on the port those settings name, the probes ask the gateway's own
 * health and readiness paths, labels and selectors agree, and Kubernetes waits longer than the
 * gateway's drain before killing it. (No cluster here: this reads the manifests.)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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
  readinessProbe: Probe;
  livenessProbe: Probe;
  startupProbe: Probe;
}
interface Deployment {
  spec: {
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
  spec: { selector: { matchLabels: Record<string, string> } };
};
const [container] = deployment.spec.template.spec.containers;

/** The setting names .env.example documents. */
const documented = new Set(
  [...readFileSync(new URL('.env.example', ROOT), 'utf8').matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map(
    (match) => match[1],
  ),
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

  it('sets only documented settings, and the gateway accepts them', () => {
    for (const name of [...Object.keys(configMap.data), ...Object.keys(secret.stringData)]) {
      expect(documented, name).toContain(name);
    }
    const config = loadConfig(configMap.data);
    expect(config.cce.upstream.kind).toBe('region');
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
  });

  it('waits longer than the gateway’s drain before killing it', () => {
    const { shutdownDelayMs, shutdownGraceMs } = loadConfig(configMap.data).server;
    expect(shutdownDelayMs).toBeGreaterThan(0);
    expect(deployment.spec.template.spec.terminationGracePeriodSeconds * 1000).toBeGreaterThan(
      shutdownDelayMs + shutdownGraceMs,
    );
  });
});
