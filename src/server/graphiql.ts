/**
 * GraphiQL, served entirely from this process: `@graphql-yoga/render-graphiql` inlines the editor's
 * scripts, styles and workers, where yoga's default page loads them from a CDN (fails offline).
 *
 * It opens with example operations, handed in by the composition root (src/graphiql-examples.ts):
 * against the embedded simulator they run on its demo data, with the headers editor pre-filled
 * with the demo token, so a newcomer's first query works without knowing about credentials.
 *
 * The page is about 9 MB, the same for every visitor, and holds no secret (the demo token works
 * only against the simulator): it is rendered once, compressed once per encoding (on first use),
 * and sent with a strong `ETag` and a day of `Cache-Control`, so a browser's reload is a 304.
 */
import { createHash } from 'node:crypto';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';
import { compress, pickEncoding, type Bytes, type Encoding } from './compression.ts';
import { CSRF_HEADER } from './security/csrf.ts';

/**
 * JSON Schemas of the custom scalars for the variables editor. Without them monaco-graphql takes
 * any custom scalar for a string, number or boolean, and marks an object given for `JSON` (the
 * release values) as an error although the server accepts it.
 */
export const SCALAR_VARIABLE_SCHEMAS = {
  JSON: {
    description: 'Any JSON value',
    type: ['object', 'array', 'string', 'number', 'integer', 'boolean'],
  },
  DateTime: { description: 'An ISO 8601 date-time', type: 'string' },
} as const;

/**
 * GraphiQL's monaco-graphql keeps its schema config in a class whose setSchemaConfig this wraps,
 * adding the scalar schemas to every schema it is given (GraphiQL itself passes none). Matched
 * by shape, not by minified names; `graphiqlPageFixes` reports whether it matched.
 */
const SCHEMA_CONFIG_SETTER = /setSchemaConfig\((\w+)\)\{this\._schemas=\1,/;

/**
 * GraphiQL's icons take their tooltip from their component's name, which minification turned
 * into "wze icon" and the like. The buttons around them have labels of their own, so the icons
 * stop being hover targets and their stray tooltips never show.
 */
const ICON_TOOLTIP_CSS =
  '<style>.graphiql-container button svg, .graphiql-container [role="tab"] svg' +
  ' { pointer-events: none; }</style>';

export interface GraphiqlPage {
  readonly html: string;
  /** Whether the scalar schemas could be added (false: a GraphiQL upgrade changed the code). */
  readonly scalarSchemasAdded: boolean;
}

/** The page yoga's GraphiQL renders, with the two fixes above applied. */
export function graphiqlPageFixes(html: string): GraphiqlPage {
  const scalars = JSON.stringify(SCALAR_VARIABLE_SCHEMAS);
  const scalarSchemasAdded = SCHEMA_CONFIG_SETTER.test(html);
  const withScalars = html.replace(
    SCHEMA_CONFIG_SETTER,
    (_match, schemas: string) =>
      `setSchemaConfig(${schemas}){${schemas}=${schemas}.map(s=>({...s,customScalarSchemas:` +
      `{...${scalars},...s.customScalarSchemas}})),this._schemas=${schemas},`,
  );
  return { html: withScalars.replace('</head>', `${ICON_TOOLTIP_CSS}</head>`), scalarSchemasAdded };
}

// The page is several megabytes and the same for the same options: built once per options text.
let rendered: { key: string; html: string } | undefined;

/**
 * yoga's page with the fixes, its renderer imported on the first view: the renderer holds a 9 MB
 * bundle, tens of MB of heap and hundreds of milliseconds of loading that a gateway whose callers
 * never open a browser (or that runs with GRAPHIQL=false) should not pay at start. The page is
 * kept for repeated identical options.
 */
export async function renderGraphiQL(options: GraphiQLOptions): Promise<string> {
  const key = JSON.stringify(options);
  if (rendered?.key !== key) {
    const { renderGraphiQL: render } = await import('@graphql-yoga/render-graphiql');
    rendered = { key, html: graphiqlPageFixes(render(options)).html };
  }
  return rendered.html;
}

export interface ExampleOperation {
  query: string;
  variables?: Record<string, unknown>;
}

/** The tabs GraphiQL opens with, and the headers each tab starts with. */
export interface GraphiqlExamples {
  readonly operations: readonly ExampleOperation[];
  readonly headers: Readonly<Record<string, string>>;
}

export function graphiqlOptions({ operations, headers }: GraphiqlExamples): GraphiQLOptions {
  const headerText = JSON.stringify(headers, null, 2);
  return {
    title: 'CCE Gateway',
    // GraphiQL sends subscriptions as GET (Server-Sent Events), which the CSRF check refuses
    // without this header. Sent by GraphiQL's own fetcher on every request, not shown in the
    // headers editor; a page of another site still cannot send it without a CORS preflight.
    additionalHeaders: { [CSRF_HEADER]: 'graphiql' },
    defaultQuery: operations[0]?.query,
    headers: headerText,
    defaultTabs: operations.map(({ query, variables }) => ({
      query,
      variables: variables === undefined ? null : JSON.stringify(variables, null, 2),
      headers: headerText,
    })),
  };
}

/** How long browsers and proxies may keep the page without asking again. */
const PAGE_MAX_AGE_S = 86_400;

/** yoga's own rule for "a browser asks for the GraphQL path": a GET that accepts text/html. */
function asksForPage(request: Request, path: string, pathname: string): boolean {
  return (
    request.method === 'GET' &&
    (pathname === path || pathname === `${path}/`) &&
    (request.headers.get('accept')?.includes('text/html') ?? false)
  );
}

/** Does `If-None-Match` name the tag (or `*`)? Weak comparison, as RFC 9110 asks for it. */
function matches(ifNoneMatch: string | null, tag: string): boolean {
  if (ifNoneMatch === null) return false;
  return ifNoneMatch
    .split(',')
    .map((candidate) => candidate.trim().replace(/^W\//, ''))
    .some((candidate) => candidate === '*' || candidate === tag);
}

/**
 * Serves GraphiQL on GET `path` for browsers (in place of yoga's `graphiql` option, which renders
 * the 9 MB page again on every request and sends it uncompressed, with no validators).
 */
export function useGraphiqlPage(path: string, examples: GraphiqlExamples): Plugin {
  // Rendered on the first visit, not at start-up: most processes never serve the page.
  let page: Promise<{ html: Bytes; digest: string }> | undefined;
  const render = async () => {
    const html = Buffer.from(await renderGraphiQL(graphiqlOptions(examples))) as Bytes;
    const digest = createHash('sha256').update(html).digest('base64url').slice(0, 32);
    return { html, digest };
  };
  const encoded = new Map<Encoding, Promise<Bytes>>();
  const bodyFor = (html: Bytes, encoding: Encoding | null): Promise<Bytes> | Bytes => {
    if (encoding === null) return html;
    let body = encoded.get(encoding);
    if (body === undefined) {
      body = compress(html, encoding);
      encoded.set(encoding, body);
    }
    return body;
  };
  return {
    async onRequest(payload) {
      const { request, url, fetchAPI } = payload;
      if (!asksForPage(request, path, url.pathname)) return;
      page ??= render();
      const { html, digest } = await page;
      const encoding = pickEncoding(request.headers.get('accept-encoding'));
      // A strong validator names one representation: each encoding gets its own tag.
      const etag = `"${digest}${encoding === null ? '' : `-${encoding}`}"`;
      const headers = new fetchAPI.Headers({
        'content-type': 'text/html; charset=utf-8',
        'cache-control': `public, max-age=${PAGE_MAX_AGE_S}`,
        etag,
        // The same URL answers GraphQL GETs (JSON) and the page, compressed or not.
        vary: 'Accept, Accept-Encoding',
      });
      if (matches(request.headers.get('if-none-match'), etag)) {
        payload.endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      const body = await bodyFor(html, encoding);
      if (encoding !== null) headers.set('content-encoding', encoding);
      headers.set('content-length', String(body.byteLength));
      payload.endResponse(new fetchAPI.Response(body, { status: 200, headers }));
    },
  };
}
