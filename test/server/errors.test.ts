import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  CceError,
  UpstreamProtocolError,
  UpstreamTimeout,
  UpstreamUnavailable,
} from '../../src/cce/errors.ts';
import { maskError } from '../../src/server/errors.ts';
import { codeForStatus } from '../../src/service/errors.ts';

/** What graphql-js hands to yoga when a resolver at `path` throws `thrown`. */
function fromResolver(
  thrown: Error,
  path: Array<string | number> = ['clusters', 0, 'releases'],
): GraphQLError {
  return new GraphQLError(thrown.message, { path, originalError: thrown });
}

function mask(error: unknown, isDev = false): GraphQLError {
  const masked = maskError(error, 'Unexpected error.', isDev);
  expect(masked).toBeInstanceOf(GraphQLError);
  return masked as GraphQLError;
}

describe('codeForStatus', () => {
  it.each([
    [400, 'BAD_USER_INPUT'],
    [401, 'UNAUTHENTICATED'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [409, 'CONFLICT'],
    [412, 'CONFLICT'],
    [413, 'BAD_USER_INPUT'],
    [422, 'BAD_USER_INPUT'],
    [429, 'RATE_LIMITED'],
    [405, 'UPSTREAM_ERROR'],
    [500, 'UPSTREAM_ERROR'],
    [502, 'UPSTREAM_UNAVAILABLE'],
    [503, 'UPSTREAM_UNAVAILABLE'],
    [504, 'UPSTREAM_TIMEOUT'],
  ])('maps HTTP %i to %s', (status, code) => {
    expect(codeForStatus(status)).toBe(code);
  });
});

describe('maskError', () => {
  it('maps a CceError to its code, keeping CCE error code, message and request id, and the path', () => {
    const upstream = new CceError(
      'ShowRelease',
      404,
      'CCE.01404001',
      'Release not found',
      'req-42',
    );
    const masked = mask(fromResolver(upstream, ['cluster', 'release']));
    expect(masked.message).toBe('CCE has no such resource. Release not found');
    expect(masked.path).toEqual(['cluster', 'release']);
    expect(masked.toJSON().extensions).toEqual({
      code: 'NOT_FOUND',
      cceErrorCode: 'CCE.01404001',
      cceErrorMessage: 'Release not found',
      upstreamRequestId: 'req-42',
    });
  });

  it('keeps nulls when CCE sent no error code or request id', () => {
    const masked = mask(fromResolver(new CceError('ListReleases', 500, null, null, null)));
    expect(masked.extensions).toMatchObject({
      code: 'UPSTREAM_ERROR',
      cceErrorCode: null,
      upstreamRequestId: null,
    });
  });

  it.each([
    [
      new UpstreamTimeout('ListClusters', 'headers'),
      'UPSTREAM_TIMEOUT',
      'CCE did not answer in time.',
    ],
    [
      new UpstreamUnavailable('ListClusters', 'ECONNREFUSED'),
      'UPSTREAM_UNAVAILABLE',
      'CCE could not be reached.',
    ],
    [
      new UpstreamProtocolError('ListClusters', 200, 'a body that is not JSON'),
      'UPSTREAM_BAD_RESPONSE',
      'CCE sent an answer the gateway could not read.',
    ],
  ])('maps %s to %s without internal detail', (upstream, code, message) => {
    const masked = mask(fromResolver(upstream));
    expect(masked.message).toBe(message);
    expect(masked.toJSON().extensions).toEqual({ code });
  });

  it('finds an upstream error thrown directly, outside any resolver', () => {
    const masked = mask(
      new CceError(
        'ListClusters',
        401,
        'APIGW.0301',
        'Incorrect IAM authentication information',
        'r',
      ),
    );
    expect(masked.extensions['code']).toBe('UNAUTHENTICATED');
  });

  it('lets deliberate GraphQL errors through unchanged', () => {
    const deliberate = new GraphQLError('Send X-Auth-Token.', {
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(maskError(deliberate, 'Unexpected error.')).toBe(deliberate);
    const wrapped = fromResolver(deliberate);
    expect(maskError(wrapped, 'Unexpected error.')).toBe(wrapped);
  });

  it('masks anything else as INTERNAL_SERVER_ERROR, hiding its message', () => {
    const masked = mask(
      fromResolver(new TypeError('Cannot read properties of undefined (token=abc)')),
    );
    expect(masked.message).toBe('Unexpected error.');
    expect(masked.path).toEqual(['clusters', 0, 'releases']);
    expect(JSON.stringify(masked.toJSON())).not.toContain('token=abc');
    expect(masked.extensions['code']).toBe('INTERNAL_SERVER_ERROR');
  });

  it('adds the original error only in development', () => {
    const bug = fromResolver(new Error('boom'));
    expect(mask(bug, false).extensions['originalError']).toBeUndefined();
    expect(mask(bug, true).extensions['originalError']).toMatchObject({ message: 'boom' });
  });
});
