/**
 * Property test: this gateway's AK/SK signing agrees with the official Node SDK's AKSKSigner
 * (`@huaweicloud/huaweicloud-sdk-core`, a devDependency used only here, cce-api.md §5.4).
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAuthorizer } from '../../src/cce/auth.ts';
import type { HttpMethod } from '../../src/cce/operations.ts';
import { canonicalQueryString, canonicalUri } from '../../src/cce/signer.ts';

interface OracleRequest {
  method: string;
  endpoint: string;
  queryParams: Record<string, string | string[]>;
  headers: Record<string, string>;
  data?: unknown;
}
interface OracleSigner {
  sign(
    request: OracleRequest,
    credential: { getAk(): string; getSk(): string },
  ): Record<string, string>;
  CanonicalURI(path: string): string;
}

const require = createRequire(import.meta.url);
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner') as {
  AKSKSigner: OracleSigner;
};

/**
 * Characters `encodeURIComponent` leaves alone and Node's `url.parse` does not escape: the domain in
 * which sending a segment and re-encoding it is the same whichever SDK's rule is used (§8 item 8).
 */
const pathSegment = fc.string({
  unit: fc.constantFrom(...'ABCXYZabcxyz0189-._~!*()'.split('')),
  minLength: 1,
  maxLength: 12,
});

const reservedOrForeign = fc.constantFrom(
  ...' !"#$%&\'()*+,/:;<=>?@[\\]^`{|}~-._'.split(''),
  'é',
  'ß',
  '一',
  '中文',
  '😀',
  '\u00a0',
  'a',
  'Z',
  '5',
);
const queryText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: reservedOrForeign, maxLength: 12 }),
);
const queryKey = queryText.filter((key) => key !== '' && key !== '__proto__');

const queryParams = fc.dictionary(
  queryKey,
  fc.oneof(queryText, fc.array(queryText, { minLength: 1, maxLength: 3 })),
  { maxKeys: 5 },
);

const host = fc.oneof(
  fc.constantFrom('cce.cn-north-4.myhuaweicloud.com', 'cce.eu-west-101.myhuaweicloud.eu'),
  fc.integer({ min: 1024, max: 65535 }).map((port) => `127.0.0.1:${port}`),
);

const request = fc.record({
  method: fc.constantFrom<HttpMethod>('GET', 'POST', 'PUT', 'DELETE'),
  segments: fc.array(pathSegment, { minLength: 1, maxLength: 6 }),
  trailingSlash: fc.boolean(),
  query: queryParams,
  body: fc.dictionary(fc.string({ unit: 'binary', maxLength: 8 }), fc.jsonValue(), { maxKeys: 4 }),
  host,
  accessKey: fc.stringMatching(/^[A-Z0-9]{20}$/),
  secretKey: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  projectId: fc.stringMatching(/^[a-f0-9]{32}$/),
  securityToken: fc.option(fc.stringMatching(/^[A-Za-z0-9+/=]{8,64}$/), { nil: undefined }),
});

describe('AK/SK signing agrees with the Huawei Cloud Node SDK (oracle)', () => {
  it('on generated paths, query strings and JSON bodies', () => {
    fc.assert(
      fc.property(request, (input) => {
        const path =
          '/' + input.segments.map(encodeURIComponent).join('/') + (input.trailingSlash ? '/' : '');
        const pairs = Object.entries(input.query).flatMap(
          ([key, value]): Array<[string, string]> =>
            Array.isArray(value) ? value.map((item) => [key, item]) : [[key, value]],
        );
        const hasBody = input.method === 'POST' || input.method === 'PUT';
        const bodyText = hasBody ? JSON.stringify(input.body) : null;

        const authorize = createAuthorizer(
          {
            kind: 'aksk',
            accessKey: input.accessKey,
            secretKey: input.secretKey,
            projectId: input.projectId,
            securityToken: input.securityToken,
          },
          input.host,
        );
        const ours = authorize(input.method, path, canonicalQueryString(pairs), bodyText);

        const oracleHeaders: Record<string, string> = {
          'content-type': 'application/json',
          'X-Project-Id': input.projectId,
          'X-Sdk-Date': ours['x-sdk-date'] as string,
        };
        if (input.securityToken !== undefined) {
          oracleHeaders['X-Security-Token'] = input.securityToken;
        }
        const oracle = AKSKSigner.sign(
          {
            method: input.method,
            endpoint: `https://${input.host}${path}`,
            queryParams: structuredClone(input.query),
            headers: oracleHeaders,
            data: hasBody ? input.body : undefined,
          },
          { getAk: () => input.accessKey, getSk: () => input.secretKey },
        );

        expect(ours.authorization).toBe(oracle.Authorization);
        expect(ours.host).toBe(oracle.host);
      }),
      { numRuns: 400 },
    );
  });

  it('differs, deliberately, on path segments that need percent-encoding (Node double-encodes)', () => {
    const sent = `/charts/${encodeURIComponent('my chart')}`;
    expect(canonicalUri(sent)).toBe('/charts/my%20chart/');
    expect(AKSKSigner.CanonicalURI(sent)).toBe('/charts/my%2520chart/');
  });
});
