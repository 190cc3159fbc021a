import type { Faker } from '@faker-js/faker';
import { ALLOWANCE_AMOUNTS, disabilityAllowanceFor } from './allowanceFigures.ts';
import { addDays, addYears, minDate } from './calendar.ts';
import type { AllowanceProfile, AllowanceType, DisabilityProfile } from './CitizenProfile.ts';
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

type AllowanceSpec = Omit<AllowanceProfile, 'id'>;

export interface DrawAllowancesArgs {
  readonly faker: Faker;
  readonly plan: HouseholdPlan;
  readonly slot: number;
  readonly disability: DisabilityProfile | null;
  readonly pension: PensionOutcome;
  readonly referenceDate: string;
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
    oldAge === null ? null : monthly(args, m, 'OLD_AGE', oldAge, null, ALLOWANCE_AMOUNTS.OLD_AGE),
    orphan === null
      ? null
      : monthly(
          args,
          m,
          'LOSS_OF_BREADWINNER',
          orphan.from,
          orphan.until,
          ALLOWANCE_AMOUNTS.LOSS_OF_BREADWINNER,
        ),
    ...birthAllowances(args, m),
    ...funeralAllowances(args, m),
  ].filter((spec) => spec !== null);
  return specs
    .sort((a, b) => (a.grantedOn < b.grantedOn ? -1 : a.grantedOn > b.grantedOn ? 1 : 0))
    .map((spec, k) => ({ id: rowId(m.index, k), ...spec }));
}

/** A monthly allowance: ACTIVE until `plannedEnd` (null = open-ended), ENDED at death. */
function monthly(
  args: DrawAllowancesArgs,
  m: PlannedMember,
  type: AllowanceType,
  grantedOn: string,
  plannedEnd: string | null,
  amount: number,
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
    amount,
  };
}

function oneTime(type: AllowanceType, grantedOn: string, amount: number): AllowanceSpec {
  return { type, periodicity: 'ONE_TIME', status: 'ENDED', grantedOn, endsOn: grantedOn, amount };
}

function disabilityAllowance(args: DrawAllowancesArgs, m: PlannedMember): AllowanceSpec | null {
  const run = disabilityRunStart(args.disability);
  if (run === null) return null;
  const hasPension = args.pension.pension !== null;
  if (hasPension && run.current.cause !== 'WAR_RELATED') return null;
  const amount = disabilityAllowanceFor(run.current.degree);
  if (amount === null) return null;
  return monthly(args, m, 'DISABILITY', run.first.validFrom, run.current.reexaminationOn, amount);
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
    ALLOWANCE_AMOUNTS.CHILD_WITH_DISABILITY,
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
      specs.push(oneTime('CHILD_BIRTH', grantedOn, ALLOWANCE_AMOUNTS.CHILD_BIRTH));
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
    if (m.deathDate === null || m.deathDate > grantedOn)
      specs.push(oneTime('FUNERAL', grantedOn, ALLOWANCE_AMOUNTS.FUNERAL));
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
