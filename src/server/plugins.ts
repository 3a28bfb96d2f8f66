/**
 * The gateway's yoga plugins, in order. Each concern lives in its own module; edge features
 * (security limits, CORS, metrics, caching) are added here as one line each.
 */
import type { GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayConfig } from '../config.ts';
import { useAccessLog } from './access-log.ts';
import type { RequestContext, RequestScope } from './request-scope.ts';
import { securityPlugins } from './security/index.ts';
import { useSseProxyHeaders } from './sse-headers.ts';

export interface PluginDeps {
  config: GatewayConfig;
  scope: RequestScope;
  healthPath: string;
  /** The executable schema (trusted documents are validated against it at start-up). */
  schema: GraphQLSchema;
}

/** Plugins may rely on the request's id and logger in the context (added by the scope plugin). */
export type GatewayPlugin = Plugin<RequestContext>;

export function gatewayPlugins({ config, scope, healthPath, schema }: PluginDeps): GatewayPlugin[] {
  return [
    // First: every later plugin, and yoga's own logging, runs inside the request's scope.
    scope.plugin,
    useAccessLog(scope, healthPath),
    // Before anything that reads operations or caches results: refusals happen first.
    ...securityPlugins(config.security, schema),
    useSseProxyHeaders(),
  ];
}
