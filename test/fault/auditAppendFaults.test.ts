import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { appendAuditBatch, linkRecords } from '@dost/audit-store/appendAuditBatch.ts';
import { appendInOneStatement } from '@dost/audit-store/appendInOneStatement.ts';
import { auditMigrations } from '@dost/audit-store/auditMigrations.ts';
import { AUDIT_TABLES } from '@dost/audit-store/auditTables.ts';
import { createAuditWriter } from '@dost/audit-store/createAuditWriter.ts';
import { createWorkerAppender } from '@dost/audit-store/createWorkerAppender.ts';
import { readChainHead, type ChainHead } from '@dost/audit-store/readChainHead.ts';
import { verifyAuditChain } from '@dost/audit-store/verifyAuditChain.ts';
import { createLogger } from '@dost/platform/createLogger.ts';
import { openRegistryDb } from '@dost/platform/openRegistryDb.ts';
import { auditEntry } from '../helpers/auditEntry.ts';
import { cutDatabaseConnections } from '../helpers/cutDatabaseConnections.ts';
import { openTestRegistry, testDialects, type TestDb } from '../helpers/testDatabases.ts';

const log = createLogger({ level: 'silent' });
const servers = testDialects().filter((dialect) => dialect.name === 'mysql');
const FAULT = 'audit_append_faults_test';

/** Entries that no other test of this file appends (request ids are unique per call). */
let nextEntry = 10_000;
const entries = (count: number) =>
  Array.from({ length: count }, () => {
    nextEntry += 1;
    return auditEntry(nextEntry);
  });

const countRecords = async (db: Knex) =>
  Number(((await db(AUDIT_TABLES.record).count('* as n').first()) as { n: number | string }).n);
const countSubjects = async (db: Knex) =>
  Number(((await db(AUDIT_TABLES.subject).count('* as n').first()) as { n: number | string }).n);

describe.each(servers)('the one-round-trip audit append on $name', (dialect) => {
  let store: TestDb;
  let databasePrefix: string;

  beforeAll(async () => {
    store = await openTestRegistry(dialect, 'audit', auditMigrations);
    const [rows] = (await store.db.raw('SELECT DATABASE() AS name')) as [{ name: string }[]];
    databasePrefix = (rows[0]?.name ?? '').replace(/audit$/, '');
    expect(databasePrefix).toMatch(/^dost_t[0-9a-f]+_$/);
  });

  afterAll(async () => {
    await store.db.raw(`DROP TRIGGER IF EXISTS ${FAULT}`);
    await store.cleanup();
  });

  /** The head and the table sizes: what must not move when a batch fails. */
  const snapshot = async () => ({
    head: await readChainHead(store.db),
    records: await countRecords(store.db),
    subjects: await countSubjects(store.db),
  });

  it('commits a batch whose head is known in one statement, on one round trip', async () => {
    const head = await readChainHead(store.db);
    const sent: string[] = [];
    const onQuery = (query: { sql: string }) => sent.push(query.sql);
    store.db.on('query', onQuery);
    try {
      // Text outside ASCII and the BMP, quotes and backslashes: stored byte-exact, or the
      // verifier's recomputed hashes would not match.
      const batch = entries(5).map((entry) => ({
        ...entry,
        actor: { ...entry.actor, centre: 'Şəki-2', agency: "O'Brien \\ 😀" },
      }));
      const records = await appendAuditBatch(store.db, batch, head);
      expect(records.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5].map((n) => head.seq + n));
    } finally {
      store.db.off('query', onQuery);
    }
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/^BEGIN NOT ATOMIC/);
    expect(await verifyAuditChain(store.db)).toEqual({ ok: true, count: head.seq + 5 });
  });

  it('detects a compare-and-set miss exactly: nothing lands, and the caller links to the real head', async () => {
    await appendAuditBatch(store.db, entries(2), await readChainHead(store.db));
    const before = await snapshot();
    const stale: ChainHead = { seq: before.head.seq - 1, hash: 'ab'.repeat(32) };
    const batch = entries(3);
    expect(await appendInOneStatement(store.db, linkRecords(stale, batch), stale)).toBe(
      'head-moved',
    );
    expect(await snapshot()).toEqual(before);
    // The batch append then links the same entries to the head as it is.
    const records = await appendAuditBatch(store.db, batch, stale);
    expect(records[0]?.seq).toBe(before.head.seq + 1);
    expect(records[0]?.prevHash).toBe(before.head.hash);
    expect(await verifyAuditChain(store.db)).toEqual({ ok: true, count: before.head.seq + 3 });
  });

  it('is all or nothing: a row failing after the records were inserted leaves no trace', async () => {
    const before = await snapshot();
    // The subject rows go in after the records, in the same statement: fail the last of them.
    await store.db.raw(
      `CREATE TRIGGER ${FAULT} BEFORE INSERT ON audit_subject FOR EACH ROW ` +
        `IF NEW.seq = ${before.head.seq + 5} THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'disk full'; END IF`,
    );
    try {
      const batch = entries(5).map((entry) => ({ ...entry, subjects: ['5ZK7P2Q'] }));
      const failed = appendInOneStatement(store.db, linkRecords(before.head, batch), before.head);
      await expect(failed).rejects.toThrow(/disk full/);
      expect(await snapshot()).toEqual(before);
    } finally {
      await store.db.raw(`DROP TRIGGER ${FAULT}`);
    }
    expect(await verifyAuditChain(store.db)).toEqual({ ok: true, count: before.head.seq });
  });

  it('is all or nothing when the connection is cut mid-statement, and the writer refuses the batch', async () => {
    const writer = createAuditWriter({ db: store.db, log });
    // The first batch reads the head under its lock; the writer then knows it.
    await writer.record(entries(1)[0] ?? auditEntry(0));
    const before = await snapshot();
    // Hold the statement after its records are in, until the connection is cut.
    await store.db.raw(
      `CREATE TRIGGER ${FAULT} BEFORE INSERT ON audit_subject FOR EACH ROW DO SLEEP(5)`,
    );
    const watcher = await openRegistryDb({
      registry: 'audit',
      url: dialect.url,
      dataDir: ':memory:',
      databasePrefix,
    });
    try {
      const batch = entries(3).map((entry) => ({ ...entry, subjects: ['5ZK7P2Q'] }));
      const settled = Promise.allSettled(batch.map((entry) => writer.record(entry)));
      await waitForBlockInside(watcher, databasePrefix);
      expect(await cutDatabaseConnections(dialect.url ?? '', databasePrefix)).toBeGreaterThan(0);
      const results = await settled;
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    } finally {
      await watcher.destroy();
      await store.db.raw(`DROP TRIGGER ${FAULT}`);
    }
    expect(await snapshot()).toEqual(before);
    // No stuck state: the next record follows the old head, and the chain verifies.
    const next = await writer.record(entries(1)[0] ?? auditEntry(0));
    expect(next.seq).toBe(before.head.seq + 1);
    expect(next.prevHash).toBe(before.head.hash);
    expect(await verifyAuditChain(store.db)).toEqual({ ok: true, count: before.head.seq + 1 });
  });

  it('leaves no transaction open on its connection when the statement is killed', async () => {
    // One connection, as the worker has: whatever the kill left behind, the next use sees.
    const single = await openRegistryDb({
      registry: 'audit',
      url: dialect.url,
      dataDir: ':memory:',
      databasePrefix,
      poolMax: 1,
    });
    const watcher = await openRegistryDb({
      registry: 'audit',
      url: dialect.url,
      dataDir: ':memory:',
      databasePrefix,
    });
    await store.db.raw(
      `CREATE TRIGGER ${FAULT} BEFORE INSERT ON audit_subject FOR EACH ROW DO SLEEP(5)`,
    );
    try {
      const before = await snapshot();
      const batch = entries(2).map((entry) => ({ ...entry, subjects: ['5ZK7P2Q'] }));
      // The expectation is attached at once: the refusal can arrive before KILL's own answer,
      // and a rejection left without a handler for a tick is reported as unhandled.
      const killed = expect(
        appendInOneStatement(single, linkRecords(before.head, batch), before.head),
      ).rejects.toThrow(/interrupted/);
      const id = await waitForBlockInside(watcher, databasePrefix);
      await watcher.raw(`KILL QUERY ${String(id)}`);
      await killed;
      const [rows] = (await single.raw('SELECT @@in_transaction AS open')) as [
        { open: number | string }[],
      ];
      expect(Number(rows[0]?.open)).toBe(0);
      expect(await snapshot()).toEqual(before);
    } finally {
      await store.db.raw(`DROP TRIGGER ${FAULT}`);
      await watcher.destroy();
      await single.destroy();
    }
  });

  it('keeps one valid chain for two writers (two gateways) on one store', async () => {
    const second = await openRegistryDb({
      registry: 'audit',
      url: dialect.url,
      dataDir: ':memory:',
      databasePrefix,
    });
    try {
      const writers = [
        createAuditWriter({ db: store.db, log, maxBatch: 7 }),
        createAuditWriter({ db: second, log, maxBatch: 5 }),
      ];
      const before = (await readChainHead(store.db)).seq;
      const records = await Promise.all(
        entries(240).map((entry, i) => writers[i % 2]?.record(entry)),
      );
      const seqs = records.map((r) => r?.seq ?? 0).sort((x, y) => x - y);
      expect(seqs).toEqual(Array.from({ length: 240 }, (_, i) => before + i + 1));
      expect(await verifyAuditChain(store.db)).toEqual({ ok: true, count: before + 240 });
    } finally {
      await second.destroy();
    }
  });

  it('sends a batch too large for one packet as a transaction, still all of it', async () => {
    const head = await readChainHead(store.db);
    // Three entries of 6 000 fields of 250 characters: over the 4 MiB one statement may carry.
    const fields = Array.from({ length: 6_000 }, (_, i) => `F${String(i).padStart(249, '.')}`);
    const batch = entries(3).map((entry) => ({ ...entry, fields }));
    const sent: string[] = [];
    const onQuery = (query: { sql: string }) => sent.push(query.sql);
    store.db.on('query', onQuery);
    try {
      const records = await appendAuditBatch(store.db, batch, head);
      expect(records.map((r) => r.seq)).toEqual([1, 2, 3].map((n) => head.seq + n));
    } finally {
      store.db.off('query', onQuery);
    }
    expect(sent.some((sql) => sql.startsWith('BEGIN NOT ATOMIC'))).toBe(false);
    expect(sent.some((sql) => /^insert into `audit_record`/i.test(sql))).toBe(true);
    expect(await verifyAuditChain(store.db)).toEqual({ ok: true, count: head.seq + 3 });
  });

  it('leaves the append-only triggers in force', async () => {
    await expect(store.db(AUDIT_TABLES.record).update({ outcome: 'DENIED' })).rejects.toThrow(
      /append-only/,
    );
    await expect(store.db(AUDIT_TABLES.subject).delete()).rejects.toThrow(/append-only/);
  });
});

/** Waits until an append on the audit database is held by the sleeping trigger; its connection. */
async function waitForBlockInside(watcher: Knex, databasePrefix: string): Promise<number> {
  for (let tries = 0; tries < 200; tries += 1) {
    const [rows] = (await watcher.raw(
      `SELECT ID AS id FROM information_schema.PROCESSLIST WHERE DB = ? AND STATE = 'User sleep'`,
      [`${databasePrefix}audit`],
    )) as [{ id: number | string }[]];
    const id = rows[0]?.id;
    if (id !== undefined) return Number(id);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('The one-statement append never started.');
}

describe.each(servers)('pipelined audit batches on $name', (dialect) => {
  let store: TestDb;

  beforeAll(async () => {
    store = await openTestRegistry(dialect, 'audit', auditMigrations);
  });

  afterAll(async () => {
    await store.db.raw(`DROP TRIGGER IF EXISTS ${FAULT}`);
    await store.cleanup();
  });

  it('keeps two batches in flight on the worker, and the chain they make verifies', async () => {
    const worker = createWorkerAppender({ db: store.db, log, connections: 2 });
    let appending = 0;
    let overlapped = 0;
    const writer = createAuditWriter({
      db: store.db,
      log,
      maxBatch: 10,
      maxInFlight: 2,
      append: async (batch) => {
        appending += 1;
        if (appending > 1) overlapped += 1;
        try {
          return await worker.append(batch);
        } finally {
          appending -= 1;
        }
      },
    });
    try {
      const records = await Promise.all(entries(300).map((entry) => writer.record(entry)));
      expect(records.map((r) => r.seq)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
      expect(overlapped).toBeGreaterThan(0);
      expect(await verifyAuditChain(store.db)).toEqual({ ok: true, count: 300 });
    } finally {
      await writer.flush();
      await worker.close();
    }
  });

  it('refuses the batch linked to a failed one, and the chain continues from the old head', async () => {
    const worker = createWorkerAppender({ db: store.db, log, connections: 2 });
    const writer = createAuditWriter({ db: store.db, log, maxInFlight: 2, append: worker.append });
    // A head the worker knows, so batch k is linked by compare-and-set.
    await writer.record(entries(1)[0] ?? auditEntry(0));
    const head = await readChainHead(store.db);
    // Batch k holds the head's lock a while, then fails on its marked subject row.
    await store.db.raw(
      `CREATE TRIGGER ${FAULT} BEFORE INSERT ON audit_subject FOR EACH ROW BEGIN ` +
        `IF NEW.fin = '7DMV4LA' THEN DO SLEEP(0.5); ` +
        `SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'disk full'; END IF; END`,
    );
    try {
      const failing = writer.record({ ...(entries(1)[0] ?? auditEntry(0)), subjects: ['7DMV4LA'] });
      // Batch k + 1: queued while k commits, handed over at once, linked to k's tail.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const chained = entries(4).map((entry) => writer.record(entry));
      const settled = await Promise.allSettled([failing, ...chained]);
      expect(settled.map((r) => r.status)).toEqual(Array(5).fill('rejected'));
      const reasons = settled.map((r) => (r.status === 'rejected' ? String(r.reason) : ''));
      expect(reasons[0]).toMatch(/disk full/);
      expect(reasons[1]).toMatch(/not committed .*linked to one that did not commit/);
    } finally {
      await store.db.raw(`DROP TRIGGER ${FAULT}`);
    }
    expect(await readChainHead(store.db)).toEqual(head);
    const next = await writer.record(entries(1)[0] ?? auditEntry(0));
    expect(next.seq).toBe(head.seq + 1);
    expect(await verifyAuditChain(store.db)).toEqual({ ok: true, count: head.seq + 1 });
    await writer.flush();
    await worker.close();
  });

  it('keeps one valid chain for two pipelining writers (two gateways) on one store', async () => {
    const workers = [1, 2].map(() => createWorkerAppender({ db: store.db, log, connections: 2 }));
    const writers = workers.map((worker) =>
      createAuditWriter({ db: store.db, log, maxBatch: 6, maxInFlight: 2, append: worker.append }),
    );
    try {
      const before = (await readChainHead(store.db)).seq;
      const records = await Promise.all(
        entries(240).map((entry, i) => writers[i % 2]?.record(entry)),
      );
      const seqs = records.map((r) => r?.seq ?? 0).sort((x, y) => x - y);
      expect(seqs).toEqual(Array.from({ length: 240 }, (_, i) => before + i + 1));
      expect(await verifyAuditChain(store.db)).toEqual({ ok: true, count: before + 240 });
    } finally {
      for (const writer of writers) await writer.flush();
      for (const worker of workers) await worker.close();
    }
  });
});
