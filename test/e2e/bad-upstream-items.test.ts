/**
 * One list item CCE sends that the gateway cannot read costs only itself: it is left out with an
 * UPSTREAM_BAD_RESPONSE error naming it, and the other items and clusters are answered. A proxy on
 * loopback between the gateway and the simulator spoils one release of one cluster's list.
 * Before: a release `version` beyond GraphQL's Int failed the whole releases connection (and
 * whatever non-null field held it).
 */
import { describe, expect, it } from 'vitest';
import { DEMO_CLUSTERS } from '../../src/simulator/demo-data.ts';
import { forwardingProxy } from '../support/proxy.ts';
import { useStack } from './harness.ts';

const SPOILED_CLUSTER = DEMO_CLUSTERS.production;

/** Forwards to the simulator; the first release of SPOILED_CLUSTER's list gets version 2^40. */
const spoilingProxy = forwardingProxy((call, body) => {
  const path = new URL(call.url, 'http://x').pathname;
  if (call.method !== 'GET' || !path.endsWith(`/clusters/${SPOILED_CLUSTER}/releases`)) return body;
  const releases = JSON.parse(body) as Array<Record<string, unknown>>;
  if (releases[0]) releases[0]['version'] = 2 ** 40;
  return JSON.stringify(releases);
});

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
