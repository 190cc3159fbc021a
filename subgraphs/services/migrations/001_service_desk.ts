import type { RegistryMigration } from '@dost/subgraph-kit';

/**
 * DOST's own registry: the service catalogue, the centres, visits (queue tickets) and cases
 * with their status history, and the idempotency keys of the writes. Instants are ISO-8601
 * UTC text with milliseconds, so both dialects store and return them byte for byte. Every
 * case row and history row carries the citizen's `fin`, so each answers "whose is this?".
 */
export const serviceDesk: RegistryMigration = {
  name: '001_service_desk',
  async up(db) {
    await db.schema.createTable('service_direction', (t) => {
      t.string('code', 8).primary();
      t.string('name', 120).notNullable();
      t.string('name_en', 120).notNullable();
      t.integer('position').notNullable();
    });
    await db.schema.createTable('service', (t) => {
      t.string('code', 12).primary();
      t.string('direction', 8).notNullable();
      t.string('name', 200).notNullable();
      t.string('name_en', 200).notNullable();
      // Comma-separated subgraph names: a short closed list read with the service.
      t.string('registries', 120).notNullable();
      t.boolean('electronic').notNullable();
      t.integer('position').notNullable();
      t.index(['direction'], 'service_direction_idx');
    });
    await db.schema.createTable('centre', (t) => {
      t.string('code', 32).primary();
      t.string('name', 120).notNullable();
      t.string('region', 60).notNullable();
    });
    await db.schema.createTable('visit', (t) => {
      t.bigIncrements('id').primary();
      t.string('centre', 32).notNullable();
      t.string('ticket', 16).notNullable();
      t.string('service_code', 12);
      t.string('status', 12).notNullable();
      t.integer('window_no');
      t.string('issued_at', 24).notNullable();
      t.string('called_at', 24);
      t.string('serving_at', 24);
      t.string('closed_at', 24);
      t.index(['centre', 'issued_at'], 'visit_centre_issued');
    });
    await db.schema.createTable('service_case', (t) => {
      t.bigIncrements('id').primary();
      t.string('fin', 7).notNullable();
      t.string('service_code', 12).notNullable();
      t.string('centre', 32).notNullable();
      t.string('channel', 12).notNullable();
      t.string('status', 24).notNullable();
      t.bigInteger('visit_id');
      t.string('opened_at', 24).notNullable();
      t.index(['fin'], 'service_case_fin');
      t.index(['centre'], 'service_case_centre');
    });
    await db.schema.createTable('case_status_change', (t) => {
      t.bigIncrements('id').primary();
      t.bigInteger('case_id').notNullable();
      t.string('fin', 7).notNullable();
      t.string('status', 24).notNullable();
      t.string('at', 24).notNullable();
      t.string('by_role', 24).notNullable();
      t.string('by_actor', 128).notNullable();
      t.index(['case_id', 'id'], 'case_status_change_case');
    });
    // One row per (caller, key): the key's first write, claimed in the write's own
    // transaction, so a concurrent duplicate waits on the primary key and then finds it.
    await db.schema.createTable('idempotency_key', (t) => {
      t.string('actor', 128).notNullable();
      t.string('idem_key', 64).notNullable();
      t.string('operation', 32).notNullable();
      t.string('input_hash', 64).notNullable();
      t.bigInteger('result_id');
      t.string('created_at', 24).notNullable();
      t.primary(['actor', 'idem_key']);
    });
  },
  async down(db) {
    for (const table of [
      'idempotency_key',
      'case_status_change',
      'service_case',
      'visit',
      'centre',
      'service',
      'service_direction',
    ]) {
      await db.schema.dropTableIfExists(table);
    }
  },
};
