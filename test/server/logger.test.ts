import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/server/logger.ts';
import { captureLogs } from '../support/logs.ts';

function collectingLogger() {
  const { logger, lines } = captureLogs();
  return { logger, lines, text: () => lines.map((l) => JSON.stringify(l)).join('\n') };
}

describe('createLogger', () => {
  it('writes JSON lines with level, time, service and message', () => {
    const { logger, lines } = collectingLogger();
    logger.info({ port: 4000 }, 'listening');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      service: 'cce-gateway',
      port: 4000,
      msg: 'listening',
    });
    expect(new Date(String(lines[0]?.['time'])).toISOString()).toBe(lines[0]?.['time']);
  });

  it('redacts tokens in request headers, however they are spelled and nested', () => {
    const { logger, lines, text } = collectingLogger();
    logger.info(
      { headers: { 'x-auth-token': 'tok-1', authorization: 'Bearer tok-2', accept: '*/*' } },
      'a',
    );
    logger.info(
      { req: { headers: { 'X-Auth-Token': 'tok-3', Authorization: 'Bearer tok-4' } } },
      'b',
    );
    logger.info({ details: [{ headers: { 'x-auth-token': 'tok-5' } }] }, 'c');
    expect(text()).not.toMatch(/tok-\d/);
    expect(lines[0]).toMatchObject({
      headers: { 'x-auth-token': '[redacted]', authorization: '[redacted]', accept: '*/*' },
    });
  });

  it('redacts AK/SK, security tokens and service credentials', () => {
    const { logger, text } = collectingLogger();
    logger.info({ accessKey: 'AK-1', secretKey: 'SK-1' }, 'top level');
    logger.info(
      {
        credentials: { accessKey: 'AK-2', secretKey: 'SK-2', securityToken: 'ST-2', token: 'T-2' },
      },
      'nested',
    );
    logger.info(
      { config: { cce: { serviceCredentials: { accessKey: 'AK-3', secretKey: 'SK-3' } } } },
      'config',
    );
    logger.info({ a: { b: { c: { secretKey: 'SK-4', password: 'P-4' } } } }, 'deep');
    expect(text()).not.toMatch(/AK-\d|SK-\d|ST-\d|T-\d|P-\d/);
  });

  it('redacts secret-named keys at any depth and in any spelling, inside arrays and errors', () => {
    const { logger, lines, text } = collectingLogger();
    logger.info({ details: [{ variables: { input: { values: { db: { Password: 'P-5' } } } } }] });
    logger.info({ chart: { values: { mysql: { rootPassword: 'P-6', user: 'app' } } } });
    logger.info({ X_API_KEY: 'none', 'X-Api-Key': 'K-7', SecretKey: 'SK-8' }, 'spellings');
    const cause = Object.assign(new Error('inner'), { token: 'T-9' });
    logger.error(Object.assign(new TypeError('outer', { cause }), { config: { apiKey: 'K-10' } }));
    expect(text()).not.toMatch(/P-\d|K-\d|SK-\d|T-\d/);
    expect(lines[1]).toMatchObject({ chart: { values: { mysql: { user: 'app' } } } });
    expect(lines[3]).toMatchObject({
      level: 50,
      msg: 'outer',
      err: { type: 'TypeError', message: 'outer: inner', config: { apiKey: '[redacted]' } },
    });
  });

  it('redacts objects interpolated into the message', () => {
    const { logger, text } = collectingLogger();
    logger.info('settings %o and %j', { token: 'T-11' }, { nested: { secret: 'S-12' } });
    logger.info({ at: 'start' }, 'headers %o', { authorization: 'Bearer T-13' });
    expect(text()).not.toMatch(/T-11|S-12|T-13/);
    expect(text()).toContain('[redacted]');
  });

  it('honours the level', () => {
    const lines: string[] = [];
    const logger = createLogger({
      level: 'warn',
      destination: { write: (line: string) => void lines.push(line) },
    });
    logger.info('hidden');
    logger.warn('shown');
    expect(lines).toHaveLength(1);
  });
});
