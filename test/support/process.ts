/**
 * Runs the gateway as `npm start` does (`node src/main.ts`), or another entry such as the
 * production build's `dist/start.js`, in a child process, for tests of start-up, the start log
 * line and the graceful stop.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// Settings a developer's shell might carry that would change what the child does.
const GATEWAY_SETTINGS =
  /^(PORT|HOST|SHUTDOWN_.*|RESPONSE_CACHE_.*|METRICS_.*|READINESS_.*|SUBSCRIPTIONS_.*|GRAPHIQL|LOG_LEVEL|NODE_ENV|CCE_.*|REDIS_.*|SIMULATOR_.*|GRAPHQL_.*|GATEWAY_.*|CORS_ORIGINS|CSRF_PREVENTION|MAX_REQUEST_BODY_BYTES|PERSISTED_OPERATIONS_FILE)$/;

export interface GatewayProcess {
  readonly child: ChildProcess;
  /** Parsed JSON log lines so far. */
  readonly logs: Array<Record<string, unknown>>;
  /** Non-JSON output (stderr, and anything else), line by line. */
  readonly text: string[];
  /** Resolves with the first log line matching `predicate` (bounded by `timeoutMs`). */
  waitForLog(
    predicate: (line: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  /** Resolves with the exit code (or the signal name when killed by one). */
  exited: Promise<number | string>;
}

/** Which entry to run, from which directory (default: src/main.ts in the repository). */
export interface GatewayEntry {
  script: string;
  cwd: string;
}

export function spawnGateway(
  env: Record<string, string>,
  entry: GatewayEntry = { script: 'src/main.ts', cwd: ROOT },
): GatewayProcess {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !GATEWAY_SETTINGS.test(name)),
  );
  const child = spawn(process.execPath, [entry.script], {
    cwd: entry.cwd,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Array<Record<string, unknown>> = [];
  const text: string[] = [];
  const waiters: Array<{
    predicate: (line: Record<string, unknown>) => boolean;
    resolve: (line: Record<string, unknown>) => void;
  }> = [];

  const onLine = (line: string) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      text.push(line);
      return;
    }
    const entry = parsed as Record<string, unknown>;
    logs.push(entry);
    for (const waiter of waiters.filter((w) => w.predicate(entry))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(entry);
    }
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', (line) => text.push(line));

  const exited = once(child, 'exit').then(([code, signal]) => (code ?? signal) as number | string);

  return {
    child,
    logs,
    text,
    exited,
    waitForLog(predicate, timeoutMs = 10_000) {
      const seen = logs.find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(
            new Error(
              `no matching log line within ${timeoutMs} ms; output:\n${[...logs.map((l) => JSON.stringify(l)), ...text].join('\n')}`,
            ),
          );
        }, timeoutMs);
        const waiter = {
          predicate,
          resolve: (line: Record<string, unknown>) => {
            clearTimeout(timer);
            resolve(line);
          },
        };
        waiters.push(waiter);
        void exited.then(() => {
          if (waiters.includes(waiter)) {
            clearTimeout(timer);
            reject(
              new Error(`gateway exited before logging the line; output:\n${text.join('\n')}`),
            );
          }
        });
      });
    },
  };
}
