/**
 * What every mutation does before it writes: find the objects its input names, turning "not
 * there" into a `UserError` at the right field, so that nothing is sent to CCE for bad input.
 */
import type { Cluster } from '../cce/model.ts';
import type { GatewayContext } from '../context.ts';
import type { UserError, UserErrorCode } from '../generated/graphql.ts';
import { clusterByArgument } from './lookups.ts';
import { userError, type FieldPath } from './validation.ts';

/** The path of an input field: `['input', name]`. */
export function inputField(name: string): FieldPath {
  return ['input', name];
}

/** A payload that refuses the input: no object, the reasons. */
export function refusal(userErrors: UserError[]): { userErrors: UserError[] } {
  return { userErrors };
}

export function refuse(
  field: FieldPath,
  code: UserErrorCode,
  message: string,
): { userErrors: UserError[] } {
  return refusal([userError(field, code, message)]);
}

/** The cluster `input.clusterId` names, or the user error saying it does not exist. */
export async function findCluster(
  context: GatewayContext,
  clusterId: string,
): Promise<Cluster | UserError[]> {
  const cluster = await clusterByArgument(context, clusterId);
  return (
    cluster ?? [
      userError(
        inputField('clusterId'),
        'NOT_FOUND',
        `No cluster with id "${clusterId}" is visible to this caller.`,
      ),
    ]
  );
}
