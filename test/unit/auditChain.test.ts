import type { Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '@dost/audit-store/AuditEntry.ts';
import {
  createAppendOnlyTrigger,
  dropAppendOnlyTrigger,
} from '@dost/audit-store/appendOnlyTriggers.ts';
import { auditMigrations } from '@dost/audit-store/auditMigrations.ts';
import { AUDIT_TABLES } from '@dost/audit-store/auditTables.ts';
import { createAuditWriter } from '@dost/audit-store/createAuditWriter.ts';
import { APPEND_ONLY_TRIGGERS } from '@dost/audit-store/migrations/001_audit_trail.ts';
import { verifyAuditChain } from '@dost/audit-store/verifyAuditChain.ts';
import { openTestRegistry, testDialects, type TestDb } from '../helpers/testDatabases.ts';

/** More than two verifier pages, so breaks across page boundaries are covered. */
const RECORDS = 2_345;

function entry(n: number): AuditEntry {
  return {
    at: new Date(Date.UTC(2026, 0, 31, 9, 0, 0, n)).toISOString(),
    requestId: `req-${n}`,
    correlationId: null,
    actor: { sub: `op-${n % 7}`, role: 'operator', centre: 'baku-1', agency: null },
    purpose: 'SERVICE_APPLICATION:APP-2026-000123',
    // None, one or two subjects, so the index check meets every shape.
    subjects: ['5ZK7P2Q', '3HRT9WX'].slice(0, n % 3),
    registries: ['people'],
    fields: ['Citizen.fullName'],
    refused: [],
    outcome: 'DISCLOSED',
    operationHash: 'cd'.repeat(32),
  };
}

describe.each(testDialects())('audit chain verification on $name', (dialect) => {
  let store: TestDb;
  let db: Knex;

  beforeEach(async () => {
    store = await openTestRegistry(dialect, 'audit', auditMigrations);
    db = store.db;
    const writer = createAuditWriter({ db });
    await Promise.all(Array.from({ length: RECORDS }, (_, i) => writer.record(entry(i))));
  });

  afterEach(async () => {
    await store.cleanup();
  });

  /** Tampering as a DBA could: with the append-only triggers out of the way. */
  async function tamper(change: () => Promise<unknown>): Promise<void> {
    for (const trigger of APPEND_ONLY_TRIGGERS) await dropAppendOnlyTrigger(db, trigger);
    await change();
    for (const trigger of APPEND_ONLY_TRIGGERS) await createAppendOnlyTrigger(db, trigger);
  }

  const record = (seq: number) => db(AUDIT_TABLES.record).where({ seq });

  it('verifies an intact chain across pages', async () => {
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: RECORDS });
  });

  it('detects an edited record', async () => {
    await tamper(() => record(1_500).update({ purpose: 'NOTHING_TO_SEE:here' }));
    expect(await verifyAuditChain(db)).toEqual({
      ok: false,
      count: 1_499,
      brokenAt: 1_500,
      reason: 'record 1500 was altered (its hash does not match)',
    });
  });

  it('detects an edit whose hash was recomputed, at the next link', async () => {
    const original = (await record(7).first('hash')) as { hash: string };
    await tamper(() => record(7).update({ hash: 'f'.repeat(64) }));
    const verdict = await verifyAuditChain(db);
    expect(original.hash).not.toBe('f'.repeat(64));
    expect(verdict).toMatchObject({ ok: false, brokenAt: 7 });
  });

  it('detects a deleted record', async () => {
    await tamper(() => record(1_000).del());
    expect(await verifyAuditChain(db)).toMatchObject({
      ok: false,
      count: 999,
      brokenAt: 1_000,
      reason: expect.stringMatching(/record 1000 is missing/),
    });
  });

  it('detects two records swapped in order', async () => {
    await tamper(async () => {
      await record(1_001).update({ seq: -1 });
      await record(1_002).update({ seq: 1_001 });
      await record(-1).update({ seq: 1_002 });
    });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 1_001 });
  });

  it('detects the last record deleted while the head still names it', async () => {
    await tamper(() => record(RECORDS).del());
    expect(await verifyAuditChain(db)).toMatchObject({
      ok: false,
      brokenAt: RECORDS,
      reason: expect.stringMatching(/chain head/),
    });
  });

  it('detects a record slipped in beyond the head', async () => {
    const last = (await record(RECORDS).first()) as Record<string, unknown>;
    await db(AUDIT_TABLES.record).insert({ ...last, seq: RECORDS + 1, prev_hash: last['hash'] });
    expect(await verifyAuditChain(db)).toMatchObject({
      ok: false,
      brokenAt: RECORDS + 1,
      reason: expect.stringMatching(/beyond the chain head/),
    });
  });

  it("detects a citizen's index row removed, so an access would be hidden from them", async () => {
    await tamper(() => db(AUDIT_TABLES.subject).where({ seq: 2_000, fin: '5ZK7P2Q' }).del());
    expect(await verifyAuditChain(db)).toMatchObject({
      ok: false,
      brokenAt: 2_000,
      reason: 'the subject index of record 2000 was altered',
    });
  });

  it('detects an index row added for an access that never happened', async () => {
    await db(AUDIT_TABLES.subject).insert({ seq: 3, fin: '7MNB4KC' });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 3 });
  });
});

describe.each(testDialects())('an empty audit chain on $name', (dialect) => {
  it('verifies with count 0', async () => {
    const store = await openTestRegistry(dialect, 'audit', auditMigrations);
    try {
      expect(await verifyAuditChain(store.db)).toEqual({ ok: true, count: 0 });
    } finally {
      await store.cleanup();
    }
  });
});
