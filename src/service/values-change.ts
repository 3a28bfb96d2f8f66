/**
 * A change of values, as the upgrade mutations take it: complete `values`, or a `valuesPatch`
 * (RFC 7386 JSON merge patch) of the current ones. The gateway reads secrets only masked, so it can
 * never carry one over: a change that would leave the mask where a secret is, or drop a secret from
 * complete values, is refused with `SECRET_REQUIRED` at each such path, before anything is sent.
 *
 * One place for the rule, used by every write that changes values (and by previews of them).
 */
import type { UserError } from '../generated/graphql.ts';
import type { JsonObject } from '../values/json.ts';
import { applyMergePatch } from '../values/merge-patch.ts';
import { secretLoss, type ValuesPath } from '../values/secret-check.ts';
import { inputField } from './refusals.ts';
import {
  checkNoMaskedValues,
  checkValues,
  jsonObjectOrEmpty,
  MAX_MASKED_VALUES_REPORTED,
  userError,
} from './validation.ts';

/** The input fields of a values change. */
export interface ValuesChange {
  /** The complete values. */
  readonly values?: unknown;
  /** A merge patch of the current values. */
  readonly valuesPatch?: unknown;
  /** Start from the chart's defaults (complete values only): secrets left out are meant to go. */
  readonly resetValues?: boolean | null;
}

function given(value: unknown): boolean {
  return value !== null && value !== undefined;
}

/**
 * What is wrong with a change's format, found without reading anything: exactly one of `values`
 * and `valuesPatch`, a JSON object, without the mask in it.
 */
export function checkValuesChange(change: ValuesChange): UserError[] {
  const { values, valuesPatch } = change;
  if (given(values) && given(valuesPatch)) {
    return [
      userError(
        inputField('valuesPatch'),
        'INVALID',
        'Give either the complete values or a valuesPatch, not both.',
      ),
    ];
  }
  if (given(valuesPatch)) {
    const problems = [
      ...checkValues(valuesPatch, inputField('valuesPatch'), false),
      ...checkNoMaskedValues(valuesPatch, inputField('valuesPatch')),
    ];
    if (change.resetValues === true) {
      problems.push(
        userError(
          inputField('resetValues'),
          'INVALID',
          'resetValues starts from the chart defaults; it goes with complete values, not with a valuesPatch of the current ones.',
        ),
      );
    }
    return problems;
  }
  if (!given(values)) {
    return [
      userError(
        inputField('values'),
        'REQUIRED',
        'Give the complete values, or a valuesPatch of the current ones.',
      ),
    ];
  }
  return [
    ...checkValues(values, inputField('values'), false),
    ...checkNoMaskedValues(values, inputField('values')),
  ];
}

/** The values to send, or why they would lose a secret. */
export type ProposedValues = { readonly values: JsonObject } | { readonly userErrors: UserError[] };

function showPath(path: ValuesPath): string {
  return path.length === 0 ? '(the whole document)' : path.join('.');
}

function secretRequired(
  field: 'values' | 'valuesPatch',
  paths: ValuesPath[],
  why: (path: string) => string,
): UserError[] {
  const shown = paths.slice(0, MAX_MASKED_VALUES_REPORTED);
  return shown.map((path, index) => {
    const more = index === shown.length - 1 ? paths.length - shown.length : 0;
    return userError(
      [...inputField(field), ...path],
      'SECRET_REQUIRED',
      why(showPath(path)) + (more > 0 ? ` ${more} more secrets are affected as well.` : ''),
    );
  });
}

/**
 * The values a change (that passed `checkValuesChange`) leads to, from the object's current values
 * as read (masked): the patch applied to them, or the complete values; refused with
 * `SECRET_REQUIRED` when the result would lose a masked secret.
 */
export function proposeValues(current: unknown, change: ValuesChange): ProposedValues {
  if (given(change.valuesPatch)) {
    const patched = jsonObjectOrEmpty(applyMergePatch(current ?? {}, change.valuesPatch));
    // A secret the patch removes with null is gone on purpose; one it leaves alone keeps the mask.
    const { carried } = secretLoss(current, patched);
    if (carried.length === 0) return { values: patched };
    return {
      userErrors: secretRequired(
        'valuesPatch',
        carried,
        (path) =>
          `The current value at ${path} is a secret the gateway reads only masked, so it cannot keep it: give it in valuesPatch, or null to remove it.`,
      ),
    };
  }
  const values = jsonObjectOrEmpty(change.values);
  const { carried, dropped } = secretLoss(current, values);
  const lost = change.resetValues === true ? carried : [...carried, ...dropped];
  if (lost.length === 0) return { values };
  return {
    userErrors: secretRequired(
      'values',
      lost,
      (path) =>
        `The current value at ${path} is a secret, read masked; these values would leave it out or keep the mask: give the secret here (or use valuesPatch, with null to remove it).`,
    ),
  };
}
