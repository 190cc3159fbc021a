import {
  addDays,
  addMonths,
  isoDateInMonth,
  minDate,
  monthIndexOf,
  monthStart,
} from './calendar.ts';
import type { BenefitProfile, PaymentProfile } from './CitizenProfile.ts';
import { divideRoundHalfUp } from './divideRoundHalfUp.ts';
import { rowId } from './rowId.ts';
import {
  BENEFIT_MAX_MONTHS,
  BENEFIT_MIN_INSURED_MONTHS_FOR_RATE,
  benefitCapOn,
  benefitRateBp,
  minimumWageOn,
} from './unemploymentFigures.ts';

export interface BuildBenefitArgs {
  readonly index: number;
  readonly decidedOn: string;
  readonly averageWage: number;
  readonly insuredMonthsLast24: number;
  readonly dependentChildren: number;
  /** Months granted: 6, or 9 with the 3-month extension. */
  readonly months: number;
  /** Deregistration or death that ends the benefit early; null if none. */
  readonly stoppedOn: string | null;
  /** Date of a suspension of the unemployed status; null if none. */
  readonly suspendedOn: string | null;
  /** Day of the month payments are made (1–28). */
  readonly payDay: number;
  readonly referenceDate: string;
  /**
   * The fixed-term contract of a public-works placement, if the person took one: no benefit
   * is paid for a month it touches, and the benefit is SUSPENDED while it runs.
   */
  readonly placement: DateSpan | null;
}

/** First and last day of a contract. */
export interface DateSpan {
  readonly startedOn: string;
  readonly endedOn: string;
}

/**
 * Monthly benefit per the insurance law: rate = 50 % + 5 % per dependent child (at most
 * +20 %) of the lost average wage, rounded half up, kept between the minimum wage and the
 * previous year's average wage on the decision date; with 12 or fewer insured months in the
 * last 24 it is the minimum wage.
 */
export function benefitMonthlyAmount(args: {
  decidedOn: string;
  averageWage: number;
  insuredMonthsLast24: number;
  dependentChildren: number;
}): number {
  const floor = minimumWageOn(args.decidedOn);
  if (args.insuredMonthsLast24 <= BENEFIT_MIN_INSURED_MONTHS_FOR_RATE) return floor;
  const raw = divideRoundHalfUp(args.averageWage * benefitRateBp(args.dependentChildren), 10_000);
  return Math.max(floor, Math.min(benefitCapOn(args.decidedOn), raw));
}

/**
 * Builds a benefit decision and its payments. It starts on the first day of the month after
 * the decision and runs `months` months (at most 9), or until `stoppedOn`. Each month
 * starting before the reference month, the stop and any suspension is paid in full, except
 * the months a public-works contract touches: the period is not extended for them, so the
 * 9-in-24 limit holds.
 */
export function buildBenefit(args: BuildBenefitArgs): BenefitProfile {
  const months = Math.min(args.months, BENEFIT_MAX_MONTHS);
  const startsOn = addMonths(monthStart(args.decidedOn), 1);
  const plannedEnd = addDays(addMonths(startsOn, months), -1);
  const endsOn = args.stoppedOn === null ? plannedEnd : minDate(plannedEnd, args.stoppedOn);
  const monthlyAmount = benefitMonthlyAmount(args);
  const payments: PaymentProfile[] = [];
  const stop = minDate(
    args.stoppedOn ?? args.referenceDate,
    args.suspendedOn ?? args.referenceDate,
  );
  const first = monthIndexOf(startsOn);
  const last = Math.min(first + months, monthIndexOf(args.referenceDate));
  for (let month = first; month < last; month++) {
    const period = isoDateInMonth(month, 1);
    const paidOn = isoDateInMonth(month, args.payDay);
    if (period > endsOn || paidOn >= stop) break;
    if (args.placement !== null && touches(args.placement, month)) continue;
    payments.push({
      id: rowId(args.index, payments.length),
      period,
      paidOn,
      amount: monthlyAmount,
    });
  }
  return {
    decisionId: rowId(args.index, 0),
    decidedOn: args.decidedOn,
    averageWage: args.averageWage,
    insuredMonthsLast24: args.insuredMonthsLast24,
    dependentChildren: args.dependentChildren,
    rateBp: benefitRateBp(args.dependentChildren),
    monthlyAmount,
    startsOn,
    endsOn,
    status: statusOf(args, endsOn),
    payments,
  };
}

/** Whether the contract runs on some day of month number `month`. */
function touches(contract: DateSpan, month: number): boolean {
  return monthIndexOf(contract.startedOn) <= month && monthIndexOf(contract.endedOn) >= month;
}

function statusOf(args: BuildBenefitArgs, endsOn: string): BenefitProfile['status'] {
  if (args.stoppedOn !== null || endsOn < args.referenceDate) return 'ENDED';
  const placement = args.placement;
  const placed = placement !== null && touches(placement, monthIndexOf(args.referenceDate));
  return args.suspendedOn === null && !placed ? 'PAYING' : 'SUSPENDED';
}
