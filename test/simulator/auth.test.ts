/**
 * Authentication and scoping over HTTP: tokens per project, AK/SK requests signed by the official
 * Node SDK signer (`@huaweicloud/huaweicloud-sdk-core`, an independent implementation) accepted,
 * tampered or stale ones refused with the API gateway's error body.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  DEMO_ACCESS_KEY,
  DEMO_CHARTS,
  DEMO_CLUSTERS,
  DEMO_PROJECT_ID,
  DEMO_SECRET_KEY,
  OTHER_PROJECT_ID,
  OTHER_TOKEN,
} from '../../src/simulator/demo-data.ts';
import type { Simulator } from '../../src/simulator/index.ts';
import { call, cceError, simulator, type Envelope } from './helpers.ts';

interface NodeSigner {
  sign(
    request: {
      method: string;
      endpoint: string;
      queryParams: Record<string, string>;
      headers: Record<string, string>;
      data?: unknown;
    },
    credential: { getAk(): string; getSk(): string },
  ): Record<string, string>;
}

const require = createRequire(import.meta.url);
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner') as {
  AKSKSigner: NodeSigner;
};

interface Signed {
  method: string;
  path: string;
  query?: Record<string, string>;
  data?: unknown;
  headers?: Record<string, string>;
  accessKey?: string;
  secretKey?: string;
}

/** Signs like the Node SDK does: content-type, host, X-Project-Id and X-Sdk-Date signed. */
function sign(target: Simulator, signed: Signed) {
  const headers = AKSKSigner.sign(
    {
      method: signed.method,
      endpoint: `${target.url}${signed.path}`,
      queryParams: signed.query ?? {},
      headers: { 'content-type': 'application/json', ...signed.headers },
      data: signed.data,
    },
    {
      getAk: () => signed.accessKey ?? DEMO_ACCESS_KEY,
      getSk: () => signed.secretKey ?? DEMO_SECRET_KEY,
    },
  );
  // undici sets Host itself, to the same value the signer used.
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'host'));
}

/** Sends a signed request: no token, only the signature headers (and the exact body signed). */
function send(
  target: Simulator,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
) {
  return call(target, method, path, { token: null, headers, rawBody: body });
}

function sdkDate(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

const clustersPath = `/api/v3/projects/${DEMO_PROJECT_ID}/clusters`;
const releasesPath = `/cce/cam/v3/clusters/${DEMO_CLUSTERS.production}/releases`;

/** A CreateRelease body installing the demo magento-mysql chart into `default`. */
function releaseBody(name: string, values: Record<string, unknown> = {}) {
  return {
    chart_id: DEMO_CHARTS.magentoMysql,
    name,
    namespace: 'default',
    version: '1.0.0',
    values,
  };
}

const SIGNATURE_FAILURE = 'Incorrect IAM authentication information: verify aksk signature fail';

describe('token authentication', () => {
  it('answers 401 CCE.01401001 without a token or with an unknown one', async () => {
    const target = await simulator();
    for (const token of [null, 'no-such-token']) {
      const result = await call(target, 'GET', clustersPath, { token });
      expect(result.status).toBe(401);
      expect(cceError(result)).toEqual({
        errorCode: 'CCE.01401001',
        errorMessage: 'Authorization failed.',
      });
      expect(result.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("answers 403 CCE.01403001 for a project path that is not the token's", async () => {
    const target = await simulator();
    const result = await call(target, 'GET', `/api/v3/projects/${OTHER_PROJECT_ID}/clusters`);
    expect(result.status).toBe(403);
    expect(cceError(result).errorCode).toBe('CCE.01403001');
  });

  it("lists only the token's own project's clusters and hides the others' (404)", async () => {
    const target = await simulator();
    const other = await call(target, 'GET', `/api/v3/projects/${OTHER_PROJECT_ID}/clusters`, {
      token: OTHER_TOKEN,
    });
    expect(
      other.json<Envelope<{ metadata: { uid: string } }>>().items.map((c) => c.metadata.uid),
    ).toEqual([DEMO_CLUSTERS.otherProject]);
    const foreignCluster = await call(target, 'GET', releasesPath, { token: OTHER_TOKEN });
    expect(foreignCluster.status).toBe(404);
    expect(cceError(foreignCluster).errorCode).toBe('CCE.02404001');
    const foreignShow = await call(
      target,
      'GET',
      `/api/v3/projects/${OTHER_PROJECT_ID}/clusters/${DEMO_CLUSTERS.production}`,
      { token: OTHER_TOKEN },
    );
    expect(foreignShow.status).toBe(404);
    expect(cceError(foreignShow).errorCode).toBe('CCE.01404001');
  });

  it('uses the configured tokens instead of the defaults', async () => {
    const target = await simulator({ tokens: { 'team-token': 'team-project' }, demoData: false });
    expect((await call(target, 'GET', clustersPath)).status).toBe(401);
    const own = await call(target, 'GET', '/api/v3/projects/team-project/clusters', {
      token: 'team-token',
    });
    expect(own.status).toBe(200);
    expect(own.json()).toEqual({ kind: 'Cluster', apiVersion: 'v3', items: [] });
  });
});

describe('AK/SK authentication', () => {
  it('accepts a GET signed by the Node SDK signer, with X-Project-Id', async () => {
    const target = await simulator();
    const headers = sign(target, {
      method: 'GET',
      path: clustersPath,
      headers: { 'X-Project-Id': DEMO_PROJECT_ID },
    });
    const result = await send(target, 'GET', clustersPath, headers);
    expect(result.status).toBe(200);
    expect(result.json<Envelope<unknown>>().items).toHaveLength(2);
  });

  it('accepts a signed POST with a query-less path and a JSON body', async () => {
    const target = await simulator();
    const data = releaseBody('signed-release', { imageTag: 'v1' });
    const headers = sign(target, {
      method: 'POST',
      path: releasesPath,
      data,
      headers: { 'X-Project-Id': DEMO_PROJECT_ID },
    });
    const result = await send(target, 'POST', releasesPath, headers, JSON.stringify(data));
    expect(result.status).toBe(201);
  });

  it('accepts a signed GET with a query string, and uses the key project without X-Project-Id', async () => {
    const target = await simulator();
    const path = '/api/v3/addons';
    const query = { cluster_id: DEMO_CLUSTERS.production };
    const headers = sign(target, { method: 'GET', path, query });
    const result = await send(
      target,
      'GET',
      `${path}?cluster_id=${DEMO_CLUSTERS.production}`,
      headers,
    );
    expect(result.status).toBe(200);
  });

  it('refuses a tampered body, query or path with 401 APIG.0301 and the request id in the body', async () => {
    const target = await simulator();
    const data = releaseBody('signed');
    const signedPost = sign(target, { method: 'POST', path: releasesPath, data });
    const tampered = JSON.stringify({ ...data, name: 'tampered' });
    const tamperedBody = await send(target, 'POST', releasesPath, signedPost, tampered);
    const signedGet = sign(target, {
      method: 'GET',
      path: releasesPath,
      query: { namespace: 'default' },
    });
    const tamperedQuery = await send(target, 'GET', `${releasesPath}?namespace=web`, signedGet);
    const otherPath = releasesPath.replace(DEMO_CLUSTERS.production, DEMO_CLUSTERS.development);
    const tamperedPath = await send(target, 'GET', `${otherPath}?namespace=default`, signedGet);
    for (const result of [tamperedBody, tamperedQuery, tamperedPath]) {
      expect(result.status).toBe(401);
      expect(result.json()).toEqual({
        error_code: 'APIG.0301',
        error_msg: SIGNATURE_FAILURE,
        request_id: result.headers['x-request-id'],
      });
    }
    // Refused requests still reached their route, so they are counted; nothing was created.
    expect(target.stats().operations.CreateRelease).toBe(1);
    const names = (await call(target, 'GET', releasesPath))
      .json<{ name: string }[]>()
      .map((r) => r.name);
    expect(names).not.toContain('tampered');
  });

  it('refuses a wrong secret key and a stale X-Sdk-Date', async () => {
    const target = await simulator();
    const wrongSecret = sign(target, { method: 'GET', path: clustersPath, secretKey: 'WRONG' });
    expect((await send(target, 'GET', clustersPath, wrongSecret)).status).toBe(401);
    const staleDate = sdkDate(new Date(Date.now() - 20 * 60_000));
    const stale = sign(target, {
      method: 'GET',
      path: clustersPath,
      headers: { 'X-Sdk-Date': staleDate },
    });
    const result = await send(target, 'GET', clustersPath, stale);
    expect(result.status).toBe(401);
    expect(result.json<{ error_msg: string }>().error_msg).toMatch(/15 minutes/);
    const fresh = sign(target, {
      method: 'GET',
      path: clustersPath,
      headers: { 'X-Sdk-Date': sdkDate(new Date(Date.now() - 10 * 60_000)) },
    });
    expect((await send(target, 'GET', clustersPath, fresh)).status).toBe(200);
  });

  it('answers 403 when X-Project-Id names a project the key does not belong to', async () => {
    const target = await simulator();
    const path = `/api/v3/projects/${OTHER_PROJECT_ID}/clusters`;
    const headers = sign(target, {
      method: 'GET',
      path,
      headers: { 'X-Project-Id': OTHER_PROJECT_ID },
    });
    const result = await send(target, 'GET', path, headers);
    expect(result.status).toBe(403);
    expect(result.json()).toMatchObject({ errorCode: 'CCE.01403001' });
  });

  it('lets one access key act in several configured projects', async () => {
    const target = await simulator({
      accessKeys: [
        { accessKey: 'AK1', secretKey: 'SK1', projectId: DEMO_PROJECT_ID },
        { accessKey: 'AK1', secretKey: 'SK1', projectId: OTHER_PROJECT_ID },
      ],
    });
    const path = `/api/v3/projects/${OTHER_PROJECT_ID}/clusters`;
    const headers = sign(target, {
      method: 'GET',
      path,
      accessKey: 'AK1',
      secretKey: 'SK1',
      headers: { 'X-Project-Id': OTHER_PROJECT_ID },
    });
    expect((await send(target, 'GET', path, headers)).status).toBe(200);
  });
});
