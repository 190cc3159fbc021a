import type { RegistryMigration } from '@dost/subgraph-kit';

/**
 * The programme records issue 15 found missing, in the legacy layout:
 * - an "İşsizin dostu" placement's fixed-term labour contract is an ordinary e-contract row
 *   (`emek_muqavile`) that names the placement it was signed for (`proqram_istirak_id`,
 *   NULL for any other contract); its `bit_tarixi` is the agreed end from the start;
 * - the self-employment programme's 2-year monitored contract is its `proqram_istirak` row
 *   (assets handed over after the month of training); its monitoring visits are
 *   `ozm_monitorinq` rows, with the outcome as a one-letter code.
 */
export const programmeContracts: RegistryMigration = {
  name: '002_programme_contracts',
  async up(db) {
    await db.schema.alterTable('emek_muqavile', (t) => {
      t.bigInteger('proqram_istirak_id');
      t.index(['proqram_istirak_id'], 'emek_muqavile_proqram');
    });
    await db.schema.createTable('ozm_monitorinq', (t) => {
      t.bigInteger('id').primary();
      t.bigInteger('proqram_istirak_id').notNullable();
      t.string('fin', 7).notNullable();
      t.date('yoxlama_tarixi').notNullable();
      // F = fəaliyyət göstərir/operating, C = çətinlik var/struggling.
      t.string('netice', 1).notNullable();
      t.index(['proqram_istirak_id', 'id'], 'ozm_monitorinq_proqram');
    });
  },
  async down(db) {
    await db.schema.dropTable('ozm_monitorinq');
    await db.schema.alterTable('emek_muqavile', (t) => {
      t.dropIndex(['proqram_istirak_id'], 'emek_muqavile_proqram');
      t.dropColumn('proqram_istirak_id');
    });
  },
};
