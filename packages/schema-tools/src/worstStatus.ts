import type { CheckStatus } from './SchemaCheckReport.ts';

const RANK: Readonly<Record<CheckStatus, number>> = { pass: 0, warn: 1, skip: 2, fail: 3 };

/** The status a group of checks shows: its worst member's. */
export function worstStatus(statuses: readonly CheckStatus[]): CheckStatus {
  return statuses.reduce<CheckStatus>((worst, s) => (RANK[s] > RANK[worst] ? s : worst), 'pass');
}
