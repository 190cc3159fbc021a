import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knex from 'knex';
import {
  openSchemaRegistry,
  SCHEMA_REGISTRY_DB,
  type OpenedSchemaRegistry,
} from '@dost/schema-registry';
import type { TestDialect } from './testDatabases.ts';

export interface TestSchemaRegistry {
  readonly registry: OpenedSchemaRegistry;
  /** The variables that point `npm run schema:publish` at this registry. */
  readonly env: Readonly<Record<string, string>>;
  /** Another connection pool on the same registry, as a second publisher would have. */
  openAnother(): Promise<OpenedSchemaRegistry>;
  /** Closes it and drops its database. */
  cleanup(): Promise<void>;
}

/** A fresh, empty schema registry private to one test: a SQLite file, or a MySQL database. */
export async function openTestSchemaRegistry(dialect: TestDialect): Promise<TestSchemaRegistry> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dost-registry-'));
  const databasePrefix = `dost_t${randomBytes(4).toString('hex')}_`;
  const database = `${databasePrefix}${SCHEMA_REGISTRY_DB}`;
  const open = () => openSchemaRegistry({ url: dialect.url, dataDir, databasePrefix });
  const registry = await open();
  const env: Record<string, string> = { DOST_DATA_DIR: dataDir };
  if (dialect.url !== undefined) {
    const url = new URL(dialect.url);
    url.pathname = `/${database}`;
    env['DOST_DB_URL_SCHEMA_REGISTRY'] = url.toString();
  }
  return {
    registry,
    env,
    openAnother: open,
    async cleanup() {
      await registry.close();
      if (dialect.url !== undefined) await dropDatabase(dialect.url, database);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  const admin = knex({ client: 'mysql2', connection: serverUrl, pool: { min: 0, max: 1 } });
  try {
    await admin.raw(`DROP DATABASE IF EXISTS \`${database}\``);
  } finally {
    await admin.destroy();
  }
}
