/**
 * The ceiling the gateway is measured against: a hand-written REST backend-for-frontend on plain
 * node:http, answering the benchmark's three operations with bench/baseline-operations.ts (the
 * gateway's upstream calls on one undici Pool, the gateway's JSON). No schema, no validation
 * library, no logging: only what a careful hand-written handler must do (parse, pick, map, sort).
 *
 *   GET  /release?clusterId=&namespace=&name=   scenario A   {"data":{"release":{…}}}
 *   GET  /dashboard                             scenario B   {"data":{"clusters":[…]}}
 *   POST /release-upgrade  {clusterId, namespace, name, values}
 *                                               scenario C   {"data":{"releaseUpgrade":{…}}}
 *
 * Settings (environment): those of baseline-operations.ts (BASELINE_PORT: 0 = any; the URL is
 * printed).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readBody, reply, serve } from './hand-written-http.ts';
import {
  dashboard,
  release,
  releaseUpgrade,
  UpstreamError,
  type UpgradeInput,
} from './baseline-operations.ts';

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://baseline');
  const token = request.headers['x-auth-token'];
  if (typeof token !== 'string' || token === '') {
    reply(response, 401, { error: 'X-Auth-Token is required' });
    return;
  }
  try {
    if (request.method === 'GET' && url.pathname === '/release') {
      const query = url.searchParams;
      const key = {
        clusterId: query.get('clusterId') ?? '',
        namespace: query.get('namespace') ?? '',
        name: query.get('name') ?? '',
      };
      reply(response, 200, { data: await release(token, key) });
    } else if (request.method === 'GET' && url.pathname === '/dashboard') {
      reply(response, 200, { data: await dashboard(token) });
    } else if (request.method === 'POST' && url.pathname === '/release-upgrade') {
      const input = JSON.parse(await readBody(request)) as UpgradeInput;
      reply(response, 200, { data: await releaseUpgrade(token, input) });
    } else {
      reply(response, 404, { error: 'not found' });
    }
  } catch (error) {
    const status = error instanceof UpstreamError ? 502 : 500;
    reply(response, status, { error: error instanceof Error ? error.message : String(error) });
  }
}

const server = createServer((request, response) => {
  void handle(request, response);
});
serve(server, 'baseline');
