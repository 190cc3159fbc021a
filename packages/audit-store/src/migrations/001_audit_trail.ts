import type { Knex } from 'knex';
import type { RegistryMigration } from '@dost/platform/migrateRegistry.ts';
import {
  createAppendOnlyTrigger,
  dropAppendOnlyTrigger,
  type AppendOnlyTrigger,
} from '../appendOnlyTriggers.ts';
import { AUDIT_LIMITS } from '../auditEntryProblem.ts';
import { AUDIT_TABLES, CHAIN_HEAD_ID, GENESIS_HASH } from '../auditTables.ts';

const { record, subject, head } = AUDIT_TABLES;

/** Records and subject rows are never changed; the head is only ever moved, never removed. */
export const APPEND_ONLY_TRIGGERS: readonly AppendOnlyTrigger[] = [
  { name: 'audit_record_no_update', table: record, event: 'UPDATE' },
  { name: 'audit_record_no_delete', table: record, event: 'DELETE' },
  { name: 'audit_subject_no_update', table: subject, event: 'UPDATE' },
  { name: 'audit_subject_no_delete', table: subject, event: 'DELETE' },
  { name: 'audit_chain_head_no_delete', table: head, event: 'DELETE' },
];

/**
 * The hash-chained audit trail (our own store, not a legacy registry). `at` is CHAR(24) and
 * arrays are JSON text so every hashed value reads back byte-exact on SQLite and MariaDB.
 */
export const auditTrail: RegistryMigration = {
  name: '001_audit_trail',
  async up(db) {
    await db.schema.createTable(record, createRecordTable);
    await db.schema.createTable(subject, (t) => {
      t.bigInteger('seq').notNullable();
      t.string('fin', 7).notNullable();
      // (seq, fin) appends in key order; (fin, seq) serves a citizen's log newest first.
      t.primary(['seq', 'fin']);
      t.index(['fin', 'seq'], 'audit_subject_fin_seq');
    });
    await db.schema.createTable(head, (t) => {
      t.integer('id').primary();
      t.bigInteger('seq').notNullable();
      t.specificType('hash', 'char(64)').notNullable();
    });
    await db(head).insert({ id: CHAIN_HEAD_ID, seq: 0, hash: GENESIS_HASH });
    for (const trigger of APPEND_ONLY_TRIGGERS) await createAppendOnlyTrigger(db, trigger);
  },
  async down(db) {
    for (const trigger of APPEND_ONLY_TRIGGERS) await dropAppendOnlyTrigger(db, trigger);
    await db.schema.dropTable(head);
    await db.schema.dropTable(subject);
    await db.schema.dropTable(record);
  },
};

function createRecordTable(t: Knex.CreateTableBuilder): void {
  t.bigInteger('seq').primary();
  t.specificType('at', 'char(24)').notNullable();
  t.string('request_id', AUDIT_LIMITS.requestId).notNullable();
  // Exact (binary) comparison: an auditor's filter on a subject id must not fold case.
  t.string('actor_sub', AUDIT_LIMITS.sub).notNullable().collate('utf8mb4_bin');
  t.string('actor_role', AUDIT_LIMITS.role).notNullable();
  t.string('actor_centre', AUDIT_LIMITS.centre);
  t.string('actor_agency', AUDIT_LIMITS.agency);
  t.string('purpose', AUDIT_LIMITS.purpose);
  t.string('outcome', 9).notNullable();
  t.specificType('operation_hash', 'char(64)').notNullable();
  // MEDIUMTEXT on MariaDB (TEXT there stops at 64 KiB); plain TEXT on SQLite.
  t.text('subjects', 'mediumtext').notNullable();
  t.text('registries', 'mediumtext').notNullable();
  t.text('fields', 'mediumtext').notNullable();
  t.specificType('prev_hash', 'char(64)').notNullable();
  t.specificType('hash', 'char(64)').notNullable();
  t.index(['actor_sub', 'seq'], 'audit_record_actor_seq');
  t.index(['at'], 'audit_record_at');
}
