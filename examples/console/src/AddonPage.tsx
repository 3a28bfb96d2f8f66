/** One add-on: its version, status, the versions it can move to, and its values. */
import { useQuery } from 'urql';
import { graphql } from './gql';
import { RequestError, StatusBadge } from './ui';

const AddonQuery = graphql(`
  query ConsoleAddon($clusterId: ID!, $addonId: ID!) {
    addon(clusterId: $clusterId, addonId: $addonId) {
      id
      name
      alias
      version
      status
      reason
      message
      targetVersions
      rollbackable
      previousVersion
      values
      cluster {
        name
      }
    }
  }
`);

export function AddonPage({ clusterId, addonId }: { clusterId: string; addonId: string }) {
  const [{ data, error }] = useQuery({ query: AddonQuery, variables: { clusterId, addonId } });
  if (error && !data) return <RequestError error={error} />;
  const addon = data?.addon;
  if (!data) return <p>Loading add-on…</p>;
  if (!addon) return <p>No such add-on.</p>;
  return (
    <section>
      <p>
        <a href="#/">← Clusters</a>
      </p>
      <h1>
        {addon.name} <StatusBadge status={addon.status} />
      </h1>
      <p className="muted">
        {addon.alias ?? addon.name} on {addon.cluster?.name} · version {addon.version}
        {addon.previousVersion ? ` (before: ${addon.previousVersion})` : ''}
        {addon.rollbackable ? ' · can be rolled back' : ''}
      </p>
      {addon.reason || addon.message ? (
        <p>
          {addon.reason} {addon.message}
        </p>
      ) : null}
      <h2>Versions it can upgrade to</h2>
      <p>
        {addon.targetVersions.length > 0
          ? addon.targetVersions.join(', ')
          : 'None: it is on the latest.'}
      </p>
      <h2>Values</h2>
      <pre>{JSON.stringify(addon.values, null, 2)}</pre>
    </section>
  );
}
