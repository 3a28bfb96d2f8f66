/**
 * How the settings turn into the CCE transport, shared by `main.ts` and the test stack so both
 * build the process's one transport the same way.
 */
import type { CceCallHook, CceTransportOptions } from '../cce/transport.ts';
import type { GatewayConfig } from '../config.ts';

/** `onCall`: the process-wide hook (the server's `UpstreamCallFeed`), for metrics and call logs. */
export function transportOptions(
  config: GatewayConfig,
  endpoint: string,
  onCall?: CceCallHook,
): CceTransportOptions {
  return {
    endpoint,
    ...(onCall ? { onCall } : {}),
    connectTimeoutMs: config.cce.connectTimeoutMs,
    headersTimeoutMs: config.cce.headersTimeoutMs,
    bodyTimeoutMs: config.cce.bodyTimeoutMs,
    connections: config.cce.connections,
  };
}
