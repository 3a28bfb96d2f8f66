/**
 * The simulator's documented test switch: an operation whose values contain
 * `{"simulator": {"fail": true}}` (at the top level of `values`) ends in failure after the
 * transition delay: a release goes to FAILED, an add-on to installFailed, upgradeFailed or
 * rollbackFailed. A rollback fails when the values it restores carry the switch.
 */
export function requestsFailure(values: Readonly<Record<string, unknown>>): boolean {
  const simulator = values.simulator;
  return (
    typeof simulator === 'object' &&
    simulator !== null &&
    (simulator as Record<string, unknown>).fail === true
  );
}
