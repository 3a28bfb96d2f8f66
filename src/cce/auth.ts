/**
 * Authentication headers for one caller: the IAM token passed through as `X-Auth-Token`, or an
 * SDK-HMAC-SHA256 signature made with the service's AK/SK.
 */
import type { CceCredentials } from './credentials.ts';
import type { HttpMethod } from './operations.ts';
import { formatSdkDate, payloadHash, signRequest } from './signer.ts';

/** Headers for one request; `path` is as sent (base path included), `canonicalQuery` the query as sent. */
export type Authorizer = (
  method: HttpMethod,
  path: string,
  canonicalQuery: string,
  body: string | null,
) => Record<string, string>;

const JSON_CONTENT_TYPE = 'application/json';
// Anything a header value may not carry (CR, LF, other controls): rejected before it reaches undici,
// whose own message would not be ours to control.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HEADER_UNSAFE = /[\u0000-\u001f\u007f]/;

function checkHeaderSafe(what: string, value: string): void {
  if (value === '' || HEADER_UNSAFE.test(value) || value.trim() !== value) {
    throw new TypeError(
      `CCE credentials: ${what} is empty or contains characters not allowed in a header`,
    );
  }
}

/** Validates `credentials` (messages never echo a secret) and returns the caller's header factory. */
export function createAuthorizer(credentials: CceCredentials, host: string): Authorizer {
  checkHeaderSafe('projectId', credentials.projectId);
  if (credentials.kind === 'token') {
    checkHeaderSafe('token', credentials.token);
    // The same headers serve every request of this caller: nothing to build per call.
    const headers: Record<string, string> = {
      'content-type': JSON_CONTENT_TYPE,
      'x-auth-token': credentials.token,
    };
    return () => headers;
  }

  const { accessKey, secretKey, projectId, securityToken } = credentials;
  checkHeaderSafe('accessKey', accessKey);
  // The secret key only keys the HMAC; it is never sent.
  if (secretKey === '') throw new TypeError('CCE credentials: secretKey is empty');
  if (securityToken !== undefined) checkHeaderSafe('securityToken', securityToken);
  return (method, path, canonicalQuery, body) => {
    // Exactly these headers are signed (content-type;host;x-project-id;x-sdk-date[;x-security-token]).
    const headers: Record<string, string> = {
      'content-type': JSON_CONTENT_TYPE,
      host,
      'x-project-id': projectId,
      'x-sdk-date': formatSdkDate(new Date()),
    };
    if (securityToken !== undefined) headers['x-security-token'] = securityToken;
    headers.authorization = signRequest(
      { method, path, canonicalQuery, headers, payloadHash: payloadHash(body) },
      accessKey,
      secretKey,
    );
    return headers;
  };
}

/** The strings of `credentials` that must never appear in an error message. */
export function secretsOf(credentials: CceCredentials): readonly string[] {
  if (credentials.kind === 'token') return [credentials.token];
  const secrets = [credentials.accessKey, credentials.secretKey];
  if (credentials.securityToken !== undefined) secrets.push(credentials.securityToken);
  return secrets;
}
