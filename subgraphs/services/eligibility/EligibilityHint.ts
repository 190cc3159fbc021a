/**
 * A hint as the resolvers hand it on. Hints and their facts carry the citizen's `fin` (never
 * in the schema) so that the kit's disclosure tracking records each field read on them.
 */
export interface EligibilityHint {
  readonly fin: string;
  readonly rule: string;
  readonly description: string;
  readonly serviceCode: string;
  readonly facts: readonly HintFact[];
}

/** One fact a hint's rule read, with its value as a string. */
export interface HintFact {
  readonly fin: string;
  readonly name: string;
  readonly value: string;
}
