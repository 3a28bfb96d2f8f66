/**
 * Before anything is measured: the baseline and the floors must answer exactly what the gateway
 * answers, or the comparison would be between different work.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import { request } from 'undici';
import { requestOf, type LoadRequest } from './load.ts';
import type { HandWritten } from './results.ts';
import { SCENARIOS, upgradeRequest, upgradeTargets } from './scenarios.ts';
import { asksAs } from './servers.ts';

export async function send(
  base: string,
  load: LoadRequest,
): Promise<{ status: number; json: unknown }> {
  const response = await request(`${base}${load.path}`, {
    method: load.method,
    headers: load.headers,
    ...(load.body === undefined ? {} : { body: load.body }),
  });
  const text = await response.body.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.statusCode, json };
}

/** Longer than the simulator's transition delay in the benchmark (0 ms, i.e. the next timer tick). */
const SETTLE_MS = 50;

/** The first place two JSON values differ, as a path, or null. */
function firstDifference(left: unknown, right: unknown, at = '$'): string | null {
  if (isDeepStrictEqual(left, right)) return null;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) {
    return `${at}: ${JSON.stringify(left)} ≠ ${JSON.stringify(right)}`;
  }
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    const difference = firstDifference(
      (left as Record<string, unknown>)[key],
      (right as Record<string, unknown>)[key],
      `${at}.${key}`,
    );
    if (difference !== null) return difference;
  }
  return `${at}: differs`;
}

/**
 * Problems found, one line each; empty when the answers match. `other` is the baseline (asked its
 * REST routes) or a floor (asked the gateway's GraphQL requests).
 */
export async function checkEquivalence(
  gateway: string,
  other: { url: string; kind: HandWritten },
): Promise<string[]> {
  const problems: string[] = [];
  const asks = asksAs(other.kind);
  for (const scenario of [SCENARIOS.A, SCENARIOS.B]) {
    const fromGateway = await send(gateway, requestOf(scenario.gateway.request));
    const fromOther = await send(other.url, requestOf(scenario[asks].request));
    const difference = firstDifference(fromGateway.json, fromOther.json);
    if (fromGateway.status !== 200 || fromOther.status !== 200 || difference !== null) {
      problems.push(
        `${scenario.id}: gateway ${fromGateway.status}, ${other.kind} ${fromOther.status}; ${difference ?? 'same body'}`,
      );
    }
  }
  // The same release upgraded twice: the other's answer is the gateway's, one revision later.
  const input = upgradeTargets()();
  const viaGateway = await send(gateway, upgradeRequest('gateway', input));
  await sleep(SETTLE_MS);
  const viaOther = await send(other.url, upgradeRequest(asks, input));
  const bump = (json: unknown) => {
    const copy = structuredClone(json) as {
      data?: { releaseUpgrade?: { release?: { revision: number } } };
    };
    const release = copy.data?.releaseUpgrade?.release;
    if (release) release.revision += 1;
    return copy;
  };
  const difference = firstDifference(bump(viaGateway.json), viaOther.json);
  if (difference !== null) problems.push(`C: ${other.kind}: ${difference}`);
  return problems;
}
