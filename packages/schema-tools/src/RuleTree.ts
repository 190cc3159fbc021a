/**
 * A graphql-shield rule tree as the checks see it: type name → one rule for the whole type,
 * or a map of field name (or `*`) → rule. Only the names matter here, so the rules stay
 * `unknown` and the checks do not depend on graphql-shield.
 */
export type RuleTree = Readonly<Record<string, unknown>>;

/** A rule tree and where it came from, for the report. */
export interface LoadedRuleTree {
  readonly tree: RuleTree;
  /** e.g. "subgraphs/catalog.ts (pensions)" or the `--rules` module's path. */
  readonly from: string;
}

/** True for `{ … }` literals: a rule tree's type maps, as opposed to rule instances. */
export function isPlainMap(value: unknown): value is Readonly<Record<string, unknown>> {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}
