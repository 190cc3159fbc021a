import type { RegistryMigration } from '@dost/platform/migrateRegistry.ts';
import {
  createAppendOnlyTrigger,
  dropAppendOnlyTrigger,
  type AppendOnlyTrigger,
} from '../../appendOnlyTriggers.ts';

/** The witness table: one row per signed checkpoint, in the order written. */
export const WITNESS_TABLE = 'audit_witness';

/** Rows are never changed nor removed: a checkpoint once written stays as signed. */
export const WITNESS_TRIGGERS: readonly AppendOnlyTrigger[] = [
  { name: 'audit_witness_no_update', table: WITNESS_TABLE, event: 'UPDATE' },
  { name: 'audit_witness_no_delete', table: WITNESS_TABLE, event: 'DELETE' },
];

/**
 * Checkpoints in a second database, for deployments with several gateway hosts. Only `jws`
 * is trusted; the other columns repeat what it says, so that people can query them.
 */
export const auditWitness: RegistryMigration = {
  name: '001_audit_witness',
  async up(db) {
    await db.schema.createTable(WITNESS_TABLE, (t) => {
      t.bigIncrements('id');
      t.string('writer', 64).notNullable();
      t.bigInteger('n').notNullable();
      t.specificType('at', 'char(24)').notNullable();
      t.bigInteger('seq').notNullable();
      t.specificType('hash', 'char(64)').notNullable();
      t.boolean('final').notNullable();
      t.text('jws', 'mediumtext').notNullable();
      // One checkpoint per number and writer: a retried append cannot store it twice.
      t.unique(['writer', 'n'], { indexName: 'audit_witness_writer_n' });
    });
    for (const trigger of WITNESS_TRIGGERS) await createAppendOnlyTrigger(db, trigger);
  },
  async down(db) {
    for (const trigger of WITNESS_TRIGGERS) await dropAppendOnlyTrigger(db, trigger);
    await db.schema.dropTable(WITNESS_TABLE);
  },
};
