/**
 * `npm run bench:profile [-- A B C] [--baseline | --yoga-floor | --graphql-floor]`: where the
 * gateway (or the hand-written server named, bench/results.ts) spends its CPU, per scenario. For
 * each scenario (default A and B), a fresh server runs under `node --cpu-prof` against the
 * simulator (same processes, pinning and settings as `npm run bench`), takes the scenario's load at
 * 16 connections for a bounded time, and stops; its profile is summarised by layer and by
 * function. Profiles stay in bench/.results/profiles/ (open them in Chrome DevTools for the full
 * picture).
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measure, warmUp } from './load.ts';
import { pinProcess, planCpuLayout } from './machine.ts';
import { freePort } from './processes.ts';
import { summariseProfile } from './profile-analysis.ts';
import { PROBE, SCENARIOS, type ScenarioId } from './scenarios.ts';
import { asksAs, createServers, serverNamed } from './servers.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = `${ROOT}bench/.results/`;
const CONNECTIONS = 16;
const WARMUP_MS = 1_500;
const LOAD_MS = 8_000;
/** Bounds the mutation's writes (each adds a revision in the simulator). */
const MAX_REQUESTS = 20_000;

const profiled = serverNamed(process.argv);
const requested = process.argv.slice(2).filter((arg): arg is ScenarioId => /^[ABC]$/.test(arg));
const scenarios: ScenarioId[] = requested.length > 0 ? requested : ['A', 'B'];
const percent = (share: number) => `${(share * 100).toFixed(1).padStart(5)} %`;

async function profileScenario(id: ScenarioId): Promise<string> {
  const layout = planCpuLayout();
  const servers = createServers(ROOT, layout, RESULTS);
  const directory = `${RESULTS}profiles/${id}${profiled === 'gateway' ? '' : `-${profiled}`}/`;
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  try {
    const simulator = await servers.startSimulator();
    const spawnedAt = performance.now();
    const nodeArgs = ['--cpu-prof', `--cpu-prof-dir=${directory}`];
    const server = await (profiled !== 'gateway'
      ? servers.ready(
          servers.spawnHandWritten(simulator.url, { nodeArgs, kind: profiled }),
          PROBE[asksAs(profiled)],
        )
      : servers.ready(
          // From the sources, not the bundle: the profile's frames then name src/ files.
          servers.spawnGateway(simulator.url, {
            port: await freePort(),
            nodeArgs,
            start: 'source',
          }),
          PROBE.gateway,
        ));
    const target = SCENARIOS[id][asksAs(profiled)];
    const spec = { url: server.url, connections: CONNECTIONS, ...target };
    const warm = await warmUp(spec, WARMUP_MS);
    const skipMs = performance.now() - spawnedAt;
    const result = await measure(spec, {
      expectedRps: warm.rps,
      targetMs: LOAD_MS,
      minRequests: 100,
      maxRequests: MAX_REQUESTS,
    });
    // The profile is written when the process exits.
    await servers.stop(server);
    const file = readdirSync(directory).find((name) => name.endsWith('.cpuprofile'));
    if (file === undefined) throw new Error(`no profile in ${directory}`);
    const summary = summariseProfile(`${directory}${file}`, skipMs);
    return [
      `\n${SCENARIOS[id].title}: ${result.requests} requests at ${result.rps.toFixed(0)} req/s, ` +
        `${summary.busyMs.toFixed(0)} ms of CPU profiled (${((summary.busyMs / result.requests) * 1000).toFixed(0)} µs per request)`,
      'by layer (innermost known frame):',
      ...summary.layers.map(({ layer, share }) => `  ${percent(share)}  ${layer}`),
      'by function (self time):',
      ...summary.functions.map(({ name, share }) => `  ${percent(share)}  ${name}`),
      `profile: ${directory}${file}`,
    ].join('\n');
  } finally {
    await servers.stopAll();
  }
}

pinProcess(process.pid, planCpuLayout().loadCore);
for (const id of scenarios) process.stdout.write(`${await profileScenario(id)}\n`);
