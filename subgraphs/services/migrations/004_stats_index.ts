import type { RegistryMigration } from '@dost/subgraph-kit';

/**
 * centreStats counts a centre's cases opened in a period: an index on (centre, opened_at)
 * makes that a range scan, as (centre, issued_at) already does for its visits.
 */
export const statsIndex: RegistryMigration = {
  name: '004_stats_index',
  async up(db) {
    await db.schema.alterTable('service_case', (t) => {
      t.index(['centre', 'opened_at'], 'service_case_centre_opened');
    });
  },
  async down(db) {
    await db.schema.alterTable('service_case', (t) => {
      t.dropIndex(['centre', 'opened_at'], 'service_case_centre_opened');
    });
  },
};
