/** What one benchmark run found: the data behind the printed table and BENCHMARKS.md. */
import type { CpuLayout, Machine } from './machine.ts';
import type { ColdStart } from './cold-start.ts';
import type { FleetResult } from './fleet.ts';
import type { WatchResult } from './watch.ts';

/**
 * The floors run the baseline's own code as GraphQL resolvers: `yoga-floor` (bench/yoga-floor.ts)
 * in graphql-yoga with its defaults, what the stack costs before any gateway feature;
 * `graphql-floor` (bench/graphql-floor.ts) in graphql-js straight from node:http.
 */
export type HandWritten = 'baseline' | 'yoga-floor' | 'graphql-floor';
export type ServerKind = 'gateway' | HandWritten | 'direct';

/** A scenario as reported: B is run twice, with 0 and 20 ms of upstream latency. */
export type CaseId = 'A' | 'B@0ms' | 'B@20ms' | 'C';

export interface PhaseResult {
  caseId: CaseId;
  server: ServerKind;
  /** A lever's setting when this is a lever run, e.g. `GRAPHQL_JIT=true`; null for the main runs. */
  variant: string | null;
  connections: number;
  latencyMs: number;
  requests: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** Simulator calls during the counted run, per completed request, per SDK operation. */
  callsPerOperation: Record<string, number>;
  callsPerRequest: number;
  peakRssBytes: number;
  /** CPU used during the counted run, in % of one core; null where it cannot be read. */
  serverCpuPercent: number | null;
  simulatorCpuPercent: number | null;
  /**
   * The server's CPU time per completed request: unlike req/s, nearly independent of how much of
   * a shared core the server was given, so it compares runs on a busy machine best.
   */
  serverCpuMsPerRequest: number | null;
  /** For a lever run: the default gateway measured just before it, on the same scenario. */
  reference: {
    rps: number;
    p50Ms: number;
    serverCpuMsPerRequest: number | null;
    peakRssBytes?: number;
  } | null;
  failures: number;
  cutShort: boolean;
}

export interface FanOutCheck {
  caseId: CaseId;
  server: ServerKind;
  formula: string;
  expected: Record<string, number>;
  measured: Record<string, number>;
  matches: boolean;
}

export interface ClientComparison {
  concurrency: number;
  connections: number;
  results: Array<{
    route: string;
    bare: { callsPerSecond: number; cpuMicrosPerCall: number; calls: number };
    client: { callsPerSecond: number; cpuMicrosPerCall: number; calls: number };
  }>;
}

export interface ValuesParseCost {
  releases: number;
  microsPerRequest: number;
}

export interface RunReport {
  command: string;
  smoke: boolean;
  machine: Machine;
  layout: CpuLayout;
  gatewaySettings: Record<string, string>;
  baselineConnections: number;
  /** The cluster directory's TTL in gateway and baseline; 0: off (or not in this build). */
  directoryTtlMs: number;
  timing: {
    primeMs: Record<'A' | 'B' | 'C', number>;
    primeConnections: number;
    mainRounds: number;
    warmupMs: number;
    rewarmMs: number;
    measureMs: number;
    leverRounds: number;
    leverMeasureMs: number;
    variantWarmupMs: number;
    maxUpgrades: number;
    connections: number[];
  };
  /** The fleet view and a watched release (issue 16); absent in runs before they were measured. */
  fleet?: FleetResult[];
  watch?: WatchResult[];
  durationSeconds: number;
  equivalence: string[];
  phases: PhaseResult[];
  fanOut: FanOutCheck[];
  /** The gateway's production start first, then as `npm start` runs it, then the baseline. */
  coldStarts: Array<{ server: ServerKind; command: string; runs: ColdStart[] }>;
  /** The command that starts the gateway under load and in the production cold start. */
  gatewayCommand: string;
  client: ClientComparison | null;
  valuesParse: ValuesParseCost | null;
  notes: string[];
}
