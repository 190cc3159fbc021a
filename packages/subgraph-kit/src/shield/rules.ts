import type { IRule } from 'graphql-shield';
import type { Role } from '@dost/platform/roles.ts';
import {
  officerWithPurpose,
  ownFinArgument,
  ownRecord,
  partnerScope,
  roleIs,
  staffWithPurpose,
  statedPurpose,
} from './checks.ts';
import { ruleOf } from './ruleOf.ts';

/*
 * The single-check rules, for rule trees. Rules built from them with graphql-shield's
 * `or`/`and` stay correct, but on fields read for every entity prefer one `ruleOf(anyOf(…))`
 * (see Check.ts): it costs one rule evaluation per field instead of a tree of promises.
 * The identity-only ones are cached per request and the others are not (see ruleOf.ts).
 */

/** The caller has one of these roles. */
export const hasRole = (...roles: Role[]): IRule => ruleOf(roleIs(...roles));

/** Staff with a stated purpose: every staff read of personal data needs one. */
export const isStaffWithPurpose = ruleOf(staffWithPurpose);

/** The caller stated a purpose (X-Dost-Purpose). */
export const hasPurpose = ruleOf(statedPurpose);

/** A citizen reading an entity whose `fin` is their own. */
export const isOwnRecord = ruleOf(ownRecord);

/** A citizen asking for their own FIN as an argument. */
export const isOwnFinArgument = ruleOf(ownFinArgument);

/** An agency officer of this role, with a stated purpose. */
export const isOfficerWithPurpose = (role: Role): IRule => ruleOf(officerWithPurpose(role));

/** A partner whose agreement names this scope (e.g. `pension:status`), with a stated purpose. */
export const hasScope = (scope: string): IRule => ruleOf(partnerScope(scope));
