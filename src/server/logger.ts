/**
 * The process logger: pino, JSON lines on stdout, with credentials redacted wherever they might be
 * attached to a log object (request headers, AK/SK settings, tokens, API keys, passwords).
 * On a developer's terminal the lines are pretty-printed instead (see `terminalDestination`).
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config.ts';

export type { Logger } from 'pino';

const CENSOR = '[redacted]';

// Header names arrive lower-cased from node:http, but objects built by hand may use either spelling.
const SECRET_HEADERS = [
  'x-auth-token',
  'X-Auth-Token',
  'authorization',
  'Authorization',
  'x-security-token',
  'x-api-key',
  'X-Api-Key',
  'cookie',
];
const SECRET_FIELDS = [
  'token',
  'accessKey',
  'secretKey',
  'securityToken',
  'serviceCredentials',
  'apiKey',
  'apiKeys',
  'password',
  'secret',
];

/** pino redaction paths: secret headers in any `headers` object up to two levels deep, secret fields up to three. */
const REDACTED_PATHS: readonly string[] = [
  ...SECRET_HEADERS.flatMap((name) => [
    `headers["${name}"]`,
    `*.headers["${name}"]`,
    `*.*.headers["${name}"]`,
  ]),
  ...SECRET_FIELDS.flatMap((name) => [name, `*.${name}`, `*.*.${name}`, `*.*.*.${name}`]),
];

export interface LoggerOptions {
  level: LogLevel;
  /** Where the JSON lines go; stdout when absent (tests pass a collecting stream). */
  destination?: DestinationStream;
}

export function createLogger({ level, destination }: LoggerOptions): Logger {
  const options = {
    level,
    base: { service: 'cce-gateway' },
    redact: { paths: [...REDACTED_PATHS], censor: CENSOR },
    timestamp: pino.stdTimeFunctions.isoTime,
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
