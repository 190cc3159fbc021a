import type { Knex } from 'knex';
import type { AuditEntry, AuditRecord } from './AuditEntry.ts';
import { toAuditRow, toSubjectRows } from './auditRows.ts';
import { AUDIT_TABLES, CHAIN_HEAD_ID } from './auditTables.ts';
import { hashAuditRecord } from './hashAuditRecord.ts';
import { insertInChunks } from './insertInChunks.ts';

/** The last link of the chain, as `audit_chain_head` holds it. */
export interface ChainHead {
  readonly seq: number;
  readonly hash: string;
}

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

/**
 * Reads the head. With `lock`, MariaDB holds the row (SELECT … FOR UPDATE) until the
 * transaction ends, so appenders in several gateway processes queue on it; knex leaves the
 * clause out on SQLite, whose write transactions are serialised anyway.
 */
export async function readChainHead(
  db: Knex | Knex.Transaction,
  { lock = false }: { lock?: boolean } = {},
): Promise<ChainHead> {
  const query = db(AUDIT_TABLES.head).select('seq', 'hash').where({ id: CHAIN_HEAD_ID });
  const row = (await (lock ? query.forUpdate() : query).first()) as
    | { seq: number | string; hash: string }
    | undefined;
  if (row === undefined) throw new Error('The audit chain head row is missing.');
  return { seq: Number(row.seq), hash: row.hash };
}

/** Gives each entry the next seq and chains it to the one before. */
export function linkRecords(head: ChainHead, entries: readonly AuditEntry[]): AuditRecord[] {
  const records: AuditRecord[] = [];
  let previous = head;
  for (const entry of entries) {
    const linked = { ...entry, seq: previous.seq + 1, prevHash: previous.hash };
    const record: AuditRecord = { ...linked, hash: hashAuditRecord(linked) };
    records.push(record);
    previous = record;
  }
  return records;
}
