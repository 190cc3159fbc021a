import type { RegistryMigration } from '@dost/subgraph-kit';

/**
 * The agency's training registry as it exists. `peshe_kurs` holds one row per enrolment:
 * `proqram` is the course, `merkez` the training centre (UTF-8 Azerbaijani text), `status`
 * Q = qeydiyyatda (enrolled), B = bitirib (completed), T = tərk edib (dropped out), and
 * `bitme_tarixi` the day it was completed. A citizen who enrols again gets a new row, so the
 * highest `id` is the latest course.
 */
export const legacyTraining: RegistryMigration = {
  name: '001_legacy_training',
  async up(db) {
    await db.schema.createTable('peshe_kurs', (t) => {
      t.bigInteger('id').primary();
      t.string('fin', 7).notNullable();
      t.string('proqram', 160).notNullable();
      t.string('merkez', 160).notNullable();
      t.string('status', 1).notNullable();
      t.date('bitme_tarixi');
      // The latest course of each FIN: (fin, id) serves the lookup and its order.
      t.index(['fin', 'id'], 'peshe_kurs_fin');
    });
  },
  async down(db) {
    await db.schema.dropTable('peshe_kurs');
  },
};
