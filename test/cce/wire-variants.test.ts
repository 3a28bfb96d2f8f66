/**
 * Wire variants the simulator does not produce but CCE's docs and SDK models allow (cce-api.md §1.1,
 * §4, §8), served by a small scripted HTTP server on loopback: delete answers with and without
 * bodies, foreign content types, error bodies of every casing, request ids, and what exactly the
 * client puts on the wire.
 */
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCceClient } from '../../src/cce/client.ts';
import { CceError, UpstreamProtocolError } from '../../src/cce/errors.ts';
import type { CceClient, ClusterFamily } from '../../src/cce/model.ts';
import { createCceTransport } from '../../src/cce/transport.ts';
import type { CceCallEvent, CceTransport } from '../../src/cce/transport.ts';

interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}
interface Hit {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

const answers = new Map<string, Answer>();
const hits: Hit[] = [];
let server: Server;
let baseUrl: string;
let transport: CceTransport;
let client: CceClient;
let events: CceCallEvent[] = [];

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Answer => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/** Scripts the answer to `METHOD /path` (query ignored). */
function answer(route: string, reply: Answer): void {
  answers.set(route, reply);
}

const release = { clusterId: 'c1', namespace: 'default', name: 'web' };
const wireRelease = {
  name: 'web',
  namespace: 'default',
  cluster_id: 'c1',
  status: 'DELETING',
  version: 3,
};
const wireAddon = {
  kind: 'Addon',
  apiVersion: 'v3',
  metadata: { uid: 'add-1', name: 'coredns' },
  spec: { clusterID: 'c1', addonTemplateName: 'coredns', version: '1.25.1' },
  status: { status: 'deleting', Reason: '', message: '' },
};

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = request.url ?? '';
      hits.push({
        method: request.method ?? '',
        url,
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const reply = answers.get(`${request.method} ${url.split('?')[0]}`) ?? json(404, {});
      response.writeHead(reply.status, reply.headers);
      response.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  answers.clear();
  hits.length = 0;
  events = [];
  transport = createCceTransport({
    endpoint: baseUrl,
    connections: 1,
    retry: { maxAttempts: 3, minDelayMs: 1, maxDelayMs: 2_000 },
  });
  client = createCceClient(
    transport,
    { kind: 'token', token: 'tok-123', projectId: 'p1' },
    { onCall: (event) => events.push(event) },
  );
});

afterEach(async () => {
  await transport.close();
});

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );
}

describe('delete answers', () => {
  const releasePath = '/cce/cam/v3/clusters/c1/namespace/default/releases/web';
  const autopilotReleasePath = '/autopilot/cam/v3/clusters/c1/namespace/default/releases/web';

  it('DeleteRelease: the deleted release, or no body at all', async () => {
    answer(`DELETE ${releasePath}`, json(200, wireRelease));
    expect(await client.deleteRelease('CCE', release)).toMatchObject({ ...release, revision: 3 });

    answer(`DELETE ${releasePath}`, { status: 200 });
    expect(await client.deleteRelease('CCE', release)).toBeNull();

    answer(`DELETE ${releasePath}`, {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
    expect(await client.deleteRelease('CCE', release)).toBeNull();
  });

  it('DeleteAutopilotRelease: plain text, a JSON string, or the release', async () => {
    answer(`DELETE ${autopilotReleasePath}`, {
      status: 200,
      headers: { 'content-type': 'text/plain' },
      body: 'success',
    });
    expect(await client.deleteRelease('AUTOPILOT', release)).toBeNull();

    answer(`DELETE ${autopilotReleasePath}`, json(200, 'success'));
    expect(await client.deleteRelease('AUTOPILOT', release)).toBeNull();

    answer(`DELETE ${autopilotReleasePath}`, json(200, wireRelease));
    expect(await client.deleteRelease('AUTOPILOT', release)).toMatchObject(release);
  });

  it.each<[ClusterFamily, string]>([
    ['CCE', '/api/v3/addons/add-1'],
    ['AUTOPILOT', '/autopilot/v3/addons/add-1'],
  ])('%s DeleteAddonInstance: text `success` or the add-on', async (family, path) => {
    answer(`DELETE ${path}`, { status: 200, body: 'success' });
    expect(await client.uninstallAddon(family, 'add-1', 'c1')).toBeNull();

    answer(`DELETE ${path}`, json(200, wireAddon));
    expect(await client.uninstallAddon(family, 'add-1', 'c1')).toMatchObject({
      id: 'add-1',
      status: 'deleting',
    });
    expect(hits.at(-1)?.url).toBe(`${path}?cluster_id=c1`);
  });

  it('rejects a delete answer that is neither JSON nor plain text', async () => {
    answer(`DELETE ${autopilotReleasePath}`, {
      status: 200,
      headers: { 'content-type': 'text/html' },
      body: '<html>ok</html>',
    });
    const error = await failure(client.deleteRelease('AUTOPILOT', release));
    expect(error).toBeInstanceOf(UpstreamProtocolError);
  });
});

describe('success answers that are not the documented format', () => {
  it('rejects a foreign content type, and the connection stays usable', async () => {
    answer('GET /v2/charts', {
      status: 200,
      headers: { 'content-type': 'text/html' },
      body: '<p/>',
    });
    const error = await failure(client.listCharts('CCE'));
    expect(error).toBeInstanceOf(UpstreamProtocolError);
    expect(error).toMatchObject({ status: 200, operation: 'ListCharts' });
    expect((error as Error).message).toContain('content type text/html where JSON was expected');
    expect(hits).toHaveLength(1);

    answer('GET /v2/charts', json(200, [{ id: 'ch1', name: 'nginx' }]));
    expect(await client.listCharts('CCE')).toHaveLength(1);
  });

  it('rejects an empty body where a document is expected', async () => {
    answer('GET /v2/charts/ch1', { status: 200, headers: { 'content-type': 'application/json' } });
    expect(await failure(client.showChart('CCE', 'ch1'))).toMatchObject({
      name: 'UpstreamProtocolError',
      message: 'CCE ShowChart answered HTTP 200 with an empty body',
    });
  });

  it('rejects JSON of the wrong shape', async () => {
    answer('GET /cce/cam/v3/clusters/c1/releases', json(200, { items: [] }));
    const error = await failure(client.listReleases('CCE', 'c1'));
    expect(error).toBeInstanceOf(UpstreamProtocolError);
    expect((error as Error).message).toContain('release list is not a JSON array');
    expect(events[0]).toMatchObject({ outcome: 'error', status: 200, attempts: 1 });
  });

  it('accepts JSON content types with parameters and +json suffixes', async () => {
    answer('GET /v2/charts', json(200, [], { 'content-type': 'application/json;charset=UTF-8' }));
    expect(await client.listCharts('CCE')).toEqual([]);
    answer(
      'GET /autopilot/v2/charts',
      json(200, [], { 'content-type': 'application/vnd.cce+json' }),
    );
    expect(await client.listCharts('AUTOPILOT')).toEqual([]);
  });
});

describe('error answers', () => {
  it('reads nested error objects and the X-Request-Id header', async () => {
    answer(
      'GET /v2/charts/ch1',
      json(
        403,
        { error: { code: 'IAM.0002', message: 'Policy denies.' } },
        { 'x-request-id': 'req-9' },
      ),
    );
    const error = await failure(client.showChart('CCE', 'ch1'));
    expect(error).toBeInstanceOf(CceError);
    expect(error).toMatchObject({
      status: 403,
      code: 'IAM.0002',
      message: 'Policy denies.',
      requestId: 'req-9',
    });
    expect(events[0]).toMatchObject({ requestId: 'req-9', status: 403, outcome: 'error' });
  });

  it('takes the request id from a gateway error body when the header is missing', async () => {
    answer(
      'GET /v2/charts/ch1',
      json(401, {
        error_code: 'APIG.0301',
        error_msg: 'verify aksk signature fail',
        request_id: 'gw-1',
      }),
    );
    expect(await failure(client.showChart('CCE', 'ch1'))).toMatchObject({
      code: 'APIG.0301',
      requestId: 'gw-1',
    });
  });

  it('retries an HTML 502 from a proxy, then reports it without a code', async () => {
    answer('GET /v2/charts', {
      status: 502,
      headers: { 'content-type': 'text/html' },
      body: '<html><body>Bad Gateway</body></html>',
    });
    const error = await failure(client.listCharts('CCE'));
    expect(error).toMatchObject({
      status: 502,
      code: null,
      message: 'CCE ListCharts answered HTTP 502',
    });
    expect(hits).toHaveLength(3);
  });

  it('retries a throttling code carried by a non-429 status', async () => {
    answer('GET /v2/charts', json(400, { error_code: 'APIG.0308', error_msg: 'over ratelimit' }));
    expect(await failure(client.listCharts('CCE'))).toMatchObject({
      status: 400,
      code: 'APIG.0308',
    });
    expect(hits).toHaveLength(3);
  });

  it('honours Retry-After given as an HTTP date', async () => {
    // HTTP dates have whole seconds: two seconds ahead is more than one second away.
    const inTwoSeconds = new Date(Date.now() + 2_000).toUTCString();
    answer(
      'GET /v2/charts',
      json(503, { errorCode: 'CCE.02500001' }, { 'retry-after': inTwoSeconds }),
    );
    await failure(client.listCharts('CCE'));
    expect(hits).toHaveLength(3);
    // Backoff alone (1 ms base) would have retried at once.
    expect(events[0]?.durationMs).toBeGreaterThanOrEqual(1_000);
  });

  it('survives a huge error body', async () => {
    answer('GET /v2/charts/ch1', {
      status: 500,
      headers: { 'content-type': 'application/json' },
      body: `{"errorCode":"CCE.02500001","pad":"${'x'.repeat(2_000_000)}"}`,
    });
    const transportOnce = createCceTransport({ endpoint: baseUrl, retry: { maxAttempts: 1 } });
    try {
      const once = createCceClient(transportOnce, { kind: 'token', token: 't', projectId: 'p' });
      // Too long to parse: the status still says what happened.
      expect(await failure(once.showChart('CCE', 'ch1'))).toMatchObject({
        status: 500,
        code: null,
      });
      answer('GET /v2/charts/ch1', json(200, { id: 'ch1', name: 'nginx' }));
      expect(await once.showChart('CCE', 'ch1')).toMatchObject({ id: 'ch1' });
    } finally {
      await transportOnce.close();
    }
  });
});

describe('what goes on the wire', () => {
  it('sends the token, a JSON content type, and a sorted, strictly encoded query', async () => {
    answer('GET /api/v3/addontemplates', json(200, { kind: 'Addon', apiVersion: 'v3', items: [] }));
    await client.listAddonTemplates('CCE', {
      name: 'core dns',
      clusterId: 'c1',
      version: '1.0.0',
      newest: true,
    });
    expect(hits[0]?.url).toBe(
      '/api/v3/addontemplates?addon_template_name=core%20dns&cluster_id=c1&newest=true&version=1.0.0',
    );
    expect(hits[0]?.headers).toMatchObject({
      'x-auth-token': 'tok-123',
      'content-type': 'application/json',
    });
    expect(hits[0]?.headers['x-project-id']).toBeUndefined();
  });

  it('sends request bodies in CCE spelling', async () => {
    answer('POST /cce/cam/v3/clusters/c1/releases', json(201, wireRelease));
    await client.createRelease('CCE', 'c1', {
      chartId: 'ch1',
      name: 'web',
      namespace: 'default',
      version: '1.0.0',
      values: { image: { tag: 'v2' } },
      parameters: { dryRun: true, releaseVersion: 2 },
    });
    expect(JSON.parse(hits[0]?.body ?? '')).toEqual({
      chart_id: 'ch1',
      name: 'web',
      namespace: 'default',
      version: '1.0.0',
      values: { image: { tag: 'v2' } },
      parameters: { dry_run: true, release_version: 2 },
    });

    answer('POST /api/v3/addons', json(201, wireAddon));
    await client.installAddon('CCE', {
      clusterId: 'c1',
      templateName: 'coredns',
      values: { basic: {} },
    });
    expect(JSON.parse(hits[1]?.body ?? '')).toEqual({
      kind: 'Addon',
      apiVersion: 'v3',
      metadata: { annotations: { 'addon.install/type': 'install' } },
      spec: { clusterID: 'c1', addonTemplateName: 'coredns', values: { basic: {} } },
    });

    answer('POST /api/v3/addons/add-1/operation/rollback', json(200, wireAddon));
    await client.rollbackAddon('CCE', 'add-1', 'c1');
    expect(JSON.parse(hits[2]?.body ?? '')).toEqual({ clusterID: 'c1' });
  });

  it('keeps the path prefix of an endpoint', async () => {
    const prefixed = createCceTransport({ endpoint: `${baseUrl}/cce-proxy/` });
    try {
      answer('GET /cce-proxy/v2/charts', json(200, []));
      await createCceClient(prefixed, { kind: 'token', token: 't', projectId: 'p' }).listCharts(
        'CCE',
      );
      expect(hits[0]?.url).toBe('/cce-proxy/v2/charts');
    } finally {
      await prefixed.close();
    }
  });

  it('encodes path values as single segments', async () => {
    answer('GET /v2/charts/a%20b%2Bc', json(200, { id: 'a b+c', name: 'odd' }));
    expect(await client.showChart('CCE', 'a b+c')).toMatchObject({ id: 'a b+c' });
  });
});

describe('bad input', () => {
  it('is rejected before anything is sent', async () => {
    await expect(client.showRelease('CCE', { ...release, name: '' })).rejects.toThrow(
      /ShowRelease: name must be a name without path characters/,
    );
    await expect(client.showChart('CCE', '..')).rejects.toThrow(RangeError);
    await expect(client.listCharts('NEITHER' as ClusterFamily)).rejects.toThrow(
      /Unknown cluster family "NEITHER"/,
    );
    expect(hits).toHaveLength(0);
    expect(events).toHaveLength(0);
  });

  it('rejects unusable transport options', () => {
    expect(() => createCceTransport({ endpoint: 'not a url' })).toThrow(/is not a URL/);
    expect(() => createCceTransport({ endpoint: 'ftp://example.com' })).toThrow(/must be http/);
    expect(() => createCceTransport({ endpoint: 'https://user:pw@example.com' })).toThrow(
      /must not carry credentials/,
    );
    expect(() => createCceTransport({ endpoint: baseUrl, connections: 0 })).toThrow(
      /connections must be a positive integer/,
    );
    expect(() => createCceTransport({ endpoint: baseUrl, headersTimeoutMs: -5 })).toThrow(
      /headersTimeoutMs/,
    );
    expect(() => createCceTransport({ endpoint: baseUrl, retry: { maxAttempts: 0 } })).toThrow(
      /maxAttempts/,
    );
  });
});
