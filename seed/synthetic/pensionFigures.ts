/**
 * Pension figures the generator applies (integer qəpik, basis points). Sources: DOMAIN.md
 * and the lead's brief; figures marked approximate are illustrative, not legal advice.
 */

/** Old-age pension age. Women reach 65 only from July 2026 in law; we use 65 for both
 *  sexes, which never grants a pension too early (a conservative simplification). */
export const OLD_AGE_PENSION_AGE = 65;

/** 25 insurance years give the old-age right regardless of capital. */
export const OLD_AGE_REQUIRED_INSURANCE_MONTHS = 300;

/** Expected payout months: insurance part = capital / 144 (old-age). */
export const EXPECTED_PAYOUT_MONTHS = 144;

/** K = required insurance months / 200 for disability and survivor pensions. */
export const K_DENOMINATOR_MONTHS = 200;

/** Payments kept per pension: the 24 months before the reference month. */
export const PAYMENT_HISTORY_MONTHS = 24;

/** Minimum pension in force on `date`: 280 AZN until Jan 2025, 320 from Feb 2025, 349.76
 *  from Jan 2026 (320 × 1.093). Earlier years are taken as 280 AZN (a simplification). */
export function minimumPensionOn(date: string): number {
  if (date >= '2026-01-01') return 34_976;
  if (date >= '2025-02-01') return 32_000;
  return 28_000;
}

/**
 * January indexation of the insurance part (and capital), in basis points. 2026 is the
 * 9.3 % of DOMAIN.md; 2017–2025 approximate the previous year's consumer-price inflation.
 */
const INDEXATION_BP: Readonly<Record<number, number>> = {
  2017: 1240,
  2018: 1290,
  2019: 230,
  2020: 260,
  2021: 280,
  2022: 670,
  2023: 1380,
  2024: 880,
  2025: 220,
  2026: 930,
};

/** Assumed rate for years before 2017 (illustrative only). */
const ASSUMED_EARLY_INDEXATION_BP = 500;

/** Indexation applied on 1 January of `year`, or null when none is known (future years). */
export function indexationRateBp(year: number): number | null {
  if (year < 2017) return ASSUMED_EARLY_INDEXATION_BP;
  return INDEXATION_BP[year] ?? null;
}

/** The day the minimum pension rose outside an indexation (recorded as RECALCULATION). */
export const MINIMUM_PENSION_RAISE_DATE = '2025-02-01';

/**
 * Insurance months K refers to for disability and survivor pensions, from the age of the
 * insured person when the right arose: 12 months per two full years past 18, between 12
 * and 200 (so K ≤ 1). A documented simplification of the law's age table.
 */
export function requiredInsuranceMonthsAt(age: number): number {
  return Math.min(200, Math.max(12, 12 * Math.floor((age - 18) / 2)));
}
