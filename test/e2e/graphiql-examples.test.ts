/**
 * GraphiQL's example tabs run against the embedded simulator as a newcomer's first clicks send
 * them (the tab's operation, variables and pre-filled headers): each one works, and the Dashboard
 * costs the upstream calls its comment states.
 */
import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { graphiqlExamples } from '../../src/graphiql-examples.ts';
import { graphiqlOptions } from '../../src/server/graphiql.ts';
import { DEMO_RELEASES } from '../../src/simulator/demo-data.ts';
import { gql } from '../support/stack.ts';
import { useStack } from './harness.ts';
import { changeRelease, subscribe, type ReleaseData } from '../live/subscribe.ts';

const env = useStack();

interface Tab {
  query: string;
  variables: Record<string, unknown> | undefined;
  headers: Record<string, string>;
}

/** The example tab whose operation is called `name`, as GraphiQL holds it. */
function tab(name: string): Tab {
  const tabs = graphiqlOptions(graphiqlExamples(env.stack.config)).defaultTabs ?? [];
  const found = tabs.find(({ query }) => getOperationAST(parse(query ?? ''))?.name?.value === name);
  if (!found?.query) throw new Error(`no example tab runs ${name}`);
  return {
    query: found.query,
    variables: found.variables
      ? (JSON.parse(found.variables) as Record<string, unknown>)
      : undefined,
    headers: JSON.parse(found.headers ?? '{}') as Record<string, string>,
  };
}

function run<T>({ query, variables, headers }: Tab) {
  return gql<T>(env.stack, query, variables, headers);
}

type Dashboard = { clusters: Array<{ type: string; releases: { nodes: unknown[] } }> };

describe('GraphiQL example tabs', () => {
  it('Dashboard: 2 cluster lists, 1 release and 1 add-on list per cluster, 1 chart list per family', async () => {
    env.stack.simulator.resetStats();
    const answer = await run<Dashboard>(tab('Dashboard'));
    expect(answer.errors).toBeUndefined();
    const clusters = answer.data?.clusters ?? [];
    // Charts are listed once per API family of the clusters whose releases show theirs.
    const families = new Set(
      clusters
        .filter((cluster) => cluster.releases.nodes.length > 0)
        .map((cluster) => cluster.type),
    );
    expect(clusters.length).toBeGreaterThan(1);
    expect(families).toEqual(new Set(['CCE', 'AUTOPILOT']));
    expect(env.stack.simulator.stats().total).toBe(2 + 2 * clusters.length + families.size);
  });

  it('Release: the demo release with its history', async () => {
    const answer = await run<{ release: { name: string; history: unknown[] } | null }>(
      tab('Release'),
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.release?.name).toBe(DEMO_RELEASES.magentoMysql.name);
    expect(answer.data?.release?.history.length).toBeGreaterThan(1);
  });

  it('CreateRelease: a release pending install, no user errors', async () => {
    const answer = await run<{
      releaseCreate: { release: { status: string } | null; userErrors: unknown[] };
    }>(tab('CreateRelease'));
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.releaseCreate).toMatchObject({
      release: { status: 'PENDING_INSTALL' },
      userErrors: [],
    });
  });

  it('Outdated: the releases and add-ons behind, for the lists it states', async () => {
    env.stack.simulator.resetStats();
    const answer = await run<{ outdated: Array<{ kind: string }> }>(tab('Outdated'));
    expect(answer.errors).toBeUndefined();
    expect(new Set(answer.data?.outdated.map((item) => item.kind))).toEqual(
      new Set(['RELEASE', 'ADDON']),
    );
    const clusters = 3;
    expect(env.stack.simulator.stats().total).toBe(2 + 2 * clusters + 2 + 2);
  });

  it('UpgradePreview: a dry run CCE accepts, with the overrides of the new chart', async () => {
    const answer = await run<{
      releaseUpgradePreview: {
        dryRun: { accepted: boolean };
        overriddenChangedDefaults: Array<{ path: string[] }>;
        userErrors: unknown[];
      };
    }>(tab('UpgradePreview'));
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.releaseUpgradePreview).toMatchObject({
      dryRun: { accepted: true },
      overriddenChangedDefaults: [{ path: ['image', 'tag'] }],
      userErrors: [],
    });
  });

  it("AddonUpgradePreview: CCE's precheck finds the FATAL risk the switch asks for", async () => {
    env.stack.simulator.resetStats();
    const answer = await run<{
      addonUpgradePreview: {
        precheck: { status: string; blocked: boolean; risks: Array<{ level: string }> };
        userErrors: unknown[];
      };
    }>(tab('AddonUpgradePreview'));
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.addonUpgradePreview).toMatchObject({
      precheck: { status: 'RISKS_FOUND', blocked: true, risks: [{ level: 'FATAL' }] },
      userErrors: [],
    });
    expect(env.stack.simulator.stats().operations['BatchCreateAddonPrecheck']).toBe(1);
  });

  it('ReleaseStatus: the demo release as it is, then an upgrade made after subscribing', async () => {
    const { query, variables, headers } = tab('ReleaseStatus');
    const watcher = subscribe<ReleaseData>(env.stack, query, variables ?? {}, headers);
    try {
      const first = await watcher.next();
      expect(first.data?.releaseStatus.status).toBe('DEPLOYED');
      const revision = first.data?.releaseStatus.revision ?? 0;
      await changeRelease(env.client, 'releaseUpgrade', {
        ...DEMO_RELEASES.nginxWeb,
        values: { replicaCount: 4 },
      });
      const upgrading = await watcher.next();
      expect(upgrading.data?.releaseStatus).toMatchObject({
        status: 'PENDING_UPGRADE',
        revision: revision + 1,
      });
      expect((await watcher.next()).data?.releaseStatus.status).toBe('DEPLOYED');
    } finally {
      await watcher.close();
    }
  });
});
