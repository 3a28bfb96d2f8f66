/**
 * Which secrets a proposed values document would lose. Values are read with their secrets masked
 * (by CCE, and by the gateway's one masking rule, ./masking.ts), so the gateway never holds the
 * real value and cannot send it back: a write whose document still has the mask
 * where a secret was would store the mask as the secret, and one that leaves the key out would
 * delete the secret without anyone deciding to. Both are refused with `SECRET_REQUIRED`, listing
 * the paths returned here.
 */
import { isJsonObject } from './json.ts';
import { MASKED_VALUE } from './masking.ts';

/** A path into a JSON document: object keys, and array indexes as decimal strings. */
export type ValuesPath = string[];

export interface SecretLoss {
  /** Masked now, and still the mask in the proposed document: the mask would be stored as the secret. */
  readonly carried: ValuesPath[];
  /** Masked now, and absent from the proposed document: the secret would be deleted. */
  readonly dropped: ValuesPath[];
}

/**
 * Whether a value holds a secret the gateway cannot see: the mask itself, in place of a secret, or
 * a string with the mask inside it, where the masking rule hid a credential written into text
 * (`postgres://app:******@db`); sending either back would store the mask.
 */
export function isMasked(value: unknown): boolean {
  return typeof value === 'string' && value.includes(MASKED_VALUE);
}

/** The paths of the masked values in `document`, in document order. */
export function maskedPaths(document: unknown): ValuesPath[] {
  const found: ValuesPath[] = [];
  // An explicit stack, not recursion: CCE's documents are not ours to bound in depth.
  const pending: Array<{ value: unknown; path: ValuesPath }> = [{ value: document, path: [] }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value, path } = next;
    if (isMasked(value)) {
      found.push(path);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    const entries: Array<[string, unknown]> = Array.isArray(value)
      ? value.map((item: unknown, index) => [String(index), item])
      : Object.entries(value);
    // Pushed last to first, so that the first child is visited next (document order).
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const [key, child] = entries[index] as [string, unknown];
      pending.push({ value: child, path: [...path, key] });
    }
  }
  return found;
}

const ABSENT = Symbol('absent');

/** The value at `path` in `document`, or ABSENT when a step is missing (or not a container). */
function valueAt(document: unknown, path: ValuesPath): unknown {
  let at: unknown = document;
  for (const key of path) {
    if (Array.isArray(at)) {
      const index = Number(key);
      if (!Number.isInteger(index) || index < 0 || index >= at.length) return ABSENT;
      at = at[index];
    } else if (isJsonObject(at) && Object.hasOwn(at, key)) {
      at = at[key];
    } else {
      return ABSENT;
    }
  }
  return at;
}

/**
 * What `proposed` would do to the secrets masked in `current` (the values as read from CCE).
 *
 * For complete `values`, both lists are refusals. For a merge patch, pass the patched result and
 * use only `carried`: the result lacks a secret only when the patch named it with `null`, which is
 * a deliberate removal.
 */
export function secretLoss(current: unknown, proposed: unknown): SecretLoss {
  const carried: ValuesPath[] = [];
  const dropped: ValuesPath[] = [];
  for (const path of maskedPaths(current)) {
    const value = valueAt(proposed, path);
    if (value === ABSENT) dropped.push(path);
    else if (isMasked(value)) carried.push(path);
  }
  return { carried, dropped };
}
