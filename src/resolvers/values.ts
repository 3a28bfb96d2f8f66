/**
 * Small pure conversions from domain values to what the schema promises.
 */
export { toDateTime } from '../values/timestamps.ts';

/** `value` when it is one of `known` (an enum's CCE strings), else null. */
export function knownValue<T extends string>(known: readonly T[], value: string | null): T | null {
  return known.find((candidate) => candidate === value) ?? null;
}
