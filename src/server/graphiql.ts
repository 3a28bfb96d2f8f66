/**
 * GraphiQL, served entirely from this process: `@graphql-yoga/render-graphiql` inlines the editor's
 * scripts, styles and workers, where yoga's default page loads them from a CDN (fails offline).
 *
 * It opens with example operations. Against the embedded simulator the headers editor is pre-filled
 * with the demo token, so a newcomer's first query works without knowing about credentials.
 */
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions } from 'graphql-yoga';
import type { GatewayConfig } from '../config.ts';

export { renderGraphiQL };

/** The token the embedded simulator's demo data answers to. */
export const DEMO_TOKEN = 'demo-token';

export interface ExampleOperation {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const EXAMPLE_OPERATIONS: readonly ExampleOperation[] = [
  {
    title: 'Dashboard',
    query: `# Every cluster with its Helm releases and add-ons: one request, batched upstream calls.
query Dashboard {
  clusters {
    id
    name
    type
    phase
    releases(first: 20) {
      edges {
        node {
          name
          namespace
          status
          chart {
            name
            version
          }
        }
      }
    }
    addons {
      name
      status
    }
  }
}
`,
  },
];

export function graphiqlOptions(config: GatewayConfig): GraphiQLOptions {
  const [first] = EXAMPLE_OPERATIONS;
  const headers =
    config.cce.upstream.kind === 'embedded'
      ? JSON.stringify({ 'X-Auth-Token': DEMO_TOKEN }, null, 2)
      : '{}';
  return {
    title: 'CCE Gateway',
    defaultQuery: first?.query,
    headers,
    defaultTabs: EXAMPLE_OPERATIONS.map(({ query, variables }) => ({
      query,
      variables: variables === undefined ? null : JSON.stringify(variables, null, 2),
      headers,
    })),
  };
}
