/**
 * The fleet view (issue 16): `outdated`, every release and add-on behind its latest version in all
 * the caller's clusters, asked of the gateway at each concurrency of the run. There is no
 * hand-written counterpart: it reports the gateway's own rate, latency and CPU per request, and
 * checks its upstream calls per request against docs/fan-out.md (2 + C + C + F + F).
 */
import { countedRun, cpuMsPerRequest, type CountedRunOptions } from './counted-run.ts';
import type { LoadSpec } from './load.ts';
import type { ChildServer, RssProbe } from './processes.ts';
import { graphqlRequest, SCALE } from './scenarios.ts';

const OUTDATED_QUERY = `query Outdated {
  outdated { kind name namespace currentVersion latestVersion cluster { name } }
}`;

/** The calls one `outdated` costs: both families have clusters in the load data. */
const FAMILIES = 2;
export const FLEET_CALLS_PER_REQUEST = 2 + SCALE.clusters + SCALE.clusters + FAMILIES + FAMILIES;

export interface FleetResult {
  connections: number;
  requests: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  serverCpuMsPerRequest: number | null;
  callsPerRequest: number;
  failures: number;
}

/** One counted run per concurrency, after a warm-up (bench/counted-run.ts). */
export async function measureFleet(
  simulator: ChildServer,
  gateway: ChildServer,
  connections: readonly number[],
  timing: CountedRunOptions,
  rss: RssProbe,
): Promise<FleetResult[]> {
  const results: FleetResult[] = [];
  for (const each of connections) {
    const spec: LoadSpec = {
      url: gateway.url,
      connections: each,
      request: graphqlRequest(OUTDATED_QUERY),
      verify: (body) => body.startsWith('{"data":{"outdated":[{') && !body.includes('"errors"'),
    };
    const { warm, result, serverCpuSeconds, calls } = await countedRun(
      simulator,
      gateway,
      spec,
      timing,
      rss,
    );
    const callCount = Object.values(calls).reduce((sum, count) => sum + count, 0);
    results.push({
      connections: each,
      requests: result.requests,
      rps: result.rps,
      p50Ms: result.p50Ms,
      p99Ms: result.p99Ms,
      serverCpuMsPerRequest: cpuMsPerRequest(serverCpuSeconds, result.requests),
      callsPerRequest: result.requests === 0 ? 0 : callCount / result.requests,
      failures: warm.failures + result.failures,
    });
  }
  return results;
}
