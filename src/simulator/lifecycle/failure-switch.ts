/**
 * The simulator's documented test switches, read from the `simulator` object at the top level of
 * an operation's `values`:
 *
 * - `{"simulator": {"fail": true}}`: the operation ends in failure after the transition delay: a
 *   release goes to FAILED, an add-on to installFailed, upgradeFailed or rollbackFailed. A rollback
 *   fails when the values it restores carry the switch.
 * - In the values of an add-on precheck (BatchCreateAddonPrecheck): `"precheckFatal": true` and
 *   `"precheckWarning": true` make the finished check task report a `Fatal` or a `Warning` risk;
 *   `"precheckConfiguration": true` makes the precheck's answer report every setting whose value
 *   differs from the add-on's current values as a configuration risk.
 */

function switchOn(values: Readonly<Record<string, unknown>>, name: string): boolean {
  const simulator = values.simulator;
  return (
    typeof simulator === 'object' &&
    simulator !== null &&
    (simulator as Record<string, unknown>)[name] === true
  );
}

export function requestsFailure(values: Readonly<Record<string, unknown>>): boolean {
  return switchOn(values, 'fail');
}

/** The precheck findings the values ask for. */
export interface PrecheckSwitches {
  readonly fatal: boolean;
  readonly warning: boolean;
  readonly configuration: boolean;
}

export function requestedPrecheckRisks(
  values: Readonly<Record<string, unknown>>,
): PrecheckSwitches {
  return {
    fatal: switchOn(values, 'precheckFatal'),
    warning: switchOn(values, 'precheckWarning'),
    configuration: switchOn(values, 'precheckConfiguration'),
  };
}
