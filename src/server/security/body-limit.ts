/**
 * The request-body size limit (MAX_REQUEST_BODY_BYTES), in place of yoga's `maxRequestBodySize`,
 * with the same answers: 413 `REQUEST_ENTITY_TOO_LARGE` for a body over the limit, 400
 * `BAD_REQUEST` for a malformed Content-Length.
 *
 * yoga counts the bytes of every body as it streams, through a web TransformStream whose pipeline
 * costs an AbortController (and its DOMException) per request, even when the Content-Length header
 * has already said how large the body is. Here a declared length is trusted: requests reach yoga
 * from node:http, which reads exactly the declared length as the body (bytes beyond it would be the
 * connection's next request), or from the WebSocket edge, which declares none. Only bodies without
 * a Content-Length (chunked uploads, in-process requests) are counted as they stream.
 */
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { rejection } from './rejections.ts';

/** Only a single non-negative integer is a Content-Length (not `1, 2`, as in smuggling attempts). */
const CONTENT_LENGTH = /^\d+$/;

function tooLarge(): GraphQLError {
  return rejection('REQUEST_ENTITY_TOO_LARGE', 'Request body too large', { status: 413 });
}

function invalidLength(): GraphQLError {
  return rejection('BAD_REQUEST', 'Content-Length header is invalid.', { status: 400 });
}

type FetchAPI = Parameters<NonNullable<Plugin['onRequestParse']>>[0]['fetchAPI'];

/** `request` with a body that fails with 413 once more than `limit` bytes have streamed through. */
function countingBody(request: Request, limit: number, fetchAPI: FetchAPI): Request {
  const body = request.body;
  if (body === null) return request;
  // A native stream needs the native TransformStream (graphql-yoga#4583); yoga's ponyfill otherwise.
  const Transform = body instanceof ReadableStream ? TransformStream : fetchAPI.TransformStream;
  let bytesRead = 0;
  const limited = body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytesRead += chunk.byteLength;
        if (bytesRead > limit) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: limited,
    duplex: 'half',
  } as RequestInit);
}

/**
 * Install as the last plugin (where yoga's own limit runs): after every plugin that may choose the
 * request parser, so that the parser wrapped for a streamed body is the one that reads it.
 */
export function useRequestBodyLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (!CONTENT_LENGTH.test(declared)) throw invalidLength();
        if (Number(declared) > limit) throw tooLarge();
        return;
      }
      if (requestParser === undefined || request.body === null) return;
      setRequestParser((req) => requestParser(countingBody(req, limit, fetchAPI)));
    },
  };
}
