import type { ScalarMismatch } from './checkSharedScalars.ts';
import type { CompositionError } from './composeSubgraphs.ts';
import type { SchemaChange } from './diffSchemas.ts';
import type { BrokenOperation } from './findBrokenOperations.ts';

/** pass and warn let the check pass; fail fails it; skip means it could not run. */
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';

export interface CompositionSection {
  readonly status: CheckStatus;
  /** The subgraphs the candidate was composed with. */
  readonly composedWith: readonly string[];
  readonly errors: readonly CompositionError[];
}

export interface ChangesSection {
  readonly status: CheckStatus;
  /** Changes to the composed API schema, what clients see; these decide the check. */
  readonly api: readonly SchemaChange[];
  /** Changes to the subgraph's own SDL; null when it has no published version yet. */
  readonly subgraph: readonly SchemaChange[] | null;
  /** Whether breaking API changes were allowed (`--allow-breaking`). */
  readonly allowBreaking: boolean;
  readonly reason: string | null;
}

export interface OperationsSection {
  readonly status: CheckStatus;
  /** How many operations are registered; null when none were given. */
  readonly registered: number | null;
  /** Valid against the published API schema, invalid against the candidate's. */
  readonly broken: readonly BrokenOperation[];
  /** Already invalid against the published API schema: not this change's doing. */
  readonly alreadyInvalid: readonly BrokenOperation[];
  readonly reason: string | null;
}

export interface ConformanceSection {
  readonly status: CheckStatus;
  readonly rules: {
    readonly status: CheckStatus;
    /** Where the rule tree came from; null when none was given or known. */
    readonly from: string | null;
    readonly unruled: readonly string[];
    readonly stray: readonly string[];
    readonly reason: string | null;
  };
  readonly scalars: {
    readonly status: CheckStatus;
    readonly mismatches: readonly ScalarMismatch[];
  };
  readonly accessMatrix: { readonly status: CheckStatus; readonly missing: readonly string[] };
}

/** What `checkSubgraph` found, by check; `ok` is the verdict CI acts on. */
export interface SchemaCheckReport {
  readonly subgraph: string;
  readonly ok: boolean;
  readonly composition: CompositionSection;
  readonly changes: ChangesSection;
  readonly operations: OperationsSection;
  readonly conformance: ConformanceSection;
}
