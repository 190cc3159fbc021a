import type { RegistryMigration } from '@dost/platform/migrateRegistry.ts';

/** Published trusted-document manifests, in the schema registry's database. */
export const DOCUMENT_MANIFEST_TABLE = 'document_manifest';

/**
 * One row per published manifest; like a supergraph version, the version is claimed as "the
 * one published against, plus one", so two concurrent publishes cannot both claim it.
 */
export const documentManifestMigration: RegistryMigration = {
  name: '002_document_manifest',
  async up(db) {
    await db.schema.createTable(DOCUMENT_MANIFEST_TABLE, (t) => {
      t.integer('version').unsigned().primary();
      // The manifest as JSON text, id → document; MEDIUMTEXT on MariaDB (TEXT stops at 64 KiB).
      t.text('documents', 'mediumtext').notNullable();
      t.specificType('sha256', 'char(64)').notNullable();
      t.integer('document_count').unsigned().notNullable();
      t.specificType('published_at', 'char(24)').notNullable();
      t.string('published_by', 128).notNullable();
    });
  },
  async down(db) {
    await db.schema.dropTable(DOCUMENT_MANIFEST_TABLE);
  },
};
