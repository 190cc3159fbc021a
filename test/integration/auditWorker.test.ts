import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '@dost/audit-store/AuditEntry.ts';
import { auditMigrations } from '@dost/audit-store/auditMigrations.ts';
import { AUDIT_TABLES } from '@dost/audit-store/auditTables.ts';
import { createAuditWriter } from '@dost/audit-store/createAuditWriter.ts';
import { createWorkerAppender } from '@dost/audit-store/createWorkerAppender.ts';
import { verifyAuditChain } from '@dost/audit-store/verifyAuditChain.ts';
import { createLogger } from '@dost/platform/createLogger.ts';
import { caseOf, startSystem, type RunningSystem } from '../helpers/startSystem.ts';
import { openTestRegistry, testDialects, type TestDb } from '../helpers/testDatabases.ts';

const log = createLogger({ level: 'silent' });
const servers = testDialects().filter((dialect) => dialect.name === 'mysql');
const FAULT = 'audit_worker_test_fault';
const SUMMARY = '{ citizen(fin: "7DMV4LA") { fullName disability { degree percent } } }';

function entry(n: number): AuditEntry {
  return {
    at: new Date(Date.UTC(2026, 0, 31, 9, 0, 0, n)).toISOString(),
    requestId: `worker-${n}`,
    correlationId: null,
    actor: { sub: 'op-17', role: 'operator', centre: 'baku-1', agency: null },
    purpose: 'SERVICE_APPLICATION:APP-2026-000123',
    subjects: ['5ZK7P2Q'],
    registries: ['people'],
    fields: ['Citizen.fullName'],
    refused: [],
    outcome: 'DISCLOSED',
    operationHash: 'cd'.repeat(32),
  };
}

/** Makes every append fail inside its transaction, as a full disk would. */
const breakInserts = (store: TestDb | RunningSystem) =>
  ('db' in store ? store.db : store.auditDb).raw(
    `CREATE TRIGGER ${FAULT} BEFORE INSERT ON audit_record FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'disk full'`,
  );
const mendInserts = (store: TestDb | RunningSystem) =>
  ('db' in store ? store.db : store.auditDb).raw(`DROP TRIGGER ${FAULT}`);

describe('the audit worker thread', () => {
  it('is for MariaDB stores only: SQLite has no round trips to take off the event loop', async () => {
    const sqlite = await openTestRegistry(
      { name: 'sqlite', url: undefined },
      'audit',
      auditMigrations,
    );
    try {
      expect(() => createWorkerAppender({ db: sqlite.db })).toThrow(/MariaDB/);
    } finally {
      await sqlite.cleanup();
    }
  });
});

describe.each(servers)('the audit worker thread on $name', (dialect) => {
  let store: TestDb;

  beforeAll(async () => {
    store = await openTestRegistry(dialect, 'audit', auditMigrations);
  });

  afterAll(async () => {
    await store.cleanup();
  });

  it('commits concurrent calls as consecutive records of a chain that verifies', async () => {
    const worker = createWorkerAppender({ db: store.db, log });
    await expect(worker.ready()).resolves.toBeUndefined();
    const writer = createAuditWriter({ db: store.db, log, append: worker.append });
    try {
      const records = await Promise.all(
        Array.from({ length: 300 }, (_, i) => writer.record(entry(i))),
      );
      const seqs = records.map((r) => r.seq);
      expect(new Set(seqs).size).toBe(300);
      records.slice(1).forEach((r, i) => {
        if (r.seq === (records[i]?.seq ?? 0) + 1) expect(r.prevHash).toBe(records[i]?.hash);
      });
      // What the caller was given is what the store holds.
      const last = records.at(-1);
      const row = (await store.db(AUDIT_TABLES.record).where({ seq: last?.seq }).first()) as {
        hash: string;
      };
      expect(row.hash).toBe(last?.hash);
      expect((await verifyAuditChain(store.db)).ok).toBe(true);
    } finally {
      await writer.flush();
      await worker.close();
    }
  });

  it('keeps replicas, with and without workers, on one consistent chain', async () => {
    const workers = [
      createWorkerAppender({ db: store.db, log }),
      createWorkerAppender({ db: store.db, log }),
    ];
    const writers = [
      ...workers.map((w) => createAuditWriter({ db: store.db, log, append: w.append })),
      createAuditWriter({ db: store.db, log }),
    ];
    try {
      const before = (await verifyAuditChain(store.db)).count;
      const records = await Promise.all(
        Array.from({ length: 150 }, (_, i) => writers[i % 3]?.record(entry(1000 + i))),
      );
      const seqs = records.map((r) => r?.seq ?? 0).sort((x, y) => x - y);
      expect(seqs).toEqual(Array.from({ length: 150 }, (_, i) => before + i + 1));
      expect(await verifyAuditChain(store.db)).toEqual({ ok: true, count: before + 150 });
    } finally {
      for (const writer of writers) await writer.flush();
      for (const worker of workers) await worker.close();
    }
  });

  it('rejects the calls of a failed commit, without their SQL, then recovers', async () => {
    const worker = createWorkerAppender({ db: store.db, log });
    const writer = createAuditWriter({ db: store.db, log, append: worker.append });
    const before = (await verifyAuditChain(store.db)).count;
    await breakInserts(store);
    try {
      const failed = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) => writer.record(entry(i))),
      );
      expect(failed.every((r) => r.status === 'rejected')).toBe(true);
      const reasons = failed.map((r) => (r.status === 'rejected' ? String(r.reason) : ''));
      expect(reasons[0]).toMatch(/not committed .*disk full/);
      expect(reasons.join()).not.toMatch(/5ZK7P2Q|op-17|insert into/i);
    } finally {
      await mendInserts(store);
    }
    const recovered = await writer.record(entry(99));
    expect(recovered.seq).toBe(before + 1);
    await worker.close();
  });

  it('fails closed when the worker stops mid-commit: a call resolves only with a stored record', async () => {
    const worker = createWorkerAppender({ db: store.db, log });
    let stopping: Promise<void> | null = null;
    const writer = createAuditWriter({
      db: store.db,
      log,
      append: worker.append,
      // Stops the worker just after the armed batch was handed to it, while it commits.
      onBatch: () => {
        if (armed) queueMicrotask(() => (stopping = worker.close()));
        armed = false;
      },
    });
    let armed = false;
    await writer.record(entry(0)); // the worker is up
    armed = true;
    const settled = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) => writer.record(entry(2000 + i))),
    );
    await stopping;
    const resolved = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const rejected = settled.filter((r) => r.status === 'rejected');
    // Either outcome is safe; what is not is a record handed back that the store lacks.
    expect(resolved.length + rejected.length).toBe(40);
    for (const record of resolved) {
      const row = (await store.db(AUDIT_TABLES.record).where({ seq: record.seq }).first()) as
        { hash: string } | undefined;
      expect(row?.hash).toBe(record.hash);
    }
    if (rejected.length > 0) expect(String(rejected[0]?.reason)).toMatch(/not committed/);
    expect((await verifyAuditChain(store.db)).ok).toBe(true);
  });
});

describe.each(servers)('a gateway whose audit writer runs on a worker, on $name', (dialect) => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem(dialect, { citizens: 60, auditWorker: true });
  });

  afterAll(async () => {
    await system.close();
  });

  it('records each read, and discloses nothing when the commit fails (AUDIT_UNAVAILABLE)', async () => {
    const token = await system.token({ sub: 'op-17', role: 'operator', centre: 'baku-1' });
    const headers = { 'x-dost-purpose': caseOf('7DMV4LA') };
    const ok = await system.query(SUMMARY, { token, headers });
    expect(ok.errors).toBeUndefined();
    const recorded = (await system.auditDb(AUDIT_TABLES.record).orderBy('seq', 'desc').first()) as
      { fields: string } | undefined;
    expect(recorded?.fields).toContain('DisabilityRecord.degree');
    await breakInserts(system);
    try {
      const refused = await system.query(SUMMARY, { token, headers });
      expect(refused.status).toBe(503);
      expect(refused.data ?? null).toBeNull();
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('AUDIT_UNAVAILABLE');
      expect(JSON.stringify(refused)).not.toMatch(/degree|percent/);
    } finally {
      await mendInserts(system);
    }
    const again = await system.query(SUMMARY, { token, headers });
    expect(again.errors).toBeUndefined();
    expect((await verifyAuditChain(system.auditDb)).ok).toBe(true);
  });
});
