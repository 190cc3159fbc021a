import type { Knex } from 'knex';
import type { Logger } from '@dost/platform/createLogger.ts';
import type { Env } from '@dost/platform/env.ts';
import { REGISTRY_SUBGRAPHS, type RegistrySubgraphName } from './catalog.ts';
import { migrateRegistry } from '@dost/platform/migrateRegistry.ts';
import { openRegistryDb } from '@dost/platform/openRegistryDb.ts';

export type RegistryDbs = Record<RegistrySubgraphName, Knex>;

export interface OpenRegistryOptions {
  /** Where SQLite files live, or `:memory:`. */
  dataDir: string;
  /** Database URL per subgraph; absent means embedded SQLite. */
  dbUrls: Env['dbUrls'];
  /** @default 'dost_' */
  databasePrefix?: string;
  /** Most pooled MySQL connections per registry. @default 10 */
  dbPoolMax?: number;
  /** Longest wait (ms) for a pooled connection. @default 2_000 */
  dbAcquireTimeoutMs?: number;
  /** Receives the database driver's warnings. */
  log?: Logger;
}

/** Opens one registry's database and brings its legacy schema up to date. */
export async function openRegistry(
  name: RegistrySubgraphName,
  { dataDir, dbUrls, databasePrefix, dbPoolMax, dbAcquireTimeoutMs, log }: OpenRegistryOptions,
): Promise<Knex> {
  const module = REGISTRY_SUBGRAPHS[name];
  const db = await openRegistryDb({
    registry: module.registry,
    url: dbUrls[name],
    dataDir,
    ...(databasePrefix === undefined ? {} : { databasePrefix }),
    ...(dbPoolMax === undefined ? {} : { poolMax: dbPoolMax }),
    ...(dbAcquireTimeoutMs === undefined ? {} : { acquireTimeoutMs: dbAcquireTimeoutMs }),
    ...(log === undefined ? {} : { log }),
  });
  await migrateRegistry(db, module.migrations);
  return db;
}

/** Opens and migrates every registry. */
export async function openRegistries(options: OpenRegistryOptions): Promise<RegistryDbs> {
  const names = Object.keys(REGISTRY_SUBGRAPHS) as RegistrySubgraphName[];
  const dbs = await Promise.all(names.map((name) => openRegistry(name, options)));
  return Object.fromEntries(names.map((name, i) => [name, dbs[i]])) as RegistryDbs;
}

/** Closes every pool. */
export async function closeRegistries(dbs: RegistryDbs): Promise<void> {
  await Promise.all(Object.values(dbs).map((db) => db.destroy()));
}
