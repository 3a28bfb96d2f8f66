/**
 * How the settings turn into the CCE transport, shared by `main.ts` and the test stack so both
 * build the process's one transport the same way.
 */
import type { CceTransportOptions } from '../cce/transport.ts';
import type { GatewayConfig } from '../config.ts';

export function transportOptions(config: GatewayConfig, endpoint: string): CceTransportOptions {
  return {
    endpoint,
    connectTimeoutMs: config.cce.connectTimeoutMs,
    headersTimeoutMs: config.cce.headersTimeoutMs,
    bodyTimeoutMs: config.cce.bodyTimeoutMs,
    connections: config.cce.connections,
  };
}
