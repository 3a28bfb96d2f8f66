/**
 * The load generator: autocannon, closed model (a fixed number of connections, each sending its
 * next request when the previous answer is in).
 *
 * A measurement is a warm-up bounded by time, then a run bounded by count (`amount`), sized from
 * the warm-up's rate to last about the measuring time. Bounding by count means no request is in
 * flight when the run ends, so the simulator's call counts divide exactly by the completed
 * requests. A timer bounds the counted run in time too; a run it cuts short is reported as such.
 *
 * Latencies come from autocannon's per-response times (sub-millisecond), not its histogram, which
 * keeps whole milliseconds only.
 */
import autocannon from 'autocannon';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** The request to send now: the fixed one, or the next of a generated series. */
export function requestOf(request: LoadSpec['request']): LoadRequest {
  return typeof request === 'function' ? request() : request;
}

export interface LoadSpec {
  /** Base URL of the server under load. */
  url: string;
  connections: number;
  /** One fixed request, or a new one for every request (e.g. a mutation that rotates its target). */
  request: LoadRequest | (() => LoadRequest);
  /** A cheap check of every answer's body; failures are counted as mismatches. */
  verify: (body: string) => boolean;
}

export interface LoadResult {
  requests: number;
  elapsedMs: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  /** Connection errors, timeouts, non-2xx answers and failed body checks. */
  failures: number;
  /** The time bound stopped the run before its count. */
  cutShort: boolean;
}

/** Per-request time limit: far above any answer in these scenarios, so a hang shows as a failure. */
const REQUEST_TIMEOUT_S = 10;
const SAMPLE_INTERVAL_MS = 20;

/** autocannon writes `Content-Length` into the headers it is given: it gets its own copies. */
function own(request: LoadRequest): LoadRequest {
  return { ...request, headers: { ...request.headers } };
}

function autocannonRequest(request: LoadSpec['request']): autocannon.Request {
  if (typeof request !== 'function') return own(request);
  // setupRequest gets autocannon's request (host, port, …) and must hand back all of it.
  return { ...own(request()), setupRequest: (defaults) => ({ ...defaults, ...own(request()) }) };
}

function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

interface Bounds {
  /** Requests to complete (autocannon `amount`); null: run for `timeMs`. */
  amount: number | null;
  timeMs: number;
}

async function drive(spec: LoadSpec, bounds: Bounds): Promise<LoadResult> {
  const samples: number[] = [];
  const startedAt = performance.now();
  let finish: (error: Error | null, result: autocannon.Result) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = (error, result) => (error ? reject(error) : resolve(result));
  });
  const instance = autocannon(
    {
      url: spec.url,
      connections:
        bounds.amount === null ? spec.connections : Math.min(spec.connections, bounds.amount),
      pipelining: 1,
      timeout: REQUEST_TIMEOUT_S,
      // autocannon notices that a counted run is complete only at its next sample tick.
      sampleInt: SAMPLE_INTERVAL_MS,
      ...(bounds.amount === null
        ? { duration: bounds.timeMs / 1000 }
        : { amount: bounds.amount, duration: bounds.timeMs / 1000 }),
      requests: [autocannonRequest(spec.request)],
      verifyBody: (body) => spec.verify(typeof body === 'string' ? body : String(body ?? '')),
    },
    (error: Error | null, result) => finish(error, result),
  );
  let lastAnswerAt = startedAt;
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    lastAnswerAt = performance.now();
    if (statusCode >= 200 && statusCode < 300) samples.push(responseTime);
  });
  let cutShort = false;
  const bound =
    bounds.amount === null
      ? null
      : setTimeout(() => {
          cutShort = true;
          instance.stop();
        }, bounds.timeMs);
  const result = await done;
  if (bound !== null) clearTimeout(bound);
  const elapsedMs = lastAnswerAt - startedAt;

  const sorted = Float64Array.from(samples).sort();
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    requests: sorted.length,
    elapsedMs,
    rps: (sorted.length / elapsedMs) * 1000,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    meanMs: sorted.length === 0 ? Number.NaN : total / sorted.length,
    failures: result.errors + result.timeouts + result.non2xx + result.mismatches,
    cutShort,
  };
}

/** Runs for `timeMs`; the result (mostly its rate) sizes the counted run. */
export function warmUp(spec: LoadSpec, timeMs: number): Promise<LoadResult> {
  return drive(spec, { amount: null, timeMs });
}

/**
 * A counted run of about `targetMs` at `expectedRps`, at most `maxRequests`, cut at 3× the target
 * time at the latest.
 */
export function measure(
  spec: LoadSpec,
  options: { expectedRps: number; targetMs: number; minRequests: number; maxRequests: number },
): Promise<LoadResult> {
  const wanted = Math.round((options.expectedRps * options.targetMs) / 1000);
  const amount = Math.max(options.minRequests, Math.min(options.maxRequests, wanted));
  return drive(spec, { amount, timeMs: options.targetMs * 3 });
}
