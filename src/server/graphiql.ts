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
 * The page, imported on its first view: the renderer holds a 9 MB bundle, tens of MB of heap and
 * hundreds of milliseconds of loading that a gateway whose callers never open a browser (or that
 * runs with GRAPHIQL=false) should not pay at start.
 */
export async function renderGraphiQL(options: GraphiQLOptions): Promise<string> {
  const { renderGraphiQL: render } = await import('@graphql-yoga/render-graphiql');
  return render(options);
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
