/**
 * The simulator's own SDK-HMAC-SHA256 verifier against every test vector of cce-api.md §5.3
 * (V1/V2/V7/V8 Go-style: content-type unsigned; V4–V6 Node-style: host and content-type signed;
 * V3 the documented canonical request).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  canonicalQueryString,
  canonicalRequest,
  canonicalUri,
  parseSdkDate,
  signatureOf,
  stringToSign,
  verifySignature,
  type SignedRequest,
} from '../../src/simulator/signature.ts';

const NODE_HOST = 'cce.cn-north-4.myhuaweicloud.com';
const RELEASE_JSON =
  '{"chart_id":"ch1","name":"rel","namespace":"default","version":"1.0.0","values":{"imageTag":"v1"}}';

interface Vector {
  name: string;
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body: string;
  signedHeaders: string;
  signature: string;
}

const VECTORS: Vector[] = [
  {
    name: 'V1 Go GET, underscore header not signed',
    method: 'GET',
    path: '/path',
    query: 'limit=1',
    headers: { 'x-sdk-date': '20060102T150405Z', test_underscore: 'TEST_VALUE' },
    body: '',
    signedHeaders: 'x-sdk-date',
    signature: '5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624',
  },
  {
    name: 'V2 Go POST, content-type not signed, body with trailing newline',
    method: 'POST',
    path: '/path',
    query: 'key=value',
    headers: { 'x-sdk-date': '20060102T150405Z', 'content-type': 'application/json' },
    body: '{"Name":"test","Id":1}\n',
    signedHeaders: 'x-sdk-date',
    signature: 'cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59',
  },
  {
    name: 'V4 Node GET ListAddonInstances',
    method: 'GET',
    path: '/api/v3/addons',
    query: 'cluster_id=c1',
    headers: {
      'content-type': 'application/json',
      host: NODE_HOST,
      'x-project-id': 'p1',
      'x-sdk-date': '20240101T000000Z',
    },
    body: '',
    signedHeaders: 'content-type;host;x-project-id;x-sdk-date',
    signature: '5e11b8bcfec80059c431d3515fa2822c63d79aa838d2a4f1d7448cea40cc2bf9',
  },
  {
    name: 'V5 Node POST CreateRelease',
    method: 'POST',
    path: '/cce/cam/v3/clusters/c1/releases',
    query: '',
    headers: {
      'content-type': 'application/json',
      host: NODE_HOST,
      'x-project-id': 'p1',
      'x-sdk-date': '20240101T000000Z',
    },
    body: RELEASE_JSON,
    signedHeaders: 'content-type;host;x-project-id;x-sdk-date',
    signature: 'ef4baa2dd15833306d7742844c5698415105174f5635a00ad4147eb2f89ee105',
  },
  {
    name: 'V6 Node DELETE DeleteRelease without project header',
    method: 'DELETE',
    path: '/cce/cam/v3/clusters/c1/namespace/default/releases/rel',
    query: '',
    headers: {
      'content-type': 'application/json',
      host: NODE_HOST,
      'x-sdk-date': '20240101T000000Z',
    },
    body: '',
    signedHeaders: 'content-type;host;x-sdk-date',
    signature: '686ebf85a74561d3fad9121eb6e21e0da43c95332ec82393dbb89ad08bb0a851',
  },
  {
    name: 'V7 Go GET with user-agent signed',
    method: 'GET',
    path: '/api/v3/addons',
    query: 'cluster_id=c1',
    headers: {
      'user-agent': 'huaweicloud-usdk-go/3.0',
      'content-type': 'application/json',
      'x-project-id': 'p1',
      'x-sdk-date': '20240101T000000Z',
    },
    body: '',
    signedHeaders: 'user-agent;x-project-id;x-sdk-date',
    signature: '331d0d67095b5bc2a6c68f4fd7c3787772b7422c032a80b779307d7026e2cb6f',
  },
  {
    name: 'V8 Go POST CreateRelease, body with trailing newline',
    method: 'POST',
    path: '/cce/cam/v3/clusters/c1/releases',
    query: '',
    headers: {
      'user-agent': 'huaweicloud-usdk-go/3.0',
      'content-type': 'application/json',
      'x-project-id': 'p1',
      'x-sdk-date': '20240101T000000Z',
    },
    body: `${RELEASE_JSON}\n`,
    signedHeaders: 'user-agent;x-project-id;x-sdk-date',
    signature: 'fa5de18968b2d00adb9efda805e159197733ca92d5c33d3fdcc1aedd2fd961e9',
  },
];

const secretKeyOf = (accessKey: string) => (accessKey === 'AccessKey' ? 'SecretKey' : undefined);

function signedRequest(vector: Vector, signature = vector.signature): SignedRequest {
  return {
    method: vector.method,
    path: vector.path,
    query: vector.query,
    headers: {
      ...vector.headers,
      authorization: `SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=${vector.signedHeaders}, Signature=${signature}`,
    },
    body: Buffer.from(vector.body),
  };
}

const signedAt = (vector: Vector) => parseSdkDate(vector.headers['x-sdk-date']!)!;

describe('SDK-HMAC-SHA256 verification: test vectors', () => {
  it.each(VECTORS)('$name is accepted', (vector) => {
    expect(verifySignature(signedRequest(vector), secretKeyOf, signedAt(vector))).toEqual({
      ok: true,
      accessKey: 'AccessKey',
    });
  });

  it.each(VECTORS)('$name is rejected with one signature digit changed', (vector) => {
    const tampered = `${vector.signature.slice(0, -1)}${vector.signature.endsWith('0') ? '1' : '0'}`;
    expect(verifySignature(signedRequest(vector, tampered), secretKeyOf, signedAt(vector))).toEqual(
      {
        ok: false,
        reason: 'verify aksk signature fail',
      },
    );
  });

  it('V2 without the trailing newline of the Go body does not verify', () => {
    const [, v2] = VECTORS;
    const withoutNewline = { ...signedRequest(v2!), body: Buffer.from('{"Name":"test","Id":1}') };
    expect(verifySignature(withoutNewline, secretKeyOf, signedAt(v2!)).ok).toBe(false);
  });

  it('V3: rebuilds the documented canonical request, its hash and the signature', () => {
    const request: SignedRequest = {
      method: 'GET',
      path: '/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs',
      query: 'marker=13551d6b-755d-4757-b956-536f674975c0&limit=2',
      headers: {
        'content-type': 'application/json',
        host: 'service.region.example.com',
        'x-sdk-date': '20191115T033655Z',
      },
      body: new Uint8Array(0),
    };
    const canonical = canonicalRequest(request, ['content-type', 'host', 'x-sdk-date']);
    expect(canonical).toBe(
      [
        'GET',
        '/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/',
        'limit=2&marker=13551d6b-755d-4757-b956-536f674975c0',
        'content-type:application/json\nhost:service.region.example.com\nx-sdk-date:20191115T033655Z\n',
        'content-type;host;x-sdk-date',
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      ].join('\n'),
    );
    expect(createHash('sha256').update(canonical!).digest('hex')).toBe(
      'b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a',
    );
    expect(
      signatureOf(
        'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc',
        stringToSign('20191115T033655Z', canonical!),
      ),
    ).toBe('7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe');
  });
});

describe('SDK-HMAC-SHA256 verification: canonical forms and refusals', () => {
  const v4 = VECTORS[2]!;

  it('escapes query keys and values, sorts keys and repeated values (Go signer_test vector)', () => {
    const query =
      'test=%E4%B8%80+(%26%3D%3F!%23%25.*)&path=%2Ftmp%2F123&multi=3&multi=1&multi=2&limit=1&enable=true';
    expect(canonicalQueryString(query)).toBe(
      'enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29',
    );
  });

  it('re-escapes each path segment and appends the trailing slash', () => {
    expect(canonicalUri('/a%20b/c')).toBe('/a%20b/c/');
    expect(canonicalUri('/already/')).toBe('/already/');
  });

  it('uses X-Sdk-Content-Sha256 instead of hashing the body when present', () => {
    const request = {
      ...signedRequest(v4),
      headers: { ...v4.headers, 'x-sdk-content-sha256': 'UNSIGNED-PAYLOAD' },
    };
    expect(canonicalRequest(request, ['x-sdk-date'])!.endsWith('\nUNSIGNED-PAYLOAD')).toBe(true);
  });

  it('accepts X-Sdk-Date within 15 minutes either way and refuses beyond', () => {
    const minute = 60_000;
    for (const offset of [-14 * minute, 14 * minute]) {
      expect(verifySignature(signedRequest(v4), secretKeyOf, signedAt(v4) + offset).ok).toBe(true);
    }
    for (const offset of [-16 * minute, 16 * minute]) {
      expect(verifySignature(signedRequest(v4), secretKeyOf, signedAt(v4) + offset)).toEqual({
        ok: false,
        reason: 'X-Sdk-Date is more than 15 minutes from the server clock',
      });
    }
  });

  it('refuses a signature that does not cover x-sdk-date', () => {
    const request = signedRequest({ ...v4, signedHeaders: 'content-type;host;x-project-id' });
    expect(verifySignature(request, secretKeyOf, signedAt(v4))).toEqual({
      ok: false,
      reason: 'x-sdk-date is not among the signed headers',
    });
  });

  it('refuses unknown access keys, malformed headers and missing signed headers', () => {
    const request = signedRequest(v4);
    const withAuthorization = (authorization: string): SignedRequest => ({
      ...request,
      headers: { ...request.headers, authorization },
    });
    const unknownKey = String(request.headers.authorization).replace('=AccessKey', '=Nobody');
    expect(verifySignature(withAuthorization(unknownKey), secretKeyOf, signedAt(v4))).toEqual({
      ok: false,
      reason: 'unknown access key',
    });
    const truncated = withAuthorization('SDK-HMAC-SHA256 Access=AccessKey');
    expect(verifySignature(truncated, secretKeyOf, signedAt(v4))).toEqual({
      ok: false,
      reason: 'malformed Authorization header',
    });
    const withoutHost = Object.fromEntries(
      Object.entries(v4.headers).filter(([name]) => name !== 'host'),
    );
    const missingHost = signedRequest({ ...v4, headers: withoutHost });
    expect(verifySignature(missingHost, secretKeyOf, signedAt(v4))).toEqual({
      ok: false,
      reason: 'a signed header is missing',
    });
  });
});
