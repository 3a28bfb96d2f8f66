/**
 * Limits on the shape of an operation (graphql-armor): nesting depth, aliases, lexical tokens,
 * directives and estimated cost. They are checked while the document is parsed and validated, so an
 * operation over a limit is refused before anything runs, and never reaches CCE.
 *
 * armor's own errors carry no code and call themselves "Syntax Error"; each limit here reports a
 * coded error instead (see rejections.ts).
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { SecurityConfig } from '../../config.ts';
import { rejection, type SecurityErrorCode } from './rejections.ts';

type Limits = SecurityConfig['limits'];

/** What armor calls when a limit is exceeded: validation rules get a context, the token counter (at parse) none. */
function reportAs(code: SecurityErrorCode) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const coded = rejection(code, error.message.replace(/^Syntax Error: /, ''), {
          status: 400,
          documentError: true,
        });
        if (context === null) throw coded;
        context.reportError(coded);
      },
    ],
  };
}

export function useOperationLimits(limits: Limits): Plugin {
  return EnvelopArmorPlugin({
    // Suggestions are handled by suggestions.ts, which also covers errors outside validation.
    blockFieldSuggestion: { enabled: false },
    maxTokens: { n: limits.maxTokens, ...reportAs('TOO_MANY_TOKENS') },
    maxDirectives: { n: limits.maxDirectives, ...reportAs('TOO_MANY_DIRECTIVES') },
    maxAliases: { n: limits.maxAliases, ...reportAs('TOO_MANY_ALIASES') },
    costLimit: { maxCost: limits.maxCost, ...reportAs('QUERY_TOO_COMPLEX') },
    // Fragments are not a level of the answer's nesting, so they do not count as one (the
    // federation router's `_entities { ... on Release { … } }` would otherwise lose a level).
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...reportAs('QUERY_TOO_DEEP') },
  });
}
