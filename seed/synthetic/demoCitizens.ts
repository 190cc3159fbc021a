import { allowanceAmountOn } from './allowanceFigures.ts';
import { allowancePayments } from './allowancePayments.ts';
import { addDays, addYears } from './calendar.ts';
import type { AllowanceProfile, CitizenProfile } from './CitizenProfile.ts';
import { demoChildAllowances, demoChildDisability } from './demoChild.ts';
import { DEMO_POPULATION_SIZE, demoHousehold } from './demoHousehold.ts';
import { demoPensionerPension } from './demoPensioner.ts';
import { demoUnemployedRecord } from './demoUnemployed.ts';
import {
  demoWarVeteranAllowances,
  demoWarVeteranDisability,
  demoWarVeteranPension,
} from './demoWarVeteran.ts';
import { familyLinksOf } from './familyLinks.ts';
import { finFromIndex } from './finFromIndex.ts';
import { memberAt } from './HouseholdPlan.ts';
import { personProfileOf } from './personProfileOf.ts';
import { rowId } from './rowId.ts';

export { DEMO_POPULATION_SIZE };

type Records = Pick<CitizenProfile, 'pension' | 'allowances' | 'unemployment' | 'disability'>;

const NOTHING: Records = { pension: null, allowances: [], unemployment: null, disability: null };

/**
 * The fixed head of every population, indices 0..7: the five demo citizens (FINs in
 * DEMO_FINS) and their three relatives. Identical for every seed except the relatives'
 * FINs, which come from `finFromIndex` like everyone else's. Links to indices ≥ `count`
 * are left out, as for any household.
 */
export function demoCitizens(args: {
  seed: number;
  referenceDate: string;
  count?: number;
}): CitizenProfile[] {
  const { referenceDate } = args;
  const plan = demoHousehold(referenceDate);
  const fins = plan.members.map((m) => finFromIndex(m.index, args.seed));
  const records: Records[] = [
    { ...NOTHING, pension: demoPensionerPension(referenceDate) },
    { ...NOTHING, unemployment: demoUnemployedRecord(referenceDate) },
    {
      pension: demoWarVeteranPension(referenceDate),
      allowances: demoWarVeteranAllowances(referenceDate),
      unemployment: null,
      disability: demoWarVeteranDisability(),
    },
    {
      ...NOTHING,
      allowances: demoChildAllowances(referenceDate),
      disability: demoChildDisability(referenceDate),
    },
    NOTHING,
    NOTHING,
    NOTHING,
    { ...NOTHING, allowances: [oldAgeAllowance(memberAt(plan, 7).birthDate, referenceDate)] },
  ];
  return plan.members.map((member, slot) => ({
    index: member.index,
    fin: fins[slot] ?? finFromIndex(member.index, args.seed),
    person: personProfileOf(member),
    family: familyLinksOf({ plan, slot, fins, count: args.count ?? DEMO_POPULATION_SIZE }),
    ...(records[slot] ?? NOTHING),
  }));
}

/** 5ZK7P2Q's wife reached 65 without 25 insurance years: the old-age social allowance. */
function oldAgeAllowance(birthDate: string, referenceDate: string): AllowanceProfile {
  const id = rowId(7, 0);
  const grantedOn = addDays(addYears(birthDate, 65), 8);
  const amountOn = (date: string): number => allowanceAmountOn('OLD_AGE', date);
  return {
    id,
    type: 'OLD_AGE',
    periodicity: 'MONTHLY',
    status: 'ACTIVE',
    grantedOn,
    endsOn: null,
    amount: amountOn(referenceDate),
    payments: allowancePayments({
      allowanceId: id,
      periodicity: 'MONTHLY',
      grantedOn,
      endsOn: null,
      payDay: 12,
      referenceDate,
      amountOn,
    }),
  };
}
