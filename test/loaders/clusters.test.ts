import { describe, expect, it } from 'vitest';
import { CceError } from '../../src/cce/errors.ts';
import type { CceClient, Cluster, ClusterFamily } from '../../src/cce/model.ts';
import { createClusterDirectory } from '../../src/loaders/cluster-directory.ts';
import { createClusterLoaders } from '../../src/loaders/clusters.ts';

const SCOPE = 'f'.repeat(64);

function cluster(id: string, family: ClusterFamily): Cluster {
  return { id, family, name: `name-${id}` } as Cluster;
}

/**
 * The cluster calls of a CceClient over `clusters` (which the test may change), recording each
 * call; lists of the families in `failing` answer 503. One directory is shared by every request
 * of one setup, as one server's is.
 */
function setup() {
  const calls: string[] = [];
  const clusters: Record<ClusterFamily, Cluster[]> = {
    CCE: [cluster('c1', 'CCE'), cluster('c2', 'CCE')],
    AUTOPILOT: [cluster('a1', 'AUTOPILOT')],
  };
  const failing = new Set<ClusterFamily>();
  const client = {
    listClusters(family: ClusterFamily) {
      calls.push(`list ${family}`);
      return failing.has(family)
        ? Promise.reject(new CceError('ListClusters', 503, null, 'down', null))
        : Promise.resolve(clusters[family]);
    },
    showCluster(family: ClusterFamily, clusterId: string) {
      calls.push(`show ${family} ${clusterId}`);
      const found = clusters[family].find((each) => each.id === clusterId);
      return found
        ? Promise.resolve(found)
        : Promise.reject(new CceError('ShowCluster', 404, null, 'no such cluster', null));
    },
  } as unknown as CceClient;
  const directory = createClusterDirectory({ ttlMs: 60_000, maxEntries: 100 });
  return {
    calls,
    clusters,
    failing,
    /** The cluster loaders of a new request. */
    request: () => createClusterLoaders(client, {}, directory.forCaller(SCOPE)),
  };
}

describe('cluster loaders with the caller`s directory', () => {
  it('reads both lists for an unknown cluster, and learns every family from them', async () => {
    const { calls, request } = setup();
    const first = request();
    expect(await first.byId('a1')).toMatchObject({ id: 'a1', family: 'AUTOPILOT' });
    expect(await first.familyOf('c2')).toBe('CCE');
    expect(await first.byId('nope')).toBeNull();
    expect(calls.sort()).toEqual(['list AUTOPILOT', 'list CCE']);

    calls.length = 0;
    const second = request();
    expect(await second.familyOf('c1')).toBe('CCE');
    expect(calls).toEqual([]);
    expect(await second.byId('a1')).toMatchObject({ id: 'a1' });
    expect(calls).toEqual(['show AUTOPILOT a1']);
  });

  it('answers several known clusters of one family in one request with that family`s list', async () => {
    const { calls, request } = setup();
    await request().list();
    calls.length = 0;
    const loaders = request();
    const found = await Promise.all(['c1', 'c2', 'a1'].map((id) => loaders.byId(id)));
    expect(found.map((each) => each?.id)).toEqual(['c1', 'c2', 'a1']);
    expect(calls.sort()).toEqual(['list CCE', 'show AUTOPILOT a1']);
  });

  it('keeps a known family`s 404 a miss, without trying the other family', async () => {
    const { calls, clusters, request } = setup();
    await request().list();
    calls.length = 0;
    // c1 was listed, then deleted: its family's ShowCluster answers 404.
    clusters.CCE = [cluster('c2', 'CCE')];
    expect(await request().byId('c1')).toBeNull();
    expect(calls).toEqual(['show CCE c1']);
  });

  it('lets a lookup in a cluster wait for the list this request reads anyway', async () => {
    const { calls, clusters, request } = setup();
    await request().list();
    calls.length = 0;
    const loaders = request();
    const [listed, family] = await Promise.all([loaders.list('CCE'), loaders.familyOf('c2')]);
    expect(listed).toHaveLength(2);
    expect(family).toBe('CCE');
    expect(calls).toEqual(['list CCE']);

    // What the list says wins: a cluster it no longer has has no family in this request.
    clusters.CCE = [cluster('c2', 'CCE')];
    const later = request();
    await later.list('CCE');
    expect(await later.familyOf('c1')).toBeNull();
  });

  it('still gives a known cluster`s family when its list fails in this request', async () => {
    const { failing, request } = setup();
    await request().list();
    failing.add('CCE');
    const loaders = request();
    await expect(loaders.list('CCE')).rejects.toThrow('down');
    expect(await loaders.familyOf('c1')).toBe('CCE');
    // Without the directory the failure is all there is to say about an unknown cluster.
    await expect(loaders.byId('unknown')).rejects.toThrow('down');
  });
});
