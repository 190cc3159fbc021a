import type { Faker } from '@faker-js/faker';
import { buildBenefit, type DateSpan } from './buildBenefit.ts';
import { addDays, addMonths, monthStart } from './calendar.ts';
import type { BenefitProfile, LabourContractProfile } from './CitizenProfile.ts';
import { insuredMonthsInLast24, totalInsuredMonths } from './drawContracts.ts';
import type { PlannedMember } from './HouseholdPlan.ts';
import { BENEFIT_CLAIM_SHARE, BENEFIT_REQUIRED_INSURANCE_MONTHS } from './unemploymentFigures.ts';

/** The insurance benefit for someone granted the unemployed status with a year of insurance. */
export function drawBenefit(
  f: Faker,
  a: {
    member: PlannedMember;
    referenceDate: string;
    payDay: number;
    dependentChildrenOn: (date: string) => number;
    unemployedOn: string;
    registeredOn: string;
    contracts: readonly LabourContractProfile[];
    stoppedOn: string | null;
    suspendedOn: string | null;
    end: string;
    /** A public-works placement's contract during the registration, if any. */
    placement: DateSpan | null;
  },
): BenefitProfile | null {
  const lost = a.contracts.filter((c) => c.endedOn !== null && c.endedOn <= a.registeredOn).at(-1);
  if (lost === undefined || totalInsuredMonths(a.contracts) < BENEFIT_REQUIRED_INSURANCE_MONTHS)
    return null;
  if (!f.datatype.boolean(BENEFIT_CLAIM_SHARE)) return null;
  const decidedOn = addDays(a.unemployedOn, f.number.int({ min: 1, max: 7 }));
  // Paid from the next month; not granted at all if the status ends before the first payment.
  const startsOn = addMonths(monthStart(decidedOn), 1);
  const interruption = a.stoppedOn ?? a.suspendedOn;
  if (decidedOn >= a.end || (interruption !== null && interruption <= addDays(startsOn, 15)))
    return null;
  return buildBenefit({
    index: a.member.index,
    decidedOn,
    averageWage: lost.monthlyWage,
    insuredMonthsLast24: insuredMonthsInLast24(a.contracts, a.registeredOn),
    dependentChildren: a.dependentChildrenOn(decidedOn),
    months: f.datatype.boolean(0.5) ? 9 : 6,
    stoppedOn: a.stoppedOn,
    suspendedOn: a.suspendedOn,
    payDay: a.payDay,
    referenceDate: a.referenceDate,
    placement: a.placement,
  });
}
