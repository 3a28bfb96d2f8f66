/**
 * The processes a benchmark drives, started the same way by `npm run bench` and by
 * `npm run bench:profile`: the simulator with the load data, the gateway (pointed at it; by its
 * production start, the bundle in dist/, or as `npm start` runs it from the sources) and the
 * baseline. Every child is tracked, so that `stopAll` ends exactly those.
 */
import { rmSync } from 'node:fs';
import { build } from 'rolldown';
import { loadConfig } from '../src/config.ts';
import buildConfig from '../rolldown.config.ts';
import { waitUntilAnswering } from './cold-start.ts';
import type { CpuLayout } from './machine.ts';
import { spawnServer, type ChildServer } from './processes.ts';
import type { HandWritten } from './results.ts';
import { PROJECT_ID, SCALE, type Target } from './scenarios.ts';

/**
 * The gateway as measured: production mode, security limits as shipped; the response cache off,
 * so every request does the real work (the access log stays on at its shipped level).
 */
export const MEASURED_GATEWAY_ENV = { NODE_ENV: 'production', RESPONSE_CACHE_TTL_MS: '0' };

/**
 * How the gateway is started: `production` as the container and deploy/ start it (the bundle
 * `npm run build` writes, entered by dist/start.js with Node's compile cache), `source` as
 * `npm start` does (src/main.ts by type stripping; profiles name the source files).
 */
export type GatewayStart = 'production' | 'source';
export const GATEWAY_ENTRY: Record<GatewayStart, string> = {
  production: 'dist/start.js',
  source: 'src/main.ts',
};

const LISTENING = /listening on (http:\/\/\S+)/;
/** The hand-written servers' scripts (results.ts says what each is). */
export const HAND_WRITTEN_SCRIPT: Record<HandWritten, string> = {
  baseline: 'bench/baseline.ts',
  'yoga-floor': 'bench/yoga-floor.ts',
  'graphql-floor': 'bench/graphql-floor.ts',
};

/** Which server a tool's flags name: `--baseline`, `--yoga-floor`, `--graphql-floor`, else the gateway. */
export function serverNamed(args: readonly string[]): 'gateway' | HandWritten {
  return (
    (Object.keys(HAND_WRITTEN_SCRIPT) as HandWritten[]).find((kind) =>
      args.includes(`--${kind}`),
    ) ?? 'gateway'
  );
}

/**
 * A hand-written server's settings (bench/baseline-operations.ts): the gateway's shipped pool size
 * and cluster directory, so that it makes the gateway's calls on as many connections.
 */
export function handWrittenEnv(simulator: string, port: number): Record<string, string> {
  const shipped = loadConfig({ CCE_ENDPOINT: simulator, CCE_PROJECT_ID: PROJECT_ID });
  return {
    CCE_ENDPOINT: simulator,
    CCE_PROJECT_ID: PROJECT_ID,
    BASELINE_PORT: String(port),
    BASELINE_CONNECTIONS: String(shipped.cce.connections),
    BASELINE_DIRECTORY_TTL_MS: String(shipped.clusterDirectory.ttlMs),
  };
}

/** What a server is asked: the baseline its REST routes, the floors what the gateway is asked. */
export const asksAs = (kind: 'gateway' | HandWritten) =>
  kind === 'baseline' ? 'baseline' : 'gateway';
const READY_TIMEOUT_MS = 60_000;

export interface GatewayOptions {
  port: number;
  /** Settings on top of MEASURED_GATEWAY_ENV. */
  env?: Record<string, string>;
  /** Node options, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
  /** Default: production (build it first: `buildGateway`). */
  start?: GatewayStart;
}

export interface Servers {
  startSimulator(): Promise<ChildServer>;
  /** The gateway on `port` (picked by the caller: the URL is known before the process says it). */
  spawnGateway(simulator: string, options: GatewayOptions): ChildServer;
  /** A hand-written server (`kind`, default the baseline, bench/baseline.ts): `handWrittenEnv`. */
  spawnHandWritten(
    simulator: string,
    options?: { nodeArgs?: string[]; kind?: HandWritten },
  ): ChildServer;
  /** Resolves once `server` answers `target` correctly; fails with the server's last output. */
  ready(server: ChildServer, target: Target): Promise<ChildServer>;
  stop(server: ChildServer): Promise<void>;
  stopAll(): Promise<void>;
}

export function createServers(root: string, layout: CpuLayout, logDir: string): Servers {
  const children = new Set<ChildServer>();
  const track = (server: ChildServer) => {
    children.add(server);
    return server;
  };
  return {
    async startSimulator() {
      const { child, ready } = spawnServer({
        name: 'simulator',
        script: `${root}src/simulator/main.ts`,
        env: {
          SIMULATOR_PORT: '0',
          SIMULATOR_DEMO_DATA: `${SCALE.clusters}x${SCALE.releasesPerCluster}x${SCALE.addonsPerCluster}`,
          SIMULATOR_TRANSITION_DELAY_MS: '0',
        },
        core: layout.loadCore,
        readUrl: (line) => LISTENING.exec(line)?.[1] ?? null,
      });
      track(child);
      await ready;
      return child;
    },
    spawnGateway(simulator, { port, env = {}, nodeArgs = [], start = 'production' }) {
      return track(
        spawnServer({
          name: 'gateway',
          script: `${root}${GATEWAY_ENTRY[start]}`,
          nodeArgs,
          env: {
            // The run's own compile cache: the first production start fills it, as a pod's first
            // start does; restarts (the later cold starts) read it.
            NODE_COMPILE_CACHE: `${logDir}compile-cache`,
            HOST: '127.0.0.1',
            PORT: String(port),
            CCE_ENDPOINT: simulator,
            CCE_PROJECT_ID: PROJECT_ID,
            ...MEASURED_GATEWAY_ENV,
            ...env,
          },
          core: layout.serverCore,
          url: `http://127.0.0.1:${port}`,
          logFile: `${logDir}gateway.log`,
        }).child,
      );
    },
    spawnHandWritten(simulator, { nodeArgs = [], kind = 'baseline' } = {}) {
      return track(
        spawnServer({
          name: kind,
          script: `${root}${HAND_WRITTEN_SCRIPT[kind]}`,
          nodeArgs,
          env: handWrittenEnv(simulator, 0),
          core: layout.serverCore,
          readUrl: (line) => LISTENING.exec(line)?.[1] ?? null,
        }).child,
      );
    },
    async ready(server, target) {
      try {
        await waitUntilAnswering(() => server.url, target, {
          since: performance.now(),
          timeoutMs: READY_TIMEOUT_MS,
          alive: () => server.alive(),
        });
      } catch (error) {
        throw new Error(`${server.name}: ${(error as Error).message}\n${server.outputTail()}`, {
          cause: error,
        });
      }
      return server;
    },
    async stop(server) {
      await server.stop();
      children.delete(server);
    },
    async stopAll() {
      await Promise.all([...children].map((child) => child.stop()));
      children.clear();
    },
  };
}

/** `npm run build`: the bundle the production start runs, from the sources as they are now. */
export async function buildGateway(root: string, logDir: string): Promise<void> {
  // A cache filled from an older bundle would not be read (its code changed) but would take space.
  rmSync(`${logDir}compile-cache`, { recursive: true, force: true });
  await build({
    ...buildConfig,
    cwd: root,
    logLevel: 'warn',
    output: { ...buildConfig.output, dir: `${root}dist` },
  });
}
