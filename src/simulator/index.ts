/**
 * The embedded CCE simulator: a real HTTP server on loopback that implements the CCE REST
 * contract for clusters, releases, charts, add-ons and add-on templates (standard and Autopilot),
 * with async status transitions, token and AK/SK auth, fault injection and per-operation stats.
 *
 *   const simulator = await startSimulator({ transitionDelayMs: 30 });
 *   // … call simulator.url with X-Auth-Token: demo-token …
 *   await simulator.close();
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAuthenticator } from './auth.ts';
import { loadDemoData } from './demo/index.ts';
import { FaultRegistry, parseFaults, type Fault } from './faults.ts';
import { AddonPrecheckLifecycle } from './lifecycle/addon-prechecks.ts';
import { AddonLifecycle } from './lifecycle/addons.ts';
import { ReleaseLifecycle } from './lifecycle/releases.ts';
import { TransitionTimer } from './lifecycle/transition-timer.ts';
import { createAddonCatalog } from './model/addon-templates.ts';
import { resolveOptions, type SimulatorOptions } from './options.ts';
import { createPipeline } from './pipeline.ts';
import { createRouter } from './router.ts';
import { cceRoutes } from './routes/index.ts';
import type { RouteDef } from './routes/route.ts';
import { Scheduler } from './scheduler.ts';
import { OperationStats, type StatsSnapshot } from './stats.ts';
import { SimulatorStore } from './store.ts';

export { CONTROL_PREFIX } from './routes/control.ts';
export type { DemoScale } from './demo/index.ts';
export type { Fault } from './faults.ts';
export type { SimulatorOptions } from './options.ts';
export type { StatsSnapshot } from './stats.ts';

export interface Simulator {
  /** e.g. `http://127.0.0.1:41234` */
  readonly url: string;
  /** Requests per SDK operation name (e.g. `ListReleases`) since start or the last reset. */
  stats(): StatsSnapshot;
  resetStats(): void;
  /** Sets the fault of `fault.operation` (or the global fault); throws on an invalid fault. */
  setFault(fault: Fault): void;
  clearFaults(): void;
  /** Restores the data it started with (demo data, or none) and drops pending transitions. */
  reset(): void;
  /**
   * Calls `listener` after every reset, from `reset()` or `POST /__simulator/reset`: the embedded
   * gateway drops the answers it cached from the data before.
   */
  onReset(listener: () => void): void;
  /**
   * Answers the control routes (`/__simulator/…`, loopback callers only) for a request another
   * server received: the gateway serves them on its own port in embedded mode.
   */
  readonly controlRoutes: RequestListener;
  /** Stops listening, cancels pending transitions and drops open connections. */
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

function urlOf(address: AddressInfo): string {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const catalog = createAddonCatalog();
  const settings = resolveOptions(options, catalog);
  const store = new SimulatorStore();
  const loadData = () => {
    if (settings.demoData !== false) loadDemoData(store, catalog, settings.demoData);
  };
  loadData();

  const scheduler = new Scheduler();
  const transitions = new TransitionTimer(scheduler, settings.transitionDelayMs);
  const resetListeners: Array<() => void> = [];
  const reset = () => {
    transitions.cancelAll();
    store.clear();
    loadData();
    for (const listener of resetListeners) listener();
  };
  const routes = cceRoutes({
    store,
    catalog,
    releases: new ReleaseLifecycle(store, transitions),
    addons: new AddonLifecycle(store, transitions),
    prechecks: new AddonPrecheckLifecycle(store, transitions),
  });
  const router = createRouter<RouteDef>();
  for (const route of routes) router.add(route.method, route.path, route);
  const operations: ReadonlySet<string> = new Set(routes.map((route) => route.operation));

  const stats = new OperationStats();
  const faults = new FaultRegistry();
  const pipeline = createPipeline({
    router,
    authenticator: createAuthenticator(settings.tokens, settings.accessKeys),
    faults,
    stats,
    scheduler,
    errorCasing: settings.errorCasing,
    operations,
    reset,
  });

  const server = createServer((request, response) => pipeline.handle(request, response));
  const address = await listen(server, settings.port, settings.host);

  let closing: Promise<void> | undefined;
  return {
    url: urlOf(address),
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    setFault(fault) {
      for (const valid of parseFaults(fault, operations)) faults.set(valid);
    },
    clearFaults: () => faults.clear(),
    reset,
    onReset(listener) {
      resetListeners.push(listener);
    },
    controlRoutes: (request, response) => pipeline.handleControl(request, response),
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        scheduler.close();
        pipeline.releaseHung();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
