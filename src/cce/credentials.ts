/**
 * The credentials one CCE client is bound to, and the scope that keys anything shared between requests.
 */
import { hash } from 'node:crypto';

export type CceCredentials =
  | { kind: 'token'; token: string; projectId: string }
  | {
      kind: 'aksk';
      accessKey: string;
      secretKey: string;
      projectId: string;
      securityToken?: string;
    };

/**
 * A stable, non-reversible identifier of the caller behind `credentials`, for cache keys and poller
 * sharing: sha256 of the token (or of the access key) together with the project, so two callers,
 * or one caller in two projects, never share an entry. The secret key is deliberately not part of
 * it: rotating a secret does not change who the caller is.
 */
export function credentialScope(credentials: CceCredentials): string {
  // One-shot hash(): computed on every request, and a Hash object costs more than the digest.
  return credentials.kind === 'token'
    ? hash('sha256', `token\0${credentials.token}\0${credentials.projectId}`, 'hex')
    : hash('sha256', `aksk\0${credentials.accessKey}\0${credentials.projectId}`, 'hex');
}
