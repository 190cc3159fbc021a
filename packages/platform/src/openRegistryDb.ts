import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import knex, { type Knex } from 'knex';
import type { Logger } from './createLogger.ts';

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
  /**
   * Longest wait for a pooled connection before the query fails (KnexTimeoutError), so a
   * starved or unreachable database fails requests fast instead of queueing them. @default 2_000
   */
  acquireTimeoutMs?: number;
  /** Longest wait for the MySQL server to accept a new connection. @default 2_000 */
  connectTimeoutMs?: number;
  /** Receives knex's own warnings (e.g. a connection the server cut). @default knex's console */
  log?: Logger;
}

const DEFAULT_ACQUIRE_TIMEOUT_MS = 2_000;

/** Opens a registry's database, creating the MySQL database when it is missing. */
export async function openRegistryDb(options: RegistryDbOptions): Promise<Knex> {
  return options.url === undefined ? openSqlite(options) : openMysql(options, options.url);
}

/** knex's logger option, routed to ours: structured, and silent where ours is. */
function knexLog({ log, registry }: RegistryDbOptions): { log?: Knex.Logger } {
  if (log === undefined) return {};
  const child = log.child({ component: 'knex', registry });
  return {
    log: {
      warn: (message: unknown) => child.warn({ detail: String(message) }, 'database warning'),
      error: (message: unknown) => child.error({ detail: String(message) }, 'database error'),
      deprecate: (method: string, alternative: string) =>
        child.debug({ method, alternative }, 'knex deprecation'),
      debug: (message: unknown) => child.debug({ detail: String(message) }, 'knex debug'),
    },
  };
}

function openSqlite(options: RegistryDbOptions): Knex {
  const { registry, dataDir = 'data', acquireTimeoutMs = DEFAULT_ACQUIRE_TIMEOUT_MS } = options;
  const filename = dataDir === ':memory:' ? ':memory:' : join(dataDir, `${registry}.sqlite`);
  if (dataDir !== ':memory:') mkdirSync(dataDir, { recursive: true });
  return knex({
    ...knexLog(options),
    client: 'better-sqlite3',
    connection: { filename },
    useNullAsDefault: true,
    acquireConnectionTimeout: acquireTimeoutMs,
    pool: {
      // One synchronous handle: more add no concurrency in one thread, and each `:memory:`
      // connection would be a separate, empty database. Kept open (min 1) for that reason:
      // there is no server to cut it.
      min: 1,
      max: 1,
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

async function openMysql(options: RegistryDbOptions, url: string): Promise<Knex> {
  const {
    registry,
    databasePrefix = 'dost_',
    poolMax = 10,
    acquireTimeoutMs = DEFAULT_ACQUIRE_TIMEOUT_MS,
    connectTimeoutMs = 2_000,
  } = options;
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
    connectTimeout: connectTimeoutMs,
  };
  await createDatabaseIfMissing(connection, database);
  return knex({
    ...knexLog(options),
    client: 'mysql2',
    connection: { ...connection, database },
    // min 0: no idle connection is kept that the server could time out or kill unseen. A
    // connection the server cut is marked disposed by knex (its 'error' event) or fails
    // mysql2's liveness check, and the pool discards it and opens another on next acquire.
    pool: { min: 0, max: poolMax },
    acquireConnectionTimeout: acquireTimeoutMs,
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
