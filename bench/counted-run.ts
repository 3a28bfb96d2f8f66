/**
 * One measured run of a load against a server, as every table of `npm run bench` takes it: a
 * warm-up bounded in time, then a counted run, with the server's and the simulator's CPU, the
 * server's peak RSS and the simulator's calls read around the counted part only.
 */
import { measure, warmUp, type LoadResult, type LoadSpec } from './load.ts';
import { cpuSeconds, type ChildServer, type RssProbe } from './processes.ts';
import { countsBetween, readCounts, settledCounts } from './simulator-control.ts';

export interface CountedRunOptions {
  warmupMs: number;
  measureMs: number;
  minRequests: number;
  maxRequests: number;
}

export interface CountedRun {
  warm: LoadResult;
  result: LoadResult;
  /** CPU seconds used during the counted run; null where they cannot be read. */
  serverCpuSeconds: number | null;
  simulatorCpuSeconds: number | null;
  peakRssBytes: number;
  /** Simulator calls during the counted run, per SDK operation. */
  calls: Record<string, number>;
}

/** CPU seconds `pid` used since `since`; null where they cannot be read. */
function cpuUsedSince(pid: number, since: number | null): number | null {
  const now = cpuSeconds(pid);
  return now === null || since === null ? null : now - since;
}

const quietWindow = (p99Ms: number) =>
  Math.min(2_000, Math.max(150, Number.isFinite(p99Ms) ? 2 * p99Ms : 2_000));

export async function countedRun(
  simulator: ChildServer,
  server: ChildServer,
  spec: LoadSpec,
  options: CountedRunOptions,
  rss: RssProbe,
): Promise<CountedRun> {
  const warm = await warmUp(spec, options.warmupMs);
  // Warm-up requests still in flight finish (or abort) before the count starts: no upstream call
  // for twice the warm-up's p99 means none is left.
  const before = await settledCounts(simulator.url, quietWindow(warm.p99Ms));
  const endPeak = rss.watchPeak(server.pid);
  const serverCpu = cpuSeconds(server.pid);
  const simulatorCpu = cpuSeconds(simulator.pid);
  const result = await measure(spec, {
    expectedRps: warm.rps,
    targetMs: options.measureMs,
    minRequests: options.minRequests,
    maxRequests: options.maxRequests,
  });
  const serverCpuSeconds = cpuUsedSince(server.pid, serverCpu);
  const simulatorCpuSeconds = cpuUsedSince(simulator.pid, simulatorCpu);
  const peakRssBytes = endPeak();
  // A run cut short by its time bound left requests in flight: let them finish first.
  const after = result.cutShort
    ? await settledCounts(simulator.url, quietWindow(result.p99Ms))
    : await readCounts(simulator.url);
  return {
    warm,
    result,
    serverCpuSeconds,
    simulatorCpuSeconds,
    peakRssBytes,
    calls: countsBetween(before, after),
  };
}

/** CPU milliseconds per completed request; null when unknown or nothing completed. */
export const cpuMsPerRequest = (cpuSeconds: number | null, requests: number) =>
  cpuSeconds === null || requests === 0 ? null : (cpuSeconds * 1000) / requests;
