import type { RegistryMigration } from '@dost/subgraph-kit';

/**
 * What the legacy registry records beside the case (issue 15), in its own layout:
 * - on `pensiya_ish`: `muraciet_tarixi` (müraciət tarixi, the application day; NULL when
 *   assigned without one), `qerar_tarixi` (qərar tarixi, the decision day) and
 *   `teyinat_usulu` (təyinat üsulu: M = müraciət əsasında, on application; P = proaktiv).
 *   All three are NULL on cases kept before the registry recorded them;
 * - `pensiya_nov_deyisme` (növ dəyişmə): the case changed type, `evvelki_nov` → `yeni_nov`
 *   (the `pensiya_ish.nov` codes) on `deyisme_tarixi`, for reason `sebeb`: Y = yaş həddi
 *   (reached the old-age pension age), S = sərfəli növün seçilməsi (the holder chose the
 *   type that pays more);
 * - `muavinet_odenis`: monthly (and one-time) payments of a social allowance, as
 *   `pensiya_odenis` is for pensions: the month paid for (`dovr`), the day paid, qəpik.
 */
export const pensionRecords: RegistryMigration = {
  name: '002_pension_records',
  async up(db) {
    await db.schema.alterTable('pensiya_ish', (t) => {
      t.date('muraciet_tarixi');
      t.date('qerar_tarixi');
      t.string('teyinat_usulu', 1);
    });
    await db.schema.createTable('pensiya_nov_deyisme', (t) => {
      t.bigInteger('id').primary();
      t.bigInteger('pensiya_id').notNullable();
      t.string('fin', 7).notNullable();
      t.string('evvelki_nov', 1).notNullable();
      t.string('yeni_nov', 1).notNullable();
      t.date('deyisme_tarixi').notNullable();
      t.string('sebeb', 1).notNullable();
      t.index(['pensiya_id', 'id'], 'pensiya_nov_deyisme_pensiya');
    });
    await db.schema.createTable('muavinet_odenis', (t) => {
      t.bigInteger('id').primary();
      t.bigInteger('muavinet_id').notNullable();
      t.string('fin', 7).notNullable();
      t.date('dovr').notNullable();
      t.date('odenis_tarixi').notNullable();
      t.integer('mebleg_qpk').notNullable();
      t.index(['muavinet_id', 'id'], 'muavinet_odenis_muavinet');
    });
  },
  async down(db) {
    await db.schema.dropTable('muavinet_odenis');
    await db.schema.dropTable('pensiya_nov_deyisme');
    await db.schema.alterTable('pensiya_ish', (t) => {
      t.dropColumn('teyinat_usulu');
      t.dropColumn('qerar_tarixi');
      t.dropColumn('muraciet_tarixi');
    });
  },
};
