/**
 * The named facts the eligibility rules may test, each derived from one registry's fields
 * (factsOf.ts says how). Numbers are whole days or years; codes are the registries' enum
 * values, `NONE` when the registry holds no record; lists hold codes.
 */
export interface Facts {
  /** Whole years since the birth date (population). */
  readonly age: number;
  /** The labour pension's status, `NONE` without one (pensions). */
  readonly labourPension: string;
  /** Types of the allowances being paid (pensions). */
  readonly activeAllowances: readonly string[];
  /** Registration status, `NONE` when never registered (unemployment). */
  readonly unemploymentStatus: string;
  /** The latest benefit decision's status, `NONE` without one (unemployment). */
  readonly benefitStatus: string;
  /** Days from today to the benefit's last paid day; null without a benefit (unemployment). */
  readonly benefitEndsInDays: number | null;
  /** Kinds of the programmes under way (unemployment). */
  readonly activeProgrammes: readonly string[];
  /** Kinds of every programme ever joined, whatever its status (unemployment). */
  readonly programmesJoined: readonly string[];
  /** Degree of the decision in force, `NONE` without a decision (disability). */
  readonly disabilityDegree: string;
  /** Days from today to the re-examination; null when indefinite or no decision (disability). */
  readonly reexaminationInDays: number | null;
}

/** A fact's name. */
export type FactName = keyof Facts;

/** A fact's value. */
export type FactValue = Facts[FactName];
