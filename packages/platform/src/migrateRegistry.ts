import type { Knex } from 'knex';

/** One schema step of a legacy registry, kept beside the subgraph that wraps it. */
export interface RegistryMigration {
  readonly name: string;
  up(db: Knex): Promise<void>;
  down(db: Knex): Promise<void>;
}

/** Brings a registry's schema up to date; listing migrations in code avoids file-system lookup. */
export async function migrateRegistry(
  db: Knex,
  migrations: readonly RegistryMigration[],
): Promise<void> {
  await db.migrate.latest({
    migrationSource: {
      getMigrations: () => Promise.resolve([...migrations]),
      getMigrationName: (migration: RegistryMigration) => migration.name,
      getMigration: (migration: RegistryMigration) => Promise.resolve(migration),
    },
  });
}
