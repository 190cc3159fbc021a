import { isoDateInMonth, monthIndexOf } from './calendar.ts';
import type {
  PaymentProfile,
  PensionChangeProfile,
  PensionProfile,
  PensionType,
} from './CitizenProfile.ts';
import { minimumPensionOn, PAYMENT_HISTORY_MONTHS } from './pensionFigures.ts';
import {
  dayBefore,
  indexAmount,
  insurancePartOf,
  pensionEventsBetween,
} from './pensionTimeline.ts';
import type { PensionDecision } from './drawPensionDecision.ts';
import { rowId } from './rowId.ts';

export interface BuildPensionArgs {
  readonly index: number;
  readonly type: PensionType;
  readonly assignedOn: string;
  /** Pension capital on `assignedOn`, qəpik. */
  readonly initialCapital: number;
  readonly insuranceMonths: number;
  /** Months behind K for disability/survivor; null for old-age. */
  readonly requiredInsuranceMonths: number | null;
  /** Death or coming of age; null while the pension runs. */
  readonly terminatedOn: string | null;
  /** First day of the first month not paid because of a suspension; null if none. */
  readonly suspendedFrom: string | null;
  /** Day of the month payments are made (1–28). */
  readonly payDay: number;
  readonly referenceDate: string;
  /** The application and decision; months due before the decision are paid as arrears. */
  readonly decision: PensionDecision;
}

/**
 * Builds a pension deterministically from its parameters: the assignment, every January
 * indexation (insurance part at the wage rate, capital at the price rate) and every
 * minimum-pension raise that lifts the amount, up to the end, and the monthly payments of the last
 * 24 months. The amount is always max(insurance part, minimum pension in force); the top-up
 * is the difference. No payment is made on or after `terminatedOn`.
 */
export function buildPension(args: BuildPensionArgs): PensionProfile {
  const lastDay = args.terminatedOn === null ? args.referenceDate : dayBefore(args.terminatedOn);
  let capital = args.initialCapital;
  // The insurance part is fixed from the capital at assignment, then indexed on its own
  // (wages) while the capital on the account follows prices (calibration.ts).
  let part = insurancePartOf({
    type: args.type,
    capital,
    requiredInsuranceMonths: args.requiredInsuranceMonths,
  });
  const changes: PensionChangeProfile[] = [];
  pushChange(args, changes, { kind: 'ASSIGNMENT', date: args.assignedOn, rateBp: null, part });
  for (const event of pensionEventsBetween(args.assignedOn, lastDay)) {
    if (event.rateBp !== null) {
      part = indexAmount(part, event.rateBp);
      capital = indexAmount(capital, event.capitalRateBp ?? event.rateBp);
      pushChange(args, changes, {
        kind: 'INDEXATION',
        date: event.date,
        rateBp: event.rateBp,
        part,
      });
    } else if (amountFor(part, event.date) !== lastAmount(changes)) {
      pushChange(args, changes, { kind: 'RECALCULATION', date: event.date, rateBp: null, part });
    }
  }
  const amount = lastAmount(changes);
  return {
    id: rowId(args.index, 0),
    type: args.type,
    status: statusOf(args),
    assignedOn: args.assignedOn,
    terminatedOn: args.terminatedOn,
    capitalAtAssignment: args.initialCapital,
    capital,
    insuranceMonths: args.insuranceMonths,
    requiredInsuranceMonths: args.requiredInsuranceMonths,
    insurancePart: part,
    minimumTopUp: amount - part,
    amount,
    changes,
    payments: pensionPayments(args, changes),
    appliedOn: args.decision.appliedOn,
    decidedOn: args.decision.decidedOn,
    proactive: args.decision.proactive,
    typeChanges: [],
  };
}

function pushChange(
  args: BuildPensionArgs,
  changes: PensionChangeProfile[],
  c: { kind: PensionChangeProfile['kind']; date: string; rateBp: number | null; part: number },
): void {
  changes.push({
    id: rowId(args.index, changes.length),
    kind: c.kind,
    effectiveOn: c.date,
    rateBp: c.rateBp,
    amountBefore: lastAmount(changes),
    amountAfter: amountFor(c.part, c.date),
  });
}

/** The amount due on `date`: the insurance part, topped up to the minimum pension. */
function amountFor(part: number, date: string): number {
  return Math.max(part, minimumPensionOn(date));
}

function lastAmount(changes: readonly PensionChangeProfile[]): number {
  return changes[changes.length - 1]?.amountAfter ?? 0;
}

function statusOf(args: BuildPensionArgs): PensionProfile['status'] {
  if (args.terminatedOn !== null) return 'TERMINATED';
  return args.suspendedFrom === null ? 'ACTIVE' : 'SUSPENDED';
}

/**
 * Monthly payments within the 24-month window: whole months only (a pension assigned
 * mid-month is first paid for the next month), none from a suspension's month on, none
 * paid on or after `terminatedOn`. A month whose pay day is not after the decision is paid
 * as arrears, on the first pay day after it. Each pays the amount of the latest change in force on
 * the first day of its month.
 */
function pensionPayments(
  args: BuildPensionArgs,
  changes: readonly PensionChangeProfile[],
): PaymentProfile[] {
  const current = monthIndexOf(args.referenceDate);
  const firstPayable = monthIndexOf(args.assignedOn) + (args.assignedOn.endsWith('-01') ? 0 : 1);
  const suspended = args.suspendedFrom === null ? current : monthIndexOf(args.suspendedFrom);
  const stop = args.terminatedOn ?? args.referenceDate;
  const payments: PaymentProfile[] = [];
  let next = 0;
  let amount = 0;
  const from = Math.max(firstPayable, current - PAYMENT_HISTORY_MONTHS);
  const arrearsDay = firstPayDayAfter(args.decision.decidedOn, args.payDay);
  for (let month = from; month < Math.min(current, suspended); month++) {
    const period = isoDateInMonth(month, 1);
    const regular = isoDateInMonth(month, args.payDay);
    const paidOn = regular > args.decision.decidedOn ? regular : arrearsDay;
    if (paidOn >= stop) break;
    for (
      let change = changes[next];
      change !== undefined && change.effectiveOn <= period;
      change = changes[++next]
    ) {
      amount = change.amountAfter;
    }
    payments.push({ id: rowId(args.index, payments.length), period, paidOn, amount });
  }
  return payments;
}

/** The first pay day strictly after `date`. */
function firstPayDayAfter(date: string, payDay: number): string {
  const month = monthIndexOf(date);
  const sameMonth = isoDateInMonth(month, payDay);
  return sameMonth > date ? sameMonth : isoDateInMonth(month + 1, payDay);
}
