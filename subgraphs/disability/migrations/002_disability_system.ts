import type { RegistryMigration } from '@dost/subgraph-kit';

/**
 * Two facts `tse_qerar` could not hold:
 * - `sistem`: the assessment system of the decision. K (köhnə) = groups I/II/III, or UMS for
 *   a child, set until 30 June 2022 with no percentage; Y (yeni) = the percentage loss of
 *   body functions since 1 July 2022. `faiz` stays NOT NULL, as legacy registries keep such
 *   columns rather than rebuild a large table: a K decision stores 0 there, meaning "no
 *   percentage was set", never a 0 % assessment. Earlier rows all carry a percentage, so they
 *   are Y.
 * - `muddetsiz`: 1 when the decision was set without a re-examination (müddətsiz). A NULL
 *   `yeni_muayine` alone no longer says so: with `muddetsiz` 0 it means none is due or none
 *   was recorded. Earlier rows followed 001's convention (NULL = müddətsiz) and are marked
 *   so, except "no disability" (YOX) decisions, which are never re-examined.
 */
export const disabilitySystem: RegistryMigration = {
  name: '002_disability_system',
  async up(db) {
    await db.schema.alterTable('tse_qerar', (t) => {
      t.string('sistem', 1).notNullable().defaultTo('Y');
      t.boolean('muddetsiz').notNullable().defaultTo(false);
    });
    await db('tse_qerar')
      .whereNull('yeni_muayine')
      .whereNot('derece', 'YOX')
      .update({ muddetsiz: true });
  },
  async down(db) {
    await db.schema.alterTable('tse_qerar', (t) => {
      t.dropColumn('muddetsiz');
      t.dropColumn('sistem');
    });
  },
};
