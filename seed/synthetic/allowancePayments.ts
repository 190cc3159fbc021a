import { isoDateInMonth, monthIndexOf, monthStart } from './calendar.ts';
import type { PaymentProfile } from './CitizenProfile.ts';
import { PAYMENT_HISTORY_MONTHS } from './pensionFigures.ts';

/**
 * Payment ids are numbered within their allowance, `PAYMENT_HISTORY_MONTHS` slots each:
 * (allowance id − 1)·24 + slot + 1. Allowance ids are unique, so payment ids are too, and
 * a million citizens (allowance ids below 64 M) stay below 2^31.
 */
export function allowancePaymentId(allowanceId: number, slot: number): number {
  if (!Number.isInteger(slot) || slot < 0 || slot >= PAYMENT_HISTORY_MONTHS) {
    throw new RangeError(`Payment slot ${slot} out of range for allowance ${allowanceId}`);
  }
  return (allowanceId - 1) * PAYMENT_HISTORY_MONTHS + slot + 1;
}

export interface AllowancePaymentArgs {
  readonly allowanceId: number;
  readonly periodicity: 'MONTHLY' | 'ONE_TIME';
  readonly grantedOn: string;
  /** Last day of the allowance, or the holder's death; null while open-ended. */
  readonly endsOn: string | null;
  /** Day of the month monthly allowances are paid (1–28). */
  readonly payDay: number;
  readonly referenceDate: string;
  /** The allowance's amount in force on a day (allowanceFigures.ts). */
  readonly amountOn: (date: string) => number;
}

/**
 * Payments in the `PAYMENT_HISTORY_MONTHS` months before the reference month, oldest first,
 * as for pensions: a monthly allowance pays whole months (from the month after the grant,
 * unless granted on the 1st), none on or after its end, each the amount in force on the
 * period's first day; a one-time allowance is paid once, on the day it is granted.
 */
export function allowancePayments(args: AllowancePaymentArgs): PaymentProfile[] {
  const current = monthIndexOf(args.referenceDate);
  const windowStart = isoDateInMonth(current - PAYMENT_HISTORY_MONTHS, 1);
  if (args.periodicity === 'ONE_TIME') {
    if (args.grantedOn < windowStart || args.grantedOn >= args.referenceDate) return [];
    const period = monthStart(args.grantedOn);
    const id = allowancePaymentId(args.allowanceId, 0);
    return [{ id, period, paidOn: args.grantedOn, amount: args.amountOn(period) }];
  }
  const stop =
    args.endsOn !== null && args.endsOn < args.referenceDate ? args.endsOn : args.referenceDate;
  const firstPayable = monthIndexOf(args.grantedOn) + (args.grantedOn.endsWith('-01') ? 0 : 1);
  const payments: PaymentProfile[] = [];
  for (
    let month = Math.max(firstPayable, current - PAYMENT_HISTORY_MONTHS);
    month < current;
    month++
  ) {
    const period = isoDateInMonth(month, 1);
    const paidOn = isoDateInMonth(month, args.payDay);
    if (paidOn >= stop) break;
    const id = allowancePaymentId(args.allowanceId, payments.length);
    payments.push({ id, period, paidOn, amount: args.amountOn(period) });
  }
  return payments;
}
