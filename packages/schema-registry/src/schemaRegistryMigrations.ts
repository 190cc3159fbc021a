import type { RegistryMigration } from '@dost/platform/migrateRegistry.ts';
import { documentManifestMigration } from './documents/documentManifestMigration.ts';

/** The schema registry's tables, in its own database (`schema_registry`). */
export const SCHEMA_REGISTRY_TABLES = {
  /** One row per supergraph version: what it composed, who published it, how it was checked. */
  supergraph: 'supergraph_version',
  /** One row per subgraph per version it changed in: its routing URL and SDL then. */
  subgraph: 'subgraph_version',
} as const;

/** Longest subgraph name; `DOST_<NAME>_URL` and log lines carry it. */
export const MAX_SUBGRAPH_NAME = 64;

const { supergraph, subgraph } = SCHEMA_REGISTRY_TABLES;

/**
 * The version is the primary key and is never generated: a publish claims "the version it
 * composed against, plus one", so two concurrent publishes cannot both claim one version and
 * neither can record a supergraph composed from a set that has since changed.
 */
const schemaRegistry: RegistryMigration = {
  name: '001_schema_registry',
  async up(db) {
    await db.schema.createTable(supergraph, (t) => {
      t.integer('version').unsigned().primary();
      t.string('subgraph', MAX_SUBGRAPH_NAME).notNullable();
      // MEDIUMTEXT on MariaDB (TEXT there stops at 64 KiB); plain TEXT on SQLite.
      t.text('supergraph_sdl', 'mediumtext').notNullable();
      t.specificType('supergraph_sha256', 'char(64)').notNullable();
      t.specificType('published_at', 'char(24)').notNullable();
      t.string('published_by', 128).notNullable();
      t.boolean('forced').notNullable();
      // The check summary as JSON text: its shape belongs to the checks, not to this store.
      t.text('checks', 'mediumtext').notNullable();
    });
    await db.schema.createTable(subgraph, (t) => {
      t.string('subgraph', MAX_SUBGRAPH_NAME).notNullable();
      t.integer('version').unsigned().notNullable().references('version').inTable(supergraph);
      t.string('routing_url', 2048).notNullable();
      t.text('sdl', 'mediumtext').notNullable();
      // (subgraph, version) finds each subgraph's latest row at or below a version.
      t.primary(['subgraph', 'version']);
    });
  },
  async down(db) {
    await db.schema.dropTable(subgraph);
    await db.schema.dropTable(supergraph);
  },
};

/** Schema registry migrations, oldest first. */
export const schemaRegistryMigrations: readonly RegistryMigration[] = [
  schemaRegistry,
  // Trusted-document manifests share the registry's database, so every replica reads one.
  documentManifestMigration,
];
