/**
 * Input checks for mutations. Each returns the problems it finds as `UserError`s (empty when the
 * value is fine); a mutation with any problem sends nothing to CCE.
 */
import type { UserError, UserErrorCode } from '../generated/graphql.ts';
import { MASKED_VALUE } from '../values/masking.ts';

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

function isJsonObject(value: unknown): value is Record<string, unknown> {
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

/** How CCE shows a password-like value in release values (and the gateway passes it on as is). */
export { MASKED_VALUE };
/** Masked values reported one by one; any further ones are counted in the last message. */
export const MAX_MASKED_VALUES_REPORTED = 20;

/** A value inside the input, and the key that leads to it from its parent (null at the top). */
interface Visit {
  value: unknown;
  key: string | null;
  parent: Visit | null;
}

function pathOf(field: FieldPath, visit: Visit): string[] {
  const keys: string[] = [];
  for (let at: Visit | null = visit; at !== null && at.key !== null; at = at.parent) {
    keys.push(at.key);
  }
  return [...field, ...keys.reverse()];
}

function childrenOf(visit: Visit): Visit[] {
  const { value } = visit;
  if (typeof value !== 'object' || value === null) return [];
  const entries: Array<[string, unknown]> = Array.isArray(value)
    ? value.map((item: unknown, index) => [String(index), item])
    : Object.entries(value);
  return entries.map(([key, item]) => ({ value: item, key, parent: visit }));
}

/**
 * Values must not contain the mask `Release.values` shows in place of secrets: a client that sent
 * back what it read would replace the real secret with `******`. One problem per masked value, at
 * its path (array items by index), in document order.
 */
export function checkNoMaskedValues(value: unknown, field: FieldPath): UserError[] {
  const found: Visit[] = [];
  let count = 0;
  // An explicit stack, not recursion: JSON input can nest deeper than the call stack allows.
  const pending: Visit[] = [{ value, key: null, parent: null }];
  for (let visit = pending.pop(); visit !== undefined; visit = pending.pop()) {
    if (visit.value === MASKED_VALUE) {
      count += 1;
      if (found.length < MAX_MASKED_VALUES_REPORTED) found.push(visit);
    } else {
      // Pushed last to first, so the first child is visited next (document order).
      for (const child of childrenOf(visit).reverse()) pending.push(child);
    }
  }
  return found.map((visit, index) => {
    const more = index === found.length - 1 ? count - found.length : 0;
    return userError(
      pathOf(field, visit),
      'MASKED_VALUE',
      `This value is "${MASKED_VALUE}", the mask Release.values shows in place of a secret; ` +
        'sending it would replace the secret with the mask. Send the real value.' +
        (more > 0 ? ` ${more} more values are masked as well.` : ''),
    );
  });
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
