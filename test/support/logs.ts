/** A gateway logger (the real one, redaction included) whose JSON lines tests can read back. */
import type { LogLevel } from '../../src/config.ts';
import { createLogger, type Logger } from '../../src/server/logger.ts';

export interface CapturedLogs {
  readonly logger: Logger;
  /** Every line written so far, parsed. */
  readonly lines: Array<Record<string, unknown>>;
}

export function captureLogs(level: LogLevel = 'debug'): CapturedLogs {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger({
    level,
    destination: {
      write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>),
    },
  });
  return { logger, lines };
}
