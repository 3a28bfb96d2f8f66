/**
 * `npm run bench:instructions [-- A B C] [--requests N] [--warmup W] [--dist DIR] [--node-args=…] [--env=NAME=VALUE…] [--baseline | --yoga-floor | --graphql-floor] [--allocation]`:
 * the gateway's (or the named hand-written server's, bench/results.ts) instructions per request,
 * counted by valgrind's callgrind, for A/B comparisons of a change. With `--allocation`, the bytes
 * it allocates per request instead (V8's sampling heap profiler, bench/allocation-sampler.ts, no
 * valgrind), and the functions that allocate most: a change that allocates less shows there even
 * when B's instruction count, which moves by several per cent with when collections fall, cannot.
 * Unlike CPU time, an instruction count hardly moves with what else runs on a shared machine.
 * The production build (dist/, or a copy of it given by --dist, which finds schema/ through a
 * link beside it) runs under callgrind against the simulator (its own process, not counted);
 * each scenario is sent W times one at a time uncounted (so that V8 has optimised the hot paths),
 * then N times counted. Counts cover every thread (V8's compiler and garbage collector too, as
 * CPU time does). Needs valgrind (Debian: apt-get install valgrind); not part of `npm run bench`.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { waitUntilAnswering } from './cold-start.ts';
import { send } from './equivalence.ts';
import { requestOf } from './load.ts';
import { planCpuLayout } from './machine.ts';
import { freePort } from './processes.ts';
import { PROBE, PROJECT_ID, SCENARIOS, type ScenarioId } from './scenarios.ts';
import {
  asksAs,
  buildGateway,
  createServers,
  GATEWAY_ENTRY,
  HAND_WRITTEN_SCRIPT,
  handWrittenEnv,
  MEASURED_GATEWAY_ENV,
  serverNamed,
} from './servers.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = `${ROOT}bench/.results/`;
const execFileAsync = promisify(execFile);
/** valgrind names the pipes callgrind_control talks through after $USER and $HOST: the same on both sides. */
const PIPE_NAMING = { USER: process.env.USER || 'bench', HOST: '127.0.0.1' };

const args = process.argv.slice(2);
function option(name: string): string | undefined {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}
const requests = Number(option('--requests') ?? 30);
const warmup = Number(option('--warmup') ?? 300);
const dist = option('--dist');
const counted = serverNamed(args);
const asks = asksAs(counted);
const countAllocation = args.includes('--allocation');
const SAMPLES = `${RESULTS}allocation-samples.json`;
/** How many allocating functions `--allocation` lists. */
const TOP_SITES = 25;
/** Node options for the gateway, e.g. `--node-args=--max-semi-space-size=8` (a lever of Node's own). */
const nodeArgs = args.filter((arg) => arg.startsWith('--node-args=')).map((arg) => arg.slice(12));
/** Gateway settings on top of the measured ones, e.g. `--env=LOG_LEVEL=warn` (a lever of its own). */
const extraEnv = Object.fromEntries(
  args
    .filter((arg) => arg.startsWith('--env='))
    .map((arg) => {
      const [name = '', ...value] = arg.slice(6).split('=');
      return [name, value.join('=')];
    }),
);
const requested = args.filter((arg): arg is ScenarioId => /^[ABC]$/.test(arg));
const scenarios: ScenarioId[] = requested.length > 0 ? requested : ['A', 'B', 'C'];

/** Instructions (Ir) counted so far over all threads, from `callgrind_control -e`. */
function instructionsSoFar(report: string): number {
  const threads = [...report.matchAll(/^\s+Th \d+\s+([\d,]+)/gm)];
  if (threads.length === 0) throw new Error(`no counters in: ${report}`);
  return threads.reduce((sum, match) => sum + Number(match[1]!.replaceAll(',', '')), 0);
}

async function sendChecked(base: string, id: ScenarioId): Promise<void> {
  const target = SCENARIOS[id][asks];
  const { status, json } = await send(base, requestOf(target.request));
  if (status !== 200 || !target.verify(JSON.stringify(json))) {
    throw new Error(`${id}: HTTP ${status} ${JSON.stringify(json).slice(0, 300)}`);
  }
}

/** The entry to run: dist/start.js built now, or a copy's. */
async function entry(): Promise<string> {
  if (dist === undefined) {
    await buildGateway(ROOT, RESULTS);
    return `${ROOT}${GATEWAY_ENTRY.production}`;
  }
  const schema = resolve(dist, '..', 'schema');
  if (!existsSync(schema)) symlinkSync(`${ROOT}schema`, schema);
  return resolve(dist, 'start.js');
}

/**
 * The server's script and settings: the gateway as measured, or a hand-written server as `npm run
 * bench` starts it.
 */
async function server(simulator: string, port: number): Promise<[string, Record<string, string>]> {
  if (counted !== 'gateway') {
    return [`${ROOT}${HAND_WRITTEN_SCRIPT[counted]}`, handWrittenEnv(simulator, port)];
  }
  return [
    await entry(),
    {
      PORT: String(port),
      CCE_ENDPOINT: simulator,
      CCE_PROJECT_ID: PROJECT_ID,
      NODE_COMPILE_CACHE: `${RESULTS}compile-cache`,
      ...MEASURED_GATEWAY_ENV,
      // Under valgrind everything is tens of times slower: no read may run out of time.
      READ_DEADLINE_MS: '120000',
      ...extraEnv,
    },
  ];
}

/** A call frame of the sampling heap profiler's tree. */
interface SampledNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SampledNode[];
}

/** Starts and stops the sampler in `child` (a SIGUSR2 each), waiting until it has done so. */
async function toggleSampler(child: ChildProcess, state: 'started' | 'stopped'): Promise<void> {
  rmSync(`${SAMPLES}.ready`, { force: true });
  child.kill('SIGUSR2');
  while (!existsSync(`${SAMPLES}.ready`) || readFileSync(`${SAMPLES}.ready`, 'utf8') !== state) {
    await new Promise((wake) => setTimeout(wake, 20));
  }
}

/** Total bytes sampled per request, and the functions that allocated most of them. */
function allocationReport(requests: number): string {
  const { head } = JSON.parse(readFileSync(SAMPLES, 'utf8')) as { head: SampledNode };
  const bySite = new Map<string, number>();
  let total = 0;
  const pending = [head];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    const { functionName, url, lineNumber } = node.callFrame;
    const site = `${functionName || '(anonymous)'} ${basename(url)}:${lineNumber + 1}`;
    bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
    total += node.selfSize;
    pending.push(...node.children);
  }
  const kb = (bytes: number) => `${(bytes / requests / 1024).toFixed(1)} KB`;
  const top = [...bySite]
    .sort((left, right) => right[1] - left[1])
    .slice(0, TOP_SITES)
    .map(([site, bytes]) => `  ${kb(bytes).padStart(10)}  ${site}`);
  return `${kb(total)} allocated per request\n${top.join('\n')}`;
}

async function main(): Promise<void> {
  const servers = createServers(ROOT, planCpuLayout(), RESULTS);
  try {
    const simulator = await servers.startSimulator();
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const [script, env] = await server(simulator.url, port);
    // Either the sampler loaded into the server, or the server under callgrind.
    const [command, commandArgs, commandEnv] = countAllocation
      ? [
          process.execPath,
          [...nodeArgs, '--import', `${ROOT}bench/allocation-sampler.ts`, script],
          { ALLOCATION_SAMPLES: SAMPLES },
        ]
      : [
          'valgrind',
          [
            '--tool=callgrind',
            '--instr-atstart=no',
            '--callgrind-out-file=/dev/null',
            process.execPath,
            ...nodeArgs,
            script,
          ],
          PIPE_NAMING,
        ];
    const child = spawn(command, commandArgs, {
      env: { PATH: process.env.PATH ?? '', ...commandEnv, ...env },
      stdio: 'ignore',
    });
    // Callgrind reads a command only while the process runs code: requests to /health keep an
    // idle server busy until the command is answered (the baseline answers them 404).
    const control = async (...options: string[]): Promise<string> => {
      const done = execFileAsync('callgrind_control', [...options, String(child.pid)], {
        env: { ...process.env, ...PIPE_NAMING },
      });
      let answered = false;
      void done.then(
        () => (answered = true),
        () => (answered = true),
      );
      while (!answered) {
        await fetch(`${base}/health`).then((response) => response.arrayBuffer());
        await new Promise((wake) => setTimeout(wake, 50));
      }
      return (await done).stdout;
    };
    try {
      await waitUntilAnswering(() => base, PROBE[asks], {
        since: performance.now(),
        timeoutMs: 300_000,
        alive: () => child.exitCode === null,
      });
      for (const id of scenarios) {
        for (let index = 0; index < warmup; index++) await sendChecked(base, id);
        if (countAllocation) {
          await toggleSampler(child, 'started');
          for (let index = 0; index < requests; index++) await sendChecked(base, id);
          await toggleSampler(child, 'stopped');
          process.stdout.write(
            `${SCENARIOS[id].title}: ${allocationReport(requests)}\n` +
              `(${requests} sampled after ${warmup} unsampled)\n`,
          );
          continue;
        }
        await control('--instr=on');
        const before = instructionsSoFar(await control('-e'));
        for (let index = 0; index < requests; index++) await sendChecked(base, id);
        const perRequest = (instructionsSoFar(await control('-e')) - before) / requests;
        await control('--instr=off');
        process.stdout.write(
          `${SCENARIOS[id].title}: ${(perRequest / 1e6).toFixed(3)} M instructions per request ` +
            `(${requests} counted after ${warmup} uncounted)\n`,
        );
      }
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  } finally {
    await servers.stopAll();
  }
}

await main();
