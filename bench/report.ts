/**
 * The run's results as a terminal table and as BENCHMARKS.md. Ratios and lever effects are
 * computed here from the phases of the same run; nothing is carried over from earlier runs
 * except the hand-written findings in bench/FINDINGS.md, included verbatim.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CaseId, PhaseResult, RunReport, ServerKind } from './results.ts';
import { FLEET_CALLS_PER_REQUEST } from './fleet.ts';
import { SCALE } from './scenarios.ts';
import { median } from './stats.ts';

const FINDINGS = fileURLToPath(new URL('FINDINGS.md', import.meta.url));
const CASES: CaseId[] = ['A', 'B@0ms', 'B@20ms', 'C'];
const CASE_TITLES: Record<CaseId, string> = {
  A: 'A lookup',
  'B@0ms': 'B dashboard, 0 ms',
  'B@20ms': 'B dashboard, 20 ms',
  C: 'C upgrade',
};
/** Issue 16's targets: gateway ÷ baseline in the same run, at every concurrency of the run. */
const TARGETS = {
  cpuPerRequest: { 'B@0ms': 1.4, A: 2.0, C: 2.0 } as Partial<Record<CaseId, number>>,
  dashboardThroughput: 0.7,
  idleRss: 1.3,
  peakRssUnderDashboard: 1.5,
  coldStart: 2,
};
/** Issue 7's targets. */
const TARGET_B_RATIO = 0.5;
const TARGET_A_ADDED_P50_MS = 1;
/** Issue 3's target: the client's rate as a share of a bare undici loop's. */
const TARGET_CLIENT_RATIO = 0.8;

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
const cpuMs = (value: number | null) => (value === null ? '–' : value.toFixed(3));
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : '–');
const rate = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : '–');
const ratio = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : '–');
const percent = (value: number) =>
  Number.isFinite(value) ? `${value >= 0 ? '+' : ''}${(value * 100).toFixed(0)} %` : '–';
const signedMs = (value: number) =>
  Number.isFinite(value) ? `${value >= 0 ? '+' : ''}${value.toFixed(2)} ms` : '–';

function table(header: string[], rows: string[][]): string {
  const lines = [header, header.map(() => '---'), ...rows];
  return `${lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n')}\n`;
}

function mainPhase(
  report: RunReport,
  caseId: CaseId,
  server: ServerKind,
  connections: number,
): PhaseResult | undefined {
  return report.phases.find(
    (phase) =>
      phase.variant === null &&
      phase.caseId === caseId &&
      phase.server === server &&
      phase.connections === connections,
  );
}

const connectionLevels = (report: RunReport) =>
  [...new Set(report.phases.map((phase) => phase.connections))].sort((a, b) => a - b);

function resultRows(report: RunReport): string[][] {
  return report.phases
    .filter((phase) => phase.variant === null)
    .map((phase) => [
      CASE_TITLES[phase.caseId],
      phase.server,
      String(phase.connections),
      rate(phase.rps),
      ms(phase.p50Ms),
      ms(phase.p99Ms),
      phase.callsPerRequest.toFixed(2),
      mb(phase.peakRssBytes),
      cpuMs(phase.serverCpuMsPerRequest),
      cpu(phase),
      `${phase.requests}${phase.failures ? ` (${phase.failures} failed)` : ''}${phase.cutShort ? ' (time bound)' : ''}`,
    ]);
}

/** The simulator busy while the server under test is not: the upstream, not the server, set the pace. */
const UPSTREAM_BOUND = { simulatorAtLeast: 90, serverBelow: 80 };

function upstreamBound(phase: PhaseResult): boolean {
  return (
    phase.server !== 'direct' &&
    (phase.simulatorCpuPercent ?? 0) >= UPSTREAM_BOUND.simulatorAtLeast &&
    (phase.serverCpuPercent ?? 100) < UPSTREAM_BOUND.serverBelow
  );
}

/**
 * Enough connections to keep the server busy, no upstream latency to wait for, no saturated
 * simulator, and still the server got little CPU: other processes had the core. Its rate and
 * latencies say more about the machine than about the server; CPU per request still holds.
 */
const STARVED = { connectionsAtLeast: 16, serverBelow: 75 };

function starved(phase: PhaseResult): boolean {
  return (
    // The simulator answering directly outruns the load generator itself: not comparable.
    phase.server !== 'direct' &&
    phase.connections >= STARVED.connectionsAtLeast &&
    phase.latencyMs === 0 &&
    !upstreamBound(phase) &&
    phase.serverCpuPercent !== null &&
    phase.serverCpuPercent < STARVED.serverBelow
  );
}

function cpu(phase: PhaseResult): string {
  const server = phase.serverCpuPercent === null ? '–' : phase.serverCpuPercent.toFixed(0);
  const simulator =
    phase.server === 'direct' || phase.simulatorCpuPercent === null
      ? '–'
      : phase.simulatorCpuPercent.toFixed(0);
  const flag = upstreamBound(phase) ? ' (upstream-bound)' : starved(phase) ? ' (starved)' : '';
  return `${server} / ${simulator}${flag}`;
}

interface Ratio {
  caseId: CaseId;
  connections: number;
  /** Either side was starved of CPU by other processes (see `starved`). */
  starved: boolean;
  throughput: number;
  addedP50Ms: number;
  cpuPerRequest: number;
}

function ratios(report: RunReport): Ratio[] {
  const out: Ratio[] = [];
  for (const caseId of CASES) {
    for (const connections of connectionLevels(report)) {
      const gateway = mainPhase(report, caseId, 'gateway', connections);
      const baseline = mainPhase(report, caseId, 'baseline', connections);
      if (!gateway || !baseline) continue;
      out.push({
        caseId,
        connections,
        starved: starved(gateway) || starved(baseline),
        throughput: gateway.rps / baseline.rps,
        addedP50Ms: gateway.p50Ms - baseline.p50Ms,
        cpuPerRequest:
          (gateway.serverCpuMsPerRequest ?? NaN) / (baseline.serverCpuMsPerRequest ?? NaN),
      });
    }
  }
  return out;
}

/**
 * The floors between baseline and gateway, in CPU per request: what GraphQL execution costs over
 * the baseline (graphql-js floor ÷ baseline), what yoga's HTTP and plugin machinery adds to it
 * (yoga floor ÷ graphql-js floor), and what the gateway's own work adds to the stack (gateway ÷
 * yoga floor). Their product is gateway ÷ baseline.
 */
function floorRows(report: RunReport): string[][] {
  const rows: string[][] = [];
  for (const caseId of CASES) {
    for (const connections of connectionLevels(report)) {
      const servers = ['baseline', 'graphql-floor', 'yoga-floor', 'gateway'] as const;
      const cpu = servers.map(
        (server) => mainPhase(report, caseId, server, connections)?.serverCpuMsPerRequest ?? null,
      );
      const [baseline, graphqlFloor, yogaFloor, gateway] = cpu;
      if (baseline == null || graphqlFloor == null || yogaFloor == null || gateway == null) {
        continue;
      }
      rows.push([
        CASE_TITLES[caseId],
        String(connections),
        ...cpu.map(cpuMs),
        ratio(graphqlFloor / baseline),
        ratio(yogaFloor / graphqlFloor),
        `**${ratio(gateway / yogaFloor)}**`,
      ]);
    }
  }
  return rows;
}

function ratioRows(report: RunReport): string[][] {
  return ratios(report).map((each) => [
    CASE_TITLES[each.caseId],
    String(each.connections),
    `**${ratio(each.cpuPerRequest)}**`,
    `${ratio(each.throughput)}${each.starved ? ' (starved run)' : ''}`,
    signedMs(each.addedP50Ms),
  ]);
}

const verdict = (ok: boolean | undefined) =>
  ok === undefined ? 'not measured' : ok ? 'met' : '**not met**';

/** The production start's cold start (the first of the gateway's), and the baseline's. */
function coldStartOf(report: RunReport, server: ServerKind) {
  const found = report.coldStarts.find((each) => each.server === server);
  return found && found.runs.length > 0
    ? {
        readyMs: median(found.runs.map((run) => run.readyMs)),
        idleRssBytes: median(found.runs.map((run) => run.idleRssBytes)),
      }
    : undefined;
}

/** Issue 16's targets, one row per measure and concurrency: target, measured ratio, verdict. */
function targetRows(report: RunReport): string[][] {
  const rows: string[][] = [];
  const all = ratios(report);
  for (const [caseId, limit] of Object.entries(TARGETS.cpuPerRequest) as Array<[CaseId, number]>) {
    for (const each of all.filter((ratioOf) => ratioOf.caseId === caseId)) {
      rows.push([
        `${CASE_TITLES[caseId]}, CPU per request`,
        String(each.connections),
        `≤ ${limit}`,
        ratio(each.cpuPerRequest),
        verdict(Number.isFinite(each.cpuPerRequest) ? each.cpuPerRequest <= limit : undefined),
      ]);
    }
  }
  for (const each of all.filter((ratioOf) => ratioOf.caseId === 'B@0ms')) {
    rows.push([
      `${CASE_TITLES['B@0ms']}, throughput`,
      String(each.connections),
      `≥ ${TARGETS.dashboardThroughput} when not starved`,
      ratio(each.throughput),
      each.starved
        ? 'not judged (starved run)'
        : verdict(each.throughput >= TARGETS.dashboardThroughput),
    ]);
  }
  const gatewayStart = coldStartOf(report, 'gateway');
  const baselineStart = coldStartOf(report, 'baseline');
  const idle =
    gatewayStart && baselineStart ? gatewayStart.idleRssBytes / baselineStart.idleRssBytes : NaN;
  rows.push([
    `idle RSS of \`${report.gatewayCommand}\``,
    '–',
    `≤ ${TARGETS.idleRss} ×`,
    `${ratio(idle)} (${gatewayStart ? mb(gatewayStart.idleRssBytes) : '–'} vs ${baselineStart ? mb(baselineStart.idleRssBytes) : '–'} MB)`,
    verdict(Number.isFinite(idle) ? idle <= TARGETS.idleRss : undefined),
  ]);
  const high = connectionLevels(report).at(-1);
  if (high !== undefined) {
    const gateway = mainPhase(report, 'B@0ms', 'gateway', high);
    const baseline = mainPhase(report, 'B@0ms', 'baseline', high);
    const peak = gateway && baseline ? gateway.peakRssBytes / baseline.peakRssBytes : NaN;
    rows.push([
      'peak RSS under B dashboard',
      String(high),
      `≤ ${TARGETS.peakRssUnderDashboard} ×`,
      `${ratio(peak)} (${gateway ? mb(gateway.peakRssBytes) : '–'} vs ${baseline ? mb(baseline.peakRssBytes) : '–'} MB)`,
      verdict(Number.isFinite(peak) ? peak <= TARGETS.peakRssUnderDashboard : undefined),
    ]);
  }
  const cold = gatewayStart && baselineStart ? gatewayStart.readyMs / baselineStart.readyMs : NaN;
  rows.push([
    `cold start of \`${report.gatewayCommand}\``,
    '–',
    `≤ ${TARGETS.coldStart} ×`,
    `${ratio(cold)} (${gatewayStart ? gatewayStart.readyMs.toFixed(0) : '–'} vs ${baselineStart ? baselineStart.readyMs.toFixed(0) : '–'} ms)`,
    verdict(Number.isFinite(cold) ? cold <= TARGETS.coldStart : undefined),
  ]);
  return rows;
}

/** The two targets of issue 7, judged at the highest and the lowest concurrency of the run. */
function targetLines(report: RunReport): string[] {
  const levels = connectionLevels(report);
  const all = ratios(report);
  const high = levels.at(-1);
  const low = levels[0];
  const b = all.find((each) => each.caseId === 'B@0ms' && each.connections === high);
  const a = all.find((each) => each.caseId === 'A' && each.connections === low);
  const met = (ok: boolean | undefined) =>
    ok === undefined ? 'not measured' : ok ? 'MET' : 'NOT MET';
  return [
    `B at 0 ms, gateway ÷ baseline throughput (c=${high}) ≥ ${TARGET_B_RATIO}: ${b ? ratio(b.throughput) : '–'} → ${met(b && b.throughput >= TARGET_B_RATIO)}` +
      (b?.starved
        ? ` (a side was starved of CPU in this run; by CPU per request the ratio is ${ratio(1 / b.cpuPerRequest)})`
        : ''),
    `A, added p50 (c=${low}) ≤ ${TARGET_A_ADDED_P50_MS} ms: ${a ? signedMs(a.addedP50Ms) : '–'} → ${met(a && a.addedP50Ms <= TARGET_A_ADDED_P50_MS)}`,
  ];
}

const operationsText = (operations: Record<string, number>) =>
  Object.entries(operations)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([operation, count]) => `${operation} ${Number.isInteger(count) ? count : count.toFixed(3)}`,
    )
    .join(', ');

function fanOutRows(report: RunReport): string[][] {
  return report.fanOut.map((check) => [
    CASE_TITLES[check.caseId],
    check.server,
    check.formula,
    operationsText(check.expected),
    operationsText(check.measured),
    check.matches ? 'yes' : '**MISMATCH**',
  ]);
}

function leverRows(report: RunReport): string[][] {
  return report.phases
    .filter((phase) => phase.variant !== null)
    .map((phase) => {
      const reference = phase.reference;
      return [
        phase.variant!,
        CASE_TITLES[phase.caseId],
        String(phase.connections),
        rate(phase.rps),
        ms(phase.p50Ms),
        reference ? `${rate(reference.rps)} / ${ms(reference.p50Ms)} ms` : '–',
        reference ? percent(phase.rps / reference.rps - 1) : '–',
        reference ? signedMs(phase.p50Ms - reference.p50Ms) : '–',
        reference
          ? `${cpuMs(reference.serverCpuMsPerRequest)} → ${cpuMs(phase.serverCpuMsPerRequest)}`
          : '–',
        reference?.peakRssBytes === undefined
          ? '–'
          : `${mb(reference.peakRssBytes)} → ${mb(phase.peakRssBytes)}`,
      ];
    });
}

function fleetRows(report: RunReport): string[][] {
  return (report.fleet ?? []).map((each) => [
    String(each.connections),
    rate(each.rps),
    ms(each.p50Ms),
    ms(each.p99Ms),
    cpuMs(each.serverCpuMsPerRequest),
    `${each.callsPerRequest.toFixed(2)} (docs/fan-out.md: ${FLEET_CALLS_PER_REQUEST})`,
    `${each.requests}${each.failures ? ` (${each.failures} failed)` : ''}`,
  ]);
}

function watchRows(report: RunReport): string[][] {
  return (report.watch ?? []).map((each) => [
    String(each.subscribers),
    String(each.upgrades),
    String(each.events),
    cpuMs(each.cpuMsPerUpgrade),
  ]);
}

/** What one more subscriber costs per event: between the fewest and the most subscribers measured. */
function cpuPerSubscriberEvent(report: RunReport): number {
  const runs = report.watch ?? [];
  const fewest = runs[0];
  const most = runs.at(-1);
  if (!fewest || !most || most === fewest) return NaN;
  if (fewest.cpuMsPerUpgrade === null || most.cpuMsPerUpgrade === null) return NaN;
  const extraCpuMs =
    most.cpuMsPerUpgrade * most.upgrades - fewest.cpuMsPerUpgrade * fewest.upgrades;
  return (extraCpuMs * 1000) / (most.events - fewest.events);
}

const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)} s`;

function coldStartRows(report: RunReport): string[][] {
  return report.coldStarts.map(({ server, command, runs }) => {
    const ready = runs.map((run) => run.readyMs);
    return [
      server,
      `\`${command ?? ''}\``,
      String(runs.length),
      `${median(ready).toFixed(0)} ms (${Math.min(...ready).toFixed(0)}–${Math.max(...ready).toFixed(0)})`,
      `${mb(median(runs.map((run) => run.idleRssBytes)))} MB`,
    ];
  });
}

function clientRows(report: RunReport): string[][] {
  return (report.client?.results ?? []).map(({ route, bare, client }) => {
    const share = client.callsPerSecond / bare.callsPerSecond;
    return [
      route,
      rate(bare.callsPerSecond),
      rate(client.callsPerSecond),
      `${ratio(share)} ${share >= TARGET_CLIENT_RATIO ? '(≥ 0.8, met)' : '(**< 0.8, NOT met**)'}`,
      bare.cpuMicrosPerCall.toFixed(1),
      client.cpuMicrosPerCall.toFixed(1),
      ratio(bare.cpuMicrosPerCall / client.cpuMicrosPerCall),
    ];
  });
}

const RESULT_HEADER = [
  'scenario',
  'server',
  'conns',
  'req/s',
  'p50 ms',
  'p99 ms',
  'upstream calls/op',
  'peak RSS MB',
  'server CPU ms/req',
  'CPU % server / simulator',
  'requests',
];
const RATIO_HEADER = [
  'scenario',
  'conns',
  'gateway ÷ baseline CPU per request',
  'gateway ÷ baseline req/s',
  'added p50',
];
const FLOOR_HEADER = [
  'scenario',
  'conns',
  'baseline CPU ms/req',
  'graphql-js floor CPU ms/req',
  'yoga floor CPU ms/req',
  'gateway CPU ms/req',
  'graphql-js floor ÷ baseline',
  'yoga floor ÷ graphql-js floor',
  'gateway ÷ yoga floor',
];
const TARGET_HEADER = ['measure', 'conns', 'target (gateway ÷ baseline)', 'this run', 'verdict'];
const FANOUT_HEADER = [
  'scenario',
  'server',
  'docs/fan-out.md',
  'expected per op',
  'measured per op',
  'equal',
];
const LEVER_HEADER = [
  'lever',
  'scenario',
  'conns',
  'req/s',
  'p50 ms',
  'default gateway (req/s / p50)',
  'Δ req/s',
  'Δ p50',
  'CPU ms/req, default → lever',
  'peak RSS MB, default → lever',
];
const COLD_HEADER = [
  'server',
  'command',
  'runs',
  'spawn → first answer (median, range)',
  'idle RSS (median)',
];
const FLEET_HEADER = [
  'conns',
  'req/s',
  'p50 ms',
  'p99 ms',
  'gateway CPU ms/req',
  'upstream calls/req',
  'requests',
];
const WATCH_HEADER = [
  'subscribers',
  'upgrades counted',
  'events delivered',
  'gateway CPU ms/upgrade',
];
const CLIENT_HEADER = [
  'route',
  'bare undici calls/s',
  'CCE client calls/s',
  'client ÷ bare',
  'bare CPU µs/call',
  'client CPU µs/call',
  'bare ÷ client CPU per call',
];

export function renderTable(report: RunReport): string {
  const parts = [
    `\n${report.command} — ${report.machine.cpuModel}, ${report.machine.cores} cores, Node ${report.machine.node}, ${report.durationSeconds.toFixed(0)} s\n`,
    table(RESULT_HEADER, resultRows(report)),
    table(RATIO_HEADER, ratioRows(report)),
    table(FLOOR_HEADER, floorRows(report)),
    table(TARGET_HEADER, targetRows(report)),
    targetLines(report).join('\n') + '\n',
    table(FANOUT_HEADER, fanOutRows(report)),
  ];
  if (report.phases.some((phase) => phase.variant !== null)) {
    parts.push(table(LEVER_HEADER, leverRows(report)));
  }
  if (report.fleet) parts.push(table(FLEET_HEADER, fleetRows(report)));
  if (report.watch) parts.push(table(WATCH_HEADER, watchRows(report)));
  parts.push(table(COLD_HEADER, coldStartRows(report)));
  if (report.client) parts.push(table(CLIENT_HEADER, clientRows(report)));
  if (report.equivalence.length > 0) {
    parts.push(`Gateway and baseline answers DIFFER:\n${report.equivalence.join('\n')}\n`);
  }
  parts.push(...report.notes.map((note) => `${note}\n`));
  return parts.join('\n');
}

function fleetAndWatch(report: RunReport): string {
  const perEvent = cpuPerSubscriberEvent(report);
  return `## The fleet view and a watched release (issue 16)

${table(FLEET_HEADER, fleetRows(report))}
\`{ outdated { kind name namespace currentVersion latestVersion cluster { name } } }\`: every
release and add-on behind its latest version in the caller's ${SCALE.clusters} clusters (bench/fleet.ts), after a warm-up, with the response
cache off as everywhere. No hand-written counterpart: the gateway's own figures, and its upstream
calls per request against docs/fan-out.md's 2 + C + C + F + F.

${table(WATCH_HEADER, watchRows(report))}
Subscribers of one caller watch one release over Server-Sent Events (\`releaseStatus\`) while it
is upgraded through the gateway ${report.watch?.[0]?.upgrades ?? 0} times, one after the other, each waited for until every
subscriber has seen it settle (bench/watch.ts). The CPU per upgrade is the mutation, the shared
poller's reads and the events sent; one more subscriber costs ${Number.isFinite(perEvent) ? `**${perEvent.toFixed(0)} µs** of the gateway's CPU per event` : 'an amount this run could not tell'}
(the difference between the most and the fewest subscribers, over the difference in events).

`;
}

function findings(): string {
  return existsSync(FINDINGS) ? readFileSync(FINDINGS, 'utf8').trim() : '';
}

export function renderMarkdown(report: RunReport): string {
  const { machine, layout, timing } = report;
  const levers = report.phases.some((phase) => phase.variant !== null);
  const settings = Object.entries(report.gatewaySettings)
    .map(([key, value]) => `\`${key}=${value}\``)
    .join(', ');
  return `# Benchmarks

Generated by \`${report.command}\` on ${machine.date} (${report.durationSeconds.toFixed(0)} s). Do not edit by hand:
every run rewrites this file. How the harness works, and how to read it, is at the end.

- **Machine:** ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}
- **Node:** ${machine.node}
- **CPU pinning:** ${layout.pinned ? `yes (taskset): ${layout.reason}` : `no: ${layout.reason}`}
- **Gateway settings:** ${settings}; everything else as shipped (security limits, access log at \`info\`, written to bench/.results/gateway.log)
- **Baseline:** bench/baseline.ts, undici Pool of ${report.baselineConnections} connections (the gateway's default)
- **Cluster directory** (per-caller cluster → family memory, docs/fan-out.md): ${report.directoryTtlMs > 0 ? `on in both gateway and baseline (TTL ${report.directoryTtlMs} ms), so lookups are warm` : 'off or absent in this build; lookups are cold'}
- **Gateway start:** \`${report.gatewayCommand}\`, the production start (the bundle \`npm run build\` writes, with Node's module compile cache), as the container and deploy/ run it
- **Answers:** ${report.equivalence.length === 0 ? 'the baseline answered exactly what the gateway answered (checked before measuring)' : `**the baseline and gateway answers differ**: ${report.equivalence.join('; ')}`}

## Targets (issue 16)

${table(TARGET_HEADER, targetRows(report))}
The headline is CPU per request: the server's CPU time over the requests it completed, which
holds on a shared machine where throughput swings with what else runs. Every ratio is gateway ÷
baseline in this run, at each concurrency; throughput is judged only in rows where neither side
was starved of its core.

## Results

${table(RESULT_HEADER, resultRows(report))}
\`conns\`: concurrent connections of the load generator (closed model): ${timing.connections.join(' and ')}.
One connection shows the cost of one request; 16 saturate the server's core. \`graphql-floor\` and
\`yoga-floor\` are the floors (below); \`direct\` is the simulator answering scenario A's single upstream call itself (ShowRelease). RSS is the peak resident memory of the serving process during
the counted run; CPU is what the serving process and the simulator used during it, in % of one
core (\`upstream-bound\`: the simulator was saturated while the server was not, so that row
measures the simulator more than the server; \`starved\`: at 16 connections and no upstream
latency the server still got under 75 % of its core, i.e. other processes had it, so that row's
rate and latencies describe the machine more than the server, while its CPU per request holds).

## Gateway ÷ baseline

${table(RATIO_HEADER, ratioRows(report))}
Targets (issue 7):

${targetLines(report)
  .map((line) => `- ${line}`)
  .join('\n')}

## The stack's floor

${table(FLOOR_HEADER, floorRows(report))}
The floors answer the gateway's own requests with the baseline's own hand-written code as their
resolvers (bench/floor-schema.ts): the same upstream calls and the same JSON (checked before
measuring). The graphql-js floor (bench/graphql-floor.ts) executes them with graphql-js straight
from node:http, each query text parsed and validated once; the yoga floor (bench/yoga-floor.ts)
serves the same schema from graphql-yoga with its defaults (graphql-js execution, its parse and
validation caches, error masking, no plugins). So the three ratios split gateway ÷ baseline (their
product) into what GraphQL execution costs, what yoga's HTTP and plugin machinery (whatwg-node's
Request and Response, envelop's hooks) adds to it, and what the gateway's own work adds to the
stack (its resolvers, loaders and CCE client, the security checks, the access log, metrics, the
response cache's lookup).

## Upstream calls per operation

${table(FANOUT_HEADER, fanOutRows(report))}
Measured as the simulator's call counts during each counted run, divided by the requests
completed in it (no request is in flight when a counted run ends, so the division is exact).

${levers ? `## Levers\n\n${table(LEVER_HEADER, leverRows(report))}\nEach lever row is a gateway variant (or the default gateway asked differently: caches missed, values selected),\nmeasured against the default gateway on the same scenario in ${report.timing.leverRounds} alternating rounds of ${seconds(report.timing.leverMeasureMs)} each\n(default, variant, default, …); both sides are the medians of their rounds. A variant started for\nits lever first takes each of its scenarios unmeasured for ${seconds(report.timing.variantWarmupMs)}, so that it is as warmed up as the\ndefault gateway.${report.valuesParse ? ` Parsing the \`values\` text of all ${report.valuesParse.releases} dashboard\nreleases (what eager parsing in the client would add to every dashboard, whether or not \`values\` is\nselected) costs ${report.valuesParse.microsPerRequest.toFixed(0)} µs of CPU per dashboard, measured in-process on the simulator's answers.` : ''}\n\n` : ''}${report.fleet && report.watch ? fleetAndWatch(report) : ''}## D. Cold start

${table(COLD_HEADER, coldStartRows(report))}
From process spawn to the first successful answer to scenario A's query (so it includes Node's
start, loading the code, building the schema, and the first upstream calls), then the resident
memory after one second idle. The production start's first run fills its compile cache (as a
pod's first start does); the later runs read it. \`node src/main.ts\` is \`npm start\`, type
stripping the sources, for comparison.

${report.client ? `## CCE client vs a bare undici loop (issue 3)\n\n${table(CLIENT_HEADER, clientRows(report))}\n${report.client.concurrency} calls in flight, pool of ${report.client.connections} connections on both sides, simulator GET with no added\nlatency, in alternating rounds in one process on the servers' core. The bare loop reads the JSON\n(\`body.json()\`); the client also maps it to the domain shape. Target: client ÷ bare ≥ ${TARGET_CLIENT_RATIO}.\nThe CPU ratio is the steadier figure on a shared machine (the rate the client would reach if\nCPU alone limited both).\n\n` : ''}${report.notes.length > 0 ? `## Notes\n\n${report.notes.map((note) => `- ${note}`).join('\n')}\n\n` : ''}${findings() ? `${findings()}\n\n` : ''}## How this is measured

- \`npm run bench\` starts five kinds of child process on loopback: the CCE simulator
  (\`src/simulator/main.ts\`, load data 10 × 30 × 8, transition delay 0), the gateway
  (built first, then \`${report.gatewayCommand}\` with \`CCE_ENDPOINT\` pointing at the simulator), the baseline
  (\`bench/baseline.ts\`) and the two floors (\`bench/graphql-floor.ts\`, \`bench/yoga-floor.ts\`). All
  four servers talk to the same simulator process.
- Before the cases, every server takes the scenarios unmeasured at ${timing.primeConnections} connections (A for ${seconds(timing.primeMs.A)}, B for
  ${seconds(timing.primeMs.B)}, C for ${seconds(timing.primeMs.C)}), so that the cases compare servers V8 has compiled, as they are once they have
  run a while: otherwise the first rounds count the compiler's threads, longest for the server with
  the most code on a request's path (\`node bench/warmup-curve.ts [--baseline]\` shows a fresh
  server's CPU per lookup settling).
- The load generator is autocannon, in the runner process, closed model, one request per
  connection at a time. The servers compared on a scenario (baseline, gateway; direct for A; the two floors in cases of their own, after the levers)
  take turns in ${timing.mainRounds} rounds, so that drift on a shared machine hits them alike; each row is the
  median of a server's rounds. A round is a warm-up bounded in time (${seconds(timing.warmupMs)} in the first round,
  ${seconds(timing.rewarmMs)} after), then a counted run (autocannon \`amount\`, sized from the warm-up's rate to last
  about ${seconds(timing.measureMs)}, capped; a timer at 3× the target bounds it in time too). Latency percentiles come from every response's own time
  (sub-millisecond), not autocannon's whole-millisecond histogram. Every answer is checked: a body
  without data or with \`errors\` counts as a failure.
- Scenario C upgrades the standard clusters' 210 releases in turn (each settles before its turn
  comes again); each upgrade adds a revision in the simulator, so a phase makes at most ${timing.maxUpgrades}.
- Upstream latency (B at 20 ms) is the simulator's latency fault on every CCE route.
- CPU is read from /proc for the serving process and the simulator over each counted run. On a
  machine shared with other work, req/s and latency can swing by half between runs; CPU ms per
  request moves much less, so compare that first. \`npm run bench:profile\` shows where that CPU
  goes (see the findings above).
- \`npm run bench:smoke\` (or \`npm run bench -- --smoke\`) runs every scenario for a moment at 4
  connections, skips the levers, prints the table and leaves this file alone. It is not part of
  \`npm test\` or CI. \`npm run bench -- --render\` rewrites this file from the last full run's
  results (bench/.results/last-run.json); \`npm run bench:profile [-- A B C] [--baseline | --yoga-floor |
  --graphql-floor]\` profiles the gateway (or the server named).
`;
}
