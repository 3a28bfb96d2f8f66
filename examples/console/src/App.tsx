/** The console's frame: the caller's token, and the page the URL hash names. */
import { useMemo, useState } from 'react';
import { Provider } from 'urql';
import { AddonPage } from './AddonPage';
import { createConsoleClient, currentToken, saveToken } from './client';
import { Dashboard } from './Dashboard';
import { ReleasePage } from './ReleasePage';
import { useRoute } from './route';

export function App() {
  const [token, setToken] = useState(currentToken);
  const client = useMemo(() => createConsoleClient(token), [token]);
  const route = useRoute();
  return (
    <Provider value={client}>
      <header className="app-header">
        <a href="#/">CCE console</a>
        <label>
          Token{' '}
          <input
            value={token}
            onChange={(event) => {
              saveToken(event.target.value);
              setToken(event.target.value);
            }}
          />
        </label>
      </header>
      <main>
        {route.page === 'release' ? (
          <ReleasePage
            key={location.hash}
            clusterId={route.clusterId}
            namespace={route.namespace}
            name={route.name}
          />
        ) : route.page === 'addon' ? (
          <AddonPage key={location.hash} clusterId={route.clusterId} addonId={route.addonId} />
        ) : (
          <Dashboard />
        )}
      </main>
    </Provider>
  );
}
