import { addDays, addMonths, maxDate, monthStart } from './calendar.ts';
import type {
  PaymentProfile,
  PensionChangeProfile,
  PensionProfile,
  PensionType,
} from './CitizenProfile.ts';
import { minimumPensionOn, PAYMENT_HISTORY_MONTHS } from './pensionFigures.ts';
import {
  dayBefore,
  indexCapital,
  insurancePartOf,
  pensionEventsBetween,
} from './pensionTimeline.ts';
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
}

/**
 * Builds a pension deterministically from its parameters: the assignment, every January
 * indexation and minimum-pension raise up to the end, and the monthly payments of the last
 * 24 months. The amount is always max(insurance part, minimum pension in force); the top-up
 * is the difference. No payment is made on or after `terminatedOn`.
 */
export function buildPension(args: BuildPensionArgs): PensionProfile {
  const lastDay = args.terminatedOn === null ? args.referenceDate : dayBefore(args.terminatedOn);
  const state = { capital: args.initialCapital, amount: 0 };
  const changes: PensionChangeProfile[] = [];
  const record = (
    kind: PensionChangeProfile['kind'],
    date: string,
    rateBp: number | null,
  ): void => {
    const amountAfter = Math.max(insurancePart(args, state.capital), minimumPensionOn(date));
    const id = rowId(args.index, changes.length);
    changes.push({ id, kind, effectiveOn: date, rateBp, amountBefore: state.amount, amountAfter });
    state.amount = amountAfter;
  };
  record('ASSIGNMENT', args.assignedOn, null);
  for (const event of pensionEventsBetween(args.assignedOn, lastDay)) {
    if (event.rateBp !== null) {
      state.capital = indexCapital(state.capital, event.rateBp);
      record('INDEXATION', event.date, event.rateBp);
    } else if (
      Math.max(insurancePart(args, state.capital), minimumPensionOn(event.date)) !== state.amount
    ) {
      record('RECALCULATION', event.date, null);
    }
  }
  const part = insurancePart(args, state.capital);
  return {
    id: rowId(args.index, 0),
    type: args.type,
    status: statusOf(args),
    assignedOn: args.assignedOn,
    terminatedOn: args.terminatedOn,
    requiredInsuranceMonths: args.requiredInsuranceMonths,
    capital: state.capital,
    insuranceMonths: args.insuranceMonths,
    insurancePart: part,
    minimumTopUp: state.amount - part,
    amount: state.amount,
    changes,
    payments: pensionPayments(args, changes),
  };
}

function insurancePart(args: BuildPensionArgs, capital: number): number {
  return insurancePartOf({
    type: args.type,
    capital,
    requiredInsuranceMonths: args.requiredInsuranceMonths,
  });
}

function statusOf(args: BuildPensionArgs): PensionProfile['status'] {
  if (args.terminatedOn !== null) return 'TERMINATED';
  return args.suspendedFrom === null ? 'ACTIVE' : 'SUSPENDED';
}

/** Monthly payments for whole months after assignment, within the 24-month window. */
function pensionPayments(
  args: BuildPensionArgs,
  changes: readonly PensionChangeProfile[],
): PaymentProfile[] {
  const current = monthStart(args.referenceDate);
  const firstPayable = args.assignedOn.endsWith('-01')
    ? args.assignedOn
    : addMonths(monthStart(args.assignedOn), 1);
  const stop = args.terminatedOn ?? args.referenceDate;
  const payments: PaymentProfile[] = [];
  for (
    let period = maxDate(firstPayable, addMonths(current, -PAYMENT_HISTORY_MONTHS));
    period < current;
    period = addMonths(period, 1)
  ) {
    if (args.suspendedFrom !== null && period >= args.suspendedFrom) break;
    const paidOn = addDays(period, args.payDay - 1);
    if (paidOn >= stop) break;
    const amount = amountOn(changes, period);
    payments.push({ id: rowId(args.index, payments.length), period, paidOn, amount });
  }
  return payments;
}

/** Amount in force on `date`: that of the latest change effective on or before it. */
function amountOn(changes: readonly PensionChangeProfile[], date: string): number {
  let amount = 0;
  for (const change of changes) {
    if (change.effectiveOn <= date) amount = change.amountAfter;
  }
  return amount;
}
