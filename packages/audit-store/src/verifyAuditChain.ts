import type { Knex } from 'knex';
import type { AuditRecord } from './AuditEntry.ts';
import { fromAuditRow, type AuditRecordRow, type AuditSubjectRow } from './auditRows.ts';
import { AUDIT_TABLES, GENESIS_HASH } from './auditTables.ts';
import { readChainHead, type ChainHead } from './readChainHead.ts';
import { hashAuditRecord } from './hashAuditRecord.ts';

export type AuditChainVerdict =
  { ok: true; count: number } | { ok: false; count: number; brokenAt: number; reason: string };

/** Records read per statement: memory stays flat however long the chain is. */
const PAGE_SIZE = 1_000;

/** Where and why the chain stops being trustworthy. */
class ChainBroken extends Error {
  constructor(
    readonly seq: number,
    reason: string,
  ) {
    super(reason);
  }
}

/**
 * Walks the chain from seq 1 in keyset pages: every record's hash recomputed, every
 * `prevHash` link and seq step checked (a deleted record leaves a gap), every subject index
 * row matched to its record, and the head matched to the last record. On a break, `count`
 * is the number of records before `brokenAt`, all of which verified.
 */
export async function verifyAuditChain(db: Knex): Promise<AuditChainVerdict> {
  // Records appended while we walk lie beyond this head and are left for the next run.
  const head = await readChainHead(db);
  let previous: ChainHead = { seq: 0, hash: GENESIS_HASH };
  try {
    for (;;) {
      const rows = await readRecordPage(db, previous.seq, head.seq);
      if (rows.length === 0) break;
      const records = checkLinks(previous, rows);
      await checkSubjects(db, previous.seq, records);
      const last = records.at(-1) ?? previous;
      previous = { seq: last.seq, hash: last.hash };
    }
    checkHead(head, previous);
    await checkNothingBeyond(db, head);
    return { ok: true, count: previous.seq };
  } catch (error) {
    if (!(error instanceof ChainBroken)) throw error;
    return { ok: false, count: error.seq - 1, brokenAt: error.seq, reason: error.message };
  }
}

function readRecordPage(db: Knex, afterSeq: number, headSeq: number): Promise<AuditRecordRow[]> {
  return db(AUDIT_TABLES.record)
    .select('*')
    .where('seq', '>', afterSeq)
    .andWhere('seq', '<=', headSeq)
    .orderBy('seq')
    .limit(PAGE_SIZE);
}

/** Checks one page, in order, against the record before it. */
function checkLinks(previous: ChainHead, rows: readonly AuditRecordRow[]): AuditRecord[] {
  const records: AuditRecord[] = [];
  let link = previous;
  for (const row of rows) {
    const expected = link.seq + 1;
    if (Number(row.seq) !== expected) {
      throw new ChainBroken(expected, `record ${expected} is missing (the next is ${row.seq})`);
    }
    const record = parseRecord(row);
    if (record.prevHash !== link.hash) {
      throw new ChainBroken(expected, `record ${expected} does not link to record ${link.seq}`);
    }
    if (hashAuditRecord(record) !== record.hash) {
      throw new ChainBroken(expected, `record ${expected} was altered (its hash does not match)`);
    }
    records.push(record);
    link = record;
  }
  return records;
}

function parseRecord(row: AuditRecordRow): AuditRecord {
  try {
    return fromAuditRow(row);
  } catch (error) {
    throw new ChainBroken(Number(row.seq), error instanceof Error ? error.message : String(error));
  }
}

/** The citizens' index must say exactly what the hashed records say, no more, no less. */
async function checkSubjects(
  db: Knex,
  afterSeq: number,
  records: readonly AuditRecord[],
): Promise<void> {
  const lastSeq = records.at(-1)?.seq ?? afterSeq;
  const indexRows: AuditSubjectRow[] = await db(AUDIT_TABLES.subject)
    .select('seq', 'fin')
    // The first page also catches stray rows at seq 0 or below.
    .modify((query) => void (afterSeq > 0 && query.where('seq', '>', afterSeq)))
    .andWhere('seq', '<=', lastSeq);
  const indexed = new Map<number, Set<string>>();
  for (const { seq, fin } of indexRows) {
    indexed.set(Number(seq), (indexed.get(Number(seq)) ?? new Set<string>()).add(fin));
  }
  for (const record of records) {
    const expected = new Set(record.subjects);
    const actual = indexed.get(record.seq) ?? new Set<string>();
    indexed.delete(record.seq);
    if (expected.size !== actual.size || [...expected].some((fin) => !actual.has(fin))) {
      throw new ChainBroken(record.seq, `the subject index of record ${record.seq} was altered`);
    }
  }
  const [stray] = indexed.keys();
  if (stray !== undefined) {
    throw new ChainBroken(Math.max(stray, 1), `subject rows point at no record (seq ${stray})`);
  }
}

function checkHead(head: ChainHead, last: ChainHead): void {
  if (head.seq !== last.seq || head.hash !== last.hash) {
    throw new ChainBroken(
      Math.min(head.seq, last.seq) + 1,
      `the chain head (seq ${head.seq}) does not match the last record (seq ${last.seq})`,
    );
  }
}

/**
 * Nothing may lie beyond the head: rows there were not appended by a writer. Rows are read
 * before the head is read again, so a writer committing in between cannot look like one.
 */
async function checkNothingBeyond(db: Knex, head: ChainHead): Promise<void> {
  const beyond = [
    await firstSeqAfter(db, AUDIT_TABLES.record, head.seq),
    await firstSeqAfter(db, AUDIT_TABLES.subject, head.seq),
  ];
  const current = await readChainHead(db);
  for (const seq of beyond) {
    if (seq !== null && seq > current.seq) {
      throw new ChainBroken(head.seq + 1, `rows lie beyond the chain head (seq ${seq})`);
    }
  }
}

async function firstSeqAfter(db: Knex, table: string, seq: number): Promise<number | null> {
  const row = (await db(table).where('seq', '>', seq).min({ seq: 'seq' }).first()) as
    { seq: number | string | null } | undefined;
  const found = row?.seq ?? null;
  return found === null ? null : Number(found);
}
