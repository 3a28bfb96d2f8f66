import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CceError } from '../../src/cce/errors.ts';
import { createRequestScope } from '../../src/server/request-scope.ts';
import { createYogaLogger } from '../../src/server/yoga-logger.ts';
import { captureLogs } from '../support/logs.ts';

function setup() {
  const { logger, lines } = captureLogs();
  return { yogaLogger: createYogaLogger(createRequestScope(logger)), lines };
}

describe('createYogaLogger', () => {
  it('logs unexpected errors at error level under `err`, with their stack', () => {
    const { yogaLogger, lines } = setup();
    yogaLogger.error(new TypeError('x is undefined'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 50,
      msg: 'x is undefined',
      err: { type: 'TypeError' },
    });
    expect(String((lines[0]?.['err'] as { stack?: string }).stack)).toContain('TypeError');
  });

  it('logs upstream failures as warnings with their mapped code, not as gateway errors', () => {
    const { yogaLogger, lines } = setup();
    const upstream = new CceError(
      'ListReleases',
      404,
      'CCE.01404001',
      'Release not found',
      'req-9',
    );
    yogaLogger.error(new GraphQLError('wrapped', { originalError: upstream, path: ['release'] }));
    expect(lines).toEqual([
      expect.objectContaining({
        level: 40,
        operation: 'ListReleases',
        upstream: {
          code: 'NOT_FOUND',
          cceErrorCode: 'CCE.01404001',
          cceErrorMessage: 'Release not found',
          upstreamRequestId: 'req-9',
        },
      }),
    ]);
  });

  it('redacts what yoga hands over inside a request, at any depth, tagged with the request id', async () => {
    const { logger, lines } = captureLogs();
    const scope = createRequestScope(logger);
    const yogaLogger = createYogaLogger(scope);
    const request = new Request('http://gateway.test/graphql', {
      headers: { 'x-request-id': 'req-in-scope' },
    });
    await scope.plugin.instrumentation?.request?.({ request }, () => {
      yogaLogger.error(
        Object.assign(new Error('boom'), { request: { headers: { cookie: 'c-1' } } }),
      );
      const variables = { input: { values: { auth: { rootPassword: 'pw-2', token: 'tok-3' } } } };
      yogaLogger.warn('variables', { variables });
    });
    expect(lines.map((line) => line['requestId'])).toEqual(['req-in-scope', 'req-in-scope']);
    expect(JSON.stringify(lines)).not.toMatch(/c-1|pw-2|tok-3/);
    expect(lines[0]).toMatchObject({ err: { request: { headers: { cookie: '[redacted]' } } } });
  });

  it('joins text arguments and keeps objects as objects, so redaction still applies', () => {
    const { yogaLogger, lines } = setup();
    yogaLogger.debug('parsing', 'done', { headers: { 'x-auth-token': 'secret-token' } });
    yogaLogger.info('plain');
    expect(lines[0]).toMatchObject({ level: 20, msg: 'parsing done' });
    expect(JSON.stringify(lines)).not.toContain('secret-token');
    expect(lines[1]).toMatchObject({ level: 30, msg: 'plain' });
  });
});
