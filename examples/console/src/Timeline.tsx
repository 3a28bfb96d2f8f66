/** The states a release went through since an upgrade, as the status subscription sent them. */
import { useEffect } from 'react';
import { useSubscription } from 'urql';
import { graphql } from './gql';
import type { ReleaseKey } from './route';
import { RequestError, StatusBadge } from './ui';

const StatusSubscription = graphql(`
  subscription ConsoleReleaseStatus($clusterId: ID!, $namespace: String!, $name: String!) {
    releaseStatus(clusterId: $clusterId, namespace: $namespace, name: $name) {
      status
      statusDescription
      revision
    }
  }
`);

interface Step {
  readonly status: string;
  readonly revision: number;
  readonly at: string;
}

export function Timeline({
  release,
  since,
  onSettled,
}: {
  release: ReleaseKey;
  /** The revision the upgrade made: earlier states are not its outcome. */
  since: number;
  onSettled: () => void;
}) {
  const [{ data: steps = [], error }] = useSubscription(
    { query: StatusSubscription, variables: release },
    (previous: Step[] = [], event) => [
      ...previous,
      {
        status: event.releaseStatus.status,
        revision: event.releaseStatus.revision,
        at: new Date().toLocaleTimeString(),
      },
    ],
  );
  const settled = steps.some(
    (step) => step.revision >= since && !step.status.startsWith('PENDING_'),
  );
  // Once settled, the page reads the release again: its history now has the new revision.
  useEffect(() => {
    if (settled) onSettled();
  }, [settled, onSettled]);
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
