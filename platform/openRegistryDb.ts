import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import knex, { type Knex } from 'knex';

export interface RegistryDbOptions {
  /** Registry name; names the SQLite file or the MySQL database, e.g. `pensions`. */
  registry: string;
  /** `mysql://user:pass@host:port[/database]`; absent means embedded SQLite. */
  url?: string | undefined;
  /** Folder for SQLite files, or `:memory:`. @default 'data' */
  dataDir?: string;
  /** Prefix of MySQL database names when the URL names none. @default 'dost_' */
  databasePrefix?: string;
  /** Largest number of pooled MySQL connections. @default 10 */
  poolMax?: number;
}

/** Opens a registry's database, creating the MySQL database when it is missing. */
export async function openRegistryDb(options: RegistryDbOptions): Promise<Knex> {
  return options.url === undefined ? openSqlite(options) : openMysql(options, options.url);
}

function openSqlite({ registry, dataDir = 'data' }: RegistryDbOptions): Knex {
  const filename = dataDir === ':memory:' ? ':memory:' : join(dataDir, `${registry}.sqlite`);
  if (dataDir !== ':memory:') mkdirSync(dataDir, { recursive: true });
  return knex({
    client: 'better-sqlite3',
    connection: { filename },
    useNullAsDefault: true,
    pool: {
      afterCreate(conn: { pragma(sql: string): unknown }, done: (err: Error | null) => void) {
        // WAL lets readers run while the seeder writes; NORMAL sync is safe under WAL.
        conn.pragma('journal_mode = WAL');
        conn.pragma('synchronous = NORMAL');
        conn.pragma('foreign_keys = ON');
        done(null);
      },
    },
  });
}

async function openMysql(
  { registry, databasePrefix = 'dost_', poolMax = 10 }: RegistryDbOptions,
  url: string,
): Promise<Knex> {
  const parsed = new URL(url);
  const named = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  const database = named === '' ? `${databasePrefix}${registry}` : named;
  const connection = {
    host: parsed.hostname,
    port: Number(parsed.port || 3306),
    user: decodeURIComponent(parsed.username || 'root'),
    password: decodeURIComponent(parsed.password),
    charset: 'utf8mb4',
    // DATE columns stay 'YYYY-MM-DD' strings, as in SQLite, instead of local-time Dates.
    dateStrings: true,
    supportBigNumbers: true,
  };
  await createDatabaseIfMissing(connection, database);
  return knex({
    client: 'mysql2',
    connection: { ...connection, database },
    pool: { min: 0, max: poolMax },
    acquireConnectionTimeout: 10_000,
  });
}

async function createDatabaseIfMissing(connection: object, database: string): Promise<void> {
  if (!/^[A-Za-z0-9_]+$/.test(database)) throw new Error(`unsafe database name: ${database}`);
  const admin = knex({ client: 'mysql2', connection, pool: { min: 0, max: 1 } });
  try {
    await admin.raw(
      `CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await admin.destroy();
  }
}
