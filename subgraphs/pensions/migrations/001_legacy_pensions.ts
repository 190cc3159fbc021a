import type { RegistryMigration } from '@dost/subgraph-kit';

/**
 * The pensions registry as it exists. Codes: `pensiya_ish.nov` Y = yaş (old age),
 * E = əlillik (disability), A = ailə başçısını itirmə (survivor); `status` A = aktiv,
 * D = dayandırılıb (suspended), X = xitam (terminated); `idare` is the office keeping the case; `teleb_sigorta_ay` (tələb olunan sığorta ayı) is
 * the required insurance months of the K coefficient, null for old-age pensions. `pensiya_deyisiklik.nov` T = təyinat
 * (assignment), I = indeksasiya, Y = yenidən hesablama (recalculation). Money is integer
 * qəpik (`*_qpk`), rates are basis points (`indeks_bp`). History rows repeat the owner's
 * `fin`, as the legacy system does, so every row answers "whose is this?" on its own.
 */
export const legacyPensions: RegistryMigration = {
  name: '001_legacy_pensions',
  async up(db) {
    await db.schema.createTable('pensiya_ish', (t) => {
      t.bigInteger('id').primary();
      t.string('fin', 7).notNullable();
      t.string('nov', 1).notNullable();
      t.string('status', 1).notNullable();
      t.date('teyin_tarixi').notNullable();
      t.date('xitam_tarixi');
      t.string('idare', 120).notNullable();
      t.integer('kapital_qpk').notNullable();
      t.integer('sigorta_ay').notNullable();
      t.integer('teleb_sigorta_ay');
      t.integer('sigorta_hisse_qpk').notNullable();
      t.integer('min_elave_qpk').notNullable();
      t.integer('mebleg_qpk').notNullable();
      t.index(['fin'], 'pensiya_ish_fin');
    });
    await db.schema.createTable('pensiya_deyisiklik', (t) => {
      t.bigInteger('id').primary();
      t.bigInteger('pensiya_id').notNullable();
      t.string('fin', 7).notNullable();
      t.string('nov', 1).notNullable();
      t.date('quvve_tarixi').notNullable();
      t.integer('indeks_bp');
      t.integer('evvelki_qpk').notNullable();
      t.integer('yeni_qpk').notNullable();
      // Pages run newest first within one pension: (pensiya_id, id) serves both.
      t.index(['pensiya_id', 'id'], 'pensiya_deyisiklik_pensiya');
    });
    await db.schema.createTable('pensiya_odenis', (t) => {
      t.bigInteger('id').primary();
      t.bigInteger('pensiya_id').notNullable();
      t.string('fin', 7).notNullable();
      t.date('dovr').notNullable();
      t.date('odenis_tarixi').notNullable();
      t.integer('mebleg_qpk').notNullable();
      t.index(['pensiya_id', 'id'], 'pensiya_odenis_pensiya');
    });
    await db.schema.createTable('sosial_muavinet', (t) => {
      t.bigInteger('id').primary();
      t.string('fin', 7).notNullable();
      t.string('nov', 3).notNullable();
      t.string('dovriyye', 1).notNullable();
      t.string('status', 1).notNullable();
      t.date('teyin_tarixi').notNullable();
      t.date('bitme_tarixi');
      t.integer('mebleg_qpk').notNullable();
      t.index(['fin'], 'sosial_muavinet_fin');
    });
  },
  async down(db) {
    await db.schema.dropTable('sosial_muavinet');
    await db.schema.dropTable('pensiya_odenis');
    await db.schema.dropTable('pensiya_deyisiklik');
    await db.schema.dropTable('pensiya_ish');
  },
};
