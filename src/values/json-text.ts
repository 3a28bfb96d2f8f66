/**
 * JSON text as CCE sends it inside its answers (release values and parameters, chart defaults),
 * and add-on values, parsed and masked: what resolvers answer and what the service starts a values
 * patch from.
 */
import { GraphQLError } from 'graphql';
import { maskValues, ValuesTooDeepError } from './masking.ts';

/**
 * JSON text as CCE sent it, parsed; null for empty text. Secrets are masked by the gateway's rule
 * (./masking.ts) on top of CCE's own `******`.
 */
export function parseJsonText(text: string): unknown {
  if (text.trim() === '') return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw unreadableJson('');
  }
  return maskedJson(json);
}

/**
 * A JSON document CCE sent as an object (add-on values), with its secrets masked by the same rule;
 * one nested deeper than the masking walk goes is a bad upstream answer.
 */
export function maskedJson<T>(json: T): T {
  try {
    return maskValues(json);
  } catch (error) {
    if (error instanceof ValuesTooDeepError) throw unreadableJson(`: ${error.message}`);
    throw error;
  }
}

function unreadableJson(why: string): GraphQLError {
  return new GraphQLError(`CCE sent a JSON field the gateway could not parse${why}.`, {
    extensions: { code: 'UPSTREAM_BAD_RESPONSE' },
  });
}
