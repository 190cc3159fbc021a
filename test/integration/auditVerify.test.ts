import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAuditBatch } from '@dost/audit-store/appendAuditBatch.ts';
import { auditMigrations } from '@dost/audit-store/auditMigrations.ts';
import { createAuditCheckpointer } from '@dost/audit-store/checkpoint/createAuditCheckpointer.ts';
import { createAuditWriter } from '@dost/audit-store/createAuditWriter.ts';
import { createFileWitness } from '@dost/audit-store/witness/createFileWitness.ts';
import { loadOrCreateDevKeys } from '@dost/platform/devKeys.ts';
import { importInternalKey } from '@dost/platform/importInternalKey.ts';
import { migrateRegistry } from '@dost/platform/migrateRegistry.ts';
import { openRegistryDb } from '@dost/platform/openRegistryDb.ts';
import { auditEntry } from '../helpers/auditEntry.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

const entry = auditEntry;

/** Runs `npm run audit:verify` as an operator would, on this data folder only. */
function auditVerify(dataDir: string, ...args: string[]) {
  // Relaxed: the child inherits the environment (PATH) without this run's DOST_* settings, so
  // it checks the embedded store of this folder whatever database the run was given.
  // eslint-disable-next-line no-restricted-properties
  const inherited = Object.entries(process.env);
  const env = Object.fromEntries(inherited.filter(([name]) => !name.startsWith('DOST_')));
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/auditVerify.ts', ...args], {
    cwd: root,
    env: { ...env, DOST_DATA_DIR: dataDir, NODE_ENV: 'development' },
    encoding: 'utf8',
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

describe('npm run audit:verify', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dost-verify-'));
  let db: Knex;

  beforeAll(async () => {
    // What `npm start` leaves in the data folder: dev keys, the audit store, the witness.
    const keys = await loadOrCreateDevKeys(dataDir);
    db = await openRegistryDb({ registry: 'audit', dataDir });
    await migrateRegistry(db, auditMigrations);
    const witness = createFileWitness(join(dataDir, 'audit-witness.jsonl'));
    const checkpoints = createAuditCheckpointer({
      db,
      witness,
      key: importInternalKey(keys.internalPrivate, 'private'),
      everyRecords: 20,
    });
    const writer = createAuditWriter({ db, onBatch: checkpoints.onBatch });
    await checkpoints.start();
    for (let i = 0; i < 50; i++) await writer.record(entry(i));
    await writer.flush();
    await checkpoints.close();
    await witness.close();
  });

  afterAll(async () => {
    await db.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('says OK and names the checkpoints it checked the chain against', () => {
    const { status, out } = auditVerify(dataDir);
    expect(out).toMatch(
      /^audit chain: OK — 50 records verified against \d+ signed checkpoints from 1 gateway; 50 vouched for/,
    );
    expect(status).toBe(0);
  });

  it('says BROKEN, and exits 1, for a record appended by no gateway', async () => {
    await appendAuditBatch(db, [entry(999, 'op-innocent')]);
    const { status, out } = auditVerify(dataDir);
    expect(out).toMatch(
      /^audit chain: BROKEN at record 51 — record 51 was appended by no gateway: no checkpoint claims it; checked against \d+ signed checkpoints from 1 gateway/,
    );
    expect(status).toBe(1);
  });

  it('refuses to guess when the witness is not where it is told to look', () => {
    const { status, out } = auditVerify(dataDir, `file:${join(dataDir, 'elsewhere.jsonl')}`);
    expect(out).toMatch(/^audit chain: NOT VERIFIED — no audit witness at .*elsewhere\.jsonl/);
    expect(status).toBe(1);
  });
});
