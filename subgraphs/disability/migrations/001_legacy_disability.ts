import type { RegistryMigration } from '@dost/subgraph-kit';

/**
 * The medical-social expertise (tibbi-sosial ekspertiza, TSE) registry as it exists:
 * - `tse_qerar`: commission decisions. `derece` I/II/III, YOX (yoxdur: no disability) or UMS
 *   (uşaq, sağlamlıq imkanları məhdud); `faiz` the percentage; `sebeb` UX ümumi xəstəlik,
 *   EZ əmək zədəsi, PX peşə xəstəliyi, MH müharibə, UU uşaqlıqdan, DG digər;
 *   `yeni_muayine` NULL = müddətsiz (indefinite); `imzalar` the signatories joined by ';';
 *   `status` C = cari (in force), S = sabiq (superseded).
 * - `tse_gonderis`: referrals from clinics.
 * - `tse_diaqnoz`: ICD-10 diagnoses per decision (health data).
 */
export const legacyDisability: RegistryMigration = {
  name: '001_legacy_disability',
  async up(db) {
    await db.schema.createTable('tse_qerar', (t) => {
      t.bigInteger('id').primary();
      t.string('fin', 7).notNullable();
      t.date('qerar_tarixi').notNullable();
      t.string('derece', 3).notNullable();
      t.integer('faiz').notNullable();
      t.string('sebeb', 2).notNullable();
      t.date('quvvede_tarixi').notNullable();
      t.date('yeni_muayine');
      t.string('komissiya', 160).notNullable();
      t.text('imzalar').notNullable();
      t.string('status', 1).notNullable().defaultTo('C');
      // Serves both the decision in force (fin, status) and the per-citizen history (fin).
      t.index(['fin', 'status'], 'tse_qerar_fin_status');
    });
    await db.schema.createTable('tse_gonderis', (t) => {
      t.bigInteger('id').primary();
      t.string('fin', 7).notNullable();
      t.date('gonderis_tarixi').notNullable();
      t.string('klinika', 160).notNullable();
      t.index(['fin'], 'tse_gonderis_fin');
    });
    await db.schema.createTable('tse_diaqnoz', (t) => {
      t.bigInteger('id').primary();
      t.bigInteger('qerar_id').notNullable();
      t.string('icd10', 8).notNullable();
      t.string('tesvir', 255).notNullable();
      t.index(['qerar_id'], 'tse_diaqnoz_qerar_id');
    });
  },
  async down(db) {
    await db.schema.dropTable('tse_diaqnoz');
    await db.schema.dropTable('tse_gonderis');
    await db.schema.dropTable('tse_qerar');
  },
};
