import type { RegistryMigration } from '@dost/subgraph-kit';

/**
 * Citizens' consents to partner agencies: which agency may read which scopes of whose data,
 * until which day. A consent is never deleted: revoking stamps `revoked_at`, so the consent a
 * past read was made under (its id is in that read's audit record) can always be shown.
 * `scopes` is a comma-separated list of the closed catalogue (@dost/platform partnerScopes).
 */
export const consents: RegistryMigration = {
  name: '003_consents',
  async up(db) {
    await db.schema.createTable('consent', (t) => {
      t.bigIncrements('id').primary();
      t.string('fin', 7).notNullable();
      t.string('agency', 64).notNullable();
      t.string('scopes', 255).notNullable();
      // YYYY-MM-DD, Baku's calendar: the last day the consent holds.
      t.string('valid_until', 10).notNullable();
      t.string('granted_at', 24).notNullable();
      t.string('revoked_at', 24);
      // The gateway's lookup: one citizen's consents to one agency.
      t.index(['fin', 'agency'], 'consent_fin_agency');
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('consent');
  },
};
