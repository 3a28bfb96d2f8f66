/**
 * The process logger: pino, JSON lines on stdout, with credentials redacted wherever they might be
 * attached to a log object (request headers, AK/SK settings, tokens, API keys, passwords; see
 * log-redaction.ts). On a developer's terminal the lines are pretty-printed instead (see
 * `terminalDestination`).
 *
 * Child loggers' bindings are written as given: the gateway binds only ids (the request id), never
 * caller objects.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config.ts';
import { censorFormatArguments, censorSecrets } from './log-redaction.ts';

export type { Logger } from 'pino';

/** A duration for a log line: milliseconds to one decimal. */
export function logDurationMs(ms: number): number {
  return Math.round(ms * 10) / 10;
}

export interface LoggerOptions {
  level: LogLevel;
  /** Where the JSON lines go; stdout when absent (tests pass a collecting stream). */
  destination?: DestinationStream;
}

export function createLogger({ level, destination }: LoggerOptions): Logger {
  const options = {
    level,
    base: { service: 'cce-gateway' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { log: censorSecrets },
    // censorSecrets has already turned every error into pino's serialised shape.
    serializers: { err: (error: unknown) => error },
    hooks: {
      logMethod(args: unknown[], write: (...args: unknown[]) => void) {
        write.apply(this, censorFormatArguments(args));
      },
    },
  };
  // Synchronous writes to stdout: the last lines before an exit are not lost, and when stdout is
  // gone (EPIPE) logging stops at once. pino's default is asynchronous, and its exit-time flush
  // retries a broken pipe forever, so a SIGTERM would never end the process.
  return pino(options, destination ?? pino.destination({ dest: 1, sync: true }));
}

/**
 * Where the process logs: human-readable lines when stdout is a terminal (a developer running
 * `npm start`), otherwise undefined, i.e. JSON lines. pino-pretty is loaded only in the first case.
 */
export async function terminalDestination(
  stdout: { isTTY?: boolean } = process.stdout,
): Promise<DestinationStream | undefined> {
  if (stdout.isTTY !== true) return undefined;
  const { default: pretty } = await import('pino-pretty');
  // Synchronous, like pino's own stdout destination: the last lines before an exit are kept.
  return pretty({
    colorize: true,
    sync: true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,service',
  });
}
