import type { Knex } from 'knex';
import { auditDialect } from './auditDialect.ts';

/** Message of the error every blocked UPDATE or DELETE raises. */
export const APPEND_ONLY_MESSAGE = 'append-only';

export interface AppendOnlyTrigger {
  readonly name: string;
  readonly table: string;
  readonly event: 'UPDATE' | 'DELETE';
}

/**
 * A trigger that aborts the statement. Defence in depth: it stops mistakes and casual edits
 * through the application's account; a DBA can still drop it, which the hash chain catches.
 */
export function createAppendOnlyTrigger(db: Knex, trigger: AppendOnlyTrigger): Promise<unknown> {
  const { name, table, event } = trigger;
  const sql =
    auditDialect(db) === 'mysql'
      ? `CREATE TRIGGER ?? BEFORE ${event} ON ?? FOR EACH ROW ` +
        `SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${APPEND_ONLY_MESSAGE}'`
      : `CREATE TRIGGER ?? BEFORE ${event} ON ?? ` +
        `BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY_MESSAGE}'); END`;
  return db.raw(sql, [name, table]);
}

export function dropAppendOnlyTrigger(db: Knex, { name }: AppendOnlyTrigger): Promise<unknown> {
  return db.raw('DROP TRIGGER IF EXISTS ??', [name]);
}
