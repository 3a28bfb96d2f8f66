import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  canonicalize,
  canonicalQueryString,
  canonicalUri,
  formatSdkDate,
  payloadHash,
  percentEncode,
  signRequest,
} from '../../src/cce/signer.ts';

/** The Go SDK signs every header except names starting with content-type or containing `_`. */
function goSignedHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(
      ([name]) => !name.toLowerCase().startsWith('content-type') && !name.includes('_'),
    ),
  );
}

function authorization(signedHeaders: string, signature: string, access = 'AccessKey'): string {
  return `SDK-HMAC-SHA256 Access=${access}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

const RELEASE_BODY = {
  chart_id: 'ch1',
  name: 'rel',
  namespace: 'default',
  version: '1.0.0',
  values: { imageTag: 'v1' },
};

describe('SDK-HMAC-SHA256 test vectors (cce-api.md §5.3)', () => {
  it('V1: Go GET, underscore header excluded', () => {
    const headers = goSignedHeaders({
      'X-Sdk-Date': '20060102T150405Z',
      TEST_UNDERSCORE: 'TEST_VALUE',
    });
    const signed = signRequest(
      {
        method: 'GET',
        path: '/path',
        canonicalQuery: canonicalQueryString([['limit', '1']]),
        headers,
        payloadHash: payloadHash(null),
      },
      'AccessKey',
      'SecretKey',
    );
    expect(signed).toBe(
      authorization(
        'x-sdk-date',
        '5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624',
      ),
    );
  });

  it('V2: Go POST with JSON body and its trailing newline; content-type not signed', () => {
    const input = {
      method: 'POST',
      path: '/path',
      canonicalQuery: canonicalQueryString([['key', 'value']]),
      headers: goSignedHeaders({
        'X-Sdk-Date': '20060102T150405Z',
        'Content-Type': 'application/json',
      }),
      payloadHash: payloadHash('{"Name":"test","Id":1}\n'),
    };
    expect(signRequest(input, 'AccessKey', 'SecretKey')).toBe(
      authorization(
        'x-sdk-date',
        'cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59',
      ),
    );
    const withoutNewline = { ...input, payloadHash: payloadHash('{"Name":"test","Id":1}') };
    expect(signRequest(withoutNewline, 'AccessKey', 'SecretKey')).not.toBe(
      signRequest(input, 'AccessKey', 'SecretKey'),
    );
  });

  it('V3: documented canonical request, its hash and signature', () => {
    const input = {
      method: 'GET',
      path: '/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs',
      canonicalQuery: canonicalQueryString([
        ['marker', '13551d6b-755d-4757-b956-536f674975c0'],
        ['limit', '2'],
      ]),
      headers: {
        'Content-Type': 'application/json',
        Host: 'service.region.example.com',
        'X-Sdk-Date': '20191115T033655Z',
      },
      payloadHash: payloadHash(null),
    };
    const { canonicalRequest } = canonicalize(input);
    expect(canonicalRequest).toBe(
      'GET\n/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/\n' +
        'limit=2&marker=13551d6b-755d-4757-b956-536f674975c0\n' +
        'content-type:application/json\nhost:service.region.example.com\nx-sdk-date:20191115T033655Z\n\n' +
        'content-type;host;x-sdk-date\n' +
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(createHash('sha256').update(canonicalRequest).digest('hex')).toBe(
      'b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a',
    );
    expect(
      signRequest(input, 'QTWAOYTTINDUT2QVKYUC', 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc'),
    ).toBe(
      authorization(
        'content-type;host;x-sdk-date',
        '7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe',
        'QTWAOYTTINDUT2QVKYUC',
      ),
    );
  });

  const nodeHeaders = {
    'content-type': 'application/json',
    'X-Project-Id': 'p1',
    'X-Sdk-Date': '20240101T000000Z',
    host: 'cce.cn-north-4.myhuaweicloud.com',
  };

  it('V4: Node GET with query', () => {
    expect(
      signRequest(
        {
          method: 'GET',
          path: '/api/v3/addons',
          canonicalQuery: canonicalQueryString([['cluster_id', 'c1']]),
          headers: nodeHeaders,
          payloadHash: payloadHash(null),
        },
        'AccessKey',
        'SecretKey',
      ),
    ).toBe(
      authorization(
        'content-type;host;x-project-id;x-sdk-date',
        '5e11b8bcfec80059c431d3515fa2822c63d79aa838d2a4f1d7448cea40cc2bf9',
      ),
    );
  });

  it('V5: Node POST hashing JSON.stringify of the body', () => {
    expect(
      signRequest(
        {
          method: 'POST',
          path: '/cce/cam/v3/clusters/c1/releases',
          canonicalQuery: '',
          headers: nodeHeaders,
          payloadHash: payloadHash(JSON.stringify(RELEASE_BODY)),
        },
        'AccessKey',
        'SecretKey',
      ),
    ).toBe(
      authorization(
        'content-type;host;x-project-id;x-sdk-date',
        'ef4baa2dd15833306d7742844c5698415105174f5635a00ad4147eb2f89ee105',
      ),
    );
  });

  it('V6: Node DELETE without a project header', () => {
    const headers = {
      'content-type': 'application/json',
      'X-Sdk-Date': '20240101T000000Z',
      host: 'cce.cn-north-4.myhuaweicloud.com',
    };
    expect(
      signRequest(
        {
          method: 'DELETE',
          path: '/cce/cam/v3/clusters/c1/namespace/default/releases/rel',
          canonicalQuery: '',
          headers,
          payloadHash: payloadHash(null),
        },
        'AccessKey',
        'SecretKey',
      ),
    ).toBe(
      authorization(
        'content-type;host;x-sdk-date',
        '686ebf85a74561d3fad9121eb6e21e0da43c95332ec82393dbb89ad08bb0a851',
      ),
    );
  });

  const goHeaders = goSignedHeaders({
    'User-Agent': 'huaweicloud-usdk-go/3.0',
    'Content-Type': 'application/json',
    'X-Project-Id': 'p1',
    'X-Sdk-Date': '20240101T000000Z',
  });

  it('V7: Go GET signing user-agent, not content-type or host', () => {
    expect(
      signRequest(
        {
          method: 'GET',
          path: '/api/v3/addons',
          canonicalQuery: canonicalQueryString([['cluster_id', 'c1']]),
          headers: goHeaders,
          payloadHash: payloadHash(null),
        },
        'AccessKey',
        'SecretKey',
      ),
    ).toBe(
      authorization(
        'user-agent;x-project-id;x-sdk-date',
        '331d0d67095b5bc2a6c68f4fd7c3787772b7422c032a80b779307d7026e2cb6f',
      ),
    );
  });

  it('V8: Go POST with json.Encoder bytes (trailing newline)', () => {
    const body = `${JSON.stringify(RELEASE_BODY)}\n`;
    expect(payloadHash(body)).toBe(
      'dede7d8ba8c5d6c286b556893d3500336eb3f4c39d4baadbcffe7cde304a0664',
    );
    expect(
      signRequest(
        {
          method: 'POST',
          path: '/cce/cam/v3/clusters/c1/releases',
          canonicalQuery: '',
          headers: goHeaders,
          payloadHash: payloadHash(body),
        },
        'AccessKey',
        'SecretKey',
      ),
    ).toBe(
      authorization(
        'user-agent;x-project-id;x-sdk-date',
        'fa5de18968b2d00adb9efda805e159197733ca92d5c33d3fdcc1aedd2fd961e9',
      ),
    );
  });
});

describe('signer building blocks', () => {
  it('percent-encodes everything but unreserved characters, UTF-8, uppercase hex', () => {
    expect(percentEncode('AZaz09-_.~')).toBe('AZaz09-_.~');
    expect(percentEncode("一 (&=?!#%.*)'")).toBe('%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29%27');
    expect(percentEncode('/')).toBe('%2F');
    expect(percentEncode('\u{1F600}')).toBe('%F0%9F%98%80');
  });

  it('reproduces the Go signer_test canonical query string', () => {
    expect(
      canonicalQueryString([
        ['test', '一 (&=?!#%.*)'],
        ['path', '/tmp/123'],
        ['multi', '3'],
        ['multi', '1'],
        ['enable', 'true'],
        ['multi', '2'],
        ['limit', '1'],
      ]),
    ).toBe(
      'enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29',
    );
    expect(canonicalQueryString([])).toBe('');
  });

  it('canonical URI: appends a slash, encodes each decoded segment once', () => {
    expect(canonicalUri('/api/v3/addons')).toBe('/api/v3/addons/');
    expect(canonicalUri('/api/v3/addons/')).toBe('/api/v3/addons/');
    expect(canonicalUri('/')).toBe('/');
    // Sent as encodeURIComponent('my release!') → signed with `!` encoded too, `%20` not re-encoded.
    expect(canonicalUri('/releases/my%20release!')).toBe('/releases/my%20release%21/');
    expect(canonicalUri(`/charts/${encodeURIComponent('a/b')}`)).toBe('/charts/a%2Fb/');
  });

  it('formats X-Sdk-Date in UTC', () => {
    expect(formatSdkDate(new Date('2024-03-09T07:08:05.123Z'))).toBe('20240309T070805Z');
  });

  it('refuses to sign without X-Sdk-Date', () => {
    expect(() =>
      signRequest(
        {
          method: 'GET',
          path: '/',
          canonicalQuery: '',
          headers: {},
          payloadHash: payloadHash(null),
        },
        'ak',
        'sk',
      ),
    ).toThrow(/X-Sdk-Date/);
  });
});
