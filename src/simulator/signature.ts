/**
 * Verification of Huawei Cloud SDK-HMAC-SHA256 request signatures (cce-api.md §5.3).
 *
 * The verifier rebuilds the canonical request from what arrived and from the `SignedHeaders` list
 * the client sent, because the SDKs sign different header sets (Go: `user-agent;x-project-id;
 * x-sdk-date`, content-type never; Node: content-type and host as well).
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNING_ALGORITHM = 'SDK-HMAC-SHA256';

/** The gateway's allowed clock skew between `X-Sdk-Date` and its own clock. */
const SIGNATURE_WINDOW_MS = 15 * 60 * 1000;

/** The parts of an HTTP request a signature covers, as they arrived. */
export interface SignedRequest {
  readonly method: string;
  /** The request path as sent (percent-encoded as on the wire), without the query. */
  readonly path: string;
  /** The raw query string without `?`; empty when there is none. */
  readonly query: string;
  /** Header names lower-cased, as node:http delivers them. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: Uint8Array;
}

export interface ParsedAuthorization {
  readonly accessKey: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

export type SignatureCheck =
  | { readonly ok: true; readonly accessKey: string }
  | { readonly ok: false; readonly reason: string };

const AUTHORIZATION =
  /^SDK-HMAC-SHA256\s+Access=([^,\s]+)\s*,\s*SignedHeaders=([^,\s]+)\s*,\s*Signature=([0-9a-fA-F]+)\s*$/;
const SDK_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

function parseAuthorization(header: string): ParsedAuthorization | null {
  const match = AUTHORIZATION.exec(header);
  if (match === null) return null;
  const [, accessKey = '', signedHeaders = '', signature = ''] = match;
  return { accessKey, signedHeaders: signedHeaders.split(';'), signature: signature.toLowerCase() };
}

/** `YYYYMMDDTHHMMSSZ` (UTC) to epoch milliseconds, or null when malformed. */
export function parseSdkDate(value: string): number | null {
  const match = SDK_DATE.exec(value);
  if (match === null) return null;
  const [, year, month, day, hour, minute, second] = match;
  const ms = Date.parse(`${year}-${month}-${day}T${hour}:${minute}:${second}Z`);
  return Number.isNaN(ms) ? null : ms;
}

/** Percent-encodes every byte except `A-Z a-z 0-9 - _ . ~`, with upper-case hex. */
function signingEscape(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Each path segment decoded, re-escaped, re-joined, and always ending in `/`. */
export function canonicalUri(rawPath: string): string {
  const uri = rawPath
    .split('/')
    .map((segment) => signingEscape(decodeURIComponent(segment)))
    .join('/');
  return uri.endsWith('/') ? uri : `${uri}/`;
}

/** Keys sorted, the values of each key sorted, `key=value` pairs escaped and joined by `&`. */
export function canonicalQueryString(rawQuery: string): string {
  if (rawQuery === '') return '';
  const values = new Map<string, string[]>();
  for (const [key, value] of new URLSearchParams(rawQuery)) {
    const list = values.get(key);
    if (list === undefined) values.set(key, [value]);
    else list.push(value);
  }
  const pairs: string[] = [];
  for (const key of [...values.keys()].sort()) {
    for (const value of values.get(key)!.sort()) {
      pairs.push(`${signingEscape(key)}=${signingEscape(value)}`);
    }
  }
  return pairs.join('&');
}

function headerValue(request: SignedRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The canonical request, or null when a header named in `signedHeaders` is missing. */
export function canonicalRequest(
  request: SignedRequest,
  signedHeaders: readonly string[],
): string | null {
  let headers = '';
  for (const name of signedHeaders) {
    const value = headerValue(request, name);
    if (value === undefined) return null;
    headers += `${name}:${value.trim()}\n`;
  }
  const payloadHash = headerValue(request, 'x-sdk-content-sha256') ?? sha256Hex(request.body);
  return [
    request.method.toUpperCase(),
    canonicalUri(request.path),
    canonicalQueryString(request.query),
    headers,
    signedHeaders.join(';'),
    payloadHash,
  ].join('\n');
}

export function stringToSign(sdkDate: string, canonical: string): string {
  return `${SIGNING_ALGORITHM}\n${sdkDate}\n${sha256Hex(canonical)}`;
}

export function signatureOf(secretKey: string, toSign: string): string {
  return createHmac('sha256', secretKey).update(toSign).digest('hex');
}

function sameHex(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * Checks the `Authorization` header of `request`: well-formed, a known access key, `x-sdk-date`
 * signed and within the 15-minute window of `nowMs`, and a matching signature.
 */
export function verifySignature(
  request: SignedRequest,
  secretKeyOf: (accessKey: string) => string | undefined,
  nowMs: number,
): SignatureCheck {
  const parsed = parseAuthorization(headerValue(request, 'authorization') ?? '');
  if (parsed === null) return { ok: false, reason: 'malformed Authorization header' };
  const secretKey = secretKeyOf(parsed.accessKey);
  if (secretKey === undefined) return { ok: false, reason: 'unknown access key' };
  if (!parsed.signedHeaders.includes('x-sdk-date')) {
    return { ok: false, reason: 'x-sdk-date is not among the signed headers' };
  }
  const sdkDate = headerValue(request, 'x-sdk-date') ?? '';
  const signedAt = parseSdkDate(sdkDate);
  if (signedAt === null) return { ok: false, reason: 'X-Sdk-Date is missing or malformed' };
  if (Math.abs(nowMs - signedAt) > SIGNATURE_WINDOW_MS) {
    return { ok: false, reason: 'X-Sdk-Date is more than 15 minutes from the server clock' };
  }
  let canonical: string | null;
  try {
    canonical = canonicalRequest(request, parsed.signedHeaders);
  } catch {
    return { ok: false, reason: 'the request path is not valid percent-encoding' };
  }
  if (canonical === null) return { ok: false, reason: 'a signed header is missing' };
  const expected = signatureOf(secretKey, stringToSign(sdkDate, canonical));
  return sameHex(expected, parsed.signature)
    ? { ok: true, accessKey: parsed.accessKey }
    : { ok: false, reason: 'verify aksk signature fail' };
}
