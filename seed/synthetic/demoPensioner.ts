import { buildPension } from './buildPension.ts';
import { yearOf } from './calendar.ts';
import type { PensionProfile } from './CitizenProfile.ts';

/**
 * 5ZK7P2Q's old-age pension: assigned six days after his 65th birthday four years ago,
 * 41 insurance years, an insurance part above the minimum, so each January indexation
 * (9.3 % in 2026) visibly raises it; 24 monthly payments.
 */
export function demoPensionerPension(referenceDate: string): PensionProfile {
  return buildPension({
    index: 0,
    type: 'OLD_AGE',
    assignedOn: `${yearOf(referenceDate) - 4}-03-20`,
    initialCapital: 6_480_000, // 64 800 AZN → 450 AZN a month at assignment
    insuranceMonths: 492,
    requiredInsuranceMonths: null,
    terminatedOn: null,
    suspendedFrom: null,
    payDay: 12,
    referenceDate,
  });
}
