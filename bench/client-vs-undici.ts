/**
 * Issue 3's benchmark clause, run as its own (pinned) process: the CCE client against a bare
 * `undici` Pool request loop on the same simulator GET, with no added latency, in the same run.
 *
 * Both sides keep `CONCURRENCY` calls in flight for the same time, in alternating rounds (so drift
 * on a shared machine hits both; the side that goes first alternates too), and both read the whole
 * JSON answer: the bare loop with `body.json()`, the client by parsing it into the domain shape,
 * through its retry loop and error typing (no metrics hooks attached). Prints one JSON line: calls
 * per second and CPU time per call.
 *
 * Settings (environment): CCE_ENDPOINT, BENCH_WARMUP_MS, BENCH_ROUND_MS, BENCH_ROUNDS.
 */
import { Pool } from 'undici';
import { createCceClient } from '../src/cce/client.ts';
import type { CceClient } from '../src/cce/model.ts';
import { expandPath, OPERATIONS } from '../src/cce/operations.ts';
import { createCceTransport } from '../src/cce/transport.ts';
import { loadConfig } from '../src/config.ts';
import { DEMO_TOKEN } from '../src/simulator/demo-data.ts';
import { LOOKUP, LOOKUP_PATH, PROJECT_ID } from './scenarios.ts';

const CONCURRENCY = 16;
/** Far more calls than any round can make: only a bound. */
const MAX_CALLS_PER_ROUND = 2_000_000;

const endpoint = process.env.CCE_ENDPOINT ?? '';
/** The pool size the gateway ships with, on both sides. */
const CONNECTIONS = loadConfig({ CCE_ENDPOINT: endpoint, CCE_PROJECT_ID: PROJECT_ID }).cce
  .connections;
const warmupMs = Number(process.env.BENCH_WARMUP_MS ?? '1000');
const roundMs = Number(process.env.BENCH_ROUND_MS ?? '2000');
const rounds = Number(process.env.BENCH_ROUNDS ?? '2');

interface Route {
  name: string;
  path: string;
  viaClient: (client: CceClient) => Promise<unknown>;
}

const ROUTES: Route[] = [
  {
    name: 'ShowRelease',
    path: LOOKUP_PATH,
    viaClient: (client) => client.showRelease('CCE', LOOKUP),
  },
  {
    name: 'ListReleases',
    path: expandPath(OPERATIONS.ListReleases, [LOOKUP.clusterId]),
    viaClient: (client) => client.listReleases('CCE', LOOKUP.clusterId),
  },
];

interface Round {
  calls: number;
  elapsedMs: number;
  cpuMicros: number;
}

async function loop(call: () => Promise<unknown>, durationMs: number): Promise<Round> {
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  const end = startedAt + durationMs;
  let calls = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end && calls < MAX_CALLS_PER_ROUND) {
        await call();
        calls += 1;
      }
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  return { calls, elapsedMs: performance.now() - startedAt, cpuMicros: cpu.user + cpu.system };
}

function summary(results: Round[]) {
  const calls = results.reduce((sum, round) => sum + round.calls, 0);
  const elapsedMs = results.reduce((sum, round) => sum + round.elapsedMs, 0);
  const cpuMicros = results.reduce((sum, round) => sum + round.cpuMicros, 0);
  return { callsPerSecond: (calls / elapsedMs) * 1000, cpuMicrosPerCall: cpuMicros / calls, calls };
}

async function main(): Promise<void> {
  const pool = new Pool(endpoint, { connections: CONNECTIONS, pipelining: 1, allowH2: false });
  const transport = createCceTransport({ endpoint, connections: CONNECTIONS });
  const client = createCceClient(transport, {
    kind: 'token',
    token: DEMO_TOKEN,
    projectId: PROJECT_ID,
  });
  const headers = { 'content-type': 'application/json', 'x-auth-token': DEMO_TOKEN };

  const results = [];
  for (const route of ROUTES) {
    const bare = async () => {
      const response = await pool.request({ method: 'GET', path: route.path, headers });
      if (response.statusCode !== 200) throw new Error(`${route.name}: ${response.statusCode}`);
      return response.body.json();
    };
    const viaClient = () => route.viaClient(client);
    await loop(bare, warmupMs);
    await loop(viaClient, warmupMs);
    const bareRounds: Round[] = [];
    const clientRounds: Round[] = [];
    // Which side goes first alternates, so neither always gets the fresher or the busier moment.
    for (let round = 0; round < rounds; round++) {
      if (round % 2 === 0) {
        bareRounds.push(await loop(bare, roundMs));
        clientRounds.push(await loop(viaClient, roundMs));
      } else {
        clientRounds.push(await loop(viaClient, roundMs));
        bareRounds.push(await loop(bare, roundMs));
      }
    }
    results.push({ route: route.name, bare: summary(bareRounds), client: summary(clientRounds) });
  }
  await pool.close();
  await transport.close();
  console.log(JSON.stringify({ concurrency: CONCURRENCY, connections: CONNECTIONS, results }));
}

await main();
