import { ageOn } from './calendar.ts';
import type {
  DiagnosisProfile,
  DisabilityCause,
  DisabilityDecisionProfile,
  DisabilityProfile,
  ReferralProfile,
} from './CitizenProfile.ts';
import type { DiagnosisEntry } from './diagnosisCatalogue.ts';
import { disabilityDegreeFor } from './disabilityDegreeFor.ts';
import { rowId } from './rowId.ts';

/** One expertise: the referral that led to it, the decision and its diagnoses. */
export interface DecisionSpec {
  /** Decision date; the decision is valid from the same day. */
  readonly decidedOn: string;
  /** Loss of body functions, a multiple of 5. */
  readonly percent: number;
  readonly reexaminationOn: string | null;
  readonly signatories: readonly string[];
  readonly referredOn: string;
  readonly clinic: string;
  readonly diagnoses: readonly DiagnosisEntry[];
}

/**
 * Builds a disability record from its decisions, oldest first: the degree follows from the
 * percentage and the age at the decision, the last decision is CURRENT and the others
 * SUPERSEDED, and every diagnosis points at the decision it was made for.
 */
export function buildDisability(args: {
  index: number;
  birthDate: string;
  cause: DisabilityCause;
  commission: string;
  decisions: readonly DecisionSpec[];
}): DisabilityProfile {
  const decisions: DisabilityDecisionProfile[] = [];
  const referrals: ReferralProfile[] = [];
  const diagnoses: DiagnosisProfile[] = [];
  args.decisions.forEach((spec, k) => {
    const id = rowId(args.index, k);
    decisions.push({
      id,
      decidedOn: spec.decidedOn,
      percent: spec.percent,
      degree: disabilityDegreeFor({
        percent: spec.percent,
        ageAtDecision: ageOn(args.birthDate, spec.decidedOn),
      }),
      cause: args.cause,
      validFrom: spec.decidedOn,
      reexaminationOn: spec.reexaminationOn,
      commission: args.commission,
      signatories: spec.signatories,
      status: k === args.decisions.length - 1 ? 'CURRENT' : 'SUPERSEDED',
    });
    referrals.push({ id, referredOn: spec.referredOn, clinic: spec.clinic });
    for (const entry of spec.diagnoses) {
      diagnoses.push({ id: rowId(args.index, diagnoses.length), decisionId: id, ...entry });
    }
  });
  return { decisions, referrals, diagnoses };
}
