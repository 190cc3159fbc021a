import { deny, shield, type IRules } from 'graphql-shield';
import type { IMiddlewareGenerator } from 'graphql-middleware';
import { ERRORS } from '../../../platform/errors.ts';

/**
 * Wraps a registry's rule tree in the settings every subgraph must share: deny whatever no
 * rule names, answer FORBIDDEN with a stable code, and never leak a resolver's own error
 * text through a rule.
 */
export function createPermissions<TContext>(
  rules: IRules,
): IMiddlewareGenerator<unknown, TContext, unknown> {
  return shield<unknown, TContext, unknown>(rules, {
    fallbackRule: deny,
    fallbackError: () => ERRORS.FORBIDDEN.err(),
    allowExternalErrors: false,
    // Resolvers throw coded errors on purpose (BAD_USER_INPUT, …); those pass, others mask.
    debug: false,
  });
}
