import { rule, type IRule } from 'graphql-shield';
import type { SubgraphContext } from '../SubgraphContext.ts';
import type { Check } from './Check.ts';

const rules = new Map<Check, IRule>();

/**
 * The graphql-shield rule of a check, one per check: shield refuses two rule instances of
 * one name in a tree, and check names are unique, so rule names are too.
 *
 * Caching: a check that reads only the caller's identity is cached per request
 * (`contextual`): the identity is fixed for the whole request, so its decision is the same
 * for every field and parent of that request, and the cache lives on the request's own
 * context, so no decision crosses requests or callers. Every other check (it reads the
 * parent's `fin` or the arguments) is evaluated anew for each field (`no_cache`).
 */
export function ruleOf(check: Check): IRule {
  let built = rules.get(check);
  if (built === undefined) {
    built = rule(check.name, { cache: check.contextual ? 'contextual' : 'no_cache' })(
      (parent: unknown, args: unknown, { identity }: SubgraphContext<unknown>) =>
        check.test(identity, parent, args),
    );
    rules.set(check, built);
  }
  return built;
}
