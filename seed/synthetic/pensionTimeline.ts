import { addDays, isoDate, yearOf } from './calendar.ts';
import { divideRoundHalfUp } from './divideRoundHalfUp.ts';
import type { PensionType } from './CitizenProfile.ts';
import {
  EXPECTED_PAYOUT_MONTHS,
  indexationOf,
  K_DENOMINATOR_MONTHS,
  MINIMUM_PENSION_RAISE_DATES,
} from './pensionFigures.ts';

/** A dated event that may change a running pension's amount. */
export interface PensionEvent {
  readonly date: string;
  readonly kind: 'INDEXATION' | 'MINIMUM_RAISE';
  /** Indexation of the insurance part (wages), basis points; null for a minimum raise. */
  readonly rateBp: number | null;
  /** Indexation of the pension capital (prices), basis points; null for a minimum raise. */
  readonly capitalRateBp: number | null;
}

const eventCache = new Map<string, readonly PensionEvent[]>();

/**
 * Events after `assignedOn` up to and including `lastDay`, oldest first: each 1 January
 * with a known indexation, and each rise of the minimum pension (calibration.ts). On a day
 * with both, the indexation comes first. They depend only on the assignment year, which
 * raises the assignment precedes and `lastDay`, so the few distinct lists are cached.
 */
export function pensionEventsBetween(assignedOn: string, lastDay: string): readonly PensionEvent[] {
  const raises = MINIMUM_PENSION_RAISE_DATES.filter((date) => date > assignedOn);
  const key = `${yearOf(assignedOn)}:${raises.length}:${lastDay}`;
  let events = eventCache.get(key);
  if (events === undefined) {
    const list: PensionEvent[] = [];
    for (let year = yearOf(assignedOn) + 1; year <= yearOf(lastDay); year++) {
      const date = isoDate(year, 1, 1);
      const rates = indexationOf(year);
      if (date <= lastDay && rates !== null)
        list.push({
          date,
          kind: 'INDEXATION',
          rateBp: rates.insurancePartBp,
          capitalRateBp: rates.capitalBp,
        });
    }
    for (const date of raises) {
      if (date <= lastDay)
        list.push({ date, kind: 'MINIMUM_RAISE', rateBp: null, capitalRateBp: null });
    }
    // Stable: an indexation pushed first stays before a raise on the same day.
    events = list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    eventCache.set(key, events);
  }
  return events;
}

/** Indexes an amount (capital or insurance part) by `rateBp`, rounding half up to the qəpik. */
export function indexAmount(amount: number, rateBp: number): number {
  return divideRoundHalfUp(amount * (10_000 + rateBp), 10_000);
}

/**
 * Monthly insurance part of a capital: capital / 144 for old-age; capital / (144 × K) with
 * K = required months / 200 for disability and survivor, computed as
 * capital·200 / (144·required) so it stays in integers. Rounded half up.
 */
export function insurancePartOf(args: {
  type: PensionType;
  capital: number;
  requiredInsuranceMonths: number | null;
}): number {
  if (args.type === 'OLD_AGE' || args.requiredInsuranceMonths === null) {
    return divideRoundHalfUp(args.capital, EXPECTED_PAYOUT_MONTHS);
  }
  return divideRoundHalfUp(
    args.capital * K_DENOMINATOR_MONTHS,
    EXPECTED_PAYOUT_MONTHS * args.requiredInsuranceMonths,
  );
}

/**
 * Capital at assignment whose insurance part indexes (at the insurance-part rates) up to
 * roughly `targetInsurancePart` by `lastDay`: lets the generator draw today's pension level
 * and derive a history that leads to it.
 */
export function initialCapitalFor(args: {
  type: PensionType;
  targetInsurancePart: number;
  requiredInsuranceMonths: number | null;
  assignedOn: string;
  lastDay: string;
}): number {
  const perMonth =
    args.type === 'OLD_AGE' || args.requiredInsuranceMonths === null
      ? EXPECTED_PAYOUT_MONTHS
      : (EXPECTED_PAYOUT_MONTHS * args.requiredInsuranceMonths) / K_DENOMINATOR_MONTHS;
  let capital = args.targetInsurancePart * perMonth;
  for (const event of pensionEventsBetween(args.assignedOn, args.lastDay)) {
    if (event.rateBp !== null) capital = capital / (1 + event.rateBp / 10_000);
  }
  return Math.max(0, Math.round(capital));
}

/** The day before `date`: the last day a pension terminated on `date` still ran. */
export function dayBefore(date: string): string {
  return addDays(date, -1);
}
