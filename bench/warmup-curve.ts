/**
 * `node bench/warmup-curve.ts [--baseline | --yoga-floor | --graphql-floor] [--windows N]
 * [--idle S] [--node-args=…]`: how a freshly started server's CPU per lookup (scenario A, one
 * connection) falls while V8 compiles its hot paths: N windows of 2 s each (default 15), printed
 * in µs per request; with `--idle S`, then S seconds without a request and 6 windows more, to show
 * what an idle spell costs. It shows how long `npm run bench` must prime each server before its
 * cases compare them, and why the floors are measured apart (bench/plan.ts). The gateway is the
 * production start (build it first: `npm run build`); the others as `npm run bench` starts them.
 */
import { numberOption, RESULTS, ROOT } from './cli.ts';
import { warmUp } from './load.ts';
import { pinProcess, planCpuLayout } from './machine.ts';
import { cpuSeconds, freePort } from './processes.ts';
import { PROBE, SCENARIOS } from './scenarios.ts';
import { asksAs, createServers, serverNamed } from './servers.ts';

const args = process.argv.slice(2);
const WINDOW_MS = 2_000;
const windows = numberOption(args, '--windows', 15);
const idleSeconds = numberOption(args, '--idle', 0);
const WINDOWS_AFTER_IDLE = 6;
const nodeArgs = args.filter((arg) => arg.startsWith('--node-args=')).map((arg) => arg.slice(12));
const kind = serverNamed(args);

const layout = planCpuLayout();
pinProcess(process.pid, layout.loadCore);
const servers = createServers(ROOT, layout, RESULTS);
try {
  const simulator = await servers.startSimulator();
  const server = await servers.ready(
    kind === 'gateway'
      ? servers.spawnGateway(simulator.url, { port: await freePort(), nodeArgs })
      : servers.spawnHandWritten(simulator.url, { nodeArgs, kind }),
    PROBE[asksAs(kind)],
  );
  const spec = { url: server.url, connections: 1, ...SCENARIOS.A[asksAs(kind)] };
  const curve: string[] = [];
  const measureWindows = async (count: number) => {
    for (let window = 0; window < count; window++) {
      const before = cpuSeconds(server.pid)!;
      const { requests } = await warmUp(spec, WINDOW_MS);
      curve.push((((cpuSeconds(server.pid)! - before) * 1e6) / requests).toFixed(0));
    }
  };
  await measureWindows(windows);
  if (idleSeconds > 0) {
    curve.push(`| ${idleSeconds} s idle |`);
    await new Promise((wake) => setTimeout(wake, idleSeconds * 1000));
    await measureWindows(WINDOWS_AFTER_IDLE);
  }
  console.log(
    `${kind}${nodeArgs.length ? ` (${nodeArgs.join(' ')})` : ''}: µs of CPU per lookup, ${WINDOW_MS / 1000} s windows from its first answer: ${curve.join(' ')}`,
  );
} finally {
  await servers.stopAll();
}
