/**
 * What a run measures, and for how long. The full plan fits in about 8 minutes on a 2-core
 * machine; the smoke plan touches every scenario and server for a moment.
 */
import type { CountedRunOptions } from './counted-run.ts';
import type { ServerKind } from './results.ts';
import type { GatewayStart } from './servers.ts';
import type { ScenarioId, Target } from './scenarios.ts';
import { RELEASE_ROW, SCENARIOS, dashboardTarget, withUniqueText } from './scenarios.ts';

export interface PhasePlan {
  scenario: ScenarioId;
  server: ServerKind;
  connections: number;
  /** Upstream latency added by the simulator to every call. */
  latencyMs: number;
  /** Another request than the scenario's own (a lever that changes the request). */
  target?: Target;
  variant?: string;
}

export interface Lever {
  name: string;
  /** Gateway settings of this variant (on top of the measured defaults). */
  env: Record<string, string>;
  /** How the variant is started, when not as the default gateway is (the production start). */
  start?: GatewayStart;
  phases: PhasePlan[];
}

export interface Settings {
  /**
   * Before the main cases, every server takes each scenario for `primeMs[scenario]` at
   * `primeConnections`, unmeasured: the cases then compare servers whose hot paths V8 has already
   * compiled, as they are once a server has run for a while. Without it the first rounds count the
   * compilation (V8's optimising threads are the server's CPU too), which the gateway, with far
   * more code on a request's path, pays for longer: `node bench/warmup-curve.ts` shows its CPU per
   * lookup settling after about 20 s at one connection, the baseline's after about 10 s.
   */
  primeMs: Record<ScenarioId, number>;
  primeConnections: number;
  /**
   * The servers of a case (scenario, concurrency, latency) are measured in `mainRounds` rounds of
   * `measureMs` each, one server after the other; a server's first round warms up for `warmupMs`,
   * the others for `rewarmMs`.
   */
  mainRounds: number;
  warmupMs: number;
  rewarmMs: number;
  measureMs: number;
  /**
   * A lever is measured in `leverRounds` short rounds, each a run of the default gateway then one
   * of the variant; the first round warms up longer.
   */
  leverRounds: number;
  /** A gateway variant started for a lever first runs each of its scenarios this long, unmeasured. */
  variantWarmupMs: number;
  leverWarmupMs: number;
  leverRewarmMs: number;
  leverMeasureMs: number;
  minRequests: number;
  maxRequests: number;
  /** Each upgrade adds a revision in the simulator: at most this many per phase. */
  maxUpgrades: number;
  coldStartRuns: number;
  valuesParseMs: number;
  client: { warmupMs: number; roundMs: number; rounds: number };
  /** Levers not started after this many seconds are skipped, to keep the run under 9 minutes. */
  budgetSeconds: number;
  main: PhasePlan[];
  /** The fleet view (`outdated`, bench/fleet.ts), at each concurrency of the main cases. */
  fleet: CountedRunOptions;
  /** A watched release (bench/watch.ts): subscriber counts, and upgrades counted for each. */
  watch: { subscribers: number[]; upgrades: number };
  /** The floors' cases (results.ts), measured after the main ones. */
  floors: PhasePlan[];
  levers: Lever[];
}

/** Low concurrency shows the cost per request; 16 connections saturate the server's core. */
const LATENCY_CONNECTIONS = 1;
const THROUGHPUT_CONNECTIONS = 16;
const UPSTREAM_LATENCY_MS = 20;

function mainPhases(connections: readonly number[]): PhasePlan[] {
  return connections.flatMap((c): PhasePlan[] => [
    { scenario: 'A', server: 'direct', connections: c, latencyMs: 0 },
    { scenario: 'A', server: 'baseline', connections: c, latencyMs: 0 },
    { scenario: 'A', server: 'gateway', connections: c, latencyMs: 0 },
    { scenario: 'B', server: 'baseline', connections: c, latencyMs: 0 },
    { scenario: 'B', server: 'gateway', connections: c, latencyMs: 0 },
    { scenario: 'C', server: 'baseline', connections: c, latencyMs: 0 },
    { scenario: 'C', server: 'gateway', connections: c, latencyMs: 0 },
    { scenario: 'B', server: 'baseline', connections: c, latencyMs: UPSTREAM_LATENCY_MS },
    { scenario: 'B', server: 'gateway', connections: c, latencyMs: UPSTREAM_LATENCY_MS },
  ]);
}

/**
 * The floors' cases, run after the main ones rather than inside them: a server idles while the
 * others of its case are measured, and past about 8 s idle V8's memory reducer sets it back (the
 * gateway's next 2 s cost 2.8× after 40 s idle, and it takes some 10 s to recover; with
 * `--no-memory-reducer`, nothing: `node bench/warmup-curve.ts --idle 40`). Two more servers in the
 * main cases would double the gateway's idle gaps there.
 */
function floorPhases(connections: readonly number[]): PhasePlan[] {
  return connections.flatMap((c) =>
    (['A', 'B', 'C'] as const).flatMap((scenario): PhasePlan[] => [
      { scenario, server: 'graphql-floor', connections: c, latencyMs: 0 },
      { scenario, server: 'yoga-floor', connections: c, latencyMs: 0 },
    ]),
  );
}

const gatewayPhase = (
  scenario: ScenarioId,
  connections: number,
  latencyMs = 0,
  target?: Target,
): PhasePlan => ({
  scenario,
  server: 'gateway',
  connections,
  latencyMs,
  ...(target ? { target } : {}),
});

/**
 * The levers of issue 7. graphql-jit is measured against whatever the shipped default is (the
 * variant flips it); the parse/validation caches are defeated by a unique query text per request
 * (a cache keyed by the text then never hits), so no setting is needed to turn them off.
 */
const LEVERS: Lever[] = [
  {
    name: 'parse/validation caches missed (unique query text)',
    env: {},
    phases: [gatewayPhase('A', LATENCY_CONNECTIONS, 0, withUniqueText(SCENARIOS.A.gateway))],
  },
  {
    name: 'values selected on every release',
    env: {},
    phases: [
      gatewayPhase('B', THROUGHPUT_CONNECTIONS, 0, dashboardTarget(`${RELEASE_ROW} values`)),
    ],
  },
  {
    name: 'access log off (LOG_LEVEL=warn)',
    env: { LOG_LEVEL: 'warn' },
    phases: [gatewayPhase('A', THROUGHPUT_CONNECTIONS)],
  },
  {
    // Issue 16: V8's young generation capped (Node's default lets each semi-space grow to 32 MB).
    name: 'young generation capped (NODE_OPTIONS=--max-semi-space-size=8)',
    env: { NODE_OPTIONS: '--max-semi-space-size=8' },
    phases: [gatewayPhase('B', THROUGHPUT_CONNECTIONS)],
  },
  {
    // Issue 16: the other way, V8's young generation let grow to twice the default: fewer
    // scavenges (garbage collection was 8-19 % of the profiles) for more memory.
    name: 'young generation raised (NODE_OPTIONS=--max-semi-space-size=64)',
    env: { NODE_OPTIONS: '--max-semi-space-size=64' },
    phases: [gatewayPhase('B', THROUGHPUT_CONNECTIONS)],
  },
  {
    // Issue 16: the sources by type stripping, as `npm start` runs them, instead of the bundle.
    name: 'started as npm start does (node src/main.ts)',
    env: {},
    start: 'source',
    phases: [gatewayPhase('A', LATENCY_CONNECTIONS), gatewayPhase('B', THROUGHPUT_CONNECTIONS)],
  },
  {
    name: 'CCE_POOL_CONNECTIONS=16',
    env: { CCE_POOL_CONNECTIONS: '16' },
    phases: [gatewayPhase('B', THROUGHPUT_CONNECTIONS, UPSTREAM_LATENCY_MS)],
  },
  {
    name: 'CCE_POOL_CONNECTIONS=256',
    env: { CCE_POOL_CONNECTIONS: '256' },
    phases: [gatewayPhase('B', THROUGHPUT_CONNECTIONS, UPSTREAM_LATENCY_MS)],
  },
];

/**
 * graphql-jit, flipped from the shipped default of GRAPHQL_JIT: on the per-request cost (A, one
 * connection) and on throughput (B at 16). Not on C: mutations run on graphql-js either way.
 */
export function jitLever(shippedDefault: boolean): Lever {
  const flipped = String(!shippedDefault);
  return {
    name: `GRAPHQL_JIT=${flipped}`,
    env: { GRAPHQL_JIT: flipped },
    phases: [gatewayPhase('A', LATENCY_CONNECTIONS), gatewayPhase('B', THROUGHPUT_CONNECTIONS)],
  };
}

/** The per-caller cluster directory off: every lookup pays the two cluster lists again. */
export function directoryLever(): Lever {
  return {
    name: 'cluster directory off (CLUSTER_FAMILY_CACHE_TTL_MS=0)',
    env: { CLUSTER_FAMILY_CACHE_TTL_MS: '0' },
    phases: [gatewayPhase('A', LATENCY_CONNECTIONS)],
  };
}

/**
 * Tracing on (issue 15), every request sampled, spans exported over OTLP/HTTP protobuf to a
 * loopback sink (otlp-sink.ts): its cost per request (A, one connection) and on the dashboard's
 * throughput (B at 16: a span per CCE call and per resolver that calls CCE). The default gateway
 * is the tracing-off side.
 */
export function tracingLever(sinkUrl: string): Lever {
  return {
    name: 'tracing on (OTLP to a loopback sink)',
    env: { OTEL_EXPORTER_OTLP_ENDPOINT: sinkUrl, OTEL_TRACES_SAMPLER: 'always_on' },
    phases: [gatewayPhase('A', LATENCY_CONNECTIONS), gatewayPhase('B', THROUGHPUT_CONNECTIONS)],
  };
}

export const PLANS: Record<'full' | 'smoke', Settings> = {
  full: {
    primeMs: { A: 10_000, B: 4_000, C: 4_000 },
    primeConnections: 4,
    mainRounds: 3,
    warmupMs: 2_000,
    // A server sits idle while the others of its case are measured; its first seconds after
    // that cost more (the gateway's first 2 s after 12 s idle: about a third more than before).
    rewarmMs: 1_000,
    measureMs: 1_000,
    leverRounds: 3,
    variantWarmupMs: 4_000,
    leverWarmupMs: 800,
    leverRewarmMs: 250,
    leverMeasureMs: 1_000,
    minRequests: 50,
    maxRequests: 200_000,
    maxUpgrades: 3_000,
    coldStartRuns: 3,
    valuesParseMs: 500,
    client: { warmupMs: 800, roundMs: 800, rounds: 4 },
    budgetSeconds: 440,
    main: mainPhases([LATENCY_CONNECTIONS, THROUGHPUT_CONNECTIONS]),
    fleet: { warmupMs: 2_000, measureMs: 2_000, minRequests: 20, maxRequests: 20_000 },
    // Up to the shipped SUBSCRIPTIONS_MAX_PER_CALLER (20): one caller's watchers share one poller.
    watch: { subscribers: [1, 20], upgrades: 40 },
    floors: floorPhases([LATENCY_CONNECTIONS, THROUGHPUT_CONNECTIONS]),
    levers: LEVERS,
  },
  smoke: {
    primeMs: { A: 200, B: 200, C: 200 },
    primeConnections: 4,
    mainRounds: 1,
    warmupMs: 200,
    rewarmMs: 100,
    measureMs: 300,
    leverRounds: 1,
    variantWarmupMs: 200,
    leverWarmupMs: 200,
    leverRewarmMs: 100,
    leverMeasureMs: 300,
    minRequests: 5,
    maxRequests: 5_000,
    maxUpgrades: 200,
    coldStartRuns: 1,
    valuesParseMs: 50,
    client: { warmupMs: 100, roundMs: 200, rounds: 1 },
    budgetSeconds: 60,
    main: mainPhases([4]),
    fleet: { warmupMs: 200, measureMs: 300, minRequests: 5, maxRequests: 2_000 },
    watch: { subscribers: [1, 3], upgrades: 3 },
    floors: floorPhases([4]),
    levers: [],
  },
};
