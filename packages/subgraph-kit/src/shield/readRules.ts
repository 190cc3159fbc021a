import type { Role } from '@dost/platform/roles.ts';
import { anyOf } from './Check.ts';
import { officerWithPurpose, ownRecord, partnerScope, staffWithPurpose } from './checks.ts';
import { ruleOf } from './ruleOf.ts';

/**
 * A one-window summary field (statuses, amounts, degrees): any staff with a purpose, the
 * citizen it belongs to, and partners whose agreement names one of the scopes.
 */
export const summaryRead = (...scopes: string[]) =>
  ruleOf(anyOf(ownRecord, staffWithPurpose, ...scopes.map((scope) => partnerScope(scope))));

/** A full-detail field (histories, contracts): the owning registry's officers and the citizen. */
export const fullRead = (officer: Role) => ruleOf(anyOf(ownRecord, officerWithPurpose(officer)));
