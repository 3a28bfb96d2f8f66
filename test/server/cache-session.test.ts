/** The response cache's session: who an entry belongs to, read from the request headers. */
import { describe, expect, it } from 'vitest';
import { credentialScope } from '../../src/cce/credentials.ts';
import { createCallerResolver } from '../../src/context.ts';
import { responseCacheSession } from '../../src/server/cache/session.ts';

const PASS_THROUGH = { projectId: 'project-a' };
const SERVICE = {
  projectId: 'project-a',
  serviceCredentials: { accessKey: 'SERVICE-AK', secretKey: 'SERVICE-SK' },
};

const session = (headers: Record<string, string>, deps = PASS_THROUGH) =>
  responseCacheSession(
    new Request('http://gateway.test/graphql', { headers }),
    createCallerResolver(deps),
  );

describe('responseCacheSession', () => {
  it("is the token's credential scope in pass-through mode, however the token is sent", () => {
    const scope = credentialScope({ kind: 'token', token: 'tok-1', projectId: 'project-a' });
    expect(session({ 'x-auth-token': 'tok-1' })).toBe(scope);
    expect(session({ authorization: 'Bearer tok-1' })).toBe(scope);
  });

  it('differs by token and by project, and never contains the token', () => {
    const sessions = [
      session({ 'x-auth-token': 'tok-1' }),
      session({ 'x-auth-token': 'tok-2' }),
      session({ 'x-auth-token': 'tok-1', 'x-project-id': 'project-b' }),
    ];
    expect(new Set(sessions).size).toBe(3);
    for (const value of sessions) expect(value).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is null without usable credentials (nothing is cached for such requests)', () => {
    expect(session({})).toBeNull();
    expect(session({ authorization: 'Basic dXNlcjpwdw==' })).toBeNull();
    expect(session({ 'x-auth-token': 'tok-1', 'x-project-id': 'not a project' })).toBeNull();
  });

  it('in service mode, needs a caller proof and differs by it', () => {
    expect(session({}, SERVICE)).toBeNull();
    const one = session({ 'x-api-key': 'key-1' }, SERVICE);
    const two = session({ 'x-api-key': 'key-2' }, SERVICE);
    expect(one).toMatch(/^[0-9a-f]{64}$/);
    expect(two).not.toBe(one);
    expect(session({ 'x-api-key': ' key-1 ' }, SERVICE)).toBe(one);
    // The service account alone is not a caller.
    expect(one).not.toBe(
      credentialScope({
        kind: 'aksk',
        accessKey: 'SERVICE-AK',
        secretKey: 'SERVICE-SK',
        projectId: 'project-a',
      }),
    );
  });

  it('in service mode with caller JWTs, keys by the JWT (a proof, not a CCE token)', () => {
    const jwtService = { ...SERVICE, bearerIsCallerJwt: true };
    const one = session({ authorization: 'Bearer jwt-one' }, jwtService);
    expect(one).toMatch(/^[0-9a-f]{64}$/);
    expect(one).not.toBe(
      credentialScope({ kind: 'token', token: 'jwt-one', projectId: 'project-a' }),
    );
    expect(session({ authorization: 'Bearer jwt-two' }, jwtService)).not.toBe(one);
    expect(session({}, jwtService)).toBeNull();
  });

  it('in service mode, a caller with their own token is keyed by that token', () => {
    expect(session({ 'x-auth-token': 'tok-1' }, SERVICE)).toBe(
      credentialScope({ kind: 'token', token: 'tok-1', projectId: 'project-a' }),
    );
  });
});
