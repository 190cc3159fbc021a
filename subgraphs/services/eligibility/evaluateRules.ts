import type { Condition, EligibilityRule } from './EligibilityRule.ts';
import type { FactName, Facts, FactValue } from './Fact.ts';

/** A rule that fired: its id, its service and every fact it read, as strings. */
export interface RuleMatch {
  readonly rule: EligibilityRule;
  readonly facts: readonly { readonly name: FactName; readonly value: string }[];
}

/** The rules whose every condition holds on `facts`, in the rules' order. */
export function evaluateRules(args: {
  rules: readonly EligibilityRule[];
  facts: Facts;
}): RuleMatch[] {
  const { rules, facts } = args;
  return rules
    .filter((rule) => rule.conditions.every((condition) => holds(condition, facts)))
    .map((rule) => ({ rule, facts: factsRead(rule, facts) }));
}

/** Whether one condition holds; a number not known (null) passes no numeric test. */
export function holds(condition: Condition, facts: Facts): boolean {
  switch (condition.op) {
    case 'atLeast':
    case 'atMost':
    case 'below': {
      const value = facts[condition.fact];
      if (value === null) return false;
      if (condition.op === 'atLeast') return value >= condition.value;
      return condition.op === 'atMost' ? value <= condition.value : value < condition.value;
    }
    case 'between': {
      const value = facts[condition.fact];
      const [min, max] = condition.value;
      return value !== null && value >= min && value <= max;
    }
    case 'in':
      return condition.value.includes(facts[condition.fact]);
    case 'notIn':
      return !condition.value.includes(facts[condition.fact]);
    case 'includes':
      return facts[condition.fact].includes(condition.value);
    case 'excludes':
      return !facts[condition.fact].includes(condition.value);
  }
}

/** The facts a rule's conditions name, once each, in the order they are first named. */
function factsRead(rule: EligibilityRule, facts: Facts): RuleMatch['facts'] {
  const names = [...new Set(rule.conditions.map((condition) => condition.fact))];
  return names.map((name) => ({ name, value: formatFact(facts[name]) }));
}

/** A fact's value as the hint shows it: `NONE` for an unknown number or an empty list. */
export function formatFact(value: FactValue): string {
  if (value === null) return 'NONE';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  return value.length === 0 ? 'NONE' : value.join(',');
}
