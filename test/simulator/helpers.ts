/** Shared by the simulator tests: a simulator on 127.0.0.1:0, HTTP calls over loopback, polling. */
import { request } from 'undici';
import { afterEach } from 'vitest';
import { DEMO_TOKEN } from '../../src/simulator/demo-data.ts';
import {
  startSimulator,
  type Simulator,
  type SimulatorOptions,
} from '../../src/simulator/index.ts';

/** Short enough for fast tests, long enough to observe the PENDING_* / installing states. */
export const TRANSITION_MS = 40;

const running: Simulator[] = [];

/** Starts a simulator that is closed after the current test. */
export async function simulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const started = await startSimulator({ transitionDelayMs: TRANSITION_MS, ...options });
  running.push(started);
  return started;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((started) => started.close()));
});

export interface CallOptions {
  body?: unknown;
  /** Raw body text, sent as is (for malformed JSON). */
  rawBody?: string;
  /** `null` sends no X-Auth-Token. */
  token?: string | null;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json<T = Record<string, unknown>>(): T;
}

export async function call(
  target: Simulator,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<CallResult> {
  const token = options.token === undefined ? DEMO_TOKEN : options.token;
  const body =
    options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const response = await request(`${target.url}${path}`, {
    method: method as 'GET',
    headers: {
      ...(token === null ? {} : { 'x-auth-token': token }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...options.headers,
    },
    body,
  });
  const text = await response.body.text();
  return {
    status: response.statusCode,
    headers: response.headers,
    text,
    json: <T>() => JSON.parse(text) as T,
  };
}

/** Calls until `done` holds for the answer (every 5 ms, at most 2 s); returns that answer. */
export async function pollUntil(
  attempt: () => Promise<CallResult>,
  done: (result: CallResult) => boolean,
): Promise<CallResult> {
  const deadline = Date.now() + 2000;
  for (;;) {
    const result = await attempt();
    if (done(result)) return result;
    if (Date.now() > deadline) {
      throw new Error(
        `condition not reached; last answer ${result.status} ${result.text.slice(0, 300)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The CCE error body in the default (camel) casing. */
export function cceError(result: CallResult): { errorCode: string; errorMessage: string } {
  return result.json<{ errorCode: string; errorMessage: string }>();
}

/** `ReleaseResp` as the seed pages document it. */
export interface ReleaseResp {
  chart_name: string;
  chart_public: boolean;
  chart_version: string;
  cluster_id: string;
  cluster_name: string;
  create_at: string;
  description: string;
  name: string;
  namespace: string;
  parameters: string;
  resources: string;
  status: string;
  status_description: string;
  update_at: string;
  values: string;
  version: number;
}

export interface AddonInstance {
  kind: string;
  apiVersion: string;
  metadata: {
    uid: string;
    name: string;
    alias: string;
    creationTimestamp: string;
    updateTimestamp: string;
  };
  spec: {
    clusterID: string;
    version: string;
    addonTemplateName: string;
    addonTemplateType: string;
    addonTemplateLogo: string;
    addonTemplateLabels: string[];
    description: string;
    values: Record<string, unknown>;
  };
  status: {
    status: string;
    Reason: string;
    message: string;
    targetVersions: string[] | null;
    currentVersion: { version: string; input: Record<string, unknown>; stable: boolean };
    isRollbackable: boolean;
    previousVersion?: string;
  };
}

export interface Envelope<T> {
  kind: string;
  apiVersion: string;
  items: T[];
}
