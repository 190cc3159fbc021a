import type { SubgraphSchema } from '../../gateway/supergraph/SubgraphSchema.ts';

/** What a publish check is given: the candidate, the set it changes, what they compose into. */
export interface PublishCheckInput {
  /** The subgraph being published, as it would be recorded. */
  readonly candidate: SubgraphSchema;
  /** Every subgraph published now, the candidate's current version included when it has one. */
  readonly published: readonly SubgraphSchema[];
  /** The supergraph the candidate and the others compose (composition has succeeded). */
  readonly supergraphSdl: string;
}

/** One thing a check found. */
export interface CheckFinding {
  /** Which check found it, e.g. `composition`, `diff`, `operations`, `conformance`. */
  readonly check: string;
  readonly severity: 'breaking' | 'dangerous' | 'safe';
  readonly message: string;
}

/** A check's verdict; stored, as JSON, with the version it let through. */
export interface CheckReport {
  /** False refuses the publish unless it is forced. */
  readonly ok: boolean;
  /** The checks that ran, e.g. `['composition']`. */
  readonly ran: readonly string[];
  readonly findings: readonly CheckFinding[];
  /** The check's own full report, recorded as it is. @default undefined */
  readonly report?: unknown;
}

/** Checks a candidate before it is recorded; expected failures are a report, not a throw. */
export type PublishCheck = (input: PublishCheckInput) => Promise<CheckReport>;

/**
 * Composition only: `schema:publish` has composed the candidate with every published subgraph
 * before any check runs, and refuses what does not compose even when forced.
 */
export const compositionOnly: PublishCheck = () =>
  Promise.resolve({ ok: true, ran: ['composition'], findings: [] });

/**
 * The check `schema:publish` runs. This is the one seam for the full checks (schema diff,
 * broken registered operations, kit conformance): wrap `checkSubgraph(...)` in a PublishCheck
 * and assign it here.
 */
export const publishCheck: PublishCheck = compositionOnly;
