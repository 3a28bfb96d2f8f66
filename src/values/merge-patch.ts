/**
 * RFC 7386 JSON merge patch: a patch object names the keys to change, `null` removes a key, any
 * other value replaces it, objects merge recursively, and arrays are replaced whole.
 *
 * Used for `valuesPatch` on release and add-on upgrades: the client sends only what changes, so
 * values it cannot read back (masked secrets) are not sent back by accident.
 */
import { defineKey, isJsonObject, type JsonObject } from './json.ts';

/** One object of the result still to fill: the target's object at this place and the patch's. */
interface Pending {
  readonly target: unknown;
  readonly patch: JsonObject;
  readonly into: JsonObject;
}

/**
 * `target` with `patch` applied, as RFC 7386 §2 defines it. Neither input is modified: every
 * object the patch touches is new, and untouched subtrees of `target` (and arrays of `patch`) are
 * shared with the result, so treat the result as read-only or copy it.
 *
 * Key order: the target's keys keep their places, new keys follow in the patch's order. Keys such
 * as `__proto__` or `constructor` are ordinary keys, read and written as own properties only.
 */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isJsonObject(patch)) return patch;
  const result: JsonObject = {};
  // An explicit stack, not recursion: a patch can nest deeper than the call stack allows.
  const pending: Pending[] = [{ target, patch, into: result }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { patch: changes, into } = next;
    // RFC 7386: a patch object applied to a non-object replaces it with an object.
    const base = isJsonObject(next.target) ? next.target : {};
    const place = (key: string, current: unknown, change: unknown): void => {
      if (change === null) return;
      if (isJsonObject(change)) {
        const child: JsonObject = {};
        defineKey(into, key, child);
        pending.push({ target: current, patch: change, into: child });
      } else {
        defineKey(into, key, change);
      }
    };
    for (const [key, current] of Object.entries(base)) {
      if (Object.hasOwn(changes, key)) place(key, current, changes[key]);
      else defineKey(into, key, current);
    }
    for (const [key, change] of Object.entries(changes)) {
      if (!Object.hasOwn(base, key)) place(key, undefined, change);
    }
  }
  return result;
}
