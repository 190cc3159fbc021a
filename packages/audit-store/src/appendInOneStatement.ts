import type { Knex } from 'knex';
import type { AuditRecord } from './AuditEntry.ts';
import { toAuditRow, toSubjectRows } from './auditRows.ts';
import { AUDIT_TABLES, CHAIN_HEAD_ID } from './auditTables.ts';
import { approximateBytes } from './insertInChunks.ts';
import type { ChainHead } from './readChainHead.ts';

/** What the block signals when the head is not where the batch was linked. */
export const HEAD_MOVED_MESSAGE = 'audit-chain-head-moved';

/** MariaDB's errno for a user SIGNAL (ER_SIGNAL_EXCEPTION). */
const SIGNAL_ERRNO = 1644;

/**
 * A batch larger than this goes through the transaction path instead: the whole block is one
 * packet, and escaping can double a value, so this keeps it well below MariaDB's default
 * 16 MiB max_allowed_packet.
 */
const MAX_BLOCK_BYTES = 4 * 1024 * 1024;

/** The outcome of a one-statement append: committed, head elsewhere, or too big to try. */
export type OneStatementOutcome = 'committed' | 'head-moved' | 'too-large';

/**
 * Appends linked records on MariaDB in one round trip: one compound statement
 * (`BEGIN NOT ATOMIC … END`, a single statement, so the connection needs no
 * `multipleStatements`) that starts a transaction, moves the head by compare-and-set from
 * `from`, inserts the records and subject rows and commits. Any error inside rolls the whole
 * transaction back before it is reported (the handler), so nothing of a failed batch lands;
 * a head that is not at `from` is signalled after that rollback and returned as
 * 'head-moved', exactly, so the caller can link to the real head.
 */
export async function appendInOneStatement(
  db: Knex,
  records: readonly AuditRecord[],
  from: ChainHead,
): Promise<OneStatementOutcome> {
  const last = records.at(-1);
  if (last === undefined) return 'committed';
  const recordRows = records.map(toAuditRow);
  const subjectRows = records.flatMap(toSubjectRows);
  const bytes = [...recordRows, ...subjectRows].reduce(
    (sum, row) => sum + approximateBytes(row),
    0,
  );
  if (bytes > MAX_BLOCK_BYTES) return 'too-large';
  const moveHead = db(AUDIT_TABLES.head)
    .where({ id: CHAIN_HEAD_ID, seq: from.seq, hash: from.hash })
    .update({ seq: last.seq, hash: last.hash })
    .toSQL();
  const inserts = [db(AUDIT_TABLES.record).insert(recordRows).toSQL()];
  if (subjectRows.length > 0) inserts.push(db(AUDIT_TABLES.subject).insert(subjectRows).toSQL());
  const sql = [
    'BEGIN NOT ATOMIC',
    'DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; RESIGNAL; END;',
    'START TRANSACTION;',
    `${moveHead.sql};`,
    `IF ROW_COUNT() <> 1 THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${HEAD_MOVED_MESSAGE}'; END IF;`,
    ...inserts.map((insert) => `${insert.sql};`),
    'COMMIT;',
    'END',
  ].join('\n');
  const bindings = [moveHead, ...inserts].flatMap((statement) => [...statement.bindings]);
  try {
    await db.raw(sql, bindings);
    return 'committed';
  } catch (error) {
    if (isHeadMoved(error)) return 'head-moved';
    throw error;
  }
}

function isHeadMoved(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { errno, sqlMessage } = error as { errno?: unknown; sqlMessage?: unknown };
  return errno === SIGNAL_ERRNO && sqlMessage === HEAD_MOVED_MESSAGE;
}
