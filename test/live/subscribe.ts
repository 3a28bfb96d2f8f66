/**
 * A real SSE subscriber for the end-to-end tests: the `graphql-sse` client (distinct connections
 * mode, as browsers use it against yoga), one client per caller, reading results one at a time.
 */
import { createClient, type ExecutionResult } from 'graphql-sse';
import { expect } from 'vitest';
import type { LiveStats } from '../../src/live/registry.ts';
import { OTHER_PROJECT_ID, OTHER_TOKEN } from '../../src/simulator/demo-data.ts';
import { pollUntil, type Client } from '../e2e/harness.ts';
import type { GatewayConfig } from '../../src/config.ts';
import type { SimulatorOptions } from '../../src/simulator/index.ts';
import { DEMO_HEADERS, type Stack, type StackOptions } from '../support/stack.ts';

/** More results than any subscription in these tests emits: a runaway stream fails, not hangs. */
const MAX_RESULTS = 50;

export type Result<T> = ExecutionResult<T, unknown>;

export interface Subscriber<T> {
  /** The next result; fails when the stream has ended instead. */
  next(): Promise<Result<T>>;
  /** Every result until the server completes the stream. */
  rest(): Promise<Array<Result<T>>>;
  /** Unsubscribes (closes the SSE connection). */
  close(): Promise<void>;
}

export function subscribe<T>(
  stack: Pick<Stack, 'gatewayUrl'>,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = DEMO_HEADERS,
): Subscriber<T> {
  const client = createClient({ url: stack.gatewayUrl, headers, retryAttempts: 0 });
  const results = client.iterate<T>({ query, variables });
  return {
    async next() {
      const result = await results.next();
      if (result.done) throw new Error('the subscription completed');
      return result.value;
    },
    async rest() {
      const all: Array<Result<T>> = [];
      for await (const result of results) {
        all.push(result);
        if (all.length > MAX_RESULTS) throw new Error(`more than ${MAX_RESULTS} results`);
      }
      return all;
    },
    async close() {
      await results.return?.();
      client.dispose();
    },
  };
}

/** The errors' codes of a result, for assertions. */
export function errorCodes(result: Result<unknown>): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.['code']);
}

/** A release's states until it settles (`untilSettled`: the stream completes there). */
export const RELEASE_STATUS = `subscription($clusterId: ID!, $namespace: String!, $name: String!) {
  releaseStatus(clusterId: $clusterId, namespace: $namespace, name: $name, untilSettled: true) {
    id status revision statusDescription
  }
}`;

/** A release's states until the client leaves or the release is deleted (a console's watch). */
export const RELEASE_WATCH = `subscription($clusterId: ID!, $namespace: String!, $name: String!) {
  releaseStatus(clusterId: $clusterId, namespace: $namespace, name: $name) {
    id status revision statusDescription
  }
}`;

/** An add-on's states until it settles. */
export const ADDON_STATUS = `subscription($clusterId: ID!, $id: ID!) {
  addonStatus(clusterId: $clusterId, id: $id, untilSettled: true) { id status version reason }
}`;

/**
 * A stack for following lifecycles: transitions slow enough that the pending state is always
 * read before it settles, and quick polls.
 */
export const LIFECYCLE_STACK: StackOptions = {
  simulator: { transitionDelayMs: 800 },
  gateway: { subscriptions: { pollInitialMs: 50, pollMaxMs: 200 } },
};

/**
 * A stack whose pending states outlast the test (transitions take a minute), every poller reading
 * each `pollMs`: a quiet stack (polls a minute apart: whatever a watcher sees was pushed) or a
 * clock. `subscriptions` and `simulator` settings go over these.
 */
export function steadyStack(
  pollMs: number,
  overrides: {
    subscriptions?: Partial<GatewayConfig['subscriptions']>;
    simulator?: SimulatorOptions;
  } = {},
): StackOptions {
  return {
    simulator: { transitionDelayMs: 60_000, ...overrides.simulator },
    gateway: {
      subscriptions: { pollInitialMs: pollMs, pollMaxMs: pollMs, ...overrides.subscriptions },
    },
  };
}

/** Headers of the caller of another project (other-token, other-project). */
export const OTHER_CALLER: Readonly<Record<string, string>> = Object.freeze({
  'X-Auth-Token': OTHER_TOKEN,
  'X-Project-Id': OTHER_PROJECT_ID,
});

export interface ReleaseState {
  id: string;
  status: string;
  revision: number;
  statusDescription: string | null;
}

export type ReleaseKey = { clusterId: string; namespace: string; name: string };

export type ReleaseData = { releaseStatus: ReleaseState };

/** The status each result shows (or its errors, as JSON), for assertions. */
export const releaseStatuses = (results: Array<Result<ReleaseData>>): string[] =>
  results.map((result) => result.data?.releaseStatus.status ?? JSON.stringify(result.errors));

/** Subscribes to `releaseStatus` of `key` (as the demo caller unless `headers` name another). */
export function watchRelease(
  stack: Pick<Stack, 'gatewayUrl'>,
  key: ReleaseKey,
  headers?: Record<string, string>,
): Subscriber<ReleaseData> {
  return subscribe<ReleaseData>(stack, RELEASE_STATUS, key, headers);
}

/** Installs a release through the gateway; it comes back pending (and stays so for the transition delay). */
export async function createRelease(
  client: Client,
  key: ReleaseKey,
  chartId: string,
  values: Record<string, unknown> = {},
): Promise<ReleaseState> {
  const { releaseCreate } = await client.request<{
    releaseCreate: { release: ReleaseState | null; userErrors: unknown[] };
  }>(
    `mutation($input: ReleaseCreateInput!) {
      releaseCreate(input: $input) { release { id status revision statusDescription } userErrors { message } }
    }`,
    { input: { ...key, chartId, values } },
  );
  if (!releaseCreate.release) throw new Error(JSON.stringify(releaseCreate.userErrors));
  if (releaseCreate.release.status !== 'PENDING_INSTALL') {
    throw new Error(`the new release is ${releaseCreate.release.status}, not PENDING_INSTALL`);
  }
  return releaseCreate.release;
}

type ReleaseMutation = 'releaseUpgrade' | 'releaseRollback' | 'releaseDelete';

/** Runs a release mutation through the gateway; the release it answered with (null: none). */
export async function changeRelease(
  client: Client,
  mutation: ReleaseMutation,
  input: Record<string, unknown>,
): Promise<ReleaseState | null> {
  const inputType = `${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}Input`;
  const answer = await client.request<Record<ReleaseMutation, { release: ReleaseState | null }>>(
    `mutation($input: ${inputType}!) {
      ${mutation}(input: $input) { release { id status revision statusDescription } }
    }`,
    { input },
  );
  return answer[mutation].release;
}

export interface AddonState {
  id: string;
  status: string;
  version: string;
  reason: string | null;
}

export type AddonData = { addonStatus: AddonState };

/** Subscribes to `addonStatus` of add-on `id` (global or CCE id) in `clusterId`. */
export function watchAddon(
  stack: Pick<Stack, 'gatewayUrl'>,
  clusterId: string,
  id: string,
): Subscriber<AddonData> {
  return subscribe<AddonData>(stack, ADDON_STATUS, { clusterId, id });
}

/** What each result shows (by `show`); every result must carry data and no errors. */
export function steps<T>(results: Array<Result<T>>, show: (data: T) => string): string[] {
  return results.map((result) => {
    expect(result.errors).toBeUndefined();
    return result.data ? show(result.data) : 'no data';
  });
}

/** Waits (bounded) until the gateway's live registry has exactly `expected` open. */
export function untilLive(stack: Pick<Stack, 'gateway'>, expected: LiveStats): Promise<LiveStats> {
  return pollUntil(
    () => Promise.resolve(stack.gateway.live.stats()),
    (stats) => stats.subscriptions === expected.subscriptions && stats.pollers === expected.pollers,
  );
}

/** One frame of a raw event stream: an event with its data, or a comment (yoga's keep-alive ping). */
export type Frame = { event: string; data: string } | { comment: string };

/**
 * Reads an event stream frame by frame with plain fetch, as curl would see it; `frames` yields at
 * most `limit` frames (a bound, not a wait) and stops at the end of the response.
 */
export async function* frames(response: Response, limit = 100): AsyncGenerator<Frame> {
  if (!response.body) throw new Error('the response has no body');
  const decoder = new TextDecoder();
  let buffered = '';
  let count = 0;
  for await (const chunk of response.body) {
    buffered += decoder.decode(chunk, { stream: true });
    let end = buffered.indexOf('\n\n');
    while (end >= 0) {
      const block = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      end = buffered.indexOf('\n\n');
      const lines = block.split('\n');
      if (lines.every((line) => line.startsWith(':'))) {
        yield { comment: lines.join('\n') };
      } else {
        const field = (name: string) =>
          lines
            .filter((line) => line.startsWith(`${name}:`))
            .map((line) => line.slice(name.length + 1).trimStart())
            .join('\n');
        yield { event: field('event'), data: field('data') };
      }
      count += 1;
      if (count >= limit) return;
    }
  }
}
