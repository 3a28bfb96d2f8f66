/**
 * A real SSE subscriber for the end-to-end tests: the `graphql-sse` client (distinct connections
 * mode, as browsers use it against yoga), one client per caller, reading results one at a time.
 */
import { createClient, type ExecutionResult } from 'graphql-sse';
import type { Client } from '../e2e/harness.ts';
import { DEMO_HEADERS, type Stack } from '../support/stack.ts';

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

export const RELEASE_STATUS = `subscription($clusterId: ID!, $namespace: String!, $name: String!) {
  releaseStatus(clusterId: $clusterId, namespace: $namespace, name: $name) {
    id status revision statusDescription
  }
}`;

export const ADDON_STATUS = `subscription($clusterId: ID!, $id: ID!) {
  addonStatus(clusterId: $clusterId, id: $id) { id status version reason }
}`;

export interface ReleaseState {
  id: string;
  status: string;
  revision: number;
  statusDescription: string | null;
}

export type ReleaseKey = { clusterId: string; namespace: string; name: string };

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

export interface AddonState {
  id: string;
  status: string;
  version: string;
  reason: string | null;
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
