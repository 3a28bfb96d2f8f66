/**
 * Refusals: a mutation's answer when its input is refused, with the user errors at the right
 * fields and no object. Nothing is sent to CCE for refused input.
 */
import type { UserError, UserErrorCode } from '../generated/graphql.ts';
import { userError, type FieldPath } from './validation.ts';

/** A mutation payload that refuses the input: nothing was sent, so nothing was applied. */
export interface Refusal {
  userErrors: UserError[];
  outcome: 'NOT_APPLIED';
  outcomeMessage: null;
}

/** The path of an input field: `['input', name]`. */
export function inputField(name: string): FieldPath {
  return ['input', name];
}

export function refusal(userErrors: UserError[]): Refusal {
  return { userErrors, outcome: 'NOT_APPLIED', outcomeMessage: null };
}

export function refuse(field: FieldPath, code: UserErrorCode, message: string): Refusal {
  return refusal([userError(field, code, message)]);
}

/** Domain objects never have a `userErrors` field, so this tells a refusal from a found object. */
export function isRefusal(value: object): value is Refusal {
  return 'userErrors' in value;
}

export function clusterMissing(clusterId: string): Refusal {
  return refuse(
    inputField('clusterId'),
    'NOT_FOUND',
    `No cluster with id "${clusterId}" is visible to this caller.`,
  );
}
