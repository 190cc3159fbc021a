import { or } from 'graphql-shield';
import type { Role } from '../../../platform/roles.ts';
import { hasScope, isOfficerWithPurpose, isOwnRecord, isStaffWithPurpose } from './rules.ts';

/**
 * A one-window summary field (statuses, amounts, degrees): any staff with a purpose, the
 * citizen it belongs to, and partners whose agreement names one of the scopes.
 */
export const summaryRead = (...scopes: string[]) =>
  or(isOwnRecord, isStaffWithPurpose, ...scopes.map((scope) => hasScope(scope)));

/** A full-detail field (histories, contracts): the owning registry's officers and the citizen. */
export const fullRead = (officer: Role) => or(isOwnRecord, isOfficerWithPurpose(officer));
