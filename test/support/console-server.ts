/**
 * Serves the built example console (examples/console/dist) on 127.0.0.1, port 0, and passes
 * /graphql through to a gateway, streams included: the console and the gateway share an origin,
 * as behind one host in production (and as the console's dev server proxies them).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONSOLE_DIST = fileURLToPath(new URL('../../examples/console/dist', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface ConsoleServer {
  readonly url: string;
  close(): Promise<void>;
}

function serveFile(path: string, response: ServerResponse): void {
  const relative = normalize(path === '/' ? '/index.html' : path).replace(/^(\.\.[/\\])+/, '');
  const file = join(CONSOLE_DIST, relative);
  if (!file.startsWith(CONSOLE_DIST) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
}

function forward(gateway: URL, incoming: IncomingMessage, response: ServerResponse): void {
  const upstream = request(
    {
      host: gateway.hostname,
      port: gateway.port,
      path: incoming.url,
      method: incoming.method,
      headers: { ...incoming.headers, host: gateway.host },
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  upstream.on('error', () => response.destroy());
  response.on('close', () => upstream.destroy());
  incoming.pipe(upstream);
}

export async function startConsoleServer(gatewayBaseUrl: string): Promise<ConsoleServer> {
  if (!existsSync(join(CONSOLE_DIST, 'index.html'))) {
    throw new Error(
      'The example console is not built: run `npm ci && npm run build` in examples/console (.ci/run does).',
    );
  }
  const gateway = new URL(gatewayBaseUrl);
  const server = createServer((incoming, response) => {
    const path = (incoming.url ?? '/').split('?')[0] ?? '/';
    if (path === '/graphql') forward(gateway, incoming, response);
    else serveFile(path, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
