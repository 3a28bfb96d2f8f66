/**
 * The parts of a release upgrade preview that are worked out from values alone: which overrides the
 * new chart no longer knows, which pin a value the new chart changed, and CCE's dry-run verdict.
 * Every value shown is masked by the gateway's rule first.
 */
import { CceError } from '../cce/errors.ts';
import type { ClusterRef, FamilyChart, Release } from '../cce/model.ts';
import type { UserError } from '../generated/graphql.ts';
import { sameValue, type ValueChange } from '../values/diff.ts';
import { isJsonObject, type JsonObject } from '../values/json.ts';
import { maskValues } from '../values/masking.ts';
import type { ValuesPath } from '../values/secret-check.ts';

/** What an upgrade would do: the release, the chart and the complete values it would send. */
export interface UpgradePlan {
  cluster: ClusterRef;
  release: Release;
  chart: FamilyChart;
  values: JsonObject;
}

/** One user value the preview points out (the `ValueOverride` of the schema). */
export interface ValueOverride {
  path: ValuesPath;
  value: unknown;
  oldDefault: unknown;
  newDefault: unknown;
}

/** CCE's answer to the dry run (the `DryRunVerdict` of the schema). */
export interface DryRunVerdict {
  accepted: boolean;
  code: string | null;
  message: string | null;
  requestId?: string | null;
}

/** The `ReleaseUpgradePreview` of the schema. */
export interface UpgradePreview {
  release: Release | null;
  chart: FamilyChart | null;
  values: unknown;
  valuesDiff: ValueChange[] | null;
  defaultsDiff: ValueChange[] | null;
  orphanedOverrides: ValueOverride[];
  overriddenChangedDefaults: ValueOverride[];
  dryRun: DryRunVerdict | null;
  userErrors: UserError[];
}

/** A preview of an input the real mutation would refuse: only its userErrors. */
export function refusedPreview(userErrors: UserError[]): UpgradePreview {
  return {
    release: null,
    chart: null,
    values: null,
    valuesDiff: null,
    defaultsDiff: null,
    orphanedOverrides: [],
    overriddenChangedDefaults: [],
    dryRun: null,
    userErrors,
  };
}

/** CCE refused the dry run (a 4xx answer): the verdict. Anything else is the field's error. */
export function dryRunRefusal(error: unknown): DryRunVerdict {
  if (error instanceof CceError && error.status >= 400 && error.status < 500) {
    return {
      accepted: false,
      code: error.code,
      message: error.message,
      requestId: error.requestId,
    };
  }
  throw error;
}

const ABSENT = Symbol('absent');

/** The value at `path`, or ABSENT when an object on the way lacks the key. */
function at(document: unknown, path: ValuesPath): unknown {
  let value: unknown = document;
  for (const key of path) {
    if (!isJsonObject(value) || !Object.hasOwn(value, key)) return ABSENT;
    value = value[key];
  }
  return value;
}

/** The leaves of a values document (objects are walked; arrays and scalars are leaves). */
function leaves(document: unknown, path: ValuesPath = []): Array<[ValuesPath, unknown]> {
  if (!isJsonObject(document)) return path.length === 0 ? [] : [[path, document]];
  return Object.entries(document).flatMap(([key, value]) => leaves(value, [...path, key]));
}

function shown(value: unknown): unknown {
  return value === ABSENT ? null : value;
}

/** Values that would be sent at paths the new chart's defaults do not have. */
export function orphanedOverrides(values: JsonObject, newDefaults: JsonObject): ValueOverride[] {
  const masked = maskValues(values);
  return leaves(masked)
    .filter(([path]) => at(newDefaults, path) === ABSENT)
    .map(([path, value]) => ({ path, value, oldDefault: null, newDefault: null }));
}

/** Values that override a default the new chart changed (both charts have it, with other values). */
export function overriddenChanges(
  values: JsonObject,
  oldDefaults: JsonObject,
  newDefaults: JsonObject,
): ValueOverride[] {
  const [masked, before, after] = [
    maskValues(values),
    maskValues(oldDefaults),
    maskValues(newDefaults),
  ];
  return leaves(masked)
    .filter(([path, value]) => {
      const oldDefault = at(before, path);
      const newDefault = at(after, path);
      return (
        oldDefault !== ABSENT &&
        newDefault !== ABSENT &&
        !sameValue(oldDefault, newDefault) &&
        !sameValue(value, oldDefault)
      );
    })
    .map(([path, value]) => ({
      path,
      value,
      oldDefault: shown(at(before, path)),
      newDefault: shown(at(after, path)),
    }));
}
