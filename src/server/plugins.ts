/**
 * The gateway's yoga plugins, in order. Each concern lives in its own module; edge features
 * (security limits, CORS, metrics, caching) are added here as one line each.
 */
import type { Plugin } from 'graphql-yoga';
import type { GatewayConfig } from '../config.ts';
import { useAccessLog } from './access-log.ts';
import type { RequestContext, RequestScope } from './request-scope.ts';
import { useSseProxyHeaders } from './sse-headers.ts';

export interface PluginDeps {
  config: GatewayConfig;
  scope: RequestScope;
  healthPath: string;
}

/** Plugins may rely on the request's id and logger in the context (added by the scope plugin). */
export type GatewayPlugin = Plugin<RequestContext>;

export function gatewayPlugins({ scope, healthPath }: PluginDeps): GatewayPlugin[] {
  return [
    // First: every later plugin, and yoga's own logging, runs inside the request's scope.
    scope.plugin,
    useAccessLog(scope, healthPath),
    useSseProxyHeaders(),
  ];
}
