/**
 * Value changes and overrides as the gateway computes them (`ValueChange`, `ValueOverride`): the
 * console shows them and computes nothing itself, so it agrees with the gateway's masking rule
 * and its comparison of objects and arrays.
 */
import { graphql } from './gql';
import type { ConsoleValueChangeFragment, ConsoleValueOverrideFragment } from './gql/graphql';

export const ValueChangeFields = graphql(`
  fragment ConsoleValueChange on ValueChange {
    path
    kind
    before
    after
  }
`);

export const ValueOverrideFields = graphql(`
  fragment ConsoleValueOverride on ValueOverride {
    path
    value
    oldDefault
    newDefault
  }
`);

/** A JSON value on one line; a missing side shows as a dash. */
function shown(value: unknown): string {
  return value === null || value === undefined ? '—' : JSON.stringify(value);
}

export function ValueChanges({
  changes,
  none = 'No change to the values.',
}: {
  changes: readonly ConsoleValueChangeFragment[];
  none?: string;
}) {
  if (changes.length === 0) return <p className="muted">{none}</p>;
  return (
    <table className="diff">
      <tbody>
        {changes.map((change) => (
          <tr key={change.path.join('.')} data-path={change.path.join('.')} data-kind={change.kind}>
            <td>{change.path.join('.')}</td>
            <td className="kind">{change.kind.toLowerCase()}</td>
            <td className="removed">{shown(change.before)}</td>
            <td className="added">{shown(change.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Values the upgrade would send that a preview points out, with the defaults around them. */
export function ValueOverrides({
  overrides,
  withDefaults,
}: {
  overrides: readonly ConsoleValueOverrideFragment[];
  withDefaults: boolean;
}) {
  return (
    <table className="overrides">
      <tbody>
        {overrides.map((override) => (
          <tr key={override.path.join('.')} data-path={override.path.join('.')}>
            <td>{override.path.join('.')}</td>
            <td>{shown(override.value)}</td>
            {withDefaults ? (
              <td className="muted">
                default {shown(override.oldDefault)} → {shown(override.newDefault)}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
