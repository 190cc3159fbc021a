import type { Logger } from '@dost/platform/createLogger.ts';
import { migrateRegistry } from '@dost/platform/migrateRegistry.ts';
import { openRegistryDb } from '@dost/platform/openRegistryDb.ts';
import { createManifestStore, type ManifestStore } from './documents/createManifestStore.ts';
import { createSchemaRegistry, type SchemaRegistry } from './createSchemaRegistry.ts';
import { schemaRegistryMigrations } from './schemaRegistryMigrations.ts';

/** The registry's database name: `schema_registry.sqlite`, or `<prefix>schema_registry`. */
export const SCHEMA_REGISTRY_DB = 'schema_registry';

export interface OpenSchemaRegistryOptions {
  /** `mysql://…`; absent means the embedded SQLite file in `dataDir`. */
  url: string | undefined;
  /** Folder for the SQLite file, or `:memory:`. */
  dataDir: string;
  /** Prefix of the MySQL database name when the URL names none. @default 'dost_' */
  databasePrefix?: string;
  /** Receives the database driver's warnings. */
  log?: Logger;
}

/** An open schema registry that must be closed. */
export interface OpenedSchemaRegistry extends SchemaRegistry {
  /** The trusted-document manifests published beside the supergraphs. */
  readonly manifests: ManifestStore;
  close(): Promise<void>;
}

/** Opens the schema registry's own database, migrated, as the gateway and schema:publish do. */
export async function openSchemaRegistry({
  url,
  dataDir,
  databasePrefix,
  log,
}: OpenSchemaRegistryOptions): Promise<OpenedSchemaRegistry> {
  const db = await openRegistryDb({
    registry: SCHEMA_REGISTRY_DB,
    url,
    dataDir,
    // A poll and the odd publish: two connections are plenty.
    poolMax: 2,
    ...(databasePrefix === undefined ? {} : { databasePrefix }),
    ...(log === undefined ? {} : { log }),
  });
  await migrateRegistry(db, schemaRegistryMigrations);
  return {
    ...createSchemaRegistry(db),
    manifests: createManifestStore(db),
    close: () => db.destroy(),
  };
}
