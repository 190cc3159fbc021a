import type { Role } from '@dost/platform/roles.ts';
import { STAFF_PURPOSE } from './startSystem.ts';

/** A purpose each role that needs one may state in X-Dost-Purpose (see docs/purposes.md). */
export const PURPOSE_OF = {
  operator: STAFF_PURPOSE,
  pension_officer: 'PENSION_ASSIGNMENT:PEN-2026-000481',
  employment_officer: 'UNEMPLOYMENT_BENEFIT:UNB-2026-000212',
  disability_officer: 'DISABILITY_REVIEW:TSE-2026-77',
  partner: 'AGREEMENT:KB-2026-77',
  auditor: 'SUPERVISORY_AUDIT:AUD-2026-004',
} as const satisfies Record<Exclude<Role, 'citizen'>, string>;

/** The X-Dost-Purpose header a caller of this role states; none for a citizen. */
export function purposeHeader(role: Role): Record<string, string> {
  return role === 'citizen' ? {} : { 'x-dost-purpose': PURPOSE_OF[role] };
}
