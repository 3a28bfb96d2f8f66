/**
 * The node:http side of the server: explicit timeouts, listening, and a graceful drain.
 */
import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

// Bounds for slow or idle clients; upstream calls have their own timeouts (CCE_*_TIMEOUT_MS).
const REQUEST_TIMEOUT_MS = 120_000;
const HEADERS_TIMEOUT_MS = 20_000;
const KEEP_ALIVE_TIMEOUT_MS = 5_000;

/** What yoga's node:http integration passes as the server context. */
export interface NodeServerContext {
  req: IncomingMessage;
  res: ServerResponse;
}

export interface ListeningAddress {
  host: string;
  port: number;
  /** Base URL a local client can use, e.g. `http://127.0.0.1:4000`. */
  url: string;
}

/** node:http server with a graceful drain; `server` is the plain node server underneath. */
export interface HttpEdge {
  readonly server: Server;
  /** Binds `host:port` (port 0 picks a free one). */
  listen(port: number, host: string): Promise<ListeningAddress>;
  /**
   * Stops accepting connections and lets in-flight requests finish; after `graceMs` the remaining
   * connections are cut. Resolves once every connection is gone.
   */
  drain(graceMs: number): Promise<void>;
}

/** A host for URLs: wildcard binds are reached through loopback; IPv6 literals need brackets. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

export function createHttpEdge(handler: RequestListener): HttpEdge {
  const server = createServer(
    {
      requestTimeout: REQUEST_TIMEOUT_MS,
      headersTimeout: HEADERS_TIMEOUT_MS,
      keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
    },
    handler,
  );
  // Responses not yet finished: while draining, their keep-alive sockets must close after them, or
  // the drain would wait for each client's idle timeout.
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  const stopKeepAlive = (response: ServerResponse) => {
    if (!response.headersSent) response.shouldKeepAlive = false;
  };
  server.on('request', (_request: IncomingMessage, response: ServerResponse) => {
    if (draining) stopKeepAlive(response);
    inFlight.add(response);
    response.once('close', () => {
      inFlight.delete(response);
      // A response that ends while draining (e.g. a subscription stream the live registry just
      // completed) leaves a keep-alive connection behind: close it once it is idle.
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
  });

  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          resolve({ host, port: address.port, url: `http://${urlHost(host)}:${address.port}` });
        });
      });
    },
    drain(graceMs) {
      if (!server.listening) return Promise.resolve();
      draining = true;
      inFlight.forEach(stopKeepAlive);
      return new Promise((resolve, reject) => {
        const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close((error) => {
          clearTimeout(deadline);
          if (error) reject(error);
          else resolve();
        });
        server.closeIdleConnections();
      });
    },
  };
}
