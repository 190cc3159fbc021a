import type { Knex, RegistryMigration } from '@dost/subgraph-kit';

/**
 * The unemployment registry as it exists: Azerbaijani column names, short status codes
 * (qeydiyyat.status IA = iş axtaran/jobseeker, IS = işsiz/unemployed, DY = dayandırılıb/
 * suspended, QX = qeydiyyatdan çıxarılıb/deregistered), money as integer qəpik, the benefit
 * rate in basis points, Y/N flags, and a row per history entry. Every table repeats `fin`,
 * as the legacy system does, and indexes the column its pages are cut by together with `id`.
 */
export const legacyUnemployment: RegistryMigration = {
  name: '001_legacy_unemployment',
  async up(db) {
    await createRegistrationTables(db);
    await createEmploymentTables(db);
    await createBenefitTables(db);
    await db.schema.createTable('proqram_istirak', (t) => {
      t.bigInteger('id').primary();
      t.bigInteger('qeydiyyat_id').notNullable();
      t.string('fin', 7).notNullable();
      // ICT = ictimai işlər/public works, OMM = özünüməşğulluq/self-employment, TLM = təlim.
      t.string('proqram_kodu', 3).notNullable();
      t.string('proqram_adi', 120).notNullable();
      t.date('bas_tarixi').notNullable();
      t.date('bit_tarixi');
      // A = aktiv, T = tamamlanıb/completed, X = xaric olub/dropped.
      t.string('status', 1).notNullable();
      t.string('detal', 250).notNullable();
      t.index(['qeydiyyat_id', 'id'], 'proqram_istirak_qeydiyyat');
    });
  },
  async down(db) {
    for (const table of [
      'proqram_istirak',
      'muavinet_odenis',
      'muavinet_qerar',
      'is_teklifi',
      'emek_muqavile',
      'status_tarixce',
      'qeydiyyat',
    ]) {
      await db.schema.dropTable(table);
    }
  },
};

async function createRegistrationTables(db: Knex): Promise<void> {
  await db.schema.createTable('qeydiyyat', (t) => {
    t.bigInteger('id').primary();
    t.string('fin', 7).notNullable();
    t.string('status', 2).notNullable();
    t.date('qeyd_tarixi').notNullable();
    t.index(['fin', 'id'], 'qeydiyyat_fin');
  });
  await db.schema.createTable('status_tarixce', (t) => {
    t.bigInteger('id').primary();
    t.bigInteger('qeydiyyat_id').notNullable();
    t.string('fin', 7).notNullable();
    t.string('status', 2).notNullable();
    t.date('bas_tarixi').notNullable();
    t.string('sebeb', 250).notNullable();
    t.index(['qeydiyyat_id', 'id'], 'status_tarixce_qeydiyyat');
  });
}

async function createEmploymentTables(db: Knex): Promise<void> {
  // Labour contracts belong to the person (the e-contract records), not to a registration.
  await db.schema.createTable('emek_muqavile', (t) => {
    t.bigInteger('id').primary();
    t.string('fin', 7).notNullable();
    t.string('isegoturen_voen', 10).notNullable();
    t.string('isegoturen_adi', 200).notNullable();
    t.string('vezife', 120).notNullable();
    t.date('bas_tarixi').notNullable();
    t.date('bit_tarixi');
    t.string('xitam_maddesi', 20);
    t.integer('ayliq_emek_haqqi').notNullable();
    t.index(['fin', 'id'], 'emek_muqavile_fin');
  });
  await db.schema.createTable('is_teklifi', (t) => {
    t.bigInteger('id').primary();
    t.bigInteger('qeydiyyat_id').notNullable();
    t.string('fin', 7).notNullable();
    t.date('teklif_tarixi').notNullable();
    t.string('isegoturen_voen', 10).notNullable();
    t.string('vezife', 120).notNullable();
    t.integer('maas').notNullable();
    // QB = qəbul edib/accepted, IM = imtina edib/refused, GZ = gözləmədə/pending.
    t.string('cavab', 2).notNullable();
    // Y/N whether a refusal was justified (esaslı); NULL unless refused.
    t.string('esasli', 1);
    t.index(['qeydiyyat_id', 'id'], 'is_teklifi_qeydiyyat');
  });
}

async function createBenefitTables(db: Knex): Promise<void> {
  await db.schema.createTable('muavinet_qerar', (t) => {
    t.bigInteger('id').primary();
    t.bigInteger('qeydiyyat_id').notNullable();
    t.string('fin', 7).notNullable();
    t.date('qerar_tarixi').notNullable();
    t.integer('orta_emek_haqqi').notNullable();
    t.integer('sigorta_ay_24').notNullable();
    t.integer('usaq_sayi').notNullable();
    t.integer('derece_bp').notNullable();
    t.integer('ayliq_mebleg').notNullable();
    t.date('bas_tarixi').notNullable();
    t.date('bit_tarixi').notNullable();
    // OD = ödənilir/paying, BT = bitib/ended, DY = dayandırılıb/suspended.
    t.string('status', 2).notNullable();
    t.index(['qeydiyyat_id', 'id'], 'muavinet_qerar_qeydiyyat');
  });
  await db.schema.createTable('muavinet_odenis', (t) => {
    t.bigInteger('id').primary();
    t.bigInteger('qerar_id').notNullable();
    t.string('fin', 7).notNullable();
    t.date('dovr').notNullable();
    t.date('odenis_tarixi').notNullable();
    t.integer('mebleg').notNullable();
    t.index(['qerar_id', 'id'], 'muavinet_odenis_qerar');
  });
}
