import {
  ASSUMED_EARLY_INDEXATION_BP,
  changeDates,
  figureOn,
  FIRST_INDEXATION_YEAR,
  INDEXATION,
  MINIMUM_PENSION,
  type IndexationYear,
} from './calibration.ts';

/**
 * Pension figures the generator applies (integer qəpik, basis points). The dated figures
 * and their sources are in calibration.ts; figures marked approximate there are
 * illustrative, not legal advice.
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

/** Minimum pension in force on `date` (calibration.ts: 116 → 160 → 200 AZN in 2019, 240
 *  in 2022, 280 in 2023, 320 from February 2025, 349.76 from January 2026). */
export function minimumPensionOn(date: string): number {
  return figureOn(MINIMUM_PENSION, date);
}

/** January indexation of `year` for both components, or null when none is known (future
 *  years). Years before the calibrated history use an assumed rate for both. */
export function indexationOf(year: number): IndexationYear | null {
  if (year < FIRST_INDEXATION_YEAR) {
    return {
      insurancePartBp: ASSUMED_EARLY_INDEXATION_BP,
      capitalBp: ASSUMED_EARLY_INDEXATION_BP,
      verified: false,
    };
  }
  return INDEXATION[year] ?? null;
}

/** Days the minimum pension rose; a RECALCULATION when one lifts a running pension. */
export const MINIMUM_PENSION_RAISE_DATES: readonly string[] = changeDates(MINIMUM_PENSION);

/**
 * Insurance months K refers to for disability and survivor pensions, from the age of the
 * insured person when the right arose: 12 months per two full years past 18, between 12
 * and 200 (so K ≤ 1). A documented simplification of the law's age table.
 */
export function requiredInsuranceMonthsAt(age: number): number {
  return Math.min(200, Math.max(12, 12 * Math.floor((age - 18) / 2)));
}

// Application, decision and arrears (issue 15); sources and assumptions in
// docs/synthetic-population.md.

/** Days the authority has to decide once the application is filed ("within 10 days of the
 *  application": Laws on Labour Pensions and on Social Benefits; DOMAIN.md). Calendar days,
 *  the stricter reading: a decision in 10 calendar days is also within 10 working days. */
export const DECISION_DEADLINE_DAYS = 10;

/** A late applicant is paid arrears back to the day the right arose, at most 3 years before
 *  the application (DOMAIN.md). */
export const ARREARS_LIMIT_YEARS = 3;

/** Old-age pensions are assigned proactively, without an application, from 1 January 2019
 *  (Law of 21 December 2018 amending the Law on Labour Pensions; dost.gov.az, "Age pension"). */
export const PROACTIVE_ASSIGNMENT_FROM = '2019-01-01';

/**
 * Share of old-age pensions assigned since then that were proactive. No published share is
 * in our sources (DOMAIN.md says only "many"; Azernews 2020-07-27 counts 25 100 electronic
 * pensions in the system's first 18 months): an assumption, kept modest.
 */
export const PROACTIVE_SHARE = 0.3;

/** Share of applications decided within the deadline; the rest take 11–40 days (assumed). */
export const DECIDED_IN_TIME_SHARE = 0.95;

/** Share of applications filed 1–36 months after the right arose, so paid arrears (assumed). */
export const LATE_APPLICATION_SHARE = 0.04;
