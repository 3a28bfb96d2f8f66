/**
 * `node bench/soak.ts [--seconds S] [--rate R]`: memory over time (issue 16's soak). Two
 * production gateways against one simulator take the same moderate load (R requests a second
 * each, dashboards and lookups taking turns), one as shipped and one with glibc's malloc held to
 * two arenas (`MALLOC_ARENA_MAX=2`); every 10 s their resident memory, V8 heap in use and external
 * memory are printed. RSS that creeps while the heap stays flat, and stops creeping with fewer
 * arenas, is the allocator keeping freed native memory, not a leak.
 */
import { readFileSync } from 'node:fs';
import { send } from './equivalence.ts';
import { requestOf } from './load.ts';
import { planCpuLayout } from './machine.ts';
import { freePort } from './processes.ts';
import { PROBE, SCENARIOS } from './scenarios.ts';
import { buildGateway, createServers } from './servers.ts';
import { numberOption, RESULTS, ROOT } from './cli.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => numberOption(args, name, fallback);
const seconds = option('--seconds', 300);
const rate = option('--rate', 20);
const SAMPLE_MS = 10_000;
const MB = 2 ** 20;

function metric(text: string, name: string): number {
  const match = new RegExp(`^${name} (\\S+)`, 'm').exec(text);
  return match?.[1] === undefined ? NaN : Number(match[1]);
}

function rssOf(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? NaN) * 1024;
}

async function main(): Promise<void> {
  await buildGateway(ROOT, RESULTS);
  const servers = createServers(ROOT, planCpuLayout(), RESULTS);
  try {
    const simulator = await servers.startSimulator();
    const variants: Array<{ name: string; env: Record<string, string> }> = [
      { name: 'as shipped', env: {} },
      { name: 'MALLOC_ARENA_MAX=2', env: { MALLOC_ARENA_MAX: '2' } },
    ];
    const gateways = [];
    for (const variant of variants) {
      const server = servers.spawnGateway(simulator.url, {
        port: await freePort(),
        env: variant.env,
      });
      await servers.ready(server, PROBE.gateway);
      gateways.push({ ...variant, server });
    }
    const ends = performance.now() + seconds * 1000;
    const targets = [SCENARIOS.B.gateway, SCENARIOS.A.gateway];
    // Each gateway gets its own paced loop: one request every 1000/rate ms, in turn A and B.
    const loops = gateways.map(async ({ server }) => {
      for (let index = 0; performance.now() < ends; index++) {
        const started = performance.now();
        await send(server.url, requestOf(targets[index % targets.length]!.request));
        const wait = 1000 / rate - (performance.now() - started);
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      }
    });
    process.stdout.write(
      `| s | ${gateways.map(({ name }) => `${name}: RSS / heap used / external MB`).join(' | ')} |\n`,
    );
    const sampler = (async () => {
      for (let elapsed = 0; performance.now() < ends; elapsed += SAMPLE_MS / 1000) {
        const cells = [];
        for (const { server } of gateways) {
          const text = await (await fetch(`${server.url}/metrics`)).text();
          cells.push(
            `${(rssOf(server.pid) / MB).toFixed(0)} / ` +
              `${(metric(text, 'nodejs_heap_size_used_bytes') / MB).toFixed(0)} / ` +
              `${(metric(text, 'nodejs_external_memory_bytes') / MB).toFixed(0)}`,
          );
        }
        process.stdout.write(`| ${elapsed} | ${cells.join(' | ')} |\n`);
        await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
      }
    })();
    await Promise.all([...loops, sampler]);
  } finally {
    await servers.stopAll();
  }
}

await main();
