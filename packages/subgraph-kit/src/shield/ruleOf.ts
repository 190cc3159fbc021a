import { rule, type IRule } from 'graphql-shield';
import type { SubgraphContext } from '../SubgraphContext.ts';
import type { Check } from './Check.ts';

const rules = new Map<Check, IRule>();

/**
 * The graphql-shield rule of a check, one per check: shield refuses two rule instances of
 * one name in a tree, and check names are unique, so rule names are too.
 *
 * Every rule is `no_cache`: the authorisation issue forbids any cache that could reuse one
 * field's decision for another, and a check is a plain synchronous function, so evaluating
 * it again costs less than shield's cache lookup would save.
 */
export function ruleOf(check: Check): IRule {
  let built = rules.get(check);
  if (built === undefined) {
    built = rule(check.name, { cache: 'no_cache' })(
      (parent: unknown, args: unknown, { identity }: SubgraphContext<unknown>) =>
        check.test(identity, parent, args),
    );
    rules.set(check, built);
  }
  return built;
}
