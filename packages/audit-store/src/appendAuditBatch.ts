import type { Knex } from 'knex';
import { CURRENT_AUDIT_FORMAT, type AuditEntry, type AuditRecord } from './AuditEntry.ts';
import { appendInOneStatement } from './appendInOneStatement.ts';
import { auditDialect } from './auditDialect.ts';
import { toAuditRow, toSubjectRows } from './auditRows.ts';
import { AUDIT_TABLES, CHAIN_HEAD_ID } from './auditTables.ts';
import { hashAuditRecord } from './hashAuditRecord.ts';
import { insertInChunks } from './insertInChunks.ts';
import { readChainHead, type ChainHead } from './readChainHead.ts';

/**
 * Appends entries to the chain, all or nothing: lock the head, link and hash each entry in
 * order, insert records and subject rows, move the head.
 *
 * With `known` (the head this process's last append left), the head is moved by
 * compare-and-set from it: on MariaDB the whole append is then one round trip
 * (appendInOneStatement), elsewhere one `UPDATE … WHERE seq = known AND hash = known` in the
 * transaction saves the locked read's. On a miss (another writer appended since) the head is
 * read with its lock and the entries are linked to it; the chain is the same either way.
 * `mayRelink` is asked first: a pipelined batch, linked to a batch still in flight, is
 * refused instead when that batch failed (createAppender).
 */
export function appendAuditBatch(
  db: Knex,
  entries: readonly AuditEntry[],
  known?: ChainHead,
  mayRelink: () => Promise<boolean> = () => Promise.resolve(true),
): Promise<AuditRecord[]> {
  if (known !== undefined && auditDialect(db) === 'mysql') {
    return appendOneStatementFirst(db, entries, known, mayRelink);
  }
  return appendInTransaction(db, entries, known, mayRelink);
}

/** Why a batch linked to a batch that failed is refused rather than linked anew. */
export const PREDECESSOR_FAILED =
  'The audit batch was linked to one that did not commit, and was refused with it.';

async function appendOneStatementFirst(
  db: Knex,
  entries: readonly AuditEntry[],
  known: ChainHead,
  mayRelink: () => Promise<boolean>,
): Promise<AuditRecord[]> {
  const records = linkRecords(known, entries);
  const outcome = await appendInOneStatement(db, records, known);
  if (outcome === 'committed') return records;
  // Too large for one packet: the transaction, still by compare-and-set.
  if (outcome === 'too-large') return appendInTransaction(db, entries, known, mayRelink);
  // Head moved: nothing of it landed, so it may be linked to the head as it really is, under
  // its lock, unless the batch it was linked to failed.
  if (!(await mayRelink())) throw new Error(PREDECESSOR_FAILED);
  return appendInTransaction(db, entries, undefined, mayRelink);
}

function appendInTransaction(
  db: Knex,
  entries: readonly AuditEntry[],
  known: ChainHead | undefined,
  mayRelink: () => Promise<boolean>,
): Promise<AuditRecord[]> {
  return db.transaction(async (trx) => {
    if (known !== undefined) {
      const records = linkRecords(known, entries);
      if (await moveHead(trx, records, known)) {
        await insertRecords(trx, records);
        return records;
      }
      if (!(await mayRelink())) throw new Error(PREDECESSOR_FAILED);
    }
    const head = await readChainHead(trx, { lock: true });
    const records = linkRecords(head, entries);
    if (await moveHead(trx, records, head)) await insertRecords(trx, records);
    else throw new Error('The audit chain head moved while it was locked.');
    return records;
  });
}

/** Moves the head to the last record if it is still `from`; true when it was (or nothing to move). */
async function moveHead(
  trx: Knex.Transaction,
  records: readonly AuditRecord[],
  from: ChainHead,
): Promise<boolean> {
  const last = records.at(-1);
  if (last === undefined) return true;
  const moved = await trx(AUDIT_TABLES.head)
    .where({ id: CHAIN_HEAD_ID, seq: from.seq, hash: from.hash })
    .update({ seq: last.seq, hash: last.hash });
  return moved === 1;
}

async function insertRecords(
  trx: Knex.Transaction,
  records: readonly AuditRecord[],
): Promise<void> {
  if (records.length === 0) return;
  await insertInChunks(trx, AUDIT_TABLES.record, records.map(toAuditRow));
  await insertInChunks(trx, AUDIT_TABLES.subject, records.flatMap(toSubjectRows));
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
