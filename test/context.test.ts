import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readToken, resolveCredentials, type CallerDeps } from '../src/context.ts';

type Deps = Pick<CallerDeps, 'projectId' | 'serviceCredentials'>;

const PASS_THROUGH: Deps = { projectId: 'default-project' };
const SERVICE: Deps = {
  projectId: 'default-project',
  serviceCredentials: { accessKey: 'AK', secretKey: 'SK' },
};

function codeOf(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions['code'] : error;
  }
  return undefined;
}

describe('readToken', () => {
  it('prefers X-Auth-Token, then Authorization: Bearer', () => {
    expect(readToken(new Headers({ 'x-auth-token': ' t1 ', authorization: 'Bearer t2' }))).toBe(
      't1',
    );
    expect(readToken(new Headers({ authorization: 'bearer t2' }))).toBe('t2');
    expect(readToken(new Headers())).toBeNull();
  });

  it('refuses an Authorization header that is not a bearer token', () => {
    expect(codeOf(() => readToken(new Headers({ authorization: 'Basic dXNlcjpwdw==' })))).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('resolveCredentials', () => {
  it('passes the caller token through, in the default project or the one they name', () => {
    expect(resolveCredentials(new Headers({ 'x-auth-token': 't' }), PASS_THROUGH)).toEqual({
      kind: 'token',
      token: 't',
      projectId: 'default-project',
    });
    expect(
      resolveCredentials(new Headers({ 'x-auth-token': 't', 'x-project-id': 'p2' }), PASS_THROUGH),
    ).toMatchObject({ projectId: 'p2' });
  });

  it('refuses a malformed X-Project-Id', () => {
    const headers = new Headers({ 'x-auth-token': 't', 'x-project-id': '../admin' });
    expect(codeOf(() => resolveCredentials(headers, PASS_THROUGH))).toBe('BAD_USER_INPUT');
  });

  it('answers UNAUTHENTICATED without a token outside service mode', () => {
    expect(codeOf(() => resolveCredentials(new Headers(), PASS_THROUGH))).toBe('UNAUTHENTICATED');
  });

  it('uses the service account in service mode, always in the configured project', () => {
    expect(resolveCredentials(new Headers({ 'x-project-id': 'p2' }), SERVICE)).toEqual({
      kind: 'aksk',
      accessKey: 'AK',
      secretKey: 'SK',
      projectId: 'default-project',
    });
    expect(resolveCredentials(new Headers({ 'x-auth-token': 't' }), SERVICE)).toMatchObject({
      kind: 'token',
    });
  });
});
