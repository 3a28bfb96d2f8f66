/**
 * One list item CCE sends that the gateway cannot read costs only itself: it is left out with an
 * UPSTREAM_BAD_RESPONSE error naming it, and the other items and clusters are answered. A proxy on
 * loopback between the gateway and the simulator spoils one release of one cluster's list.
 * Before: a release `version` beyond GraphQL's Int failed the whole releases connection (and
 * whatever non-null field held it).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DEMO_CLUSTERS } from '../../src/simulator/demo-data.ts';
import { useStack } from './harness.ts';

const SPOILED_CLUSTER = DEMO_CLUSTERS.production;

/** Forwards to the simulator; the first release of SPOILED_CLUSTER's list gets version 2^40. */
async function spoilingProxy(simulatorUrl: string) {
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      void (async () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(request.headers)) {
          if (typeof value === 'string' && name !== 'host' && name !== 'content-length') {
            headers.set(name, value);
          }
        }
        const upstream = await fetch(`${simulatorUrl}${request.url ?? ''}`, {
          method: request.method ?? 'GET',
          headers,
          ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
        });
        let body = await upstream.text();
        const path = new URL(request.url ?? '/', 'http://x').pathname;
        if (request.method === 'GET' && path.endsWith(`/clusters/${SPOILED_CLUSTER}/releases`)) {
          const releases = JSON.parse(body) as Array<Record<string, unknown>>;
          if (releases[0]) releases[0]['version'] = 2 ** 40;
          body = JSON.stringify(releases);
        }
        response.writeHead(upstream.status, {
          'content-type': upstream.headers.get('content-type') ?? 'application/json',
        });
        response.end(body);
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('a list item CCE sends that cannot be read', () => {
  const env = useStack({ upstream: spoilingProxy });

  it('is left out with an error naming it; the other items and clusters are answered', async () => {
    const answer = await env.client.raw<{
      clusters: Array<{ uid: string; releases: { nodes: Array<{ name: string }> } | null }>;
    }>('{ clusters { uid releases { nodes { name revision } } } }');
    const byCluster = new Map(answer.data.clusters.map((cluster) => [cluster.uid, cluster]));
    expect(byCluster.size).toBe(3);
    for (const cluster of answer.data.clusters) expect(cluster.releases).not.toBeNull();
    // The demo production cluster has two releases: one is left out.
    expect(byCluster.get(SPOILED_CLUSTER)?.releases?.nodes).toHaveLength(1);
    expect(byCluster.get(DEMO_CLUSTERS.development)?.releases?.nodes).toHaveLength(2);
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors[0]?.extensions?.['code']).toBe('UPSTREAM_BAD_RESPONSE');
    expect(answer.errors[0]?.message).toContain(`release list of cluster ${SPOILED_CLUSTER}`);
    expect(answer.errors[0]?.message).toContain('release.version is not a revision number');
  });
});
