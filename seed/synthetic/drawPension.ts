import type { Faker, Randomizer } from '@faker-js/faker';
import { buildPension } from './buildPension.ts';
import { addDays, addMonths, addYears, ageOn, minDate, monthStart } from './calendar.ts';
import type { DisabilityProfile, PensionProfile, PensionType } from './CitizenProfile.ts';
import { disabilityRunStart } from './disabilityRunStart.ts';
import { drawPensionDecision } from './drawPensionDecision.ts';
import {
  memberAt,
  parentsOf,
  spouseOf,
  type HouseholdPlan,
  type PlannedMember,
} from './HouseholdPlan.ts';
import {
  EXPECTED_PAYOUT_MONTHS,
  minimumPensionOn,
  OLD_AGE_PENSION_AGE,
  OLD_AGE_REQUIRED_INSURANCE_MONTHS,
  requiredInsuranceMonthsAt,
} from './pensionFigures.ts';
import { dayBefore, initialCapitalFor } from './pensionTimeline.ts';
import { withTypeChange } from './pensionTypeChange.ts';
import { insuranceMonthsUntil, type WorkRecord } from './WorkRecord.ts';

/** A labour pension, or the social allowances due instead of one. */
export interface PensionOutcome {
  readonly pension: PensionProfile | null;
  /** Old-age allowance start, for people of 65 without the right to a labour pension. */
  readonly oldAgeAllowanceFrom: string | null;
  /** Loss-of-breadwinner allowance for a child whose deceased parent was not insured. */
  readonly breadwinnerAllowance: { readonly from: string; readonly until: string } | null;
}

export interface DrawPensionArgs {
  readonly faker: Faker;
  readonly plan: HouseholdPlan;
  readonly slot: number;
  readonly work: readonly WorkRecord[];
  readonly disability: DisabilityProfile | null;
  readonly referenceDate: string;
  /** Second stream, for the application and decision (see drawPensionDecision). */
  readonly random: Randomizer;
}

const NONE: PensionOutcome = {
  pension: null,
  oldAgeAllowanceFrom: null,
  breadwinnerAllowance: null,
};

/**
 * One labour pension at most, by priority: old-age (65 and 25 insurance years or capital
 * for the minimum pension) unless a survivor pension would pay more, else disability
 * (current degree I–III and some insurance), else survivor (child under 18 or spouse over
 * 60 of an insured person who died).
 */
export function drawPension(args: DrawPensionArgs): PensionOutcome {
  const oldAge = drawOldAge(args);
  if (oldAge.pension !== null) {
    // A widow(er) entitled to both draws the more favourable one (one labour pension per
    // person): often the survivor pension when her own insured career was short.
    const survivor = drawSurvivor(args);
    const better = survivor.pension !== null && survivor.pension.amount > oldAge.pension.amount;
    return better
      ? survivor
      : { ...oldAge, pension: switchedToOldAge(args, oldAge.pension, survivor.pension) };
  }
  const disability = drawDisabilityPension(args);
  if (disability !== null) return { ...NONE, pension: disability };
  const survivor = drawSurvivor(args);
  if (survivor.pension !== null || survivor.breadwinnerAllowance !== null) return survivor;
  return oldAge;
}

/**
 * An old-age pension whose holder drew another labour pension before reaching the age: a
 * disability pension (a run of degree I–III begun as an insured adult, still current)
 * becomes old-age at the pension age; a widow(er)'s survivor pension running on that day
 * gives way to the old-age pension when that pays more. The switch is derived from records
 * drawn already, so it draws nothing.
 */
function switchedToOldAge(
  args: DrawPensionArgs,
  pension: PensionProfile,
  survivor: PensionProfile | null,
): PensionProfile {
  const m = member(args);
  const run = disabilityRunStart(args.disability);
  const since = run?.first.validFrom;
  if (
    since !== undefined &&
    since < pension.assignedOn &&
    since >= addYears(m.birthDate, 18) &&
    insuranceMonthsUntil(workOf(args, args.slot), m.birthDate, since) >= 1
  ) {
    return withTypeChange({
      pension,
      index: m.index,
      fromType: 'DISABILITY',
      reason: 'PENSION_AGE',
    });
  }
  if (
    survivor !== null &&
    survivor.assignedOn < pension.assignedOn &&
    (survivor.terminatedOn === null || survivor.terminatedOn > pension.assignedOn)
  ) {
    return withTypeChange({
      pension,
      index: m.index,
      fromType: 'SURVIVOR',
      reason: 'MORE_FAVOURABLE',
    });
  }
  return pension;
}

function member(args: DrawPensionArgs): PlannedMember {
  return memberAt(args.plan, args.slot);
}

function workOf(args: DrawPensionArgs, slot: number): WorkRecord {
  const work = args.work[slot];
  if (work === undefined) throw new RangeError(`No work record for slot ${slot}`);
  return work;
}

function drawOldAge(args: DrawPensionArgs): PensionOutcome {
  const m = member(args);
  const end = m.deathDate ?? args.referenceDate;
  const assignedOn = addDays(
    addYears(m.birthDate, OLD_AGE_PENSION_AGE),
    args.faker.number.int({ min: 0, max: 20 }),
  );
  if (assignedOn >= end) return NONE;
  const work = workOf(args, args.slot);
  const months = insuranceMonthsUntil(work, m.birthDate, assignedOn);
  const target = Math.round((minimumPensionOn(end) * work.wageLevel * months) / 400);
  const initialCapital = initialCapitalFor({
    type: 'OLD_AGE',
    targetInsurancePart: target,
    requiredInsuranceMonths: null,
    assignedOn,
    lastDay: lastDayFor(m, args),
  });
  const enoughCapital = initialCapital >= EXPECTED_PAYOUT_MONTHS * minimumPensionOn(assignedOn);
  if (months < OLD_AGE_REQUIRED_INSURANCE_MONTHS && !enoughCapital) {
    return { ...NONE, oldAgeAllowanceFrom: assignedOn };
  }
  return {
    ...NONE,
    pension: build(args, {
      type: 'OLD_AGE',
      assignedOn,
      initialCapital,
      insuranceMonths: months,
      requiredInsuranceMonths: null,
      terminatedOn: m.deathDate,
    }),
  };
}

function drawDisabilityPension(args: DrawPensionArgs): PensionProfile | null {
  const m = member(args);
  const run = disabilityRunStart(args.disability);
  if (run === null) return null;
  const end = m.deathDate ?? args.referenceDate;
  const assignedOn = addDays(run.first.validFrom, args.faker.number.int({ min: 0, max: 9 }));
  const work = workOf(args, args.slot);
  const months = insuranceMonthsUntil(work, m.birthDate, assignedOn);
  if (assignedOn >= end || months < 1) return null;
  const required = requiredInsuranceMonthsAt(ageOn(m.birthDate, assignedOn));
  const target = Math.round(
    minimumPensionOn(end) * work.wageLevel * args.faker.number.float({ min: 0.3, max: 0.9 }),
  );
  const initialCapital = initialCapitalFor({
    type: 'DISABILITY',
    targetInsurancePart: target,
    requiredInsuranceMonths: required,
    assignedOn,
    lastDay: lastDayFor(m, args),
  });
  return build(args, {
    type: 'DISABILITY',
    assignedOn,
    initialCapital,
    insuranceMonths: months,
    requiredInsuranceMonths: required,
    terminatedOn: m.deathDate,
  });
}

/** Deceased parent (for a child) or spouse (for a widow(er) over 60) who was the breadwinner. */
function breadwinnerOf(args: DrawPensionArgs): number | undefined {
  const m = member(args);
  // This member's age when `slot` died; null if `slot` is alive or outlived this member.
  const ageAtDeathOf = (slot: number): number | null => {
    const death = memberAt(args.plan, slot).deathDate;
    if (death === null || (m.deathDate !== null && m.deathDate <= death)) return null;
    return ageOn(m.birthDate, death);
  };
  const parent = parentsOf(args.plan, args.slot).find((slot) => (ageAtDeathOf(slot) ?? 99) < 18);
  if (parent !== undefined) return parent;
  const spouse = spouseOf(args.plan, args.slot);
  return spouse !== undefined && (ageAtDeathOf(spouse) ?? 0) >= 60 ? spouse : undefined;
}

function drawSurvivor(args: DrawPensionArgs): PensionOutcome {
  const slot = breadwinnerOf(args);
  if (slot === undefined) return NONE;
  const m = member(args);
  const breadwinner = memberAt(args.plan, slot);
  const death = breadwinner.deathDate ?? args.referenceDate;
  const assignedOn = addDays(death, args.faker.number.int({ min: 5, max: 30 }));
  const isChild = parentsOf(args.plan, args.slot).includes(slot);
  const comingOfAge = isChild ? addYears(m.birthDate, 18) : null;
  const stop = firstOf(m.deathDate, comingOfAge);
  const terminatedOn = stop !== null && stop <= args.referenceDate ? stop : null;
  if (assignedOn >= (terminatedOn ?? args.referenceDate)) return NONE;
  const months = insuranceMonthsUntil(workOf(args, slot), breadwinner.birthDate, death);
  if (months < 12) {
    return isChild && comingOfAge !== null
      ? { ...NONE, breadwinnerAllowance: { from: assignedOn, until: comingOfAge } }
      : NONE;
  }
  const required = requiredInsuranceMonthsAt(ageOn(breadwinner.birthDate, death));
  const lastDay = terminatedOn === null ? args.referenceDate : dayBefore(terminatedOn);
  const target = Math.round(
    minimumPensionOn(lastDay) * args.faker.number.float({ min: 0.3, max: 1.1 }),
  );
  const initialCapital = initialCapitalFor({
    type: 'SURVIVOR',
    targetInsurancePart: target,
    requiredInsuranceMonths: required,
    assignedOn,
    lastDay,
  });
  return {
    ...NONE,
    pension: build(args, {
      type: 'SURVIVOR',
      assignedOn,
      initialCapital,
      insuranceMonths: months,
      requiredInsuranceMonths: required,
      terminatedOn,
    }),
  };
}

function firstOf(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  return b === null ? a : minDate(a, b);
}

function lastDayFor(m: PlannedMember, args: DrawPensionArgs): string {
  return m.deathDate === null ? args.referenceDate : dayBefore(m.deathDate);
}

/** Builds the pension; about 1 in 200 running pensions is suspended in the last year. */
function build(
  args: DrawPensionArgs,
  p: {
    type: PensionType;
    assignedOn: string;
    initialCapital: number;
    insuranceMonths: number;
    requiredInsuranceMonths: number | null;
    terminatedOn: string | null;
  },
): PensionProfile {
  const m = member(args);
  const suspend = p.terminatedOn === null && args.faker.datatype.boolean(0.005);
  const suspendedFrom = suspend
    ? addMonths(monthStart(args.referenceDate), -args.faker.number.int({ min: 1, max: 12 }))
    : null;
  const lastDay = p.terminatedOn === null ? args.referenceDate : dayBefore(p.terminatedOn);
  return buildPension({
    index: m.index,
    ...p,
    suspendedFrom: suspendedFrom !== null && suspendedFrom > p.assignedOn ? suspendedFrom : null,
    payDay: workOf(args, args.slot).payDay,
    referenceDate: args.referenceDate,
    decision: drawPensionDecision({
      random: args.random,
      type: p.type,
      assignedOn: p.assignedOn,
      lastDay,
    }),
  });
}
