import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError } from 'graphql';

/**
 * What one GraphQL request may cost, checked before anything runs. The console's heaviest
 * request (the case page) stays well inside each figure; 300 aliases of a 200-row queue do not.
 */
export const QUERY_LIMITS = {
  /** Lexical tokens in the document (graphql-js stops parsing past this). */
  maxTokens: 4000,
  /** Nesting of selections. */
  maxDepth: 10,
  /** Aliased fields in the whole document. */
  maxAliases: 20,
  /** Directives in the whole document. */
  maxDirectives: 20,
  /** graphql-armor's estimate: 2 an object, 1 a scalar, times 1.5 a level of depth. */
  maxCost: 10_000,
};

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

// Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; formatError gives these
// their own code back from the mark they carry.
const refuse: GraphQLArmorRejectCallback = (ctx, error) => {
  ctx?.reportError(new GraphQLError(error.message, { extensions: { [QUERY_TOO_COMPLEX]: true } }));
};

/** graphql-armor's validation rules with our figures, and field suggestions masked in production. */
export function queryLimits(production: boolean) {
  const reject = { propagateOnRejection: false, onReject: [refuse] };
  const { plugins, validationRules } = new ApolloArmor({
    maxTokens: { enabled: false }, // graphql-js counts tokens itself while parsing: parseOptions below
    maxDepth: { n: QUERY_LIMITS.maxDepth, ...reject },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...reject },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...reject },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ...reject },
    // "Did you mean …" would describe the schema to anonymous callers where introspection is off.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return { plugins, validationRules, parseOptions: { maxTokens: QUERY_LIMITS.maxTokens } };
}
