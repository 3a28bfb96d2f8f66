/**
 * SDK-HMAC-SHA256 request signing (cce-api.md §5.3), the AK/SK scheme of Huawei Cloud's API gateway.
 *
 * The signer signs exactly the headers it is given, so callers choose the set (this gateway signs
 * `content-type;host;x-project-id;x-sdk-date` plus `x-security-token` when present, like the Node
 * SDK; the Go SDK's vectors sign a different set and are checked with the same code).
 *
 * Deliberate choices where the SDKs disagree (both are verified by the server from `SignedHeaders`):
 * - Path: each segment of the path *as sent* is percent-decoded and then encoded once (Go).
 *   The Node SDK encodes the already-encoded path again, turning `%20` into `%2520`; the two agree
 *   for every segment made only of characters `encodeURIComponent` leaves alone, which covers CCE's
 *   ids, namespaces and release names.
 * - Header values are whitespace-trimmed (Go); Node signs them untrimmed.
 * - Query keys and values are sorted by UTF-16 code units (Node, and JavaScript's own order); Go sorts
 *   UTF-8 bytes, which differs only between astral characters and U+E000–U+FFFF.
 */
import { createHmac, hash } from 'node:crypto';

export const SIGNING_ALGORITHM = 'SDK-HMAC-SHA256';
const EMPTY_PAYLOAD_HASH = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const UNRESERVED = /^[A-Za-z0-9\-._~]*$/;
const UNRESERVED_PATH = /^[A-Za-z0-9\-._~/]*$/;
/** Characters `encodeURIComponent` leaves alone but RFC 3986 signing encodes. */
const SUB_DELIMS = /[!'()*]/g;

function encodeSubDelim(char: string): string {
  return `%${char.charCodeAt(0).toString(16).toUpperCase()}`;
}

/** Every UTF-8 byte except `A–Z a–z 0–9 - _ . ~` becomes `%XY` (uppercase hex). */
export function percentEncode(value: string): string {
  if (UNRESERVED.test(value)) return value;
  // Lone surrogates cannot be UTF-8 encoded; they become U+FFFD, as Node's Buffer would do.
  return encodeURIComponent(value.toWellFormed()).replace(SUB_DELIMS, encodeSubDelim);
}

/** The canonical URI of a path as sent on the wire: segments decoded, re-encoded, ending in `/`. */
export function canonicalUri(path: string): string {
  let canonical = path;
  if (!UNRESERVED_PATH.test(path)) {
    const segments = path.split('/');
    for (let i = 0; i < segments.length; i++) {
      segments[i] = percentEncode(decodeURIComponent(segments[i] as string));
    }
    canonical = segments.join('/');
  }
  return canonical.endsWith('/') ? canonical : `${canonical}/`;
}

function comparePairs(a: readonly [string, string], b: readonly [string, string]): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  return 0;
}

/**
 * `key=value` pairs (raw, not yet encoded; repeated keys allowed) sorted by key then value, encoded
 * and joined with `&`. Sending this same string as the query keeps signature and request in step.
 */
export function canonicalQueryString(params: ReadonlyArray<readonly [string, string]>): string {
  if (params.length === 0) return '';
  const sorted = params.length === 1 ? params : [...params].sort(comparePairs);
  let query = '';
  for (const [key, value] of sorted) {
    if (query !== '') query += '&';
    query += `${percentEncode(key)}=${percentEncode(value)}`;
  }
  return query;
}

/** Lowercase hex SHA-256 of the exact body bytes sent (the empty hash for no body). */
export function payloadHash(body: string | Uint8Array | null): string {
  if (body === null || body.length === 0) return EMPTY_PAYLOAD_HASH;
  return hash('sha256', body, 'hex');
}

/** `YYYYMMDDTHHMMSSZ` in UTC. */
export function formatSdkDate(date: Date): string {
  const iso = date.toISOString(); // 2024-01-01T00:00:00.000Z
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

export interface SigningInput {
  method: string;
  /** The path as sent (percent-encoded where needed), without the query. */
  path: string;
  /** From `canonicalQueryString`. */
  canonicalQuery: string;
  /** Exactly the headers to sign, any case; must include `X-Sdk-Date`. */
  headers: Readonly<Record<string, string>>;
  /** From `payloadHash`, or `UNSIGNED-PAYLOAD` for bodies the SDKs do not hash. */
  payloadHash: string;
}

export interface CanonicalForm {
  canonicalRequest: string;
  /** Lowercase header names joined by `;`. */
  signedHeaders: string;
  sdkDate: string;
}

export function canonicalize(input: SigningInput): CanonicalForm {
  const names = Object.keys(input.headers);
  const lowered = names.map((name): [string, string] => [
    name.toLowerCase(),
    (input.headers[name] as string).trim(),
  ]);
  lowered.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

  let canonicalHeaders = '';
  let signedHeaders = '';
  let sdkDate: string | null = null;
  for (const [name, value] of lowered) {
    canonicalHeaders += `${name}:${value}\n`;
    signedHeaders += signedHeaders === '' ? name : `;${name}`;
    if (name === 'x-sdk-date') sdkDate = value;
  }
  if (sdkDate === null) throw new Error('SDK-HMAC-SHA256 signing needs an X-Sdk-Date header');

  const canonicalRequest = `${input.method}\n${canonicalUri(input.path)}\n${input.canonicalQuery}\n${canonicalHeaders}\n${signedHeaders}\n${input.payloadHash}`;
  return { canonicalRequest, signedHeaders, sdkDate };
}

/** The `Authorization` header value for `input`. */
export function signRequest(input: SigningInput, accessKey: string, secretKey: string): string {
  const { canonicalRequest, signedHeaders, sdkDate } = canonicalize(input);
  const hashedRequest = hash('sha256', canonicalRequest, 'hex');
  const stringToSign = `${SIGNING_ALGORITHM}\n${sdkDate}\n${hashedRequest}`;
  const signature = createHmac('sha256', secretKey).update(stringToSign).digest('hex');
  return `${SIGNING_ALGORITHM} Access=${accessKey}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}
