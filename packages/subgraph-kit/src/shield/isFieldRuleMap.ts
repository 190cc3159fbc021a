import type { FieldRules } from '../RuleTree.ts';

/**
 * True for a type's field-by-field rules (`{ fin: …, '*': … }`), false for one rule over the
 * whole type: graphql-shield's rules are class instances, the field maps plain objects.
 */
export function isFieldRuleMap(value: unknown): value is FieldRules {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}
