/**
 * Structural differences between two values documents (release values, chart defaults): the
 * `ValueChange` lists of `valuesDiff`, `defaultsDiff` and the upgrade previews, and the user's
 * overrides (`userValues`).
 *
 * - Objects are compared key by key, recursively; keys of the old document come first, in its
 *   order, then keys only the new one has.
 * - Arrays are compared by index (no move detection): `[a, b]` → `[b]` is index 0 CHANGED and
 *   index 1 REMOVED.
 * - Anything else (and a change of type, say an object to a string) is one change at its path.
 * - A masked value (`******`, or a string with the mask inside) on either side is `MASKED`: the
 *   gateway cannot see the secret, so it cannot say whether it changed, and never says
 *   "unchanged". Both sides are masked by the gateway's one rule (./masking.ts) before they are
 *   compared, so no change ever carries a secret, not even one the caller sent.
 */
import { defineKey, isJsonObject, type JsonObject } from './json.ts';
import { maskValues, MASKED_VALUE } from './masking.ts';
import { isMasked, type ValuesPath } from './secret-check.ts';

export type ValueChangeKind = 'ADDED' | 'REMOVED' | 'CHANGED' | 'MASKED';

export interface ValueChange {
  readonly path: ValuesPath;
  readonly kind: ValueChangeKind;
  /** The old value; null when the path is new. A masked value shows as the mask alone. */
  readonly before: unknown;
  /** The new value; null when the path is gone. A masked value shows as the mask alone. */
  readonly after: unknown;
}

const ABSENT = Symbol('absent');
type Side = unknown;

/** The changes from `before` to `after` (see the module comment). */
export function diffValues(before: unknown, after: unknown): ValueChange[] {
  const changes: ValueChange[] = [];
  compare(maskValues(before ?? {}), maskValues(after ?? {}), [], changes);
  return changes;
}

function compare(before: Side, after: Side, path: ValuesPath, into: ValueChange[]): void {
  if (before === ABSENT && after === ABSENT) return;
  if (isMasked(before) || isMasked(after)) {
    into.push({ path, kind: 'MASKED', before: shown(before), after: shown(after) });
    return;
  }
  if (before === ABSENT) {
    into.push({ path, kind: 'ADDED', before: null, after });
    return;
  }
  if (after === ABSENT) {
    into.push({ path, kind: 'REMOVED', before, after: null });
    return;
  }
  if (isJsonObject(before) && isJsonObject(after)) {
    const keys = [
      ...Object.keys(before),
      ...Object.keys(after).filter((key) => !hasKey(before, key)),
    ];
    for (const key of keys) {
      compare(valueOf(before, key), valueOf(after, key), [...path, key], into);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    for (let index = 0; index < Math.max(before.length, after.length); index += 1) {
      const old = index < before.length ? (before[index] as unknown) : ABSENT;
      const now = index < after.length ? (after[index] as unknown) : ABSENT;
      compare(old, now, [...path, String(index)], into);
    }
    return;
  }
  if (!sameValue(before, after)) into.push({ path, kind: 'CHANGED', before, after });
}

/** A side of a MASKED change: null where absent, the mask for a masked value, else the value. */
function shown(side: Side): unknown {
  if (side === ABSENT) return null;
  return isMasked(side) ? MASKED_VALUE : side;
}

function hasKey(object: JsonObject, key: string): boolean {
  return Object.hasOwn(object, key);
}

function valueOf(object: JsonObject, key: string): Side {
  return hasKey(object, key) ? object[key] : ABSENT;
}

/** Deep equality of two JSON values. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => hasKey(b, key) && sameValue(a[key], b[key]))
    );
  }
  return false;
}

/**
 * The part of `values` that differs from `defaults`: objects keep only the keys whose value is not
 * the default (recursively); arrays and other values are kept whole when they differ. Masked values
 * are always kept (whether they equal the default cannot be known).
 */
export function overridesOf(values: unknown, defaults: unknown): unknown {
  const mine = maskValues(values ?? {});
  return isJsonObject(mine) ? pickOverrides(mine, isJsonObject(defaults) ? defaults : {}) : mine;
}

function pickOverrides(values: JsonObject, defaults: JsonObject): JsonObject {
  const kept: JsonObject = {};
  for (const [key, value] of Object.entries(values)) {
    const fallback = hasKey(defaults, key) ? defaults[key] : ABSENT;
    if (isJsonObject(value) && isJsonObject(fallback)) {
      const nested = pickOverrides(value, fallback);
      if (Object.keys(nested).length > 0) defineKey(kept, key, nested);
    } else if (fallback === ABSENT || isMasked(value) || !sameValue(value, fallback)) {
      defineKey(kept, key, value);
    }
  }
  return kept;
}
