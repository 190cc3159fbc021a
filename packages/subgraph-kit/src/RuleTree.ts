import type { IRules } from 'graphql-shield';

/** One graphql-shield rule: a check's (`ruleOf`), `allow`, `deny`, or a logic rule. */
export type Rule = Extract<IRules, { resolve: unknown }>;

/**
 * A registry's rules: a rule per type (`SocialAllowance: summary`) or per field
 * (`Citizen: { fin: …, pension: … }`, with `'*'` for the fields left unnamed). Whatever no
 * rule names is denied. (graphql-shield exports this shape under no name of its own.)
 */
export type RuleTree = Exclude<IRules, Rule>;

/** One type's rules, field by field. */
export type FieldRules = Exclude<RuleTree[string], Rule>;
