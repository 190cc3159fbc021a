import { BENEFIT_CAP, figureOn } from './calibration.ts';

/**
 * Unemployment-insurance figures (integer qəpik, basis points), from DOMAIN.md and the
 * lead's brief.
 */

/** Base benefit rate: 50 % of the lost average monthly wage. */
export const BENEFIT_BASE_RATE_BP = 5000;
/** +5 % per dependent child … */
export const BENEFIT_CHILD_RATE_BP = 500;
/** … up to +20 %. */
export const BENEFIT_CHILD_RATE_CAP_BP = 2000;
/** With 12 or fewer insured months in the last 24 the benefit is the floor. */
export const BENEFIT_MIN_INSURED_MONTHS_FOR_RATE = 12;
/** Paid at most 9 months (6 + 3) within two years. */
export const BENEFIT_MAX_MONTHS = 9;
/** One insurance year suffices for the right (since 2020). */
export const BENEFIT_REQUIRED_INSURANCE_MONTHS = 12;
/** Unjustified refusals of suitable offers that annul the status (the law says 2–3). */
export const REFUSALS_THAT_ANNUL_STATUS = 2;
/** Working age for jobseekers and the unemployed. */
export const WORKING_AGE_MIN = 18;
export const WORKING_AGE_MAX = 64;

/** The benefit floor: the minimum monthly wage on `date` (345 AZN in 2023–2024, 400 from
 *  2025). */
export function minimumWageOn(date: string): number {
  return date >= '2025-01-01' ? 40_000 : 34_500;
}

/** The benefit ceiling on a decision date: the previous year's average monthly wage
 *  (calibration.ts: 933.80 AZN for 2024 decisions, about 1 009 AZN from 2025). */
export function benefitCapOn(date: string): number {
  return figureOn(BENEFIT_CAP, date);
}

/**
 * Share of the registered unemployed with an insured job loss who claim and are granted the
 * insurance benefit. Most registered unemployed never draw it (first jobseekers, informal
 * work, resignation or dismissal for a culpable act, a late claim), so only about 1.5 % of
 * the unemployed are drawing it at any time (calibration.ts); this share is calibrated to it.
 */
export const BENEFIT_CLAIM_SHARE = 0.047;

/** Benefit rate for a number of dependent children, basis points. */
export function benefitRateBp(dependentChildren: number): number {
  return (
    BENEFIT_BASE_RATE_BP +
    Math.min(BENEFIT_CHILD_RATE_CAP_BP, BENEFIT_CHILD_RATE_BP * dependentChildren)
  );
}
