import type { FactName, Facts } from './Fact.ts';

/** The facts whose value is of type `T`. */
type FactOf<T> = { [K in FactName]: Facts[K] extends T ? K : never }[FactName];

/** A fact counted in years or days (null: not known, and then no numeric test holds). */
export type NumberFact = FactOf<number | null>;
/** A fact holding one code, e.g. a status. */
export type CodeFact = FactOf<string>;
/** A fact holding a list of codes. */
export type ListFact = FactOf<readonly string[]>;

/** One test of one fact; a rule fires when all of its conditions hold. */
export type Condition =
  | {
      readonly fact: NumberFact;
      readonly op: 'atLeast' | 'atMost' | 'below';
      readonly value: number;
    }
  | { readonly fact: NumberFact; readonly op: 'between'; readonly value: readonly [number, number] }
  | { readonly fact: CodeFact; readonly op: 'in' | 'notIn'; readonly value: readonly string[] }
  | { readonly fact: ListFact; readonly op: 'includes' | 'excludes'; readonly value: string };

/** A declarative eligibility rule: data, evaluated by evaluateRules. */
export interface EligibilityRule {
  /** Stable id, named in every hint and in docs/eligibility-hints.md. */
  readonly id: string;
  /** The catalogue's service the hint suggests (subgraphs/services/catalogue/services.ts). */
  readonly service: string;
  /** What the rule looks for, in English. */
  readonly description: string;
  /** All must hold; each names the fact it reads. */
  readonly conditions: readonly Condition[];
}
