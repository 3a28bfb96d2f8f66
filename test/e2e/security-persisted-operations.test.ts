/**
 * Trusted documents (PERSISTED_OPERATIONS_FILE) against the live gateway: listed operations run by
 * id, anything else is refused before it reaches CCE.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_CLUSTERS, DEMO_TOKEN } from '../../src/simulator/demo-data.ts';
import type { Stack } from '../support/stack.ts';
import { useStack } from './harness.ts';

const CLUSTER_NAMES = 'query ClusterNames { clusters { id name } }';
const CLUSTER_BY_ID = 'query Cluster($id: ID!) { cluster(id: $id) { name } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

async function send(stack: Stack, body: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      'X-Auth-Token': DEMO_TOKEN,
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
}

const persisted = (id: string, extra: Record<string, unknown> = {}) => ({
  extensions: { persistedQuery: { version: 1, sha256Hash: id } },
  ...extra,
});

/** The allow-list of this file's gateway: one entry keyed by its SHA-256, one by a chosen id. */
function writeOperationsFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cce-gateway-')), 'operations.json');
  const operations = { [sha256(CLUSTER_NAMES)]: CLUSTER_NAMES, 'cluster-by-id': CLUSTER_BY_ID };
  writeFileSync(file, JSON.stringify(operations));
  return file;
}

describe('trusted documents', () => {
  const run = useStack({
    gateway: { security: { persistedOperationsFile: writeOperationsFile() } },
  });

  beforeEach(() => {
    run.stack.simulator.resetStats();
  });

  it('runs a listed operation by its SHA-256 (in either case)', async () => {
    const result = await send(run.stack, persisted(sha256(CLUSTER_NAMES)));
    expect(result.errors).toBeUndefined();
    expect((result.data?.['clusters'] as unknown[]).length).toBeGreaterThan(0);
    const upper = await send(run.stack, persisted(sha256(CLUSTER_NAMES).toUpperCase()));
    expect(upper.data).toEqual(result.data);
  });

  it('runs a listed operation by its id, with variables', async () => {
    const result = await send(
      run.stack,
      persisted('cluster-by-id', { variables: { id: DEMO_CLUSTERS.production } }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.['cluster']).toEqual({ name: expect.any(String) as unknown });
  });

  it('refuses an operation sent as text, even one that is listed (PERSISTED_QUERY_ID_REQUIRED)', async () => {
    for (const query of [CLUSTER_NAMES, '{ clusters { id name kubernetesVersion } }']) {
      const result = await send(run.stack, { query });
      expect(result.status).toBe(400);
      expect(result.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_ID_REQUIRED');
    }
    expect(run.stack.simulator.stats().total).toBe(0);
  });

  it('refuses an id that is not listed (PERSISTED_QUERY_NOT_IN_LIST)', async () => {
    const result = await send(run.stack, persisted(sha256('{ clusters { id } }')));
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    expect(run.stack.simulator.stats().total).toBe(0);
  });

  it('refuses a request with neither text nor id', async () => {
    const result = await send(run.stack, { variables: {} });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_ID_REQUIRED');
    expect(run.stack.simulator.stats().total).toBe(0);
  });
});

/** An Apollo persisted-query manifest (`generate-persisted-query-manifest`'s format). */
function apolloManifest(operations: Array<{ name: string; body: string; id?: string }>): string {
  return JSON.stringify({
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: operations.map(({ name, body, id }) => ({
      id: id ?? sha256(body),
      name,
      type: 'query',
      body,
    })),
  });
}

describe('trusted documents from an Apollo manifest, reloaded without a restart', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'cce-gateway-')), 'manifest.json');
  writeFileSync(file, apolloManifest([{ name: 'ClusterNames', body: CLUSTER_NAMES }]));
  const run = useStack({ gateway: { security: { persistedOperationsFile: file } } });

  it('runs a manifest operation by its hash, bare or sha256:-prefixed, as Apollo or documentId', async () => {
    for (const body of [
      persisted(sha256(CLUSTER_NAMES)),
      persisted(`sha256:${sha256(CLUSTER_NAMES)}`),
      { documentId: `sha256:${sha256(CLUSTER_NAMES)}` },
    ]) {
      const result = await send(run.stack, body);
      expect(result.errors).toBeUndefined();
      expect(result.data?.['clusters']).toEqual(
        expect.arrayContaining([expect.objectContaining({ name: expect.any(String) as unknown })]),
      );
    }
  });

  it('reads the file again on reload; a bad file keeps the list in force', async () => {
    const byId = persisted(sha256(CLUSTER_BY_ID), { variables: { id: DEMO_CLUSTERS.production } });
    expect((await send(run.stack, byId)).errors?.[0]?.extensions?.['code']).toBe(
      'PERSISTED_QUERY_NOT_IN_LIST',
    );
    writeFileSync(
      file,
      apolloManifest([
        { name: 'ClusterNames', body: CLUSTER_NAMES },
        { name: 'Cluster', body: CLUSTER_BY_ID, id: `sha256:${sha256(CLUSTER_BY_ID)}` },
      ]),
    );
    expect(run.stack.gateway.reloadTrustedDocuments()).toBe(2);
    expect((await send(run.stack, byId)).errors).toBeUndefined();

    writeFileSync(file, apolloManifest([{ name: 'Broken', body: '{ clusterz { id } }' }]));
    expect(() => run.stack.gateway.reloadTrustedDocuments()).toThrow(/clusterz/);
    expect((await send(run.stack, byId)).errors).toBeUndefined();
  });
});
