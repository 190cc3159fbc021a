import type { Logger } from '@dost/platform/createLogger.ts';
import { migrateRegistry } from '@dost/platform/migrateRegistry.ts';
import { openRegistryDb } from '@dost/platform/openRegistryDb.ts';
import type { AuditWitness, AuditWitnessLocation } from './AuditWitness.ts';
import { createFileWitness } from './createFileWitness.ts';
import { createSqlWitness } from './createSqlWitness.ts';
import { witnessMigrations } from './witnessMigrations.ts';

export interface OpenWitnessOptions {
  log?: Logger;
  /** Prefix of the MySQL database name when the URL names none (tests). @default 'dost_' */
  databasePrefix?: string;
  /** Create the table if missing; the verifier, which changes nothing, passes false. */
  migrate?: boolean;
}

/** Opens the witness a location names: an append-only file or a second database. */
export async function openAuditWitness(
  location: AuditWitnessLocation,
  { log, databasePrefix, migrate = true }: OpenWitnessOptions = {},
): Promise<AuditWitness> {
  if (location.kind === 'file') return createFileWitness(location.path);
  const db = await openRegistryDb({
    registry: 'audit_witness',
    url: location.url,
    ...(databasePrefix === undefined ? {} : { databasePrefix }),
    ...(log === undefined ? {} : { log }),
  });
  try {
    if (migrate) await migrateRegistry(db, witnessMigrations);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const url = new URL(location.url);
  const { database } = (db.client as { config: { connection: { database: string } } }).config
    .connection;
  return createSqlWitness(db, `mysql://${url.host}/${database}`);
}
