/**
 * Compressed answers: gzip or brotli, as the client's `Accept-Encoding` prefers, for GraphQL
 * answers (and other text) of at least `minBytes`.
 *
 * Not @whatwg-node/server's useContentEncoding: it compresses streams too (a subscription's
 * events would wait in the compressor), ignores `q=` weights and answer size, and inflates
 * compressed request bodies, which would let a small body pass the body limit and expand past it.
 *
 * Node's zlib runs on the libuv thread pool, so a large answer does not block the event loop.
 * Brotli runs at quality 4: near gzip's speed with smaller output; the default (11) costs tens
 * of milliseconds per 100 KB, more than the network time it saves.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

export type Encoding = 'br' | 'gzip';

const compressors: Record<Encoding, (body: Uint8Array) => Promise<Buffer>> = {
  br: (body) =>
    promisify(brotliCompress)(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 4,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      },
    }),
  gzip: (body) => promisify(gzip)(body),
};

/** A body a fetch `Response` takes (zlib's Buffers are typed over any ArrayBuffer-like). */
export type Bytes = Uint8Array<ArrayBuffer>;

export async function compress(body: Uint8Array, encoding: Encoding): Promise<Bytes> {
  return (await compressors[encoding](body)) as Bytes;
}

/** Preference when the client weighs both alike: brotli is smaller. */
const PREFERENCE: readonly Encoding[] = ['br', 'gzip'];

/**
 * The encoding to answer with, or null for none: the client's highest-weighted of ours (a `*`
 * stands for any not named; `q=0` refuses).
 */
export function pickEncoding(acceptEncoding: string | null): Encoding | null {
  if (acceptEncoding === null || acceptEncoding === '') return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name.trim().toLowerCase(), Number.isFinite(weight) ? weight : 0);
  }
  let best: Encoding | null = null;
  let bestWeight = 0;
  for (const encoding of PREFERENCE) {
    const weight = weights.get(encoding) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) {
      best = encoding;
      bestWeight = weight;
    }
  }
  return best;
}

// Streams (text/event-stream, multipart/mixed) are left alone: each event must go out as it comes.
const COMPRESSIBLE = /^(application\/(graphql-response\+)?json|text\/(plain|html))\b/;

/** Adds `Accept-Encoding` to a response's `Vary` (the answer depends on it). */
export function varyOnAcceptEncoding(headers: Headers): void {
  const vary = headers.get('vary');
  if (vary === null) headers.set('vary', 'Accept-Encoding');
  else if (!/accept-encoding/i.test(vary)) headers.set('vary', `${vary}, Accept-Encoding`);
}

/**
 * The compression plugin. Installed last, so that every other plugin's headers are on the
 * response it replaces.
 */
export function useCompression({ minBytes }: { minBytes: number }): Plugin {
  return {
    async onResponse(payload) {
      const { request, response, fetchAPI } = payload;
      if (response.body === null || response.headers.has('content-encoding')) return;
      if (!COMPRESSIBLE.test(response.headers.get('content-type') ?? '')) return;
      varyOnAcceptEncoding(response.headers);
      const encoding = pickEncoding(request.headers.get('accept-encoding'));
      if (encoding === null) return;
      const length = Number(response.headers.get('content-length') ?? Number.NaN);
      if (length < minBytes) return;
      const body = new Uint8Array(await response.arrayBuffer());
      const headers = new fetchAPI.Headers(response.headers);
      if (body.byteLength < minBytes) {
        payload.setResponse(new fetchAPI.Response(body, { status: response.status, headers }));
        return;
      }
      const compressed = await compress(body, encoding);
      headers.set('content-encoding', encoding);
      headers.set('content-length', String(compressed.byteLength));
      payload.setResponse(new fetchAPI.Response(compressed, { status: response.status, headers }));
    },
  };
}
