import { openRegistry, type Knex, type Logger } from '@dost/subgraph-kit';
import type { DbUrls } from '@dost/platform/readSubgraphSettings.ts';
import { REGISTRY_SUBGRAPHS, type RegistrySubgraphName } from './catalog.ts';

export type RegistryDbs = Record<RegistrySubgraphName, Knex>;

export interface OpenRegistriesOptions {
  /** Where SQLite files live, or `:memory:`. */
  dataDir: string;
  /** Database URL per subgraph; absent means embedded SQLite. */
  dbUrls: DbUrls;
  /** @default 'dost_' */
  databasePrefix?: string;
  /** Most pooled MySQL connections per registry. @default 10 */
  dbPoolMax?: number;
  /** Longest wait (ms) for a pooled connection. @default 2_000 */
  dbAcquireTimeoutMs?: number;
  /** Receives the database driver's warnings. */
  log?: Logger;
}

/** Opens and migrates the database of every registry subgraph this repository serves. */
export async function openRegistries(options: OpenRegistriesOptions): Promise<RegistryDbs> {
  const { dataDir, dbUrls, databasePrefix, dbPoolMax, dbAcquireTimeoutMs, log } = options;
  const names = Object.keys(REGISTRY_SUBGRAPHS) as RegistrySubgraphName[];
  const dbs = await Promise.all(
    names.map((name) =>
      openRegistry(REGISTRY_SUBGRAPHS[name], {
        url: dbUrls[name],
        dataDir,
        databasePrefix,
        poolMax: dbPoolMax,
        acquireTimeoutMs: dbAcquireTimeoutMs,
        log,
      }),
    ),
  );
  return Object.fromEntries(names.map((name, i) => [name, dbs[i]])) as RegistryDbs;
}

/** Closes every pool. */
export async function closeRegistries(dbs: RegistryDbs): Promise<void> {
  await Promise.all(Object.values(dbs).map((db) => db.destroy()));
}
