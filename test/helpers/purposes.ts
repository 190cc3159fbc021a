import type { Role } from '@dost/platform/roles.ts';
import { DEMO_FINS, type DemoFin } from '../../seed/synthetic/demoFins.ts';
import { caseOf, STAFF_PURPOSE } from './startSystem.ts';

/**
 * A purpose each role that needs one may state in X-Dost-Purpose (see docs/purposes.md). The
 * operator's is 5ZK7P2Q's open case at baku-1: it reads that citizen alone.
 */
export const PURPOSE_OF = {
  operator: STAFF_PURPOSE,
  pension_officer: 'PENSION_ASSIGNMENT:PEN-2026-000481',
  employment_officer: 'UNEMPLOYMENT_BENEFIT:UNB-2026-000212',
  disability_officer: 'DISABILITY_REVIEW:TSE-2026-77',
  partner: 'AGREEMENT:KB-2026-77',
  auditor: 'SUPERVISORY_AUDIT:AUD-2026-004',
} as const satisfies Record<Exclude<Role, 'citizen' | 'centre_manager'>, string>;

/**
 * The X-Dost-Purpose header a caller of this role states; none for a citizen or a centre
 * manager. An operator
 * (at baku-1) reading the demo citizen `fin` cites that citizen's open case there.
 */
export function purposeHeader(role: Role, fin?: string): Record<string, string> {
  if (role === 'citizen' || role === 'centre_manager') return {};
  if (role === 'operator' && isDemoFin(fin)) return { 'x-dost-purpose': caseOf(fin) };
  return { 'x-dost-purpose': PURPOSE_OF[role] };
}

function isDemoFin(fin: string | undefined): fin is DemoFin {
  return (DEMO_FINS as readonly (string | undefined)[]).includes(fin);
}
