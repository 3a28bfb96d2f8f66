/** Runs bench/client-vs-undici.ts in its own process on the servers' core and reads its result. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { pinnedCommand } from './machine.ts';
import type { ClientComparison } from './results.ts';

const run = promisify(execFile);

export async function runClientComparison(
  root: string,
  simulator: string,
  core: number | null,
  timing: { warmupMs: number; roundMs: number; rounds: number },
): Promise<ClientComparison> {
  const { command, args } = pinnedCommand(core, process.execPath, [
    `${root}bench/client-vs-undici.ts`,
  ]);
  const { stdout } = await run(command, args, {
    env: {
      PATH: process.env.PATH ?? '',
      CCE_ENDPOINT: simulator,
      BENCH_WARMUP_MS: String(timing.warmupMs),
      BENCH_ROUND_MS: String(timing.roundMs),
      BENCH_ROUNDS: String(timing.rounds),
    },
    // Two routes, each warmed up and measured on both sides, plus start-up: a generous bound.
    timeout: 4 * (timing.warmupMs + timing.rounds * timing.roundMs) + 30_000,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ClientComparison;
}
