import type { Knex } from 'knex';
import { CURRENT_AUDIT_FORMAT, type AuditEntry, type AuditRecord } from './AuditEntry.ts';
import { toAuditRow, toSubjectRows } from './auditRows.ts';
import { AUDIT_TABLES, CHAIN_HEAD_ID } from './auditTables.ts';
import { hashAuditRecord } from './hashAuditRecord.ts';
import { insertInChunks } from './insertInChunks.ts';
import { readChainHead, type ChainHead } from './readChainHead.ts';

/**
 * Appends entries to the chain in one transaction: lock the head, link and hash each entry
 * in order, insert records and subject rows, move the head. All or nothing.
 */
export function appendAuditBatch(db: Knex, entries: readonly AuditEntry[]): Promise<AuditRecord[]> {
  return db.transaction(async (trx) => {
    const head = await readChainHead(trx, { lock: true });
    const records = linkRecords(head, entries);
    const last = records.at(-1);
    if (last === undefined) return records;
    await insertInChunks(trx, AUDIT_TABLES.record, records.map(toAuditRow));
    await insertInChunks(trx, AUDIT_TABLES.subject, records.flatMap(toSubjectRows));
    await trx(AUDIT_TABLES.head)
      .where({ id: CHAIN_HEAD_ID })
      .update({ seq: last.seq, hash: last.hash });
    return records;
  });
}

/** Gives each entry the next seq and chains it to the one before. */
export function linkRecords(head: ChainHead, entries: readonly AuditEntry[]): AuditRecord[] {
  const records: AuditRecord[] = [];
  let previous = head;
  for (const entry of entries) {
    const linked = {
      ...entry,
      format: CURRENT_AUDIT_FORMAT,
      seq: previous.seq + 1,
      prevHash: previous.hash,
    };
    const record: AuditRecord = { ...linked, hash: hashAuditRecord(linked) };
    records.push(record);
    previous = record;
  }
  return records;
}
