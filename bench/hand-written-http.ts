/**
 * The node:http edge the benchmark's hand-written servers share (baseline, yoga floor, graphql-js floor): how
 * they listen, read a body and answer, as a careful hand-written handler does.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { closeUpstream } from './baseline-operations.ts';

/** The request's body as text, read whole. */
export async function readBody(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request as AsyncIterable<Buffer>) text += chunk.toString('utf8');
  return text;
}

/** Answers `body` as JSON, with its length. */
export function reply(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

/**
 * Listens on BASELINE_PORT of loopback and prints the URL as `<label> listening on <url>`; on
 * SIGTERM or SIGINT closes the server, its connections and then the upstream pool.
 */
export function serve(server: Server, label: string): void {
  server.keepAliveTimeout = 5_000;
  server.listen(Number(process.env.BASELINE_PORT ?? '0'), '127.0.0.1', () => {
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('not listening on TCP');
    console.log(`${label} listening on http://127.0.0.1:${address.port}`);
  });
  const stop = () => {
    server.close();
    server.closeAllConnections();
    void closeUpstream();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
