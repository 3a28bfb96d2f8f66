/**
 * The security edge, assembled from settings once at start-up: yoga options (CORS, body size,
 * batching) and the plugins, in the order their checks run on a request:
 *
 *   CSRF header → caller authentication → (trusted documents) → input limits → operation limits →
 *   (introspection off) → (suggestions hidden) → Vary: Origin
 *
 * Header checks come first so that a refused request is not even read.
 */
import type { Plugin, YogaServerOptions } from 'graphql-yoga';
import type { GatewayConfig, SecurityConfig } from '../../config.ts';
import type { GatewayContext } from '../../context.ts';
import type { NodeServerContext } from '../http.ts';
import {
  callerAuthEnabled,
  useCallerAuthentication,
  type CallerAuthentication,
} from './caller-auth.ts';
import { ANY_ORIGIN, corsPolicy, useVaryOnOrigin } from './cors.ts';
export { useRequestBodyLimit } from './body-limit.ts';
import { useCsrfPrevention } from './csrf.ts';
import { useNoIntrospection } from './introspection.ts';
import { useInputLimits } from './input-limits.ts';
import { useOperationLimits } from './limits.ts';
import { usePathSafeArguments } from './path-arguments.ts';
import { useUpstreamBudget } from '../budget/plugin.ts';
import { usePersistedOperationsOnly, type TrustedDocuments } from './persisted-operations.ts';
export { createTrustedDocuments, type TrustedDocuments } from './persisted-operations.ts';
import { useHiddenSuggestions } from './suggestions.ts';

type SecurityServerOptions = Pick<
  YogaServerOptions<NodeServerContext, GatewayContext>,
  'cors' | 'batching' | 'maxRequestBodySize'
>;

/** The createYoga options the security settings decide. */
export function securityServerOptions(security: SecurityConfig): SecurityServerOptions {
  return {
    cors: corsPolicy(security.corsOrigins),
    // Each operation of a batch is limited on its own, so a batch multiplies what one request costs.
    batching: security.batchLimit > 0 ? { limit: security.batchLimit } : false,
    // Enforced by useRequestBodyLimit instead (see body-limit.ts), installed last by plugins.ts.
    maxRequestBodySize: false,
  };
}

/** Caller authentication (API keys, JWTs), or null when the settings ask for none. */
export function createCallerAuthentication(security: SecurityConfig): CallerAuthentication | null {
  return callerAuthEnabled(security) ? useCallerAuthentication(security) : null;
}

/**
 * The security plugins, in order. `callerAuth` is the server's (shared with the WebSocket edge's
 * connection_init); `trustedDocuments` the loaded PERSISTED_OPERATIONS_FILE, null when unset.
 */
export function securityPlugins(
  security: SecurityConfig,
  callerAuth: CallerAuthentication | null,
  trustedDocuments: TrustedDocuments | null,
): Plugin[] {
  const plugins: Plugin[] = [];
  if (security.csrfPrevention) plugins.push(useCsrfPrevention());
  if (callerAuth !== null) plugins.push(callerAuth);
  if (trustedDocuments !== null) plugins.push(usePersistedOperationsOnly(trustedDocuments));
  plugins.push(useInputLimits(security.inputLimits));
  plugins.push(useOperationLimits(security.limits));
  if (!security.introspection) plugins.push(useNoIntrospection(security.sdlApiKeyDigests));
  if (!security.fieldSuggestions) plugins.push(useHiddenSuggestions());
  plugins.push(usePathSafeArguments());
  // Last of the checks before execution: only operations that may run are estimated.
  plugins.push(useUpstreamBudget());
  if (security.corsOrigins.length > 0) plugins.push(useVaryOnOrigin());
  return plugins;
}

/** Settings that are allowed but weaken the edge: logged as warnings at start-up. */
export function securityWarnings({ cce, security }: GatewayConfig): string[] {
  const warnings: string[] = [];
  if (cce.serviceCredentials !== null && !callerAuthEnabled(security)) {
    warnings.push(
      'Service mode without caller authentication (GATEWAY_ALLOW_UNAUTHENTICATED_SERVICE_MODE): ' +
        "whoever reaches the gateway acts with the service account's rights. Development only.",
    );
  }
  if (security.corsOrigins.includes(ANY_ORIGIN)) {
    warnings.push('CORS_ORIGINS=*: pages of any site may call the gateway from a browser.');
  }
  return warnings;
}
