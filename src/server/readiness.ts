/**
 * `/readiness`: whether this instance should receive traffic. It answers 503 with a JSON reason
 * while CCE cannot be reached, while the Redis that replicas share (REDIS_URL) is away, and from
 * the moment the server begins to stop (so that a load balancer takes it out of rotation before it
 * stops accepting connections). `/health` stays the liveness check: it never looks upstream, so a
 * CCE outage does not get healthy instances restarted.
 *
 * The upstream probe is an HTTP GET of the endpoint's root without credentials: any answer below
 * 500 (CCE's API gateway answers 401 or 404 there) means reachable. It runs on demand, on a fresh
 * connection with a short timeout; its verdict is reused for a while, and concurrent checks share
 * one probe, so readiness requests cannot be turned into a flood of calls to CCE.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Plugin } from 'graphql-yoga';
import { Client } from 'undici';

export const READINESS_PATH = '/readiness';

export type ReadinessVerdict =
  | { readonly ready: true }
  | {
      readonly ready: false;
      readonly reason:
        'draining' | 'redis-unavailable' | 'upstream-unreachable' | 'upstream-failing';
      /** An error code or HTTP status, never an address or a message from elsewhere. */
      readonly detail?: string;
    };

export interface ReadinessOptions {
  /** The CCE endpoint the transport calls (base URL; its path prefix is kept). */
  endpoint: string;
  probeTimeoutMs: number;
  /** How long a verdict is reused; 0 probes on every check. */
  probeCacheMs: number;
  /**
   * Whether the Redis that replicas share answers now; absent without REDIS_URL. While it does
   * not, this replica still answers (alone: local polling, no response cache), but is reported.
   */
  redisReady?: () => boolean;
}

export interface Readiness {
  /** The current verdict (probing CCE if the last verdict is too old). */
  check(): Promise<ReadinessVerdict>;
  /**
   * Not ready from now on: the server is stopping. Resolves after `delayMs`, the time a load
   * balancer needs to notice, during which requests are still served.
   */
  beginDraining(delayMs: number): Promise<void>;
  /** The yoga plugin answering `/readiness`. */
  readonly plugin: Plugin;
  /** Closes the probe's HTTP client. */
  close(): Promise<void>;
}

const READY: ReadinessVerdict = { ready: true };
const DRAINING: ReadinessVerdict = { ready: false, reason: 'draining' };
const REDIS_UNAVAILABLE: ReadinessVerdict = { ready: false, reason: 'redis-unavailable' };

function failureCode(error: unknown): string {
  const cause: unknown = error instanceof Error && error.cause !== undefined ? error.cause : error;
  const code = (cause as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return cause instanceof Error ? cause.name : 'UNKNOWN';
}

export function createReadiness({
  endpoint,
  probeTimeoutMs,
  probeCacheMs,
  redisReady,
}: ReadinessOptions): Readiness {
  const url = new URL(endpoint);
  const path = `${url.pathname.replace(/\/+$/, '')}/`;
  const client = new Client(url.origin, {
    connectTimeout: probeTimeoutMs,
    headersTimeout: probeTimeoutMs,
    bodyTimeout: probeTimeoutMs,
  });
  let draining = false;
  let last: { verdict: ReadinessVerdict; at: number } | undefined;
  let probing: Promise<ReadinessVerdict> | undefined;

  async function probe(): Promise<ReadinessVerdict> {
    try {
      const answer = await client.request({
        method: 'GET',
        path,
        // A new connection each time: the probe is about reaching CCE, and leaves nothing open.
        reset: true,
        signal: AbortSignal.timeout(probeTimeoutMs),
      });
      await answer.body.dump();
      return answer.statusCode < 500
        ? READY
        : { ready: false, reason: 'upstream-failing', detail: `HTTP ${answer.statusCode}` };
    } catch (error) {
      return { ready: false, reason: 'upstream-unreachable', detail: failureCode(error) };
    }
  }

  async function upstreamVerdict(): Promise<ReadinessVerdict> {
    if (last !== undefined && performance.now() - last.at < probeCacheMs) return last.verdict;
    probing ??= probe().then((verdict) => {
      last = { verdict, at: performance.now() };
      probing = undefined;
      return verdict;
    });
    return probing;
  }

  const check = async (): Promise<ReadinessVerdict> => {
    if (draining) return DRAINING;
    if (redisReady && !redisReady()) return REDIS_UNAVAILABLE;
    const verdict = await upstreamVerdict();
    // Stopping may have begun while the probe ran.
    return draining ? DRAINING : verdict;
  };

  const plugin: Plugin = {
    onRequest(payload) {
      const { url: requestUrl, fetchAPI } = payload;
      if (requestUrl.pathname !== READINESS_PATH) return undefined;
      return check().then((verdict) => {
        const body = verdict.ready
          ? { status: 'ready' }
          : { status: 'not ready', reason: verdict.reason, detail: verdict.detail };
        payload.endResponse(
          new fetchAPI.Response(JSON.stringify(body), {
            status: verdict.ready ? 200 : 503,
            headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
          }),
        );
      });
    },
  };

  return {
    check,
    async beginDraining(delayMs) {
      draining = true;
      if (delayMs > 0) await sleep(delayMs);
    },
    plugin,
    close: () => client.close(),
  };
}
