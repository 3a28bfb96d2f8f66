/**
 * The node:http side of the server: explicit timeouts, listening, and a graceful drain.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// Bounds for slow or idle clients; upstream calls have their own timeouts (CCE_*_TIMEOUT_MS).
const REQUEST_TIMEOUT_MS = 120_000;
const HEADERS_TIMEOUT_MS = 20_000;
const KEEP_ALIVE_TIMEOUT_MS = 5_000;

export interface ListeningAddress {
  host: string;
  port: number;
  /** Base URL a local client can use, e.g. `http://127.0.0.1:4000`. */
  url: string;
}

export function createHttpServer(handler: RequestListener): Server {
  return createServer(
    {
      requestTimeout: REQUEST_TIMEOUT_MS,
      headersTimeout: HEADERS_TIMEOUT_MS,
      keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
    },
    handler,
  );
}

/** A host for URLs: wildcard binds are reached through loopback; IPv6 literals need brackets. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

export function listen(server: Server, port: number, host: string): Promise<ListeningAddress> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      resolve({ host, port: address.port, url: `http://${urlHost(host)}:${address.port}` });
    });
  });
}

/**
 * Stops accepting connections and lets in-flight requests finish; after `graceMs` the remaining
 * connections are cut. Resolves once every connection is gone.
 */
export function drain(server: Server, graceMs: number): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close((error) => {
      clearTimeout(deadline);
      if (error) reject(error);
      else resolve();
    });
    // Keep-alive sockets between requests would otherwise hold the close open until they time out.
    server.closeIdleConnections();
  });
}
