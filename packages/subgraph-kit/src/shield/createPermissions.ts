import { GraphQLError } from 'graphql';
import { deny, shield, type IRules } from 'graphql-shield';
import type { IMiddlewareGenerator } from 'graphql-middleware';
import { ERRORS, isKnownErrorCode } from '@dost/platform/errors.ts';
import { isDatabaseUnavailable } from '../db/isDatabaseUnavailable.ts';
import { subjectsOfCall } from '../disclosure/subjectsOfCall.ts';
import type { SubgraphContext } from '../SubgraphContext.ts';

/**
 * Wraps a registry's rule tree in the settings every subgraph must share: deny whatever no
 * rule names, cache no decision across fields (every rule is `no_cache`, ruleOf.ts), and never
 * pass a resolver's raw error text.
 * With `allowExternalErrors: false` shield routes every thrown error through
 * `fallbackError`: a denied rule (null) is FORBIDDEN, and is reported to the gateway as a
 * refused field (so the audit record and the citizen's log name what was refused), a registered error a resolver throws on
 * purpose (BAD_USER_INPUT, …) passes unchanged, a database that is down, cut off or busy is
 * REGISTRY_UNAVAILABLE naming this registry, anything else is INTERNAL. The last two are
 * logged; neither carries the driver's text, which holds SQL and bound values.
 */
export function createPermissions<TContext extends SubgraphContext<unknown>>(
  rules: IRules,
): IMiddlewareGenerator<unknown, TContext, unknown> {
  return shield<unknown, TContext, unknown>(rules, {
    fallbackRule: deny,
    allowExternalErrors: false,
    debug: false,
    fallbackError: (thrown, parent, args, context, info) => {
      // shield types the context loosely; ours always carries the request's log and state.
      const { log, subgraph, disclosure } = context as unknown as TContext;
      const field = `${info.parentType.name}.${info.fieldName}`;
      if (thrown === null) {
        disclosure.refuse(field, subjectsOfCall(parent, args, info));
        return ERRORS.FORBIDDEN.err();
      }
      if (thrown instanceof GraphQLError && isKnownErrorCode(thrown.extensions['code'])) {
        return thrown;
      }
      if (isDatabaseUnavailable(thrown)) {
        log.warn({ err: thrown, field }, 'registry database unavailable');
        return ERRORS.REGISTRY_UNAVAILABLE.err(`The ${subgraph} registry is unavailable.`, {
          registry: subgraph,
        });
      }
      log.error({ err: thrown, field }, 'resolver failed');
      return ERRORS.INTERNAL.err();
    },
  });
}
