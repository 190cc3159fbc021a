import type { Knex } from 'knex';
import type { AuditAppender } from './AuditAppender.ts';
import { appendAuditBatch } from './appendAuditBatch.ts';
import type { ChainHead } from './readChainHead.ts';

/**
 * The appender of one connection pool: appendAuditBatch, told the head its own last commit
 * left, so that while no other writer appends each transaction skips the locked head read.
 * After a failure it forgets the head (the outcome may be unknown) and reads it again.
 */
export function createAppender(db: Knex): AuditAppender {
  let known: ChainHead | undefined;
  return async (entries) => {
    const hint = known;
    known = undefined;
    const records = await appendAuditBatch(db, entries, hint);
    const last = records.at(-1);
    known = last === undefined ? hint : { seq: last.seq, hash: last.hash };
    return records;
  };
}
