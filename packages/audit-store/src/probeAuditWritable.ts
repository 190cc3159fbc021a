import type { Knex } from 'knex';
import type { Logger } from '@dost/platform/createLogger.ts';
import { AUDIT_TABLES, CHAIN_HEAD_ID } from './auditTables.ts';

/**
 * Readiness probe: opens a transaction, writes the head row back unchanged and rolls back.
 * That touches what an append needs (a connection, the tables, a write lock) and changes
 * nothing; on MariaDB it holds the head lock only for the moment of the probe.
 */
export async function probeAuditWritable(db: Knex, log?: Logger): Promise<boolean> {
  try {
    const trx = await db.transaction();
    try {
      const moved = await trx(AUDIT_TABLES.head)
        .where({ id: CHAIN_HEAD_ID })
        .update({ seq: trx.ref('seq') });
      return moved === 1;
    } finally {
      await trx.rollback();
    }
  } catch (error) {
    log?.warn({ err: error }, 'audit store is not writable');
    return false;
  }
}
