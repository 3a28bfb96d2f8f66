/** The `AddonUpgradePreview` of the schema, as the add-on service makes it and its resolvers read it. */
import type { Addon, AddonPrecheckInput, AddonVersion, ClusterRef } from '../cce/model.ts';
import type { UserError } from '../generated/graphql.ts';
import type { ValueChange } from '../values/diff.ts';

export interface AddonUpgradePreview {
  addon: Addon | null;
  version: AddonVersion | null;
  /** The values that would be sent, masked. */
  values: unknown;
  valuesDiff: ValueChange[] | null;
  /**
   * What the `precheck` field asks CCE to check, with unmasked values (CCE checks the real ones);
   * null when the input was refused. Never shown: the schema has no field for it.
   */
  plan: { cluster: ClusterRef; input: AddonPrecheckInput } | null;
  userErrors: UserError[];
}

/** A preview of an input the real mutation would refuse: only its userErrors. */
export function refusedAddonPreview(userErrors: UserError[]): AddonUpgradePreview {
  return { addon: null, version: null, values: null, valuesDiff: null, plan: null, userErrors };
}
