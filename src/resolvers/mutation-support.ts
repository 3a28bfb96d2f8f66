/**
 * The steps every mutation takes before it writes: format checks (no upstream call), then finding
 * what the input names (reads only), each turning a problem into a `Refusal`: the payload with the
 * user errors at the right fields and no object. Nothing is sent to CCE for refused input.
 */
import type { Cluster } from '../cce/model.ts';
import type { GatewayContext } from '../context.ts';
import type { UserError, UserErrorCode } from '../generated/graphql.ts';
import type { ClusterRef } from '../loaders/index.ts';
import { clusterByArgument, clusterRefByArgument } from './lookups.ts';
import { userError, type FieldPath } from './validation.ts';

/** A mutation payload that refuses the input. */
export interface Refusal {
  userErrors: UserError[];
}

/** The path of an input field: `['input', name]`. */
export function inputField(name: string): FieldPath {
  return ['input', name];
}

function refusal(userErrors: UserError[]): Refusal {
  return { userErrors };
}

export function refuse(field: FieldPath, code: UserErrorCode, message: string): Refusal {
  return refusal([userError(field, code, message)]);
}

/** Domain objects never have a `userErrors` field, so this tells a refusal from a found object. */
export function isRefusal(value: object): value is Refusal {
  return 'userErrors' in value;
}

/** Refuses at once when the format checks found problems; otherwise goes on with `next`. */
export async function afterFormatChecks<T extends object>(
  problems: UserError[],
  next: () => Promise<T | Refusal>,
): Promise<T | Refusal> {
  return problems.length > 0 ? refusal(problems) : next();
}

function clusterMissing(clusterId: string): Refusal {
  return refuse(
    inputField('clusterId'),
    'NOT_FOUND',
    `No cluster with id "${clusterId}" is visible to this caller.`,
  );
}

/** The cluster `input.clusterId` names, or the refusal saying it does not exist. */
export async function findCluster(
  context: GatewayContext,
  clusterId: string,
): Promise<Cluster | Refusal> {
  return (await clusterByArgument(context, clusterId)) ?? clusterMissing(clusterId);
}

/**
 * The id and family of the cluster `input.clusterId` names, or the refusal saying it does not
 * exist. For mutations that need nothing else of the cluster: the read of the object they act on
 * (or the write itself) then answers whether it still exists.
 */
export async function findClusterRef(
  context: GatewayContext,
  clusterId: string,
): Promise<ClusterRef | Refusal> {
  return (await clusterRefByArgument(context, clusterId)) ?? clusterMissing(clusterId);
}
