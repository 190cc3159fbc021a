import { buildPension } from './buildPension.ts';
import { addDays, yearOf } from './calendar.ts';
import type { PensionProfile } from './CitizenProfile.ts';

/**
 * 5ZK7P2Q's old-age pension: assigned six days after his 65th birthday four years ago,
 * 41 insurance years, an insurance part above the minimum, so each January indexation
 * (9.3 % in 2026) visibly raises it; 24 monthly payments. Assigned proactively, without an
 * application, the automated system deciding two days before it ran.
 */
export function demoPensionerPension(referenceDate: string): PensionProfile {
  const assignedOn = `${yearOf(referenceDate) - 4}-03-20`;
  return buildPension({
    index: 0,
    type: 'OLD_AGE',
    assignedOn,
    initialCapital: 6_480_000, // 64 800 AZN → 450 AZN a month at assignment
    insuranceMonths: 492,
    requiredInsuranceMonths: null,
    terminatedOn: null,
    suspendedFrom: null,
    payDay: 12,
    referenceDate,
    decision: { appliedOn: null, decidedOn: addDays(assignedOn, -2), proactive: true },
  });
}
