/**
 * Who is calling: an IAM token (`X-Auth-Token`) or an AK/SK signature, resolved to a project id.
 * Everything a caller sees is scoped to that project.
 */
import { forbidden, GatewayError, unauthorized } from './errors.ts';
import { SIGNING_ALGORITHM, verifySignature, type SignedRequest } from './signature.ts';

export interface AccessKeyCredential {
  readonly accessKey: string;
  readonly secretKey: string;
  readonly projectId: string;
}

export interface Authenticator {
  /** The caller's project id; throws ApiError (401/403) or GatewayError (401 APIG.0301). */
  authenticate(request: SignedRequest, nowMs: number): string;
}

interface AccessKeyEntry {
  readonly secretKey: string;
  /** Projects the key may name in `X-Project-Id`; the first is used when the header is absent. */
  readonly projects: readonly string[];
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function indexAccessKeys(credentials: readonly AccessKeyCredential[]): Map<string, AccessKeyEntry> {
  const index = new Map<string, AccessKeyEntry>();
  for (const { accessKey, secretKey, projectId } of credentials) {
    const entry = index.get(accessKey);
    if (entry === undefined) {
      index.set(accessKey, { secretKey, projects: [projectId] });
    } else if (entry.secretKey !== secretKey) {
      throw new Error(`access key ${accessKey} is configured with two different secret keys`);
    } else {
      index.set(accessKey, { secretKey, projects: [...entry.projects, projectId] });
    }
  }
  return index;
}

function signatureFailure(reason: string): GatewayError {
  // A wrong signature gets the gateway's documented wording; other failures name their cause.
  return new GatewayError(401, 'APIG.0301', `Incorrect IAM authentication information: ${reason}`);
}

export function createAuthenticator(
  tokens: ReadonlyMap<string, string>,
  accessKeys: readonly AccessKeyCredential[],
): Authenticator {
  const keys = indexAccessKeys(accessKeys);
  const secretKeyOf = (accessKey: string) => keys.get(accessKey)?.secretKey;

  function fromSignature(request: SignedRequest, nowMs: number): string {
    const check = verifySignature(request, secretKeyOf, nowMs);
    if (!check.ok) throw signatureFailure(check.reason);
    const { projects } = keys.get(check.accessKey)!;
    const requested = firstHeader(request.headers['x-project-id']);
    if (requested === undefined) return projects[0]!;
    if (!projects.includes(requested)) {
      throw forbidden(`The access key may not act in project ${requested}.`);
    }
    return requested;
  }

  return {
    authenticate(request, nowMs) {
      const authorization = firstHeader(request.headers.authorization);
      if (authorization?.startsWith(SIGNING_ALGORITHM)) return fromSignature(request, nowMs);
      const token = firstHeader(request.headers['x-auth-token']);
      const projectId = token === undefined ? undefined : tokens.get(token);
      if (projectId === undefined) throw unauthorized();
      return projectId;
    },
  };
}
