import type { Identity } from '@dost/platform/roles.ts';

/**
 * One synchronous access test. Rules are built from checks (`ruleOf`) rather than composed
 * with graphql-shield's `or`/`and`: shield evaluates a logic rule as a tree of promises, one
 * per member and level, for every field of every object it guards, while a composed check
 * is one plain function behind one shield rule.
 */
export interface Check {
  /** Unique: it names the shield rule built from the check, and shield tells rules apart by name. */
  readonly name: string;
  readonly test: (identity: Identity, parent: unknown, args: unknown) => boolean;
}

const defined = new Map<string, Check>();

/** Defines a check; a second definition under a name already taken is a programming error. */
export function defineCheck(name: string, test: Check['test']): Check {
  if (defined.has(name)) throw new Error(`A check named ${name} is already defined.`);
  const check: Check = { name, test };
  defined.set(name, check);
  return check;
}

/** Passes when any of the checks passes. */
export function anyOf(...checks: readonly Check[]): Check {
  return compose('anyOf', checks, (identity, parent, args) =>
    checks.some((check) => check.test(identity, parent, args)),
  );
}

/** Passes when every one of the checks passes. */
export function allOf(...checks: readonly Check[]): Check {
  return compose('allOf', checks, (identity, parent, args) =>
    checks.every((check) => check.test(identity, parent, args)),
  );
}

/** Members of each composite, to tell a reuse from a clash of names. */
const members = new Map<string, readonly Check[]>();

function compose(kind: string, checks: readonly Check[], test: Check['test']): Check {
  const name = `${kind}(${checks.map((check) => check.name).join(',')})`;
  const existing = defined.get(name);
  if (existing !== undefined) {
    const same = members.get(name);
    if (same?.length === checks.length && same.every((check, i) => check === checks[i])) {
      return existing;
    }
    throw new Error(`A different check named ${name} is already defined.`);
  }
  members.set(name, checks);
  return defineCheck(name, test);
}
