import type { DisabilityDecisionProfile, DisabilityProfile } from './CitizenProfile.ts';

/**
 * The current decision and the first decision of the uninterrupted run of adult degrees
 * (I–III) that ends in it — when disability benefits were first due. Null when the
 * current decision is not of degree I, II or III.
 */
export function disabilityRunStart(disability: DisabilityProfile | null): {
  readonly current: DisabilityDecisionProfile;
  readonly first: DisabilityDecisionProfile;
} | null {
  if (disability === null) return null;
  const decisions = disability.decisions;
  const current = decisions[decisions.length - 1];
  if (current === undefined || !isAdultDegree(current)) return null;
  let first = current;
  for (let i = decisions.length - 2; i >= 0; i--) {
    const decision = decisions[i];
    if (decision === undefined || !isAdultDegree(decision)) break;
    first = decision;
  }
  return { current, first };
}

function isAdultDegree(decision: DisabilityDecisionProfile): boolean {
  return decision.degree === 'I' || decision.degree === 'II' || decision.degree === 'III';
}
