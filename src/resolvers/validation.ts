/**
 * Input checks for mutations. Each returns the problems it finds as `UserError`s (empty when the
 * value is fine); a mutation with any problem sends nothing to CCE.
 */
import type { UserError, UserErrorCode } from '../generated/graphql.ts';

export type FieldPath = readonly string[];

export function userError(field: FieldPath, code: UserErrorCode, message: string): UserError {
  return { field: [...field], code, message };
}

// Kubernetes DNS-1123 label: lowercase alphanumerics and '-', starting and ending alphanumeric.
const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Helm caps release names at 53 characters (the name goes into generated resource names). */
export const MAX_RELEASE_NAME_LENGTH = 53;
export const MAX_NAMESPACE_LENGTH = 63;
/** CCE allows add-on template names of up to 30 characters. */
export const MAX_TEMPLATE_NAME_LENGTH = 30;

/** A DNS-1123 label of at most `maxLength` characters; `what` names it in the message. */
export function checkDnsLabel(
  value: string,
  maxLength: number,
  field: FieldPath,
  what: string,
): UserError[] {
  if (value.length === 0) return [userError(field, 'REQUIRED', `The ${what} must not be empty.`)];
  if (value.length > maxLength) {
    return [
      userError(
        field,
        'TOO_LONG',
        `The ${what} is ${value.length} characters long; at most ${maxLength} are allowed.`,
      ),
    ];
  }
  if (!DNS_1123_LABEL.test(value)) {
    return [
      userError(
        field,
        'INVALID',
        `The ${what} "${value}" must consist of lowercase letters, digits and '-', and start and end with a letter or digit.`,
      ),
    ];
  }
  return [];
}

// MAJOR.MINOR.PATCH with an optional leading v, pre-release and build metadata (SemVer 2, as Helm requires).
const VERSION =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;

export function checkVersion(value: string, field: FieldPath): UserError[] {
  if (value.length === 0) return [userError(field, 'REQUIRED', 'The version must not be empty.')];
  if (!VERSION.test(value)) {
    return [
      userError(
        field,
        'INVALID',
        `The version "${value}" is not a semantic version such as 1.2.3 or 1.2.3-beta.1.`,
      ),
    ];
  }
  return [];
}

/** An id argument that must be present (it is resolved against CCE later). */
export function checkId(value: string, field: FieldPath, what: string): UserError[] {
  return value.trim().length === 0
    ? [userError(field, 'REQUIRED', `The ${what} must not be empty.`)]
    : [];
}

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Values that passed `checkValues`: the object, or `{}` when they were left out. */
export function jsonObjectOrEmpty(value: unknown): Record<string, unknown> {
  return isJsonObject(value) ? value : {};
}

/** Values must be a JSON object (or absent, when `optional`). */
export function checkValues(value: unknown, field: FieldPath, optional: boolean): UserError[] {
  if ((value === null || value === undefined) && optional) return [];
  return isJsonObject(value)
    ? []
    : [userError(field, 'INVALID', 'The values must be a JSON object, e.g. {"replicaCount": 2}.')];
}

export function checkRevision(value: number, field: FieldPath): UserError[] {
  return Number.isInteger(value) && value >= 1
    ? []
    : [userError(field, 'INVALID', `The revision must be a positive number, not ${value}.`)];
}

/**
 * Whether an add-on version supports a cluster's Kubernetes version. CCE lists the supported
 * versions as regular expressions; an expression that does not compile is skipped, and a version
 * that lists none (or a cluster that reports no version) cannot be judged, so it passes.
 */
export function supportsKubernetesVersion(
  supported: ReadonlyArray<{ clusterVersions: readonly string[] }>,
  kubernetesVersion: string | null,
): boolean {
  if (kubernetesVersion === null) return true;
  const patterns = supported.flatMap(({ clusterVersions }) =>
    clusterVersions.flatMap((source) => {
      try {
        return [new RegExp(`^(?:${source})$`)];
      } catch {
        return [];
      }
    }),
  );
  return patterns.length === 0 || patterns.some((pattern) => pattern.test(kubernetesVersion));
}
