/** The access line written without pino's per-call work: the same bytes pino would write. */
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LogLevel } from '../../src/config.ts';
import { writeFlatLine } from '../../src/server/flat-log-line.ts';
import type { FlatValue } from '../../src/server/log-redaction.ts';
import { createLogger } from '../../src/server/logger.ts';

function rawLogger(level: LogLevel = 'debug') {
  const written: string[] = [];
  const logger = createLogger({ level, destination: { write: (line) => void written.push(line) } });
  return { log: logger.child({ requestId: 'req-1' }), written };
}

const FIELDS: Record<string, FlatValue | undefined> = {
  method: 'POST',
  // The caller's text: credentials in it are masked, quotes and control characters escaped.
  path: '/graphql/password=hunter2/"quoted"\n',
  status: 200,
  durationMs: 1.5,
  operationName: 'Bearer abc.def',
  operationType: undefined,
  upstreamCalls: null,
  upstreamEstimate: Number.NaN,
  cached: false,
  outcome: 'partial',
  errorCodes: ['UPSTREAM_UNAVAILABLE', 'token=t-1'],
};

describe('writeFlatLine', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-12-06T20:00:00.123Z'), toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the line pino writes for the same fields, censored alike', () => {
    const { log, written } = rawLogger();
    writeFlatLine(log, 'info', FIELDS, 'request');
    log.info(FIELDS, 'request');
    expect(written).toHaveLength(2);
    expect(written[0]).toBe(written[1]);
    expect(written[0]).not.toMatch(/hunter2|abc\.def|t-1/);
    expect(JSON.parse(written[0]!)).toMatchObject({
      level: 30,
      time: '2026-12-06T20:00:00.123Z',
      service: 'cce-gateway',
      requestId: 'req-1',
      upstreamEstimate: null,
      msg: 'request',
    });
  });

  it('censors a secret-named field as pino’s lines do', () => {
    const { log, written } = rawLogger();
    writeFlatLine(log, 'info', { apiKey: 'k-1' }, 'request');
    log.info({ apiKey: 'k-1' }, 'request');
    expect(written[0]).toBe(written[1]);
    expect(written[0]).not.toContain('k-1');
  });

  it('keeps to the logger’s level', () => {
    const { log, written } = rawLogger('info');
    writeFlatLine(log, 'debug', FIELDS, 'request');
    expect(written).toEqual([]);
    const debug = rawLogger('debug');
    writeFlatLine(debug.log, 'debug', FIELDS, 'request');
    expect(JSON.parse(debug.written[0]!)).toMatchObject({ level: 20, msg: 'request' });
  });

  it('leaves a destination that reads pino’s metadata to pino', () => {
    const written: string[] = [];
    const destination = {
      [pino.symbols.needsMetadataGsym]: true,
      lastLevel: 0,
      write: (line: string) => void written.push(line),
    };
    const log = createLogger({ level: 'info', destination }).child({ requestId: 'req-2' });
    writeFlatLine(log, 'info', FIELDS, 'request');
    expect(destination.lastLevel).toBe(30);
    expect(JSON.parse(written[0]!)).toMatchObject({
      requestId: 'req-2',
      path: expect.any(String) as string,
    });
  });
});
