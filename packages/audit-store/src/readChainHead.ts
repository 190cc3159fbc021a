import type { Knex } from 'knex';
import { AUDIT_TABLES, CHAIN_HEAD_ID } from './auditTables.ts';

/** The last link of the chain, as `audit_chain_head` holds it. */
export interface ChainHead {
  readonly seq: number;
  readonly hash: string;
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
    { seq: number | string; hash: string } | undefined;
  if (row === undefined) throw new Error('The audit chain head row is missing.');
  return { seq: Number(row.seq), hash: row.hash };
}
