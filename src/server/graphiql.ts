/**
 * GraphiQL, served entirely from this process: `@graphql-yoga/render-graphiql` inlines the editor's
 * scripts, styles and workers, where yoga's default page loads them from a CDN (fails offline).
 *
 * It opens with example operations, handed in by the composition root (src/graphiql-examples.ts):
 * against the embedded simulator they run on its demo data, with the headers editor pre-filled
 * with the demo token, so a newcomer's first query works without knowing about credentials.
 */
import type { GraphiQLOptions } from 'graphql-yoga';
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
