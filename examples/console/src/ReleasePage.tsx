/**
 * One release: its state, its history with the values diff between revisions, and an upgrade
 * form that first previews the change (a dry run: CCE validates, nothing changes), then upgrades
 * and follows the release's status live until it settles.
 */
import { useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { graphql } from './gql';
import { FieldErrors, RequestError, StatusBadge, type FieldError } from './ui';
import { valuesDiff, type ValueChange } from './values-diff';

const ReleaseQuery = graphql(`
  query ConsoleRelease($clusterId: ID!, $namespace: String!, $name: String!) {
    release(clusterId: $clusterId, namespace: $namespace, name: $name) {
      id
      name
      namespace
      status
      statusDescription
      revision
      chartName
      chartVersion
      values
      cluster {
        name
      }
      history {
        revision
        status
        chartVersion
        description
        values
        updatedAt
      }
    }
  }
`);

const UpgradeMutation = graphql(`
  mutation ConsoleReleaseUpgrade($input: ReleaseUpgradeInput!) {
    releaseUpgrade(input: $input) {
      release {
        revision
        status
        statusDescription
        values
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const StatusSubscription = graphql(`
  subscription ConsoleReleaseStatus($clusterId: ID!, $namespace: String!, $name: String!) {
    releaseStatus(clusterId: $clusterId, namespace: $namespace, name: $name) {
      status
      statusDescription
      revision
    }
  }
`);

interface ReleaseKey {
  clusterId: string;
  namespace: string;
  name: string;
}

function Changes({ changes }: { changes: readonly ValueChange[] }) {
  if (changes.length === 0) return <p className="muted">No change to the values.</p>;
  return (
    <table className="diff">
      <tbody>
        {changes.map((change) => (
          <tr key={change.path} data-path={change.path}>
            <td>{change.path}</td>
            <td className="removed">{JSON.stringify(change.before) ?? '—'}</td>
            <td className="added">{JSON.stringify(change.after) ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The states the release went through since the upgrade, as the subscription sent them. */
function Timeline({ release, since }: { release: ReleaseKey; since: number }) {
  const [{ data: steps = [], error }] = useSubscription(
    { query: StatusSubscription, variables: release },
    (previous: Array<{ status: string; revision: number; at: string }> = [], event) => [
      ...previous,
      {
        status: event.releaseStatus.status,
        revision: event.releaseStatus.revision,
        at: new Date().toLocaleTimeString(),
      },
    ],
  );
  const settled = steps.find((step) => step.revision >= since && step.status !== 'PENDING_UPGRADE');
  return (
    <section className="timeline" aria-label="Live status">
      <h3>Live status{settled ? ': settled' : '…'}</h3>
      {error ? <RequestError error={error} /> : null}
      <ol>
        {steps.map((step, index) => (
          <li key={index}>
            <StatusBadge status={step.status} /> revision {step.revision}{' '}
            <span className="muted">{step.at}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function UpgradeForm({
  release,
  revision,
  values,
}: {
  release: ReleaseKey;
  revision: number;
  values: unknown;
}) {
  const [patchText, setPatchText] = useState('{\n  "replicaCount": 3\n}');
  const [parseError, setParseError] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ text: string; changes: ValueChange[] } | null>(null);
  const [upgradedTo, setUpgradedTo] = useState<number | null>(null);
  const [userErrors, setUserErrors] = useState<readonly FieldError[]>([]);
  const [state, upgrade] = useMutation(UpgradeMutation);

  async function run(dryRun: boolean) {
    let valuesPatch: unknown;
    try {
      valuesPatch = JSON.parse(patchText);
      setParseError(null);
    } catch (error) {
      setParseError(`Not JSON: ${(error as Error).message}`);
      return;
    }
    const result = await upgrade({
      input: { ...release, valuesPatch, dryRun, expectedRevision: revision },
    });
    const payload = result.data?.releaseUpgrade;
    setUserErrors(payload?.userErrors ?? []);
    if (!payload?.release || payload.userErrors.length > 0) return;
    if (dryRun)
      setPreview({ text: patchText, changes: valuesDiff(values, payload.release.values) });
    else setUpgradedTo(payload.release.revision);
  }

  const previewed = preview !== null && preview.text === patchText;
  return (
    <section className="upgrade">
      <h2>Upgrade</h2>
      <label htmlFor="values-patch">
        Values to change (a JSON merge patch; null removes a key)
      </label>
      <textarea
        id="values-patch"
        rows={5}
        value={patchText}
        onChange={(event) => setPatchText(event.target.value)}
      />
      {parseError ? (
        <ul className="field-errors">
          <li>{parseError}</li>
        </ul>
      ) : null}
      <FieldErrors errors={userErrors} field="valuesPatch" />
      <FieldErrors errors={userErrors} field="expectedRevision" />
      <FieldErrors errors={userErrors} field="" />
      {state.error ? <RequestError error={state.error} /> : null}
      <div className="toolbar">
        <button type="button" disabled={state.fetching} onClick={() => void run(true)}>
          Preview
        </button>
        <button
          type="button"
          disabled={state.fetching || !previewed || upgradedTo !== null}
          onClick={() => void run(false)}
        >
          Upgrade
        </button>
      </div>
      {preview ? (
        <div className="preview" aria-label="Preview">
          <h3>Preview: what the upgrade changes</h3>
          <Changes changes={preview.changes} />
        </div>
      ) : null}
      {upgradedTo !== null ? <Timeline release={release} since={upgradedTo} /> : null}
    </section>
  );
}

export function ReleasePage(release: ReleaseKey) {
  const [{ data, error }] = useQuery({ query: ReleaseQuery, variables: release });
  const [shown, setShown] = useState<number | null>(null);
  if (error && !data) return <RequestError error={error} />;
  if (!data) return <p>Loading release…</p>;
  const current = data.release;
  if (!current) return <p>No such release.</p>;
  const history = [...(current.history ?? [])].sort((a, b) => b.revision - a.revision);
  const selected = history.find((entry) => entry.revision === (shown ?? current.revision));
  const before = history.find((entry) => entry.revision === (selected?.revision ?? 0) - 1);
  return (
    <section>
      <p>
        <a href="#/">← Clusters</a>
      </p>
      <h1>
        {current.name} <StatusBadge status={current.status} />
      </h1>
      <p className="muted">
        {current.namespace} on {current.cluster?.name} · {current.chartName} {current.chartVersion}{' '}
        · revision {current.revision}
        {current.statusDescription ? ` · ${current.statusDescription}` : ''}
      </p>
      <h2>History</h2>
      <table className="history">
        <tbody>
          {history.map((entry) => (
            <tr key={entry.revision} className={entry === selected ? 'selected' : ''}>
              <td>
                <button type="button" onClick={() => setShown(entry.revision)}>
                  revision {entry.revision}
                </button>
              </td>
              <td>
                <StatusBadge status={entry.status} />
              </td>
              <td>{entry.chartVersion}</td>
              <td className="muted">{entry.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {selected && before ? (
        <div aria-label="Values diff">
          <h3>
            Values: revision {before.revision} → {selected.revision}
          </h3>
          <Changes changes={valuesDiff(before.values, selected.values)} />
        </div>
      ) : null}
      <UpgradeForm release={release} revision={current.revision} values={current.values} />
    </section>
  );
}
