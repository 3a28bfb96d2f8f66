/**
 * What the benchmark ran on, and how it keeps the load generator and the servers apart: on Linux
 * with `taskset` and at least two cores, processes are pinned to cores; elsewhere they are not.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  /** ISO date-time of the run. */
  date: string;
}

export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cpuModel: cpuModel() ?? cpus[0]?.model ?? 'unknown',
    // All of the machine's cores: this process may already be pinned to one.
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    date: new Date().toISOString(),
  };
}

/** `lscpu`'s model name (os.cpus() says only "AMD EPYC" on some VMs, lscpu sometimes more). */
function cpuModel(): string | null {
  if (!existsSync('/proc/cpuinfo')) return null;
  const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
  return match?.[1]?.trim() ?? null;
}

/** Where each process runs; `null` cores mean "not pinned". */
export interface CpuLayout {
  pinned: boolean;
  /** The load generator (this process) and the simulator share it. */
  loadCore: number | null;
  /** The system under test: the gateway or the baseline (one at a time is loaded). */
  serverCore: number | null;
  reason: string;
}

function hasTaskset(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function planCpuLayout(): CpuLayout {
  const cores = os.cpus().length;
  if (!hasTaskset()) {
    return {
      pinned: false,
      loadCore: null,
      serverCore: null,
      reason: 'taskset is not available: processes are not pinned',
    };
  }
  if (cores < 2) {
    return {
      pinned: false,
      loadCore: null,
      serverCore: null,
      reason: 'fewer than 2 cores: processes are not pinned',
    };
  }
  return {
    pinned: true,
    loadCore: 0,
    serverCore: 1,
    reason:
      'load generator and simulator on core 0, gateway/baseline on core 1, so the system under ' +
      'test has a core of its own; for the direct-upstream run the simulator is moved to core 1',
  };
}

/** Moves a running process (and its threads) to `core`; a no-op when the layout is not pinned. */
export function pinProcess(pid: number, core: number | null): void {
  if (core === null) return;
  execFileSync('taskset', ['-a', '-c', '-p', String(core), String(pid)], { stdio: 'ignore' });
}

/** The command that starts `args` on `core` (or unpinned). */
export function pinnedCommand(
  core: number | null,
  command: string,
  args: readonly string[],
): { command: string; args: string[] } {
  if (core === null) return { command, args: [...args] };
  return { command: 'taskset', args: ['-c', String(core), command, ...args] };
}
