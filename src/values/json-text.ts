/**
 * JSON text as CCE sends it inside its answers (release values and parameters, chart defaults),
 * parsed and masked: what resolvers answer and what the service starts a values patch from.
 */
import { GraphQLError } from 'graphql';
import { maskValues, ValuesTooDeepError } from './masking.ts';

/**
 * JSON text as CCE sent it, parsed; null for empty text. Secrets are masked by the gateway's rule
 * (./masking.ts) on top of CCE's own `******`.
 */
export function parseJsonText(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return maskValues(JSON.parse(text) as unknown);
  } catch (error) {
    const why = error instanceof ValuesTooDeepError ? `: ${error.message}` : '';
    throw new GraphQLError(`CCE sent a JSON field the gateway could not parse${why}.`, {
      extensions: { code: 'UPSTREAM_BAD_RESPONSE' },
    });
  }
}
