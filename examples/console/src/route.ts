/** The console's pages, addressed by the URL hash so that a static server can host it. */
import { useEffect, useState } from 'react';

/** A release's address, as the gateway's release queries and inputs take it. */
export interface ReleaseKey {
  readonly clusterId: string;
  readonly namespace: string;
  readonly name: string;
}

export type Route =
  | { page: 'dashboard' }
  | ({ page: 'release' } & ReleaseKey)
  | { page: 'addon'; clusterId: string; addonId: string };

export function parseRoute(hash: string): Route {
  const [page, ...parts] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (page === 'release' && parts.length === 3) {
    const [clusterId = '', namespace = '', name = ''] = parts;
    return { page, clusterId, namespace, name };
  }
  if (page === 'addon' && parts.length === 2) {
    const [clusterId = '', addonId = ''] = parts;
    return { page, clusterId, addonId };
  }
  return { page: 'dashboard' };
}

export function releaseHref(clusterId: string, namespace: string, name: string): string {
  return `#/release/${[clusterId, namespace, name].map(encodeURIComponent).join('/')}`;
}

export function addonHref(clusterId: string, addonId: string): string {
  return `#/addon/${[clusterId, addonId].map(encodeURIComponent).join('/')}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
