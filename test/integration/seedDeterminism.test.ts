import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { describe, expect, it } from 'vitest';
import { createLogger } from '@dost/platform/createLogger.ts';
import { generateProfiles, wholeHouseholds } from '../../seed/generateProfiles.ts';
import { REGISTRY_SUBGRAPHS, type RegistrySubgraphName } from '../../subgraphs/catalog.ts';
import { closeRegistries, openRegistries } from '../../subgraphs/openRegistries.ts';
import { seedRegistries } from '../../seed/seedRegistries.ts';

/** A digest of every row of every table, in primary-key order. */
async function digest(db: Knex): Promise<string> {
  const hash = createHash('sha256');
  const tables = (await db('sqlite_master').where({ type: 'table' }).pluck('name')) as string[];
  for (const table of tables
    .filter((name) => !name.startsWith('knex_') && !name.startsWith('sqlite_'))
    .sort()) {
    const rows = (await db(table).select('*').orderByRaw('1, 2')) as unknown[];
    hash.update(`${table}:${JSON.stringify(rows)}\n`);
  }
  return hash.digest('hex');
}

/** Seeds a fresh set of SQLite registries and digests each one. */
async function seedAndDigest(seed: number, citizens: number): Promise<Record<string, string>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dost-seed-'));
  const dbs = await openRegistries({ dataDir, dbUrls: {} });
  try {
    await seedRegistries({
      dbs,
      seed,
      citizens: wholeHouseholds(citizens),
      generate: generateProfiles(seed),
      log: createLogger({ level: 'silent' }),
      batchSize: 64,
    });
    const names = (Object.keys(REGISTRY_SUBGRAPHS) as RegistrySubgraphName[]).filter(
      (n) => n !== 'audit',
    );
    return Object.fromEntries(
      await Promise.all(names.map(async (name) => [name, await digest(dbs[name])])),
    );
  } finally {
    await closeRegistries(dbs);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

describe('npm run seed', () => {
  it('writes byte-identical registries for the same seed, and different ones for another', async () => {
    const first = await seedAndDigest(7, 300);
    const again = await seedAndDigest(7, 300);
    const other = await seedAndDigest(8, 300);
    expect(again).toEqual(first);
    for (const name of Object.keys(first)) expect(other[name]).not.toBe(first[name]);
  });

  it('resumes: seeding 300 then 600 equals seeding 600 at once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dost-seed-'));
    const dbs = await openRegistries({ dataDir, dbUrls: {} });
    const log = createLogger({ level: 'silent' });
    try {
      for (const citizens of [300, 600]) {
        await seedRegistries({
          dbs,
          seed: 7,
          citizens,
          generate: generateProfiles(7),
          log,
          batchSize: 64,
        });
      }
      const atOnce = await seedAndDigest(7, 600);
      for (const name of Object.keys(atOnce)) {
        expect(await digest(dbs[name as RegistrySubgraphName])).toBe(atOnce[name]);
      }
    } finally {
      await closeRegistries(dbs);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
