/** What one benchmark run found: the data behind the printed table and BENCHMARKS.md. */
import type { CpuLayout, Machine } from './machine.ts';
import type { ColdStart } from './cold-start.ts';

export type ServerKind = 'gateway' | 'baseline' | 'direct';

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
  durationSeconds: number;
  equivalence: string[];
  phases: PhaseResult[];
  fanOut: FanOutCheck[];
  coldStarts: Array<{ server: ServerKind; runs: ColdStart[] }>;
  client: ClientComparison | null;
  valuesParse: ValuesParseCost | null;
  notes: string[];
}
