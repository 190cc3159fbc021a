import type { Faker } from '@faker-js/faker';
import {
  allowanceAmountOn,
  disabilityAllowanceRate,
  type AllowanceRate,
} from './allowanceFigures.ts';
import { allowancePayments } from './allowancePayments.ts';
import { addDays, addYears, minDate } from './calendar.ts';
import type {
  AllowanceProfile,
  AllowanceType,
  DisabilityDecisionProfile,
  DisabilityProfile,
} from './CitizenProfile.ts';
import { disabilityRunStart } from './disabilityRunStart.ts';
import {
  childrenOf,
  memberAt,
  spouseOf,
  type HouseholdPlan,
  type PlannedMember,
} from './HouseholdPlan.ts';
import type { PensionOutcome } from './drawPension.ts';
import { rowId } from './rowId.ts';

/** An allowance before it is numbered and paid: its amount on any day, from the dated figures. */
type AllowanceSpec = Omit<AllowanceProfile, 'id' | 'amount' | 'payments'> & {
  readonly amountOn: (date: string) => number;
};

export interface DrawAllowancesArgs {
  readonly faker: Faker;
  readonly plan: HouseholdPlan;
  readonly slot: number;
  readonly disability: DisabilityProfile | null;
  readonly pension: PensionOutcome;
  readonly referenceDate: string;
  /** Day of the month monthly allowances are paid (1–28). */
  readonly payDay: number;
}

/**
 * Social allowances, oldest first: monthly ones for disability (when there is no labour
 * pension, or the disability is war-related), a child's disability, old age without a
 * labour pension and loss of an uninsured breadwinner; one-time ones for a birth and for a
 * funeral in the household. Monthly allowances of a deceased person have ENDED by death.
 */
export function drawAllowances(args: DrawAllowancesArgs): AllowanceProfile[] {
  const m = memberAt(args.plan, args.slot);
  const { oldAgeAllowanceFrom: oldAge, breadwinnerAllowance: orphan } = args.pension;
  const specs = [
    disabilityAllowance(args, m),
    childDisabilityAllowance(args, m),
    oldAge === null ? null : monthly(args, m, 'OLD_AGE', oldAge, null, rateAmount('OLD_AGE')),
    orphan === null
      ? null
      : monthly(
          args,
          m,
          'LOSS_OF_BREADWINNER',
          orphan.from,
          orphan.until,
          rateAmount('LOSS_OF_BREADWINNER'),
        ),
    ...birthAllowances(args, m),
    ...funeralAllowances(args, m),
  ].filter((spec) => spec !== null);
  return specs
    .sort((a, b) => (a.grantedOn < b.grantedOn ? -1 : a.grantedOn > b.grantedOn ? 1 : 0))
    .map((spec, k) => paid(args, rowId(m.index, k), spec));
}

/** The numbered allowance: its amount on its last day in force, and its payments. */
function paid(args: DrawAllowancesArgs, id: number, spec: AllowanceSpec): AllowanceProfile {
  const { amountOn, ...allowance } = spec;
  const { endsOn } = spec;
  const { referenceDate } = args;
  const lastDay =
    spec.periodicity === 'ONE_TIME'
      ? spec.grantedOn
      : endsOn !== null && endsOn <= referenceDate
        ? endsOn
        : referenceDate;
  const payments = allowancePayments({
    allowanceId: id,
    periodicity: spec.periodicity,
    grantedOn: spec.grantedOn,
    endsOn: spec.endsOn,
    payDay: args.payDay,
    referenceDate: args.referenceDate,
    amountOn,
  });
  return { id, ...allowance, amount: amountOn(lastDay), payments };
}

function rateAmount(rate: AllowanceRate): (date: string) => number {
  return (date) => allowanceAmountOn(rate, date);
}

/** A monthly allowance: ACTIVE until `plannedEnd` (null = open-ended), ENDED at death. */
function monthly(
  args: DrawAllowancesArgs,
  m: PlannedMember,
  type: AllowanceType,
  grantedOn: string,
  plannedEnd: string | null,
  amountOn: (date: string) => number,
): AllowanceSpec | null {
  if (grantedOn >= (m.deathDate ?? args.referenceDate)) return null;
  const endsOn =
    m.deathDate === null ? plannedEnd : minDate(plannedEnd ?? m.deathDate, m.deathDate);
  const ended = m.deathDate !== null || (endsOn !== null && endsOn <= args.referenceDate);
  return {
    type,
    periodicity: 'MONTHLY',
    status: ended ? 'ENDED' : 'ACTIVE',
    grantedOn,
    endsOn,
    amountOn,
  };
}

function oneTime(type: 'CHILD_BIRTH' | 'FUNERAL', grantedOn: string): AllowanceSpec {
  const amountOn = rateAmount(type);
  return { type, periodicity: 'ONE_TIME', status: 'ENDED', grantedOn, endsOn: grantedOn, amountOn };
}

function disabilityAllowance(args: DrawAllowancesArgs, m: PlannedMember): AllowanceSpec | null {
  const run = disabilityRunStart(args.disability);
  if (run === null) return null;
  const hasPension = args.pension.pension !== null;
  if (hasPension && run.current.cause !== 'WAR_RELATED') return null;
  if (disabilityAllowanceRate(run.current.degree) === null) return null;
  const decisions = (args.disability?.decisions ?? []).filter(
    (d) => d.validFrom >= run.first.validFrom,
  );
  const amountOn = (date: string): number => {
    // Every decision of the run is of degree I–III, so each has a rate.
    const rate = disabilityAllowanceRate(decisionOn(decisions, date).degree);
    if (rate === null) throw new RangeError('A disability run outside degrees I–III');
    return allowanceAmountOn(rate, date);
  };
  return monthly(args, m, 'DISABILITY', run.first.validFrom, run.current.reexaminationOn, amountOn);
}

/** The run's decision in force on `date` (its first before it began); the run is non-empty. */
function decisionOn(
  run: readonly DisabilityDecisionProfile[],
  date: string,
): DisabilityDecisionProfile {
  let inForce = run[0];
  for (const decision of run) if (decision.validFrom <= date) inForce = decision;
  if (inForce === undefined) throw new RangeError('An empty disability run');
  return inForce;
}

/** From the first CHILD decision until the last one's re-examination (by the 18th birthday). */
function childDisabilityAllowance(
  args: DrawAllowancesArgs,
  m: PlannedMember,
): AllowanceSpec | null {
  const childDecisions = (args.disability?.decisions ?? []).filter((d) => d.degree === 'CHILD');
  const first = childDecisions[0];
  const last = childDecisions[childDecisions.length - 1];
  if (first === undefined || last === undefined) return null;
  const until = last.reexaminationOn ?? addYears(m.birthDate, 18);
  return monthly(
    args,
    m,
    'CHILD_WITH_DISABILITY',
    first.validFrom,
    until,
    rateAmount('CHILD_WITH_DISABILITY'),
  );
}

/** A mother's one-time birth allowance for each child born in the last five years. */
function birthAllowances(args: DrawAllowancesArgs, m: PlannedMember): AllowanceSpec[] {
  if (m.sex !== 'F') return [];
  const specs: AllowanceSpec[] = [];
  for (const child of childrenOf(args.plan, args.slot)) {
    const born = memberAt(args.plan, child).birthDate;
    if (born < addYears(args.referenceDate, -5)) continue;
    const grantedOn = addDays(born, args.faker.number.int({ min: 10, max: 40 }));
    if (grantedOn < (m.deathDate ?? args.referenceDate))
      specs.push(oneTime('CHILD_BIRTH', grantedOn));
  }
  return specs;
}

/** The funeral allowance for a deceased household member goes to the spouse, else the
 *  eldest child who was an adult, if alive when it is paid. */
function funeralAllowances(args: DrawAllowancesArgs, m: PlannedMember): AllowanceSpec[] {
  const specs: AllowanceSpec[] = [];
  args.plan.members.forEach((deceased, slot) => {
    if (deceased.deathDate === null || slot === args.slot) return;
    const grantedOn = addDays(deceased.deathDate, args.faker.number.int({ min: 3, max: 20 }));
    if (
      grantedOn >= args.referenceDate ||
      funeralRecipient(args.plan, slot, grantedOn) !== args.slot
    )
      return;
    if (m.deathDate === null || m.deathDate > grantedOn) specs.push(oneTime('FUNERAL', grantedOn));
  });
  return specs;
}

function funeralRecipient(plan: HouseholdPlan, deceased: number, on: string): number | undefined {
  const aliveOn = (slot: number): boolean => {
    const death = memberAt(plan, slot).deathDate;
    return death === null || death > on;
  };
  const spouse = spouseOf(plan, deceased);
  if (spouse !== undefined && aliveOn(spouse)) return spouse;
  return childrenOf(plan, deceased).find(
    (child) => aliveOn(child) && addYears(memberAt(plan, child).birthDate, 18) <= on,
  );
}
