/**
 * The process logger: pino, JSON lines on stdout, with credentials redacted wherever they might be
 * attached to a log object (request headers, AK/SK settings, tokens).
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
];
const SECRET_FIELDS = [
  'token',
  'accessKey',
  'secretKey',
  'securityToken',
  'serviceCredentials',
  'password',
];

/** pino redaction paths: secret headers in any `headers` object up to two levels deep, secret fields up to three. */
export const REDACTED_PATHS: readonly string[] = [
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
  // pino's default destination writes synchronously, so the last lines before an exit are not lost.
  return destination ? pino(options, destination) : pino(options);
}
