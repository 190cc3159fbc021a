/**
 * One synthetic citizen as every registry sees them. The generator produces profiles;
 * each registry's seeder maps a profile to its own legacy rows. Money is integer qəpik,
 * dates are ISO `YYYY-MM-DD` strings, percentages of pension rates are basis points.
 */
export interface CitizenProfile {
  /** Stable position in the seeded population; demo citizens come first. */
  readonly index: number;
  readonly fin: string;
  readonly person: PersonProfile;
  readonly family: readonly FamilyLinkProfile[];
  readonly pension: PensionProfile | null;
  readonly allowances: readonly AllowanceProfile[];
  readonly unemployment: UnemploymentProfile | null;
  readonly disability: DisabilityProfile | null;
}

export type Sex = 'M' | 'F';

export interface PersonProfile {
  readonly surname: string;
  readonly givenName: string;
  /** e.g. "Vüqar oğlu" or "Vüqar qızı". */
  readonly patronymic: string;
  readonly sex: Sex;
  readonly birthDate: string;
  /** ISO 3166-1 alpha-3. */
  readonly citizenship: string;
  readonly region: string;
  readonly district: string;
  readonly street: string;
  readonly deathDate: string | null;
}

export type FamilyRelation = 'SPOUSE' | 'CHILD' | 'PARENT';

export interface FamilyLinkProfile {
  readonly relation: FamilyRelation;
  readonly fin: string;
}

export type PensionType = 'OLD_AGE' | 'DISABILITY' | 'SURVIVOR';
export type PensionStatus = 'ACTIVE' | 'SUSPENDED' | 'TERMINATED';

export interface PensionProfile {
  readonly id: number;
  readonly type: PensionType;
  readonly status: PensionStatus;
  readonly assignedOn: string;
  readonly terminatedOn: string | null;
  /**
   * Added by the generator: pension capital on the assignment day, qəpik; the insurance
   * part at assignment is derived from it (rounded half up to the qəpik).
   */
  readonly capitalAtAssignment: number;
  /**
   * Pension capital on the insured's account, qəpik: the capital at assignment indexed each
   * January at the capital (price) rate, while the insurance part is indexed at the
   * insurance-part (wage) rate; the two rates differ from 2022 (calibration.ts).
   */
  readonly capital: number;
  /** Insurance months behind the pension (for SURVIVOR: the breadwinner's). */
  readonly insuranceMonths: number;
  /**
   * Added by the generator: insurance months the coefficient K refers to (K = required /
   * 200) for DISABILITY and SURVIVOR pensions, whose insurancePart = capital / (144 × K);
   * null for OLD_AGE, whose insurancePart = capital / 144.
   */
  readonly requiredInsuranceMonths: number | null;
  /** Current monthly insurance part, qəpik. */
  readonly insurancePart: number;
  /** Top-up to the minimum pension, qəpik (0 when the insurance part is above it). */
  readonly minimumTopUp: number;
  /** Current monthly amount = insurancePart + minimumTopUp, qəpik. */
  readonly amount: number;
  /** Assignment, indexations and recalculations, oldest first. */
  readonly changes: readonly PensionChangeProfile[];
  /** Monthly payments, oldest first. None after death or termination. */
  readonly payments: readonly PaymentProfile[];
  /**
   * Added for issue 15: day the application was filed; null when the pension was assigned
   * proactively (without one). A late application is paid arrears back to `assignedOn`,
   * never more than 3 years before it (pensionFigures.ts).
   */
  readonly appliedOn: string | null;
  /** Day the decision to assign was taken (on or after `appliedOn`). */
  readonly decidedOn: string;
  /** Assigned by the automated pension system without an application (old-age, 2019 on). */
  readonly proactive: boolean;
  /** Changes of the pension's type (e.g. disability → old-age at pension age), oldest first. */
  readonly typeChanges: readonly PensionTypeChangeProfile[];
}

export type PensionTypeChangeReason = 'PENSION_AGE' | 'MORE_FAVOURABLE';

/** The case switched from one labour pension type to another on `changedOn`. */
export interface PensionTypeChangeProfile {
  readonly id: number;
  readonly fromType: PensionType;
  readonly toType: PensionType;
  readonly changedOn: string;
  /** PENSION_AGE: reached the old-age pension age; MORE_FAVOURABLE: the holder chose the higher. */
  readonly reason: PensionTypeChangeReason;
}

export type PensionChangeKind = 'ASSIGNMENT' | 'INDEXATION' | 'RECALCULATION';

export interface PensionChangeProfile {
  readonly id: number;
  readonly kind: PensionChangeKind;
  readonly effectiveOn: string;
  /** Insurance-part indexation rate in basis points (930 = 9.3 %); null for other kinds. */
  readonly rateBp: number | null;
  readonly amountBefore: number;
  readonly amountAfter: number;
}

export interface PaymentProfile {
  readonly id: number;
  /** First day of the month paid for. */
  readonly period: string;
  readonly paidOn: string;
  readonly amount: number;
}

export type AllowanceType =
  | 'OLD_AGE'
  | 'DISABILITY'
  | 'CHILD_WITH_DISABILITY'
  | 'LOSS_OF_BREADWINNER'
  | 'CHILD_BIRTH'
  | 'FUNERAL';

export interface AllowanceProfile {
  readonly id: number;
  readonly type: AllowanceType;
  readonly periodicity: 'MONTHLY' | 'ONE_TIME';
  readonly status: 'ACTIVE' | 'ENDED';
  readonly grantedOn: string;
  readonly endsOn: string | null;
  readonly amount: number;
  /**
   * Added for issue 15: payments in the 24 months before the reference month, oldest
   * first; each pays the figure in force for its period (allowanceFigures.ts).
   */
  readonly payments: readonly PaymentProfile[];
}

export type UnemploymentStatus = 'JOBSEEKER' | 'UNEMPLOYED' | 'SUSPENDED' | 'DEREGISTERED';

export interface UnemploymentProfile {
  readonly registrationId: number;
  readonly status: UnemploymentStatus;
  readonly registeredOn: string;
  /** Oldest first; the last entry matches `status`. */
  readonly statusHistory: readonly StatusChangeProfile[];
  readonly contracts: readonly LabourContractProfile[];
  readonly offers: readonly JobOfferProfile[];
  readonly benefit: BenefitProfile | null;
  readonly programmes: readonly ProgrammeProfile[];
}

export interface StatusChangeProfile {
  readonly id: number;
  readonly status: UnemploymentStatus;
  readonly from: string;
  readonly reason: string;
}

export interface LabourContractProfile {
  readonly id: number;
  /** Employer's 10-digit tax number (VÖEN). */
  readonly employerTin: string;
  readonly employerName: string;
  readonly position: string;
  readonly startedOn: string;
  readonly endedOn: string | null;
  /** Labour Code article of termination, e.g. "68.1.a"; null while running. */
  readonly terminationArticle: string | null;
  readonly monthlyWage: number;
  /**
   * Added for issue 15: the "İşsizin dostu" placement (ProgrammeProfile.id) this fixed-term
   * contract was signed for; absent for any other contract.
   */
  readonly programmeId?: number;
}

export interface JobOfferProfile {
  readonly id: number;
  readonly offeredOn: string;
  readonly employerTin: string;
  readonly position: string;
  readonly monthlyWage: number;
  readonly response: 'ACCEPTED' | 'REFUSED' | 'PENDING';
  /** Whether a refusal was justified; null unless refused. */
  readonly refusalJustified: boolean | null;
}

export interface BenefitProfile {
  readonly decisionId: number;
  readonly decidedOn: string;
  /** Lost average monthly wage, qəpik. */
  readonly averageWage: number;
  readonly insuredMonthsLast24: number;
  readonly dependentChildren: number;
  /** Share of the average wage in basis points (5000 = 50 %), before floor/cap. */
  readonly rateBp: number;
  readonly monthlyAmount: number;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly status: 'PAYING' | 'ENDED' | 'SUSPENDED';
  readonly payments: readonly PaymentProfile[];
}

export type ProgrammeKind = 'PUBLIC_WORKS' | 'SELF_EMPLOYMENT' | 'TRAINING';

export interface ProgrammeProfile {
  readonly id: number;
  readonly kind: ProgrammeKind;
  /** e.g. "İşsizin dostu" for public works. */
  readonly name: string;
  readonly startedOn: string;
  readonly endsOn: string | null;
  readonly status: 'ACTIVE' | 'COMPLETED' | 'DROPPED';
  /** Public-works employer, self-employment asset, or training course. */
  readonly detail: string;
  /**
   * Added for issue 15: the visits of the self-employment programme's 2-year monitored
   * contract, oldest first; absent for other programmes.
   */
  readonly monitoringVisits?: readonly MonitoringVisitProfile[];
}

/** How a self-employment business was found on a monitoring visit. */
export type MonitoringOutcome = 'OPERATING' | 'STRUGGLING';

export interface MonitoringVisitProfile {
  readonly id: number;
  readonly visitedOn: string;
  readonly outcome: MonitoringOutcome;
}

export type DisabilityDegree = 'I' | 'II' | 'III' | 'NONE' | 'CHILD';

/** How a decision expressed disability: groups until 30 June 2022, percentages since. */
export type DisabilityAssessmentSystem = 'GROUP' | 'PERCENTAGE';

export type DisabilityCause =
  | 'GENERAL_ILLNESS'
  | 'WORK_INJURY'
  | 'OCCUPATIONAL_DISEASE'
  | 'WAR_RELATED'
  | 'SINCE_CHILDHOOD'
  | 'OTHER';

export interface DisabilityProfile {
  /** Oldest first; exactly one is CURRENT. */
  readonly decisions: readonly DisabilityDecisionProfile[];
  readonly referrals: readonly ReferralProfile[];
  /** Health data: special category, never shown to front-office staff. */
  readonly diagnoses: readonly DiagnosisProfile[];
}

export interface DisabilityDecisionProfile {
  readonly id: number;
  readonly decidedOn: string;
  /** GROUP before July 2022 (calibration.ts `PERCENTAGE_ASSESSMENT_FROM`), PERCENTAGE since. */
  readonly system: DisabilityAssessmentSystem;
  /** Loss of body functions, in 5 % steps; null under the GROUP system, which set none. */
  readonly percent: number | null;
  /** Under the GROUP system the group (I–III, CHILD, or NONE: not recognised as disabled). */
  readonly degree: DisabilityDegree;
  readonly cause: DisabilityCause;
  readonly validFrom: string;
  /** Null when indefinite, and also when none is due (a NONE decision). */
  readonly reexaminationOn: string | null;
  /** Set without a re-examination (müddətsiz); a null date alone does not mean this. */
  readonly indefinite: boolean;
  readonly commission: string;
  readonly signatories: readonly string[];
  readonly status: 'CURRENT' | 'SUPERSEDED';
}

export interface ReferralProfile {
  readonly id: number;
  readonly referredOn: string;
  readonly clinic: string;
}

export interface DiagnosisProfile {
  readonly id: number;
  readonly decisionId: number;
  /** ICD-10 code, e.g. "I63.9". */
  readonly icd10: string;
  readonly description: string;
}
