/**
 * One release: its state, its history with the values diff of each revision against the one
 * before it (computed by the gateway: `ReleaseRevision.valuesDiff`), and the upgrade form.
 */
import { useCallback, useState } from 'react';
import { useQuery } from 'urql';
import { ValueChanges } from './changes';
import { graphql } from './gql';
import type { ReleaseKey } from './route';
import { RequestError, StatusBadge, StuckMark } from './ui';
import { UpgradeForm } from './UpgradeForm';

const ReleaseQuery = graphql(`
  query ConsoleRelease($clusterId: ID!, $namespace: String!, $name: String!) {
    release(clusterId: $clusterId, namespace: $namespace, name: $name) {
      id
      name
      namespace
      status
      statusDescription
      stuck
      pendingSince
      revision
      chartName
      chartVersion
      cluster {
        name
      }
      chart {
        id
        version
        versions {
          id
          version
        }
      }
      history {
        revision
        status
        chartVersion
        description
        updatedAt
        valuesDiff {
          ...ConsoleValueChange
        }
      }
    }
  }
`);

export function ReleasePage(release: ReleaseKey) {
  const [{ data, error }, reexecute] = useQuery({ query: ReleaseQuery, variables: release });
  const [shown, setShown] = useState<number | null>(null);
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  if (error && !data) return <RequestError error={error} />;
  if (!data) return <p>Loading release…</p>;
  const current = data.release;
  if (!current) return <p>No such release.</p>;
  const history = [...(current.history ?? [])].sort((a, b) => b.revision - a.revision);
  const selected = history.find((entry) => entry.revision === (shown ?? current.revision));
  const before = history.find((entry) => entry.revision < (selected?.revision ?? 0));
  return (
    <section>
      <p>
        <a href="#/">← Clusters</a>
      </p>
      <h1>
        {current.name} <StatusBadge status={current.status} />
        <StuckMark stuck={current.stuck} since={current.pendingSince} />
      </h1>
      <p className="muted">
        {current.namespace} on {current.cluster?.name} · {current.chartName} {current.chartVersion}{' '}
        · revision {current.revision}
        {current.statusDescription ? ` · ${current.statusDescription}` : ''}
      </p>
      <h2>History</h2>
      {current.history ? null : <p className="failed-part">CCE could not read the history.</p>}
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
      {selected ? (
        <div aria-label="Revision values diff">
          <h3>
            Values:{' '}
            {before ? `revision ${before.revision} → ${selected.revision}` : 'first revision'}
          </h3>
          <ValueChanges changes={selected.valuesDiff} />
        </div>
      ) : null}
      <UpgradeForm
        release={release}
        revision={current.revision}
        chart={current.chart ?? null}
        onUpgraded={reload}
      />
    </section>
  );
}
