/** What a route is: an SDK operation on a path, answered synchronously from the store. */
import type { ErrorGroup } from '../errors.ts';
import type { ClusterFamily } from '../model/cluster.ts';
import type { Reply } from '../reply.ts';

export interface RequestContext {
  /** The authenticated caller's project. */
  readonly projectId: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** The raw body bytes; JSON routes parse them with parseJsonObject. */
  readonly body: Uint8Array;
}

export interface RouteDef {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  /** The SDK operation name (§1 of cce-api.md), used for stats and faults. */
  readonly operation: string;
  readonly group: ErrorGroup;
  /** Throws ApiError for error answers. */
  readonly handler: (context: RequestContext) => Reply;
}

/** `ListReleases` / `ListAutopilotReleases`: the SDKs put `Autopilot` right after the verb. */
export function operationName(family: ClusterFamily, verb: string, noun: string): string {
  return family === 'AUTOPILOT' ? `${verb}Autopilot${noun}` : `${verb}${noun}`;
}

/** The path prefix of each family where the standard prefix is `/api/v3`. */
export function apiPrefix(family: ClusterFamily): string {
  return family === 'AUTOPILOT' ? '/autopilot/v3' : '/api/v3';
}
