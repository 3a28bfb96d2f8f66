/**
 * yoga's logger interface (debug/info/warn/error with loose arguments) on top of pino.
 *
 * Lines are written through the current request's child logger, so they carry its request id.
 * Errors land under pino's `err` key. Failures of CCE itself are expected operational events, not
 * gateway bugs: yoga reports them through `error`, they are logged as warnings with their code.
 */
import type { YogaLogger } from 'graphql-yoga';
import { findUpstreamError, upstreamErrorExtensions } from '../service/errors.ts';
import type { RequestScope } from './request-scope.ts';

type Level = keyof YogaLogger;

export function createYogaLogger(scope: RequestScope): YogaLogger {
  const write = (level: Level, args: unknown[]): void => {
    const log = scope.log();
    const texts: string[] = [];
    const details: unknown[] = [];
    for (const arg of args) {
      if (arg instanceof Error) {
        const upstream = findUpstreamError(arg);
        if (upstream !== null && level === 'error') {
          log.warn(
            { upstream: upstreamErrorExtensions(upstream), operation: upstream.operation },
            arg.message,
          );
        } else {
          log[level]({ err: arg }, arg.message);
        }
      } else if (typeof arg === 'object' && arg !== null) {
        details.push(arg); // kept as an object so that pino's redaction applies to it
      } else {
        texts.push(String(arg));
      }
    }
    if (texts.length > 0 || details.length > 0) {
      log[level](details.length > 0 ? { details } : {}, texts.join(' '));
    }
  };
  return {
    debug: (...args: unknown[]) => write('debug', args),
    info: (...args: unknown[]) => write('info', args),
    warn: (...args: unknown[]) => write('warn', args),
    error: (...args: unknown[]) => write('error', args),
  };
}
