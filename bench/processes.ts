/**
 * The servers under test run as child processes, so that each one's resident memory is its own
 * and each can be pinned to a core. A child is always stopped by its own pid.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { once } from 'node:events';
import { pinnedCommand } from './machine.ts';

export interface ChildServer {
  readonly name: string;
  readonly pid: number;
  /** Base URL, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  /** The last lines the child wrote to stderr and to its log file (for error reports). */
  outputTail(): string;
  /** Whether the child is still running. */
  alive(): boolean;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  name: string;
  /** Script run with this Node binary (TypeScript runs natively). */
  script: string;
  /** Node options before the script, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
  env: Record<string, string>;
  core: number | null;
  /** Finds the base URL in a line of stdout; null: the URL is known in advance (`url`). */
  readUrl?: (line: string) => string | null;
  url?: string;
  /** Where stdout goes when it is not read for the URL (default: nowhere). */
  logFile?: string;
  /** Longest wait for the URL line. */
  startTimeoutMs?: number;
}

const TAIL_LINES = 20;
const STOP_TIMEOUT_MS = 5_000;

/** A free loopback port (closed again at once; the child binds it right after). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** The last lines of a log file, each cut to a readable length. */
function logTail(path: string | undefined): string[] {
  if (path === undefined || !existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
  return lines.slice(-TAIL_LINES).map((line) => line.slice(0, 2_000));
}

export function spawnServer(options: SpawnOptions): { child: ChildServer; ready: Promise<void> } {
  const { command, args } = pinnedCommand(options.core, process.execPath, [
    ...(options.nodeArgs ?? []),
    options.script,
  ]);
  const logFd =
    options.logFile === undefined || options.readUrl ? undefined : openSync(options.logFile, 'w');
  const child: ChildProcess = spawn(command, args, {
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: ['ignore', options.readUrl ? 'pipe' : (logFd ?? 'ignore'), 'pipe'],
  });
  // The child has its own copy of the descriptor.
  if (logFd !== undefined) closeSync(logFd);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${options.name}: could not start ${options.script}`);

  const tail: string[] = [];
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    tail.push(...chunk.split('\n').filter((line) => line.trim() !== ''));
    tail.splice(0, Math.max(0, tail.length - TAIL_LINES));
  });
  let exited = false;
  const exit = once(child, 'exit').then(() => {
    exited = true;
  });

  let url = options.url ?? '';
  const ready = new Promise<void>((resolve, reject) => {
    if (!options.readUrl) {
      resolve();
      return;
    }
    const readUrl = options.readUrl;
    const timer = setTimeout(
      () => reject(new Error(`${options.name} printed no URL in time:\n${tail.join('\n')}`)),
      options.startTimeoutMs ?? 30_000,
    );
    let buffered = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const found = url === '' ? readUrl(line) : null;
        if (found !== null) {
          url = found;
          clearTimeout(timer);
          resolve();
        }
      }
    });
    void exit.then(() => {
      clearTimeout(timer);
      reject(new Error(`${options.name} exited before it was ready:\n${tail.join('\n')}`));
    });
  });
  // Nobody may be waiting on `ready` when the child dies later; that is reported by alive().
  ready.catch(() => undefined);

  return {
    ready,
    child: {
      name: options.name,
      pid,
      get url() {
        return url;
      },
      outputTail: () => [...tail, ...logTail(options.logFile)].join('\n'),
      alive: () => !exited,
      async stop() {
        if (exited) return;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exit;
        clearTimeout(timer);
      },
    },
  };
}

/** Resident memory of a process, current and peak since the last `resetPeak`, in bytes. */
export interface RssProbe {
  current(pid: number): number;
  /** Starts a new peak window; returns a function that ends it and gives the peak. */
  watchPeak(pid: number): () => number;
}

const KIB = 1024;
/** USER_HZ: 100 on every Linux architecture Node supports. */
const CLOCK_TICKS_PER_SECOND = 100;
const SAMPLE_MS = 50;

function procStatusField(pid: number, field: string): number | null {
  const path = `/proc/${pid}/status`;
  if (!existsSync(path)) return null;
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(path, 'utf8'));
  return match?.[1] === undefined ? null : Number(match[1]) * KIB;
}

/** CPU time (user + system) a process has used, in seconds; null where /proc is missing. */
export function cpuSeconds(pid: number): number | null {
  const path = `/proc/${pid}/stat`;
  if (!existsSync(path)) return null;
  // Fields after the command name (which may contain spaces) start with the state, field 3.
  const stat = readFileSync(path, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return (utime + stime) / CLOCK_TICKS_PER_SECOND;
}

function psRss(pid: number): number {
  const out = execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' });
  return Number(out.trim()) * KIB;
}

/**
 * On Linux the kernel keeps the peak (VmHWM); writing 5 to clear_refs starts a new window, so a
 * short spike between samples is not missed. Sampling VmRSS is the fallback everywhere.
 */
export function createRssProbe(): RssProbe {
  const current = (pid: number) => procStatusField(pid, 'VmRSS') ?? psRss(pid);
  return {
    current,
    watchPeak(pid) {
      try {
        writeFileSync(`/proc/${pid}/clear_refs`, '5');
        return () => Math.max(procStatusField(pid, 'VmHWM') ?? 0, current(pid));
      } catch {
        // No kernel peak window here: sample.
      }
      let peak = current(pid);
      const timer = setInterval(() => {
        peak = Math.max(peak, current(pid));
      }, SAMPLE_MS);
      return () => {
        clearInterval(timer);
        return Math.max(peak, current(pid));
      };
    },
  };
}
