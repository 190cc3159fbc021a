import type { AuditTrailVerdict } from '@dost/audit-store/checkpoint/verifyAuditTrail.ts';

/** Most unreadable witness lines listed one by one; the rest are counted. */
const LISTED = 5;

/**
 * The verdict of `npm run audit:verify` as lines for the terminal: the first says OK or
 * BROKEN, names the checkpoints checked and where; the others are what a reviewer should
 * look at even when the trail is intact.
 */
export function describeAuditTrail(verdict: AuditTrailVerdict, where: string): string[] {
  const { records, checkpoints, writers, vouched, legacy, pending } = verdict;
  const against = `${checkpoints} signed checkpoint${checkpoints === 1 ? '' : 's'} from ${writers} gateway${writers === 1 ? '' : 's'}`;
  const lines: string[] = [];
  if (verdict.ok) {
    lines.push(
      `audit chain: OK — ${records} records verified against ${against}; ` +
        `${vouched} vouched for by a gateway, ${pending} after a running gateway's latest checkpoint (${where})`,
    );
  } else {
    const at = verdict.brokenAt === null ? '(witness)' : `at record ${verdict.brokenAt}`;
    const more = verdict.problems > 1 ? ` (and ${verdict.problems - 1} more problems)` : '';
    lines.push(
      `audit chain: BROKEN ${at} — ${verdict.reason}${more}; checked against ${against} (${where})`,
    );
  }
  if (legacy > 0) {
    lines.push(
      `  ${legacy} records predate the first checkpoint: anchored, but no gateway vouches for them`,
    );
  }
  for (const { writer, lastCheckpointAt, first, last, count } of verdict.unvouched) {
    lines.push(
      `  REVIEW: ${count} records in ${first}–${last} are vouched for by nobody: gateway ${writer} ` +
        `stopped without a final checkpoint after ${lastCheckpointAt} (a crash, or a forgery in that window)`,
    );
  }
  for (const line of verdict.unreadable.slice(0, LISTED))
    lines.push(`  unreadable witness ${line}`);
  if (verdict.unreadable.length > LISTED) {
    lines.push(`  … and ${verdict.unreadable.length - LISTED} more unreadable witness lines`);
  }
  return lines;
}
