import { rule } from 'graphql-shield';
import type { IRule } from 'graphql-shield';
import type { Role } from '../../../platform/roles.ts';
import type { SubgraphContext } from '../SubgraphContext.ts';

type AnyContext = SubgraphContext<unknown>;

/** Staff roles that may read personal data for a stated purpose. */
export const STAFF_ROLES: readonly Role[] = [
  'operator',
  'pension_officer',
  'employment_officer',
  'disability_officer',
];

// `cache: 'no_cache'` everywhere: a decision is never reused for another field or parent.

/**
 * graphql-shield refuses two rule instances of one name in a tree, so parameterised rules
 * are built once per name and shared.
 */
const built = new Map<string, IRule>();
function once(name: string, build: () => IRule): IRule {
  let existing = built.get(name);
  if (existing === undefined) {
    existing = build();
    built.set(name, existing);
  }
  return existing;
}

/** The caller has one of these roles. */
export const hasRole = (...roles: Role[]): IRule => {
  const name = `hasRole(${roles.join(',')})`;
  return once(name, () =>
    rule(name, { cache: 'no_cache' })((_parent, _args, { identity }: AnyContext) =>
      roles.includes(identity.role),
    ),
  );
};

/** Staff with a stated purpose: every staff read of personal data needs one. */
export const isStaffWithPurpose = rule('isStaffWithPurpose', { cache: 'no_cache' })(
  (_parent, _args, { identity }: AnyContext) =>
    STAFF_ROLES.includes(identity.role) && identity.purpose !== null,
);

/** The caller stated a purpose (X-Dost-Purpose). */
export const hasPurpose = rule('hasPurpose', { cache: 'no_cache' })(
  (_parent, _args, { identity }: AnyContext) => identity.purpose !== null,
);

/** A citizen reading an entity whose `fin` is their own. */
export const isOwnRecord = rule('isOwnRecord', { cache: 'no_cache' })(
  (parent: { fin?: unknown } | undefined, _args, { identity }: AnyContext) =>
    identity.role === 'citizen' && identity.fin !== null && parent?.fin === identity.fin,
);

/** A citizen asking for their own FIN as an argument. */
export const isOwnFinArgument = rule('isOwnFinArgument', { cache: 'no_cache' })((
  _parent,
  args: { fin?: unknown; fins?: unknown },
  { identity }: AnyContext,
) => {
  if (identity.role !== 'citizen' || identity.fin === null) return false;
  if (args.fin !== undefined) return args.fin === identity.fin;
  return Array.isArray(args.fins) && args.fins.every((fin) => fin === identity.fin);
});

/** An agency officer of this role, with a stated purpose. */
export const isOfficerWithPurpose = (role: Role) =>
  rule(`isOfficerWithPurpose(${role})`, { cache: 'no_cache' })(
    (_parent, _args, { identity }: AnyContext) =>
      identity.role === role && identity.purpose !== null,
  );

/** A partner whose agreement names this scope (e.g. `pension:status`), with a stated purpose. */
export const hasScope = (scope: string): IRule => {
  const name = `hasScope(${scope})`;
  return once(name, () =>
    rule(name, { cache: 'no_cache' })(
      (_parent, _args, { identity }: AnyContext) =>
        identity.role === 'partner' && identity.purpose !== null && identity.scopes.includes(scope),
    ),
  );
};
