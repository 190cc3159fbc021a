import type { Identity } from '@dost/platform/roles.ts';

/** What the service desk says of a cited case: whose it is, where, and where it stands. */
export interface CitedCase {
  readonly fin: string;
  readonly centre: string;
  readonly status: string;
}

/** Why a cited case does not serve a read; CASE_NOT_VALID's `extensions.reason`. */
export type CaseRefusal = 'UNKNOWN' | 'CLOSED' | 'OTHER_CENTRE' | 'OTHER_CITIZEN';

/**
 * Whether `found` (null: no case has the reference) lets `identity` read `subjects`: it is
 * open (not CLOSED), it is assigned to the reader's centre when the reader works at one (an
 * operator; agency officers have none and decide cases from every centre), and it is the
 * case of every citizen the operation names. Null when it does; else the first reason not.
 */
export function refusalOf(
  found: CitedCase | null,
  identity: Pick<Identity, 'role' | 'centre'>,
  subjects: readonly string[],
): CaseRefusal | null {
  if (found === null) return 'UNKNOWN';
  if (found.status === 'CLOSED') return 'CLOSED';
  if (identity.role === 'operator' && found.centre !== identity.centre) return 'OTHER_CENTRE';
  if (subjects.some((fin) => fin !== found.fin)) return 'OTHER_CITIZEN';
  return null;
}
