/**
 * What the schema's end-to-end tests share: a stack (real simulator + real gateway) per describe
 * block, a real GraphQL client (graphql-request) calling it as the demo caller, and a bounded poll
 * for asynchronous CCE transitions.
 *
 * Operations are typed from the schema: write them with `graphql(...)` from test/generated/ (run
 * `npm run codegen` after adding or changing one) and the client infers the variables and the
 * answer's type from the document. A plain string (an operation the schema must refuse, say) takes
 * its answer type as a type argument.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll } from 'vitest';
import { DEMO_TOKEN } from '../../src/simulator/demo-data.ts';
import {
  operationText,
  startStack,
  type Operation,
  type Stack,
  type StackOptions,
} from '../support/stack.ts';

export interface GraphQLErrorJson {
  message: string;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

export interface Answer<T> {
  data: T;
  errors: GraphQLErrorJson[];
}

type Variables = Record<string, unknown>;

export interface Client {
  /** The data of an operation that must succeed; fails the test with the errors otherwise. */
  request<T, V = Variables>(document: Operation<T, V>, variables?: NoInfer<V>): Promise<T>;
  /** Data and errors together, for partial answers. */
  raw<T, V = Variables>(document: Operation<T, V>, variables?: NoInfer<V>): Promise<Answer<T>>;
}

/** A client calling as the demo caller, unless `headers` name another. */
export function createClient(
  stack: Pick<Stack, 'gatewayUrl'>,
  headers: Record<string, string> = { 'X-Auth-Token': DEMO_TOKEN },
): Client {
  const client = new GraphQLClient(stack.gatewayUrl, {
    headers,
    errorPolicy: 'all',
  });
  const raw = async <T, V>(document: Operation<T, V>, variables?: V) => {
    const answer = await client.rawRequest<T>(
      operationText(document),
      variables as Variables | undefined,
    );
    // graphql-request types the errors as GraphQLError instances; they are the parsed JSON objects.
    const errors = (answer.errors ?? []) as unknown as GraphQLErrorJson[];
    return { data: answer.data, errors };
  };
  return {
    raw,
    async request<T, V>(document: Operation<T, V>, variables?: V) {
      const { data, errors } = await raw(document, variables);
      if (errors.length > 0) throw new Error(`GraphQL errors: ${JSON.stringify(errors)}`);
      return data;
    },
  };
}

/**
 * The payload of a mutation document with one root field and one `$input` variable, typed by the
 * document: `await mutate(client, RELEASE_UPGRADE, { ...key, valuesPatch })`.
 */
export async function mutate<T extends object, I>(
  client: Client,
  document: TypedDocumentNode<T, { input: I }>,
  input: NoInfer<I>,
): Promise<T[keyof T]> {
  const data = await client.request(document, { input });
  const [payload] = Object.values(data) as Array<T[keyof T]>;
  if (payload === undefined) throw new Error('The mutation answered no payload.');
  return payload;
}

/**
 * Calls `read` until `done` accepts its result: at most `attempts` times, `intervalMs` apart
 * (bounded in count and time); fails with the last result otherwise.
 */
export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { attempts = 100, intervalMs = 20 } = {},
): Promise<T> {
  let last: T | undefined;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    last = await read();
    if (done(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`Condition not reached after ${attempts} reads; last: ${JSON.stringify(last)}`);
}

/** `promise`, or a failure naming `what` after `ms`: a wait that cannot hang a test. */
export function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

export interface StackUnderTest {
  readonly stack: Stack;
  /** Calls as the demo caller. */
  readonly client: Client;
}

/**
 * Starts a stack before the tests of the calling `describe` block and closes it after them.
 * Read `stack` and `client` inside tests (they exist once `beforeAll` has run).
 */
export function useStack(options?: StackOptions): StackUnderTest {
  let started: StackUnderTest | undefined;
  beforeAll(async () => {
    const stack = await startStack(options);
    started = { stack, client: createClient(stack) };
  });
  afterAll(async () => {
    await started?.stack.close();
  });
  const current = (): StackUnderTest => {
    if (!started) throw new Error('The stack starts in beforeAll; use it inside tests.');
    return started;
  };
  return {
    get stack() {
      return current().stack;
    },
    get client() {
      return current().client;
    },
  };
}
