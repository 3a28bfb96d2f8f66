/**
 * A proxy on loopback between the gateway and the simulator (the stack's `upstream` option):
 * forwards every call, and lets a test see each call and change the answer's body. CCE's
 * `X-Request-Id` is passed back, as CCE sends it.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxiedCall {
  readonly method: string;
  /** Path and query, as the gateway sent them. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
}

/** What the proxy answers: the simulator's body, or what `answer` makes of it. */
export type ProxyAnswer = (call: ProxiedCall, body: string) => string;

export function forwardingProxy(answer: ProxyAnswer = (_call, body) => body) {
  return async (simulatorUrl: string) => {
    const server: Server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        void (async () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(request.headers)) {
            if (typeof value === 'string' && name !== 'host' && name !== 'content-length') {
              headers.set(name, value);
            }
          }
          const call = {
            method: request.method ?? 'GET',
            url: request.url ?? '',
            headers: request.headers,
          };
          const upstream = await fetch(`${simulatorUrl}${call.url}`, {
            method: call.method,
            headers,
            ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
          });
          const body = answer(call, await upstream.text());
          response.writeHead(upstream.status, {
            'content-type': upstream.headers.get('content-type') ?? 'application/json',
            ...(upstream.headers.has('x-request-id')
              ? { 'x-request-id': upstream.headers.get('x-request-id') ?? '' }
              : {}),
          });
          response.end(body);
        })();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}`,
      close: () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    };
  };
}
