import { describe, expect, it } from 'vitest';
import { createAuthorizer } from '../../src/cce/auth.ts';
import { credentialScope } from '../../src/cce/credentials.ts';
import { expandPath, OPERATIONS, UnsafePathValueError } from '../../src/cce/operations.ts';

describe('credentialScope', () => {
  const token = { kind: 'token', token: 'secret-token', projectId: 'p1' } as const;
  const aksk = { kind: 'aksk', accessKey: 'AK1', secretKey: 'SK1', projectId: 'p1' } as const;

  it('is stable and does not reveal the credentials', () => {
    expect(credentialScope(token)).toBe(credentialScope({ ...token }));
    expect(credentialScope(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(credentialScope(token)).not.toContain('secret-token');
  });

  it('separates callers, projects and kinds', () => {
    const scopes = new Set([
      credentialScope(token),
      credentialScope({ ...token, token: 'other' }),
      credentialScope({ ...token, projectId: 'p2' }),
      credentialScope(aksk),
      credentialScope({ ...aksk, projectId: 'p2' }),
      credentialScope({ ...aksk, accessKey: 'AK2' }),
      credentialScope({ kind: 'token', token: 'AK1', projectId: 'p1' }),
    ]);
    expect(scopes.size).toBe(7);
  });

  it('keeps the scope of an access key when its secret rotates', () => {
    expect(credentialScope({ ...aksk, secretKey: 'SK2' })).toBe(credentialScope(aksk));
  });
});

describe('authorizer', () => {
  it('passes a token through as X-Auth-Token, without project header', () => {
    const authorize = createAuthorizer({ kind: 'token', token: 'tok', projectId: 'p1' }, 'h');
    expect(authorize('GET', '/x', '', null)).toEqual({
      'content-type': 'application/json',
      'x-auth-token': 'tok',
    });
  });

  it('signs content-type, host, project, date and the security token', () => {
    const authorize = createAuthorizer(
      { kind: 'aksk', accessKey: 'AK', secretKey: 'SK', projectId: 'p1', securityToken: 'st' },
      'cce.cn-north-4.myhuaweicloud.com',
    );
    const headers = authorize('POST', '/cce/cam/v3/clusters/c1/releases', '', '{}');
    expect(headers).toMatchObject({
      host: 'cce.cn-north-4.myhuaweicloud.com',
      'x-project-id': 'p1',
      'x-security-token': 'st',
    });
    expect(headers['x-sdk-date']).toMatch(/^\d{8}T\d{6}Z$/);
    expect(headers.authorization).toMatch(
      /^SDK-HMAC-SHA256 Access=AK, SignedHeaders=content-type;host;x-project-id;x-sdk-date;x-security-token, Signature=[0-9a-f]{64}$/,
    );
  });

  it('rejects unusable credentials without echoing them', () => {
    const attempts = [
      () => createAuthorizer({ kind: 'token', token: '', projectId: 'p' }, 'h'),
      () => createAuthorizer({ kind: 'token', token: 'bad\r\nx-injected: 1', projectId: 'p' }, 'h'),
      () => createAuthorizer({ kind: 'token', token: 'tok', projectId: ' p' }, 'h'),
      () => createAuthorizer({ kind: 'aksk', accessKey: 'AK', secretKey: '', projectId: 'p' }, 'h'),
      () =>
        createAuthorizer({ kind: 'aksk', accessKey: 'AK\n', secretKey: 'SK', projectId: 'p' }, 'h'),
    ];
    for (const attempt of attempts) {
      expect(attempt).toThrow(TypeError);
      try {
        attempt();
      } catch (error) {
        expect((error as Error).message).not.toMatch(/bad|injected|AK\n/);
      }
    }
  });
});

describe('operation table', () => {
  it('names every operation as the SDK does, once', () => {
    const names = Object.entries(OPERATIONS).map(([key, op]) => {
      expect(op.name).toBe(key);
      return op.name;
    });
    expect(names).toHaveLength(38);
    for (const op of Object.values(OPERATIONS)) {
      expect(op.params.length + 1).toBe(op.pathPieces.length);
      expect(op.successStatus).toBe(/^(Batch)?Create/.test(op.name) ? 201 : 200);
    }
  });

  it('fills path templates, one encoded segment per value', () => {
    expect(expandPath(OPERATIONS.ShowRelease, ['c1', 'default', 'web'])).toBe(
      '/cce/cam/v3/clusters/c1/namespace/default/releases/web',
    );
    expect(expandPath(OPERATIONS.ShowAutopilotChart, ['a b+c'])).toBe(
      '/autopilot/v2/charts/a%20b%2Bc',
    );
    expect(expandPath(OPERATIONS.ListCharts, [])).toBe('/v2/charts');
  });

  it('rejects values that are not a usable segment', () => {
    expect(() => expandPath(OPERATIONS.ShowChart, [''])).toThrow(
      /chart_id must be a name without path characters/,
    );
    for (const unsafe of ['.', '..', 'a/b', 'a\\b', 'a?b', 'a#b', '%2e%2e', 'a\nb']) {
      expect(() => expandPath(OPERATIONS.ShowChart, [unsafe]), unsafe).toThrow(
        UnsafePathValueError,
      );
    }
    expect(() => expandPath(OPERATIONS.ShowChart, [])).toThrow(/takes 1 path parameters/);
  });
});
