import type { RegistryMigration } from '@dost/subgraph-kit';

/**
 * The population registry as it exists: Azerbaijani column names, one-letter codes
 * (cins K = kişi/male, Q = qadın/female), family relations as 3-letter codes, and an
 * address history where `aktiv = 'Y'` marks the current address.
 */
export const legacyPopulation: RegistryMigration = {
  name: '001_legacy_population',
  async up(db) {
    await db.schema.createTable('vetendas', (t) => {
      t.string('fin', 7).primary();
      t.string('soyad', 80).notNullable();
      t.string('ad', 80).notNullable();
      t.string('ata_adi', 100);
      t.date('dog_tarixi').notNullable();
      t.string('cins', 1).notNullable();
      t.string('vetendasliq', 3).notNullable().defaultTo('AZE');
      t.date('olum_tarixi');
    });
    await db.schema.createTable('unvan', (t) => {
      t.bigInteger('id').primary();
      t.string('fin', 7).notNullable();
      t.string('bolge', 60).notNullable();
      t.string('rayon', 60).notNullable();
      t.string('kuce', 120);
      t.date('qeyd_tarixi').notNullable();
      t.string('aktiv', 1).notNullable().defaultTo('Y');
      t.index(['fin', 'aktiv'], 'unvan_fin_aktiv');
    });
    await db.schema.createTable('aile_elaqe', (t) => {
      t.bigInteger('id').primary();
      t.string('fin', 7).notNullable();
      t.string('qohum_fin', 7).notNullable();
      t.string('elaqe_kodu', 3).notNullable();
      t.index(['fin'], 'aile_elaqe_fin');
    });
  },
  async down(db) {
    await db.schema.dropTable('aile_elaqe');
    await db.schema.dropTable('unvan');
    await db.schema.dropTable('vetendas');
  },
};
