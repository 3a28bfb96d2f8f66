/**
 * The test stack: the real CCE simulator and the real gateway (createGateway, as main.ts builds
 * it) on 127.0.0.1, port 0, wired through a real CCE transport.
 *
 *   const stack = await startStack();                       // demo data, 30 ms transitions
 *   const { data, errors } = await gql(stack, '{ clusters { name } }');   // as the demo token
 *   await stack.close();
 *
 * Service (AK/SK) mode: `startStack({ gateway: { cce: { serviceCredentials: { accessKey, secretKey } } } })`.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { pino } from 'pino';
import type { CceTransportOptions } from '../../src/cce/transport.ts';
import { loadConfig, type GatewayConfig } from '../../src/config.ts';
import { createGateway } from '../../src/gateway.ts';
import { GRAPHQL_PATH, type GatewayServer } from '../../src/server/index.ts';
import type { Logger } from '../../src/server/logger.ts';
import { DEMO_TOKEN } from '../../src/simulator/demo-data.ts';
import {
  startSimulator,
  type Simulator,
  type SimulatorOptions,
} from '../../src/simulator/index.ts';

/** Overrides of the gateway's settings, one section at a time. */
export type GatewayOverrides = {
  [Section in keyof GatewayConfig]?: GatewayConfig[Section] extends object
    ? Partial<GatewayConfig[Section]>
    : GatewayConfig[Section];
};

export interface StackOptions {
  /** Passed to startSimulator; defaults: demo data, 30 ms status transitions, loopback, port 0. */
  simulator?: SimulatorOptions;
  /** Applied over the defaults (embedded mode, demo project, 127.0.0.1:0, NODE_ENV=test). */
  gateway?: GatewayOverrides;
  /** Applied over the transport options derived from the config (tests default to short retry delays). */
  transport?: Partial<Omit<CceTransportOptions, 'endpoint' | 'onCall'>>;
  /** Where the gateway logs; silent by default. */
  logger?: Logger;
  /**
   * Something between the gateway and the simulator (a proxy on loopback that rewrites answers,
   * say), started with the simulator's URL; the gateway calls the URL it gives.
   */
  upstream?: (simulatorUrl: string) => Promise<{ url: string; close(): Promise<void> }>;
}

export interface Stack {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:43125/graphql */
  readonly gatewayUrl: string;
  /** The gateway's base URL (for /health, GraphiQL and other non-GraphQL paths). */
  readonly baseUrl: string;
  readonly simulator: Simulator;
  readonly gateway: GatewayServer;
  readonly config: GatewayConfig;
  close(): Promise<void>;
}

export const DEMO_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'X-Auth-Token': DEMO_TOKEN,
});

/** `base` with each overridden section merged over it (whole values replaced, sections merged). */
function withOverrides(base: GatewayConfig, overrides: GatewayOverrides = {}): GatewayConfig {
  const merged: Record<string, unknown> = { ...base };
  for (const [section, value] of Object.entries(overrides)) {
    const current: unknown = merged[section];
    merged[section] =
      typeof current === 'object' && current !== null && typeof value === 'object'
        ? { ...current, ...value }
        : value;
  }
  return merged as unknown as GatewayConfig;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const config = withOverrides(
    loadConfig({
      HOST: '127.0.0.1',
      PORT: '0',
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      SHUTDOWN_GRACE_MS: '2000',
      // Off unless a test turns it on: most tests count the upstream calls of repeated queries.
      RESPONSE_CACHE_TTL_MS: '0',
    }),
    options.gateway,
  );
  // With a proxy in between, the stack runs the simulator itself and points the gateway at the
  // proxy (an endpoint, as for a real region); otherwise the gateway embeds the simulator.
  const proxied = options.upstream ? await startProxied(options.upstream, options.simulator) : null;
  const gateway = await createGateway(
    proxied
      ? withOverrides(config, { cce: { upstream: { kind: 'endpoint', endpoint: proxied.url } } })
      : config,
    {
      logger: options.logger ?? pino({ level: 'silent' }),
      simulator: { transitionDelayMs: 30, ...options.simulator },
      transport: { retry: { minDelayMs: 5, maxDelayMs: 20 }, ...options.transport },
    },
  );
  const simulator = proxied?.simulator ?? gateway.simulator;
  try {
    if (simulator === null) throw new Error('The test stack runs the embedded simulator.');
    const address = await gateway.listen();
    return {
      gatewayUrl: `${address.url}${GRAPHQL_PATH}`,
      baseUrl: address.url,
      simulator,
      gateway: gateway.server,
      config,
      close: async () => {
        await gateway.close();
        await proxied?.close();
      },
    };
  } catch (error) {
    await gateway.close();
    await proxied?.close();
    throw error;
  }
}

/** The simulator on its own, behind the test's proxy. */
async function startProxied(
  upstream: NonNullable<StackOptions['upstream']>,
  options: SimulatorOptions = {},
): Promise<{ url: string; simulator: Simulator; close(): Promise<void> }> {
  const simulator = await startSimulator({
    host: '127.0.0.1',
    port: 0,
    demoData: true,
    transitionDelayMs: 30,
    ...options,
  });
  try {
    const proxy = await upstream(simulator.url);
    return {
      url: proxy.url,
      simulator,
      async close() {
        await proxy.close();
        await simulator.close();
      },
    };
  } catch (error) {
    await simulator.close();
    throw error;
  }
}

export interface GqlError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

export interface GqlResult<T> {
  data?: T | null;
  errors?: GqlError[];
  /** HTTP status and headers of the answer, for tests about the transport itself. */
  status: number;
  headers: Headers;
}

/** A generated document (its types come with it) or the text of an operation. */
export type Operation<T, V> = TypedDocumentNode<T, V> | string;

/** The text to send for an operation. */
export function operationText(document: DocumentNode | string): string {
  return typeof document === 'string' ? document : print(document);
}

/**
 * POSTs one operation to the stack's gateway. Sends the demo token unless `headers` is given
 * (pass `{}` for an anonymous call). A generated document (test/generated/) types the variables
 * and the data; the text of an operation takes the data's type as a type argument.
 */
export async function gql<T = Record<string, unknown>, V = Record<string, unknown>>(
  stack: Pick<Stack, 'gatewayUrl'>,
  document: Operation<T, V>,
  variables?: NoInfer<V>,
  headers: Record<string, string> = DEMO_HEADERS,
): Promise<GqlResult<T>> {
  const query = operationText(document);
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: GqlError[] };
  return { ...body, status: response.status, headers: response.headers };
}
