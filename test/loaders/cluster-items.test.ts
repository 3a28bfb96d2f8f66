import { describe, expect, it } from 'vitest';
import { CceError, nullWhenNotFound } from '../../src/cce/errors.ts';
import type { ClusterRef } from '../../src/cce/model.ts';
import { createClusterListLoader, createItemLoader } from '../../src/loaders/cluster-items.ts';

interface Item {
  clusterId: string;
  id: string;
}

const CCE_CLUSTER: ClusterRef = { id: 'c1', family: 'CCE' };
const AUTOPILOT_CLUSTER: ClusterRef = { id: 'c2', family: 'AUTOPILOT' };
const DATA: Record<string, Item[]> = {
  c1: [
    { clusterId: 'c1', id: 'a' },
    { clusterId: 'c1', id: 'b' },
  ],
  c2: [{ clusterId: 'c2', id: 'x' }],
};

/** The list and item loaders over DATA, recording every "upstream" call by the key it stands for. */
function setup() {
  const calls: string[] = [];
  const lists = createClusterListLoader<string, Item>(
    'Things',
    (kind) => ({ kind: kind ?? undefined }),
    (cluster, kind) => {
      calls.push(`list ${cluster.family} ${cluster.id} ${kind ?? '*'}`);
      return Promise.resolve(DATA[cluster.id] ?? []);
    },
  );
  const items = createItemLoader<{ cluster: ClusterRef; id: string }, Item>({
    keyOf: ({ cluster, id }) => `ShowThing ${cluster.id} ${id}`,
    sourceOf: ({ cluster }) => cluster,
    lists,
    matches: (item, { id }) => item.id === id,
    show: ({ cluster, id }) => {
      calls.push(`show ${cluster.id} ${id}`);
      return Promise.resolve(DATA[cluster.id]?.find((item) => item.id === id) ?? null);
    },
  });
  return { calls, lists, items };
}

describe('per-cluster list loader', () => {
  it('makes one call per distinct list, whatever the repeats', async () => {
    const { calls, lists } = setup();
    await Promise.all([
      lists.loadWhole(CCE_CLUSTER),
      lists.loadWhole(CCE_CLUSTER),
      lists.load(CCE_CLUSTER, 'blue'),
      lists.load(CCE_CLUSTER, 'blue'),
    ]);
    await lists.loadWhole(CCE_CLUSTER);
    expect(calls.sort()).toEqual(['list CCE c1 *', 'list CCE c1 blue']);
    expect(lists.wholeRequested(CCE_CLUSTER)).toBe(true);
    expect(lists.wholeRequested(AUTOPILOT_CLUSTER)).toBe(false);
  });

  it('forgets everything on clearAll', async () => {
    const { calls, lists } = setup();
    await lists.loadWhole(CCE_CLUSTER);
    lists.clearAll();
    expect(lists.wholeRequested(CCE_CLUSTER)).toBe(false);
    await lists.loadWhole(CCE_CLUSTER);
    expect(calls).toEqual(['list CCE c1 *', 'list CCE c1 *']);
  });
});

describe('item loader', () => {
  it('uses the show call for a lone lookup', async () => {
    const { calls, items } = setup();
    expect(await items.load({ cluster: CCE_CLUSTER, id: 'b' })).toEqual({
      clusterId: 'c1',
      id: 'b',
    });
    expect(calls).toEqual(['show c1 b']);
  });

  it('answers several lookups in one cluster with one list call', async () => {
    const { calls, items } = setup();
    const found = await Promise.all([
      items.load({ cluster: CCE_CLUSTER, id: 'a' }),
      items.load({ cluster: CCE_CLUSTER, id: 'b' }),
      items.load({ cluster: CCE_CLUSTER, id: 'missing' }),
      items.load({ cluster: AUTOPILOT_CLUSTER, id: 'x' }),
    ]);
    expect(found.map((item) => item?.id ?? null)).toEqual(['a', 'b', null, 'x']);
    expect(calls.sort()).toEqual(['list CCE c1 *', 'show c2 x']);
  });

  it('answers from a whole list this request already asked for', async () => {
    const { calls, lists, items } = setup();
    await lists.loadWhole(CCE_CLUSTER);
    expect(await items.load({ cluster: CCE_CLUSTER, id: 'a' })).toEqual({
      clusterId: 'c1',
      id: 'a',
    });
    expect(calls).toEqual(['list CCE c1 *']);
  });

  it('fails only the lookups whose list failed', async () => {
    const failing = createItemLoader<{ cluster: ClusterRef; id: string }, Item>({
      keyOf: ({ cluster, id }) => `${cluster.id} ${id}`,
      sourceOf: ({ cluster }) => cluster,
      lists: {
        loadWhole: (cluster) =>
          cluster.id === 'c1'
            ? Promise.reject(new Error('list failed'))
            : Promise.resolve(DATA[cluster.id] ?? []),
        wholeRequested: () => true,
        wholeKey: (cluster) => cluster.id,
      },
      matches: (item, { id }) => item.id === id,
      show: () => Promise.reject(new Error('not used')),
    });
    const [broken, fine] = await Promise.allSettled([
      failing.load({ cluster: CCE_CLUSTER, id: 'a' }),
      failing.load({ cluster: AUTOPILOT_CLUSTER, id: 'x' }),
    ]);
    expect(broken).toMatchObject({ status: 'rejected', reason: { message: 'list failed' } });
    expect(fine).toMatchObject({ status: 'fulfilled', value: { id: 'x' } });
  });
});

describe('nullWhenNotFound', () => {
  it('turns a CCE 404 into null and lets every other failure through', async () => {
    const notFound = new CceError('ShowRelease', 404, 'CCE.01404001', 'not found', 'req-1');
    await expect(nullWhenNotFound(Promise.reject(notFound))).resolves.toBeNull();
    const conflict = new CceError('ShowRelease', 409, null, 'busy', null);
    await expect(nullWhenNotFound(Promise.reject(conflict))).rejects.toBe(conflict);
    await expect(nullWhenNotFound(Promise.resolve(7))).resolves.toBe(7);
  });
});
