import { ageOn } from './calendar.ts';
import { PERCENTAGE_ASSESSMENT_FROM } from './calibration.ts';
import type {
  DisabilityAssessmentSystem,
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
  /**
   * Loss of body functions, a multiple of 5. A decision taken before July 2022 records no
   * percentage: its group is the band this falls in (groups I–III as degrees I–III).
   */
  readonly percent: number;
  /** Null when indefinite or, for a NONE decision, when none is due. */
  readonly reexaminationOn: string | null;
  /** Decided without a re-examination (müddətsiz); requires a null `reexaminationOn`. */
  readonly indefinite: boolean;
  readonly signatories: readonly string[];
  readonly referredOn: string;
  readonly clinic: string;
  readonly diagnoses: readonly DiagnosisEntry[];
}

/**
 * Builds a disability record from its decisions, oldest first: the degree follows from the
 * percentage and the age at the decision, the last decision is CURRENT and the others
 * SUPERSEDED, and every diagnosis points at the decision it was made for. Decisions taken
 * before July 2022 are in the GROUP system and keep no percentage; a re-examination since
 * then is in the PERCENTAGE system, so one history can hold both.
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
    if (spec.indefinite && spec.reexaminationOn !== null) {
      throw new RangeError(`Decision ${id} is indefinite but has a re-examination date`);
    }
    const system = assessmentSystemOn(spec.decidedOn);
    decisions.push({
      id,
      decidedOn: spec.decidedOn,
      system,
      percent: system === 'PERCENTAGE' ? spec.percent : null,
      degree: disabilityDegreeFor({
        percent: spec.percent,
        ageAtDecision: ageOn(args.birthDate, spec.decidedOn),
      }),
      cause: args.cause,
      validFrom: spec.decidedOn,
      reexaminationOn: spec.reexaminationOn,
      indefinite: spec.indefinite,
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

/** The system a decision taken on `decidedOn` was expressed in. */
export function assessmentSystemOn(decidedOn: string): DisabilityAssessmentSystem {
  return decidedOn < PERCENTAGE_ASSESSMENT_FROM ? 'GROUP' : 'PERCENTAGE';
}
