import type { DisabilityDegree } from './CitizenProfile.ts';

/** Under this age at the decision the degree is CHILD ("limited health capacity"). */
export const ADULT_AGE = 18;

/**
 * Degree implied by a decision (rules since July 2022): under 18 → CHILD whatever the
 * percentage; otherwise 81–100 % I, 61–80 % II, 31–60 % III, 30 % or less NONE.
 */
export function disabilityDegreeFor(args: {
  percent: number;
  ageAtDecision: number;
}): DisabilityDegree {
  if (args.ageAtDecision < ADULT_AGE) return 'CHILD';
  if (args.percent >= 81) return 'I';
  if (args.percent >= 61) return 'II';
  if (args.percent >= 31) return 'III';
  return 'NONE';
}
