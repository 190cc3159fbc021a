import type { Knex } from 'knex';
import { migrateRegistry } from '@dost/platform/migrateRegistry.ts';
import { openRegistryDb, type RegistryDbOptions } from '@dost/platform/openRegistryDb.ts';
import type { RegistrySubgraph } from './RegistrySubgraph.ts';

/** Where and how to open a registry's database; its name comes from the subgraph. */
export type OpenRegistryOptions = Omit<RegistryDbOptions, 'registry'>;

/** Opens a registry subgraph's database and brings its legacy schema up to date. */
export async function openRegistry(
  subgraph: Pick<RegistrySubgraph, 'database' | 'migrations'>,
  options: OpenRegistryOptions,
): Promise<Knex> {
  const db = await openRegistryDb({ ...options, registry: subgraph.database });
  await migrateRegistry(db, subgraph.migrations);
  return db;
}
