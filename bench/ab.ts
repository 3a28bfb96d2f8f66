/**
 * `node bench/ab.ts DIR_A DIR_B [A|B|C] [--rounds N] [--connections C]`: CPU per request of two
 * builds of the gateway (each a copy of dist/, e.g. `npm run build` then `cp -r dist
 * bench/.results/ab-before`), side by side against one simulator, for the levers table. Both run
 * pinned to the servers' core and take turns in N rounds (after a warm-up of each), so that what
 * else runs on a shared machine hits both alike; each side is reported by the median of its rounds.
 * A build outside dist/ finds schema/ through a `schema` link beside it (made here).
 */
import { existsSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { warmUp, type LoadSpec } from './load.ts';
import { pinProcess, planCpuLayout } from './machine.ts';
import { cpuSeconds, freePort, spawnServer, type ChildServer } from './processes.ts';
import { PROBE, PROJECT_ID, SCENARIOS, type ScenarioId } from './scenarios.ts';
import { createServers, MEASURED_GATEWAY_ENV } from './servers.ts';
import { median } from './stats.ts';
import { numberOption, RESULTS, ROOT } from './cli.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => numberOption(args, name, fallback);
const [dirA, dirB] = args.filter((arg) => !arg.startsWith('--') && !/^[ABC]$|^\d+$/.test(arg));
const scenario = (args.find((arg) => /^[ABC]$/.test(arg)) ?? 'B') as ScenarioId;
const rounds = option('--rounds', 6);
const connections = option('--connections', 16);
const ROUND_MS = 2_000;

const layout = planCpuLayout();
pinProcess(process.pid, layout.loadCore);
const servers = createServers(ROOT, layout, RESULTS);

function start(dir: string, simulator: string, port: number): ChildServer {
  const schema = resolve(dir, '..', 'schema');
  if (!existsSync(schema)) symlinkSync(`${ROOT}schema`, schema);
  return spawnServer({
    name: dir,
    script: resolve(dir, 'start.js'),
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      CCE_ENDPOINT: simulator,
      CCE_PROJECT_ID: PROJECT_ID,
      NODE_COMPILE_CACHE: `${RESULTS}compile-cache-ab`,
      ...MEASURED_GATEWAY_ENV,
    },
    core: layout.serverCore,
    url: `http://127.0.0.1:${port}`,
  }).child;
}

async function round(server: ChildServer, spec: LoadSpec) {
  const before = cpuSeconds(server.pid)!;
  // A run bounded in time: its few requests still in flight at the end are a small error, alike on both sides.
  const result = await warmUp(spec, ROUND_MS);
  return { cpuMs: ((cpuSeconds(server.pid)! - before) * 1000) / result.requests, rps: result.rps };
}

async function main(): Promise<void> {
  if (dirA === undefined || dirB === undefined) throw new Error('usage: bench/ab.ts DIR_A DIR_B');
  const simulator = await servers.startSimulator();
  const sides = [];
  for (const dir of [dirA, dirB]) {
    const server = start(resolve(dir), simulator.url, await freePort());
    await servers.ready(server, PROBE.gateway);
    const spec: LoadSpec = { url: server.url, connections, ...SCENARIOS[scenario].gateway };
    await warmUp(spec, 4_000);
    sides.push({ dir, server, spec, cpu: [] as number[], rps: [] as number[] });
  }
  for (let index = 0; index < rounds; index++) {
    for (const side of sides) {
      const { cpuMs, rps } = await round(side.server, side.spec);
      side.cpu.push(cpuMs);
      side.rps.push(rps);
    }
  }
  for (const side of sides) {
    process.stdout.write(
      `${side.dir}: ${median(side.cpu).toFixed(3)} ms CPU/request (rounds ${side.cpu.map((v) => v.toFixed(2)).join(' ')}), ${median(side.rps).toFixed(0)} req/s\n`,
    );
    await side.server.stop();
  }
  const [a, b] = sides;
  process.stdout.write(
    `${SCENARIOS[scenario].title}, ${connections} connections: B ÷ A CPU per request = ${(median(b!.cpu) / median(a!.cpu)).toFixed(3)}\n`,
  );
}

try {
  await main();
} finally {
  await servers.stopAll();
}
