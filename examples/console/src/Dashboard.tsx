/**
 * Every cluster with its releases and add-ons, one request. A cluster whose releases or add-ons
 * could not be read still shows, with that part marked (the gateway answers partial data). The
 * "behind latest" and stuck marks are the gateway's answers (`upgradeAvailable`, `stuck`).
 */
import { useQuery } from 'urql';
import { graphql } from './gql';
import { addonHref, releaseHref } from './route';
import { FailedPart, RequestError, StatusBadge, StuckMark } from './ui';

const DashboardQuery = graphql(`
  query ConsoleDashboard {
    clusters {
      id
      uid
      name
      type
      phase
      kubernetesVersion
      releases(first: 50) {
        totalCount
        nodes {
          id
          name
          namespace
          status
          revision
          chartName
          chartVersion
          upgradeAvailable
          latestChart {
            version
          }
          stuck
          pendingSince
        }
      }
      addons {
        id
        uid
        name
        version
        status
        upgradeAvailable
        latestVersion {
          version
        }
        stuck
        pendingSince
      }
    }
  }
`);

/** The "behind latest" mark: the gateway found a newer chart or add-on version. */
function BehindLatest({ behind, latest }: { behind: boolean; latest?: string | null }) {
  if (!behind) return null;
  return <span className="behind"> behind latest{latest ? ` (${latest})` : ''}</span>;
}

export function Dashboard() {
  const [{ data, error, fetching }, refresh] = useQuery({ query: DashboardQuery });
  if (!data) {
    if (error) return <RequestError error={error} />;
    return <p>{fetching ? 'Loading clusters…' : 'No data.'}</p>;
  }
  return (
    <section>
      <div className="toolbar">
        <h1>Clusters</h1>
        <button type="button" onClick={() => refresh({ requestPolicy: 'network-only' })}>
          Refresh
        </button>
      </div>
      <FailedPart error={error} path={['clusters']} />
      {(data.clusters ?? []).map((cluster, index) => (
        <article className="cluster" key={cluster.id} data-cluster={cluster.name}>
          <header>
            <h2>{cluster.name}</h2>
            <StatusBadge status={cluster.phase ?? 'UNKNOWN'} />
            <span className="muted">
              {cluster.type} · Kubernetes {cluster.kubernetesVersion ?? '?'}
            </span>
          </header>
          <h3>Releases ({cluster.releases?.totalCount ?? '—'})</h3>
          <FailedPart error={error} path={['clusters', index, 'releases']} />
          <table>
            <tbody>
              {(cluster.releases?.nodes ?? []).map((release) => (
                <tr key={release.id} data-release={`${release.namespace}/${release.name}`}>
                  <td>
                    <a href={releaseHref(cluster.uid, release.namespace, release.name)}>
                      {release.name}
                    </a>
                  </td>
                  <td className="muted">{release.namespace}</td>
                  <td>
                    {release.chartName} {release.chartVersion}
                    <BehindLatest
                      behind={release.upgradeAvailable}
                      latest={release.latestChart?.version}
                    />
                  </td>
                  <td>rev {release.revision}</td>
                  <td>
                    <StatusBadge status={release.status} />
                    <StuckMark stuck={release.stuck} since={release.pendingSince} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>Add-ons</h3>
          <FailedPart error={error} path={['clusters', index, 'addons']} />
          <table>
            <tbody>
              {(cluster.addons ?? []).map((addon) => (
                <tr key={addon.id} data-addon={addon.name}>
                  <td>
                    <a href={addonHref(cluster.uid, addon.uid)}>{addon.name}</a>
                  </td>
                  <td>
                    {addon.version}
                    <BehindLatest
                      behind={addon.upgradeAvailable}
                      latest={addon.latestVersion?.version}
                    />
                  </td>
                  <td>
                    <StatusBadge status={addon.status} />
                    <StuckMark stuck={addon.stuck} since={addon.pendingSince} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </article>
      ))}
    </section>
  );
}
