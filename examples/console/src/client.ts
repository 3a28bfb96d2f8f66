/**
 * One urql client for the console: queries and mutations over HTTP POST, subscriptions over
 * Server-Sent Events with graphql-sse (one stream per subscription, as the gateway serves them).
 * Every request carries the caller's CCE token (the simulator's demo token by default).
 */
import { createClient as createSseClient } from 'graphql-sse';
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';

/** Where the gateway answers: same origin by default (the dev server proxies /graphql). */
const GATEWAY_URL = new URL(import.meta.env['VITE_GATEWAY_URL'] ?? '/graphql', location.href).href;

const TOKEN_KEY = 'cce-console-token';

export function currentToken(): string {
  return localStorage.getItem(TOKEN_KEY) ?? 'demo-token';
}

export function saveToken(token: string): void {
  localStorage.setItem(TOKEN_KEY, token);
}

export function createConsoleClient(token: string): Client {
  const headers = { 'X-Auth-Token': token };
  const sse = createSseClient({ url: GATEWAY_URL, headers });
  return new Client({
    url: GATEWAY_URL,
    fetchOptions: { headers },
    requestPolicy: 'cache-and-network',
    // POST for every operation: the gateway refuses a GET without its CSRF header.
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const operation = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = sse.subscribe(operation, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
}
