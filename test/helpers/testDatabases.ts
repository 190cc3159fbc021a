import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { readEnv } from '@dost/platform/env.ts';
import { migrateRegistry, type RegistryMigration } from '@dost/platform/migrateRegistry.ts';
import { openRegistryDb } from '@dost/platform/openRegistryDb.ts';

export interface TestDialect {
  readonly name: 'sqlite' | 'mysql';
  /** Server URL for MySQL; undefined for embedded SQLite. */
  readonly url: string | undefined;
}

/** SQLite always; MariaDB too when DOST_DB_URL names one (CI always does). */
export function testDialects(): TestDialect[] {
  const url = readEnv().dbUrls['people'];
  return [
    { name: 'sqlite', url: undefined },
    ...(url === undefined ? [] : [{ name: 'mysql' as const, url }]),
  ];
}

export interface TestDb {
  readonly db: Knex;
  /** Drops what the test created and closes the pool. */
  cleanup(): Promise<void>;
}

/** A fresh, migrated registry database private to one test file. */
export async function openTestRegistry(
  dialect: TestDialect,
  registry: string,
  migrations: readonly RegistryMigration[],
): Promise<TestDb> {
  const databasePrefix = `dost_t${randomBytes(4).toString('hex')}_`;
  const db = await openRegistryDb({
    registry,
    url: dialect.url,
    dataDir: ':memory:',
    databasePrefix,
  });
  await migrateRegistry(db, migrations);
  return {
    db,
    async cleanup() {
      if (dialect.name === 'mysql')
        await db.raw(`DROP DATABASE IF EXISTS \`${databasePrefix}${registry}\``);
      await db.destroy();
    },
  };
}
