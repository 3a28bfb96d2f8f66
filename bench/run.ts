/**
 * `npm run bench` (about 8 minutes; rewrites BENCHMARKS.md) and `npm run bench:smoke` (every
 * scenario for a moment at 4 connections, no levers; prints only); `npm run bench -- --render`
 * writes BENCHMARKS.md again from the last full run's results. Everything runs on loopback,
 * as child processes: the CCE simulator with the issue's load data, the gateway (as `src/main.ts`
 * starts it, pointed at the simulator) and the hand-written baseline (bench/baseline.ts). Exits
 * non-zero when an answer failed its check, a fan-out count differs from docs/fan-out.md, or the
 * baseline's answers differ from the gateway's. BENCHMARKS.md says what each number means.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.ts';
import { coldStart } from './cold-start.ts';
import { countedRun, cpuMsPerRequest } from './counted-run.ts';
import { checkEquivalence } from './equivalence.ts';
import { warmUp, type LoadSpec } from './load.ts';
import { describeMachine, pinProcess, planCpuLayout } from './machine.ts';
import { createRssProbe, freePort, type ChildServer } from './processes.ts';
import { renderMarkdown, renderTable } from './report.ts';
import type {
  CaseId,
  FanOutCheck,
  HandWritten,
  PhaseResult,
  RunReport,
  ServerKind,
} from './results.ts';
import { startOtlpSink } from './otlp-sink.ts';
import {
  directoryLever,
  jitLever,
  PLANS,
  tracingLever,
  type PhasePlan,
  type Settings,
} from './plan.ts';
import { PROBE, PROJECT_ID, SCENARIOS } from './scenarios.ts';
import {
  asksAs,
  buildGateway,
  createServers,
  GATEWAY_ENTRY,
  MEASURED_GATEWAY_ENV,
} from './servers.ts';
import { setLatency } from './simulator-control.ts';
import { runClientComparison } from './client-comparison.ts';
import { FLEET_CALLS_PER_REQUEST, measureFleet } from './fleet.ts';
import { measureWatch } from './watch.ts';
import { measureValuesParse } from './values-cost.ts';
import { median } from './stats.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Raw results and the gateway's log of the last run (git-ignored). */
const RESULTS = `${ROOT}bench/.results/`;
const smoke = process.argv.includes('--smoke');
const settings: Settings = smoke ? PLANS.smoke : PLANS.full;
const startedAt = performance.now();
const elapsedS = () => (performance.now() - startedAt) / 1000;
const log = (message: string) =>
  process.stderr.write(`[bench ${elapsedS().toFixed(0)}s] ${message}\n`);

const layout = planCpuLayout();
pinProcess(process.pid, layout.loadCore);
const rss = createRssProbe();
const notes: string[] = [];
const servers = createServers(ROOT, layout, RESULTS);
/** The concurrencies of the main cases, lowest first as the plan lists them. */
const connectionLevels = [...new Set(settings.main.map((plan) => plan.connections))];

const caseOf = (plan: PhasePlan): CaseId =>
  plan.scenario === 'B' ? (plan.latencyMs > 0 ? 'B@20ms' : 'B@0ms') : plan.scenario;

let currentLatency = -1;

const GATEWAY_COMMAND = {
  production: `node ${GATEWAY_ENTRY.production}`,
  source: `node ${GATEWAY_ENTRY.source}`,
};

interface Timing {
  warmupMs: number;
  measureMs: number;
}

/** The median of the rounds that could be read; null when none could. */
const medianOrNull = (values: Array<number | null>) => {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : median(known);
};

/** Rounds of one side of a lever as one result: medians of the rates, latencies and CPU. */
function medianPhase(rounds: PhaseResult[]): PhaseResult {
  const first = rounds[0]!;
  return {
    ...first,
    requests: rounds.reduce((sum, round) => sum + round.requests, 0),
    rps: median(rounds.map((round) => round.rps)),
    p50Ms: median(rounds.map((round) => round.p50Ms)),
    p99Ms: median(rounds.map((round) => round.p99Ms)),
    peakRssBytes: Math.max(...rounds.map((round) => round.peakRssBytes)),
    serverCpuPercent: medianOrNull(rounds.map((round) => round.serverCpuPercent)),
    simulatorCpuPercent: medianOrNull(rounds.map((round) => round.simulatorCpuPercent)),
    serverCpuMsPerRequest: medianOrNull(rounds.map((round) => round.serverCpuMsPerRequest)),
    failures: rounds.reduce((sum, round) => sum + round.failures, 0),
    cutShort: rounds.some((round) => round.cutShort),
  };
}

/** The main phases grouped into cases: the servers compared on one scenario, concurrency and latency. */
function casesOf(plans: readonly PhasePlan[]): PhasePlan[][] {
  const cases: PhasePlan[][] = [];
  const sameCase = (a: PhasePlan, b: PhasePlan) =>
    caseOf(a) === caseOf(b) && a.connections === b.connections;
  for (const plan of plans) {
    const last = cases.at(-1);
    if (last !== undefined && sameCase(last[0]!, plan)) last.push(plan);
    else cases.push([plan]);
  }
  return cases;
}

/**
 * One case: its servers in alternating rounds (baseline, gateway, baseline, …), so that drift on a
 * busy machine hits each alike; each server is reported by its medians. The first round warms up
 * longer.
 */
async function runCase(
  simulator: ChildServer,
  plans: readonly PhasePlan[],
  processes: Partial<Record<ServerKind, ChildServer>>,
): Promise<PhaseResult[]> {
  const rounds: PhaseResult[][] = plans.map(() => []);
  for (let round = 0; round < settings.mainRounds; round++) {
    const timing: Timing = {
      warmupMs: round === 0 ? settings.warmupMs : settings.rewarmMs,
      measureMs: settings.measureMs,
    };
    for (const [index, plan] of plans.entries()) {
      if (plan.server === 'direct') pinProcess(simulator.pid, layout.serverCore);
      const server = processes[plan.server]!;
      let phase = await runPhase(simulator, server, plan.server, plan, timing);
      if (phase.cutShort) {
        // Three times slower than its own warm-up: something else stalled the machine. Once more.
        log('cut short by its time bound: measuring it again');
        phase = await runPhase(simulator, server, plan.server, plan, timing);
      }
      rounds[index]!.push(phase);
      if (plan.server === 'direct') pinProcess(simulator.pid, layout.loadCore);
    }
  }
  return rounds.map(medianPhase);
}

/** Each server takes every scenario unmeasured (`Settings.primeMs`), one server after the other. */
async function prime(
  simulator: ChildServer,
  servers: Array<[ServerKind, ChildServer]>,
): Promise<void> {
  log(`priming ${servers.map(([kind]) => kind).join(', ')}: each scenario, unmeasured`);
  await setLatency(simulator.url, 0);
  currentLatency = 0;
  for (const [kind, server] of servers) {
    for (const scenario of ['A', 'B', 'C'] as const) {
      const plan = { scenario, server: kind, connections: settings.primeConnections, latencyMs: 0 };
      await warmUp(loadSpec(server, kind, plan), settings.primeMs[scenario]);
    }
  }
}

/**
 * A lever: the default gateway and the variant in alternating short rounds on the same scenario,
 * so that drift on a busy machine hits both; each side is reported by its medians.
 */
async function runLever(
  simulator: ChildServer,
  gateway: ChildServer,
  variant: ChildServer,
  plan: PhasePlan,
): Promise<PhaseResult> {
  const defaultPlan: PhasePlan = {
    scenario: plan.scenario,
    server: 'gateway',
    connections: plan.connections,
    latencyMs: plan.latencyMs,
  };
  const defaults: PhaseResult[] = [];
  const variants: PhaseResult[] = [];
  for (let round = 0; round < settings.leverRounds; round++) {
    const timing: Timing = {
      warmupMs: round === 0 ? settings.leverWarmupMs : settings.leverRewarmMs,
      measureMs: settings.leverMeasureMs,
    };
    defaults.push(await runPhase(simulator, gateway, 'gateway', defaultPlan, timing));
    variants.push(await runPhase(simulator, variant, 'gateway', plan, timing));
  }
  const reference = medianPhase(defaults);
  return {
    ...medianPhase(variants),
    reference: {
      rps: reference.rps,
      p50Ms: reference.p50Ms,
      serverCpuMsPerRequest: reference.serverCpuMsPerRequest,
      peakRssBytes: reference.peakRssBytes,
    },
  };
}

/** Null too when nothing completed (a run stalled by the machine): there is nothing to divide by. */
const percentOf = (cpu: number | null, elapsedMs: number) =>
  cpu === null || elapsedMs <= 0 ? null : (cpu / (elapsedMs / 1000)) * 100;

function loadSpec(server: ChildServer, kind: ServerKind, plan: PhasePlan): LoadSpec {
  const scenario = SCENARIOS[plan.scenario];
  const target = plan.target ?? (kind === 'direct' ? scenario.direct! : scenario[asksAs(kind)]);
  return {
    url: server.url,
    connections: plan.connections,
    request: target.request,
    verify: target.verify,
  };
}

async function runPhase(
  simulator: ChildServer,
  server: ChildServer,
  kind: ServerKind,
  plan: PhasePlan,
  timing: Timing,
): Promise<PhaseResult> {
  if (plan.latencyMs !== currentLatency) {
    await setLatency(simulator.url, plan.latencyMs);
    currentLatency = plan.latencyMs;
  }
  const { warm, result, serverCpuSeconds, simulatorCpuSeconds, peakRssBytes, calls } =
    await countedRun(
      simulator,
      server,
      loadSpec(server, kind, plan),
      {
        ...timing,
        minRequests: settings.minRequests,
        maxRequests: plan.scenario === 'C' ? settings.maxUpgrades : settings.maxRequests,
      },
      rss,
    );
  const callsPerOperation = Object.fromEntries(
    Object.entries(calls).map(([operation, count]) => [operation, count / result.requests]),
  );
  const phase: PhaseResult = {
    caseId: caseOf(plan),
    server: kind,
    variant: plan.variant ?? null,
    connections: plan.connections,
    latencyMs: plan.latencyMs,
    requests: result.requests,
    rps: result.rps,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    callsPerOperation,
    callsPerRequest: Object.values(callsPerOperation).reduce((sum, value) => sum + value, 0),
    peakRssBytes,
    serverCpuPercent: percentOf(serverCpuSeconds, result.elapsedMs),
    simulatorCpuPercent: percentOf(simulatorCpuSeconds, result.elapsedMs),
    serverCpuMsPerRequest: cpuMsPerRequest(serverCpuSeconds, result.requests),
    reference: null,
    failures: result.failures + warm.failures,
    cutShort: result.cutShort,
  };
  log(
    `${phase.caseId} ${kind}${phase.variant ? ` [${phase.variant}]` : ''} c=${plan.connections}: ` +
      `${phase.rps.toFixed(0)} req/s, p50 ${phase.p50Ms.toFixed(2)} ms, p99 ${phase.p99Ms.toFixed(2)} ms, ` +
      `${phase.callsPerRequest.toFixed(2)} calls/op, CPU ${phase.serverCpuPercent?.toFixed(0) ?? '?'} % ` +
      `(${phase.serverCpuMsPerRequest?.toFixed(3) ?? '?'} ms/req; simulator ${phase.simulatorCpuPercent?.toFixed(0) ?? '?'} %)` +
      `${phase.failures ? `, ${phase.failures} FAILURES` : ''}`,
  );
  return phase;
}

function fanOutChecks(phases: PhaseResult[], warm: boolean): FanOutCheck[] {
  const checks: FanOutCheck[] = [];
  for (const phase of phases) {
    // A run cut short by its time bound ended with requests in flight: its counts are not exact.
    if (phase.variant !== null || phase.server === 'direct' || phase.cutShort) continue;
    if (checks.some((check) => check.caseId === phase.caseId && check.server === phase.server)) {
      continue;
    }
    const scenario = SCENARIOS[phase.caseId.startsWith('B') ? 'B' : (phase.caseId as 'A' | 'C')];
    const { formula, operations: expected } = scenario.fanOut[warm ? 'warm' : 'cold'];
    const measured = phase.callsPerOperation;
    const operations = new Set([...Object.keys(expected), ...Object.keys(measured)]);
    const matches = [...operations].every(
      (operation) => Math.abs((measured[operation] ?? 0) - (expected[operation] ?? 0)) < 1e-9,
    );
    checks.push({
      caseId: phase.caseId,
      server: phase.server,
      formula,
      expected,
      measured,
      matches,
    });
  }
  return checks;
}

async function main(): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  log(`${smoke ? 'smoke' : 'full'} run; ${layout.reason}`);
  log(`building the gateway (npm run build): it runs as ${GATEWAY_COMMAND.production}`);
  await buildGateway(ROOT, RESULTS);
  const machine = describeMachine();
  const simulator = await servers.startSimulator();
  const shipped = loadConfig({ CCE_ENDPOINT: simulator.url, CCE_PROJECT_ID: PROJECT_ID });
  const poolSize = shipped.cce.connections;
  // The per-caller cluster directory: the baseline keeps one alike.
  const directoryTtlMs = shipped.clusterDirectory.ttlMs;

  const gateway = await servers.ready(
    servers.spawnGateway(simulator.url, { port: await freePort() }),
    PROBE.gateway,
  );
  const baseline = await servers.ready(servers.spawnHandWritten(simulator.url), PROBE.baseline);
  const floors = {
    'yoga-floor': await servers.ready(
      servers.spawnHandWritten(simulator.url, { kind: 'yoga-floor' }),
      PROBE.gateway,
    ),
    'graphql-floor': await servers.ready(
      servers.spawnHandWritten(simulator.url, { kind: 'graphql-floor' }),
      PROBE.gateway,
    ),
  };
  const equivalence: string[] = [];
  const handWritten = Object.entries({ baseline, ...floors }) as Array<[HandWritten, ChildServer]>;
  for (const [kind, server] of handWritten) {
    equivalence.push(...(await checkEquivalence(gateway.url, { url: server.url, kind })));
  }
  if (equivalence.length > 0) log(`ANSWERS DIFFER:\n  ${equivalence.join('\n  ')}`);

  await prime(simulator, [
    ['baseline', baseline],
    ['gateway', gateway],
  ]);
  const phases: PhaseResult[] = [];
  for (const plans of casesOf(settings.main)) {
    phases.push(...(await runCase(simulator, plans, { gateway, baseline, direct: simulator })));
  }
  await setLatency(simulator.url, 0);
  currentLatency = 0;
  log('fleet view (outdated)');
  const fleet = await measureFleet(simulator, gateway, connectionLevels, settings.fleet, rss);
  log('a watched release');
  const watch = await measureWatch(gateway, settings.watch.subscribers, settings.watch.upgrades);
  await servers.stop(baseline);
  // Tracing's lever before the settings' own: issue 15 asks for its cost in every full run.
  const otlpSink = smoke ? null : await startOtlpSink();
  const levers = [
    ...(directoryTtlMs > 0 && !smoke ? [directoryLever()] : []),
    ...(smoke ? [] : [jitLever(shipped.server.graphqlJit)]),
    ...(otlpSink ? [tracingLever(otlpSink.url)] : []),
    ...settings.levers,
  ];
  for (const lever of levers) {
    if (elapsedS() > settings.budgetSeconds) {
      notes.push(`Lever "${lever.name}" skipped: the run had used its time budget.`);
      continue;
    }
    const spawned = Object.keys(lever.env).length > 0 || lever.start !== undefined;
    const variant = spawned
      ? await servers.ready(
          servers.spawnGateway(simulator.url, {
            port: await freePort(),
            env: lever.env,
            ...(lever.start ? { start: lever.start } : {}),
          }),
          PROBE.gateway,
        )
      : gateway;
    for (const plan of lever.phases) {
      if (spawned) {
        // A fresh process has optimised nothing yet; the default gateway has run for minutes.
        await setLatency(simulator.url, plan.latencyMs);
        currentLatency = plan.latencyMs;
        await warmUp(loadSpec(variant, 'gateway', plan), settings.variantWarmupMs);
      }
      phases.push(await runLever(simulator, gateway, variant, { ...plan, variant: lever.name }));
    }
    if (spawned) await servers.stop(variant);
  }
  await servers.stop(gateway);
  // The floors after the gateway's levers, each primed just before (see `floorPhases` in plan.ts).
  await prime(simulator, [
    ['graphql-floor', floors['graphql-floor']],
    ['yoga-floor', floors['yoga-floor']],
  ]);
  for (const plans of casesOf(settings.floors)) {
    phases.push(...(await runCase(simulator, plans, floors)));
  }

  await servers.stop(floors['yoga-floor']);
  await servers.stop(floors['graphql-floor']);
  if (otlpSink) {
    log(`tracing lever: the sink received ${otlpSink.received.requests} OTLP exports`);
    await otlpSink.close();
  }
  await setLatency(simulator.url, 0);
  currentLatency = 0;

  log('cold starts');
  const coldStarts: RunReport['coldStarts'] = [];
  const starts = [
    { server: 'gateway', command: GATEWAY_COMMAND.production, start: 'production' },
    { server: 'gateway', command: GATEWAY_COMMAND.source, start: 'source' },
    { server: 'baseline', command: 'node bench/baseline.ts', start: null },
  ] as const;
  for (const { server: kind, command, start } of starts) {
    const runs = [];
    for (let run = 0; run < settings.coldStartRuns; run++) {
      const port = await freePort();
      runs.push(
        await coldStart(
          () =>
            start !== null
              ? servers.spawnGateway(simulator.url, { port, start })
              : servers.spawnHandWritten(simulator.url),
          PROBE[kind],
          rss,
          60_000,
        ),
      );
    }
    coldStarts.push({ server: kind, command, runs });
  }

  log('CCE client vs bare undici');
  const client = await runClientComparison(ROOT, simulator.url, layout.serverCore, settings.client);
  const valuesParse = await measureValuesParse(simulator.url, settings.valuesParseMs);
  await servers.stop(simulator);

  const report: RunReport = {
    command: smoke ? 'npm run bench -- --smoke' : 'npm run bench',
    smoke,
    machine,
    layout,
    gatewaySettings: { ...MEASURED_GATEWAY_ENV, CCE_POOL_CONNECTIONS: String(poolSize) },
    baselineConnections: poolSize,
    directoryTtlMs,
    timing: {
      primeMs: settings.primeMs,
      primeConnections: settings.primeConnections,
      mainRounds: settings.mainRounds,
      warmupMs: settings.warmupMs,
      rewarmMs: settings.rewarmMs,
      measureMs: settings.measureMs,
      leverRounds: settings.leverRounds,
      leverMeasureMs: settings.leverMeasureMs,
      variantWarmupMs: settings.variantWarmupMs,
      maxUpgrades: settings.maxUpgrades,
      connections: connectionLevels,
    },
    durationSeconds: elapsedS(),
    equivalence,
    phases,
    fanOut: fanOutChecks(phases, directoryTtlMs > 0),
    coldStarts,
    fleet,
    watch,
    gatewayCommand: GATEWAY_COMMAND.production,
    client,
    valuesParse,
    notes,
  };
  process.stdout.write(renderTable(report));
  writeFileSync(`${RESULTS}${smoke ? 'smoke' : 'last-run'}.json`, JSON.stringify(report, null, 2));
  if (!smoke) {
    writeFileSync(`${ROOT}BENCHMARKS.md`, renderMarkdown(report));
    log('BENCHMARKS.md rewritten');
  }
  const mismatched = report.fanOut.filter((check) => !check.matches);
  const failed = phases.filter((phase) => phase.failures > 0 || phase.requests === 0);
  const fleetFailed = fleet.filter(
    (each) => each.failures > 0 || Math.abs(each.callsPerRequest - FLEET_CALLS_PER_REQUEST) > 1e-9,
  );
  if (
    equivalence.length > 0 ||
    mismatched.length > 0 ||
    failed.length > 0 ||
    fleetFailed.length > 0
  ) {
    log('finished WITH PROBLEMS (see above)');
    process.exitCode = 1;
  }
}

/** `--render`: BENCHMARKS.md again from the last full run's results (after a change to the report). */
function render(): void {
  const report = JSON.parse(readFileSync(`${RESULTS}last-run.json`, 'utf8')) as RunReport;
  writeFileSync(`${ROOT}BENCHMARKS.md`, renderMarkdown(report));
  log(`BENCHMARKS.md rendered from the run of ${report.machine.date}`);
}

if (process.argv.includes('--render')) {
  render();
} else {
  try {
    await main();
  } finally {
    await servers.stopAll();
  }
}
