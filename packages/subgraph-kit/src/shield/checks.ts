import type { Role } from '@dost/platform/roles.ts';
import { defineCheck, type Check } from './Check.ts';

/** Staff roles that may read personal data for a stated purpose. */
export const STAFF_ROLES: readonly Role[] = [
  'operator',
  'pension_officer',
  'employment_officer',
  'disability_officer',
];

/** Checks made from parameters, defined once per name, shared. */
const made = new Map<string, Check>();
function parameterised(name: string, test: Check['test']): Check {
  let check = made.get(name);
  if (check === undefined) {
    check = defineCheck(name, test);
    made.set(name, check);
  }
  return check;
}

/** The caller has one of these roles. */
export const roleIs = (...roles: Role[]): Check =>
  parameterised(`hasRole(${roles.join(',')})`, (identity) => roles.includes(identity.role));

/** Staff with a stated purpose: every staff read of personal data needs one. */
export const staffWithPurpose: Check = defineCheck(
  'isStaffWithPurpose',
  (identity) => STAFF_ROLES.includes(identity.role) && identity.purpose !== null,
);

/** The caller stated a purpose (X-Dost-Purpose). */
export const statedPurpose: Check = defineCheck(
  'hasPurpose',
  (identity) => identity.purpose !== null,
);

/** A citizen reading an object whose `fin` is their own. */
export const ownRecord: Check = defineCheck(
  'isOwnRecord',
  (identity, parent) =>
    identity.role === 'citizen' &&
    identity.fin !== null &&
    (parent as { fin?: unknown } | null | undefined)?.fin === identity.fin,
);

/** A citizen asking for their own FIN as an argument (`fin`, or every one of `fins`). */
export const ownFinArgument: Check = defineCheck('isOwnFinArgument', (identity, _, args) => {
  if (identity.role !== 'citizen' || identity.fin === null) return false;
  const { fin, fins } = args as { fin?: unknown; fins?: unknown };
  if (fin !== undefined) return fin === identity.fin;
  return Array.isArray(fins) && fins.every((each) => each === identity.fin);
});

/** An agency officer of this role, with a stated purpose. */
export const officerWithPurpose = (role: Role): Check =>
  parameterised(
    `isOfficerWithPurpose(${role})`,
    (identity) => identity.role === role && identity.purpose !== null,
  );

/** A partner whose agreement names this scope (e.g. `pension:status`), with a stated purpose. */
export const partnerScope = (scope: string): Check =>
  parameterised(
    `hasScope(${scope})`,
    (identity) =>
      identity.role === 'partner' && identity.purpose !== null && identity.scopes.includes(scope),
  );
