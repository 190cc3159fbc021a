import type { RegistryMigration } from '@dost/platform/migrateRegistry.ts';
import { AUDIT_LIMITS } from '../auditEntryProblem.ts';
import { AUDIT_TABLES } from '../auditTables.ts';

/**
 * Format 2 of the record: which fields were refused, the caller's correlation id, and the
 * layout each row was hashed in. Existing rows stay format 1 (the default) with both new
 * columns null, and keep verifying against the hash they were written with. Adding columns
 * fires no UPDATE trigger, so the append-only triggers stay in place throughout.
 */
export const refusalsAndCorrelation: RegistryMigration = {
  name: '002_refusals_and_correlation',
  async up(db) {
    await db.schema.alterTable(AUDIT_TABLES.record, (t) => {
      t.tinyint('format').notNullable().defaultTo(1);
      t.string('correlation_id', AUDIT_LIMITS.requestId);
      t.text('refused', 'mediumtext');
    });
  },
  async down(db) {
    await db.schema.alterTable(AUDIT_TABLES.record, (t) => {
      t.dropColumn('refused');
      t.dropColumn('correlation_id');
      t.dropColumn('format');
    });
  },
};
