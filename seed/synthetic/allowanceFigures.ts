import type { AllowanceType, DisabilityDegree } from './CitizenProfile.ts';

/**
 * Social allowance amounts in qəpik. Disability by degree and child with disability are
 * the 2022 figures DOMAIN.md cites (220/180/120 AZN, 200 AZN); the others are illustrative.
 */
export const DISABILITY_ALLOWANCE_BY_DEGREE: Readonly<Record<'I' | 'II' | 'III', number>> = {
  I: 22_000,
  II: 18_000,
  III: 12_000,
};

export const ALLOWANCE_AMOUNTS: Readonly<Record<Exclude<AllowanceType, 'DISABILITY'>, number>> = {
  OLD_AGE: 20_000,
  CHILD_WITH_DISABILITY: 20_000,
  LOSS_OF_BREADWINNER: 13_000,
  CHILD_BIRTH: 30_000,
  FUNERAL: 30_000,
};

/** Disability allowance for a degree, or null when the degree grants none. */
export function disabilityAllowanceFor(degree: DisabilityDegree): number | null {
  return degree === 'I' || degree === 'II' || degree === 'III'
    ? DISABILITY_ALLOWANCE_BY_DEGREE[degree]
    : null;
}
