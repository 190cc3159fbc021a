import type { Knex } from 'knex';
import type { AuditEntry, AuditRecord } from './AuditEntry.ts';
import { fromAuditRow, type AuditRecordRow } from './auditRows.ts';
import { AUDIT_TABLES } from './auditTables.ts';

/**
 * After a failed append, whether the transaction committed after all: a connection cut
 * between COMMIT and its acknowledgement leaves the outcome unknown to the writer. Reading
 * the records back settles it, so a caller is never refused data whose disclosure is already
 * on record (an invented record), nor given data without one. Only records above
 * `afterSeq` (the chain head before the attempt) are considered. Returns the stored record per
 * entry, or null for an entry that is not there. Throws when the store cannot be read.
 */
export async function findCommittedRecords(
  db: Knex,
  entries: readonly AuditEntry[],
  afterSeq: number,
): Promise<(AuditRecord | null)[]> {
  const rows = (await db(AUDIT_TABLES.record)
    .select('*')
    .where('seq', '>', afterSeq)
    .whereIn(
      'request_id',
      entries.map((entry) => entry.requestId),
    )) as AuditRecordRow[];
  const stored = rows.map(fromAuditRow);
  return entries.map(
    (entry) =>
      stored.find(
        (record) =>
          record.requestId === entry.requestId &&
          record.at === entry.at &&
          record.actor.sub === entry.actor.sub &&
          record.operationHash === entry.operationHash,
      ) ?? null,
  );
}
