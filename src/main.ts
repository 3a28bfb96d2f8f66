/**
 * Start: settings → logger → the gateway (src/gateway.ts builds every part) → listen.
 * Stop (SIGTERM/SIGINT): no new connections, in-flight requests finish, then yoga, the transport
 * and the simulator are closed, and the process exits 0.
 *
 * With neither CCE_ENDPOINT nor CCE_REGION set, the gateway serves the CCE simulator with its demo
 * data from this same process, so `npm start` on a fresh clone answers its first query.
 */
// First: stops on too old a Node before any dependency loads.
import './node-version.ts';
import { ConfigError, loadConfig, type GatewayConfig } from './config.ts';
import { createGateway, type Gateway } from './gateway.ts';
import { GRAPHQL_PATH } from './server/index.ts';
import type { ListeningAddress } from './server/http.ts';
import { DEMO_TOKEN } from './simulator/demo-data.ts';
import { createLogger, terminalDestination, type Logger } from './server/logger.ts';

function startupMessage(config: GatewayConfig, address: ListeningAddress): string {
  const graphql = `${address.url}${GRAPHQL_PATH}`;
  const { upstream, projectId, serviceCredentials } = config.cce;
  if (upstream.kind === 'embedded') {
    return (
      `cce-gateway is listening on ${graphql} (open it in a browser for GraphiQL). ` +
      `It is serving the embedded CCE simulator with demo data (project ${projectId}); ` +
      `send the demo token as "X-Auth-Token: ${DEMO_TOKEN}" (GraphiQL has it pre-filled). ` +
      'To use a real region instead, set CCE_REGION (e.g. ap-southeast-1) and CCE_PROJECT_ID, ' +
      'then either send your IAM token as X-Auth-Token or Authorization: Bearer, ' +
      'or set CCE_ACCESS_KEY and CCE_SECRET_KEY for AK/SK service mode.'
    );
  }
  const where =
    upstream.kind === 'region'
      ? `region ${upstream.region} (${upstream.endpoint})`
      : upstream.endpoint;
  const auth = serviceCredentials
    ? 'authenticating as the service AK/SK (callers need no token)'
    : "passing each caller's X-Auth-Token or Authorization: Bearer token through";
  return `cce-gateway is listening on ${graphql}, serving CCE ${where}, project ${projectId}, ${auth}.`;
}

interface Started {
  gateway: Gateway;
  address: ListeningAddress;
}

async function start(config: GatewayConfig, logger: Logger): Promise<Started> {
  const gateway = await createGateway(config, { logger, processMetrics: true });
  try {
    return { gateway, address: await gateway.listen() };
  } catch (error) {
    await gateway.close();
    throw error;
  }
}

/** The start line: tools (and tests) take it as the sign that the gateway is up. */
function announce(logger: Logger, config: GatewayConfig, { address, gateway }: Started): void {
  logger.info(
    {
      url: `${address.url}${GRAPHQL_PATH}`,
      host: address.host,
      port: address.port,
      upstream: config.cce.upstream.kind,
      endpoint: gateway.endpoint,
      projectId: config.cce.projectId,
      serviceMode: config.cce.serviceCredentials !== null,
    },
    startupMessage(config, address),
  );
}

/**
 * Why the gateway could not start, in one line that names the cause and what to change: the
 * operator needs no stack trace for a port in use or an unreadable file.
 */
function startupFailure(error: unknown, config: GatewayConfig): string {
  const { host, port } = config.server;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EADDRINUSE') {
    return `port ${port} on ${host} is already in use (set PORT to a free one, or stop what uses it)`;
  }
  if (code === 'EACCES') return `no permission to listen on port ${port} on ${host} (set PORT)`;
  if (code === 'EADDRNOTAVAIL') return `${host} is not an address of this machine (set HOST)`;
  if (error instanceof ConfigError) return error.problems.join('; ');
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
}

function handleSignals(gateway: Gateway, logger: Logger): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn({ signal }, 'second stop signal: exiting without waiting for in-flight requests');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'stopping: finishing in-flight requests');
    gateway.close().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'failed to stop cleanly');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  // SIGHUP reads PERSISTED_OPERATIONS_FILE again, so a new frontend release needs no restart.
  process.on('SIGHUP', () => {
    try {
      const operations = gateway.server.reloadTrustedDocuments();
      if (operations === null) logger.warn('SIGHUP: no PERSISTED_OPERATIONS_FILE to reload');
      else logger.info({ operations }, 'SIGHUP: trusted documents reloaded');
    } catch (error) {
      const problems = error instanceof ConfigError ? error.problems : [String(error)];
      logger.error({ problems }, 'SIGHUP: trusted documents not reloaded; the previous list stays');
    }
  });
}

async function main(): Promise<void> {
  let config: GatewayConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`cce-gateway: ${error.message}\nSee .env.example for every setting.\n`);
    process.exit(1);
  }
  const destination = await terminalDestination();
  const logger = createLogger({ level: config.logLevel, ...(destination ? { destination } : {}) });
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception');
    process.exit(1);
  });
  // A rejection nobody awaited is a bug, but one a request may trigger: the request it belonged to
  // has already been answered (INTERNAL_SERVER_ERROR) or will be, and nothing else is in doubt, so
  // it is logged for the fix and the process serves on. (An uncaught exception may have left state
  // half-changed: that one still ends the process.)
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled promise rejection (a bug; the gateway carries on)');
  });
  try {
    const started = await start(config, logger);
    handleSignals(started.gateway, logger);
    // Only now, with the stop handlers in place: whoever waits for this line may stop us at once.
    announce(logger, config, started);
  } catch (error) {
    const cause = startupFailure(error, config);
    logger.fatal({ cause }, `failed to start: ${cause}`);
    process.exit(1);
  }
}

await main();
