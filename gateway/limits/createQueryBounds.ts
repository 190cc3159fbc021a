import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ParseOptions, ValidationContext, ValidationRule } from 'graphql';
import type { ErrorDefinition } from '@dost/platform/errors.ts';
import { ERRORS } from '@dost/platform/errors.ts';
import { maxRootFieldsRule } from './maxRootFieldsRule.ts';
import type { QueryLimits } from './QueryLimits.ts';

export interface QueryBounds {
  /** For ApolloServer's `parseOptions`: the parser itself stops at the token limit. */
  readonly parseOptions: ParseOptions;
  /** For ApolloServer's `validationRules`: run before the gateway plans the operation. */
  readonly validationRules: ValidationRule[];
}

/**
 * graphql-armor's depth, alias, directive and cost rules plus our root-field rule, each
 * reporting its own registered code with our wording (armor's text is never shown).
 * Armor's token plugin re-parses in `parsingDidStart`, where a throw becomes an HTTP 500,
 * so tokens are bounded by graphql-js's own `maxTokens` instead; field suggestions are
 * hidden by Apollo Server's `hideSchemaDetailsFromClientErrors` and by maskError.
 */
export function createQueryBounds(limits: QueryLimits): QueryBounds {
  const armor = new ApolloArmor({
    blockFieldSuggestion: { enabled: false },
    maxTokens: { enabled: false },
    maxDepth: {
      n: limits.maxDepth,
      flattenFragments: true,
      ...rejectWith(ERRORS.QUERY_TOO_DEEP, `nested deeper than ${limits.maxDepth} levels`),
    },
    maxAliases: {
      n: limits.maxAliases,
      ...rejectWith(ERRORS.TOO_MANY_ALIASES, `uses more than ${limits.maxAliases} aliases`),
    },
    maxDirectives: {
      n: limits.maxDirectives,
      ...rejectWith(
        ERRORS.TOO_MANY_DIRECTIVES,
        `uses more than ${limits.maxDirectives} directives`,
      ),
    },
    costLimit: {
      maxCost: limits.maxCost,
      flattenFragments: true,
      ...rejectWith(ERRORS.QUERY_TOO_COSTLY, `costs more than ${limits.maxCost}`),
    },
  }).protect();
  // Both armor plugins are off (see above), so its validation rules are all it contributes.
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [...armor.validationRules, maxRootFieldsRule(limits.maxRootFields)],
  };
}

/** Armor's callbacks: report our coded error instead of armor's (which echoes the limit). */
function rejectWith(
  definition: ErrorDefinition,
  what: string,
): { propagateOnRejection: false; onReject: ((context: ValidationContext | null) => void)[] } {
  return {
    propagateOnRejection: false,
    onReject: [(context) => context?.reportError(definition.err(`The operation ${what}.`))],
  };
}
