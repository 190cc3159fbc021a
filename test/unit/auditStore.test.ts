import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, AuditRecord } from '@dost/audit-store/AuditEntry.ts';
import { auditMigrations } from '@dost/audit-store/auditMigrations.ts';
import { AUDIT_TABLES, GENESIS_HASH } from '@dost/audit-store/auditTables.ts';
import { createAuditWriter } from '@dost/audit-store/createAuditWriter.ts';
import { canonicalAuditRecord, hashAuditRecord } from '@dost/audit-store/hashAuditRecord.ts';
import { verifyAuditChain } from '@dost/audit-store/verifyAuditChain.ts';
import { createLogger } from '@dost/platform/createLogger.ts';
import { openTestRegistry, testDialects, type TestDb } from '../helpers/testDatabases.ts';

const log = createLogger({ level: 'silent' });
/** sha256 of the format-2 canonical form below, computed once with `jq -cjS . | sha256sum`. */
const GOLDEN_V2 = '8725166eb4a22f2d89de80ad5ff0e106cf0aa420073bfe703c22173b5318d71f';

function entry(n: number, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    at: new Date(Date.UTC(2026, 0, 31, 9, 0, 0, n)).toISOString(),
    requestId: `req-${n}`,
    correlationId: null,
    actor: { sub: 'op-17', role: 'operator', centre: 'Şəki-2', agency: null },
    purpose: 'SERVICE_APPLICATION:APP-2026-000123',
    subjects: ['5ZK7P2Q', '3HRT9WX'],
    registries: ['people', 'pensions'],
    fields: ['Citizen.fullName', 'LabourPension.amount'],
    refused: [],
    outcome: 'DISCLOSED',
    operationHash: 'ab'.repeat(32),
    ...overrides,
  };
}

describe('canonical audit hash', () => {
  const record = {
    ...entry(0),
    at: '2026-01-31T09:15:02.123Z',
    requestId: 'req-1',
    format: 1 as const,
    seq: 1,
    prevHash: GENESIS_HASH,
  };

  it('is sha256 over JSON with sorted keys, arrays in order, no whitespace (format 1, as written before refusals were kept)', () => {
    expect(canonicalAuditRecord(record)).toBe(
      '{"actor":{"agency":null,"centre":"Şəki-2","role":"operator","sub":"op-17"},' +
        '"at":"2026-01-31T09:15:02.123Z","fields":["Citizen.fullName","LabourPension.amount"],' +
        `"operationHash":"${'ab'.repeat(32)}","outcome":"DISCLOSED","prevHash":"${GENESIS_HASH}",` +
        '"purpose":"SERVICE_APPLICATION:APP-2026-000123","registries":["people","pensions"],' +
        '"requestId":"req-1","seq":1,"subjects":["5ZK7P2Q","3HRT9WX"]}',
    );
    // Golden vector, also reproduced with Python's json.dumps(sort_keys=True) in the docs.
    expect(hashAuditRecord(record)).toBe(
      'ebce862e1fe67229684e008c9daa1cd2385c4276243f70beb9d1c20bdf0aa933',
    );
  });

  it('covers, in format 2, the refused fields, the correlation id and the format itself', () => {
    const current = {
      ...record,
      format: 2 as const,
      outcome: 'PARTIAL' as const,
      refused: ['DisabilityRecord.diagnoses'],
      correlationId: 'portal-4711',
    };
    expect(canonicalAuditRecord(current)).toBe(
      '{"actor":{"agency":null,"centre":"Şəki-2","role":"operator","sub":"op-17"},' +
        '"at":"2026-01-31T09:15:02.123Z","correlationId":"portal-4711",' +
        '"fields":["Citizen.fullName","LabourPension.amount"],"format":2,' +
        `"operationHash":"${'ab'.repeat(32)}","outcome":"PARTIAL","prevHash":"${GENESIS_HASH}",` +
        '"purpose":"SERVICE_APPLICATION:APP-2026-000123","refused":["DisabilityRecord.diagnoses"],' +
        '"registries":["people","pensions"],"requestId":"req-1","seq":1,' +
        '"subjects":["5ZK7P2Q","3HRT9WX"]}',
    );
    expect(hashAuditRecord(current)).toBe(GOLDEN_V2);
    // Each new field is inside the hash.
    for (const changed of [
      { ...current, refused: [] },
      { ...current, correlationId: null },
      { ...current, format: 1 as const },
    ]) {
      expect(hashAuditRecord(changed)).not.toBe(hashAuditRecord(current));
    }
  });

  it('changes with the order of an array', () => {
    const reordered = { ...record, subjects: ['3HRT9WX', '5ZK7P2Q'] };
    expect(hashAuditRecord(reordered)).not.toBe(hashAuditRecord(record));
  });
});

describe.each(testDialects())('audit store on $name', (dialect) => {
  let store: TestDb;
  let db: Knex;

  beforeAll(async () => {
    store = await openTestRegistry(dialect, 'audit', auditMigrations);
    db = store.db;
  });

  afterAll(async () => {
    await store.cleanup();
  });

  async function headSeq(): Promise<number> {
    const row = (await db(AUDIT_TABLES.head).first('seq')) as { seq: number | string };
    return Number(row.seq);
  }

  /** Counts the multi-row INSERTs into audit_record, i.e. the committed batches. */
  async function countBatches(call: () => Promise<unknown>): Promise<number> {
    let batches = 0;
    const onQuery = ({ sql }: { sql: string }) => {
      // A transaction's record insert, or (MariaDB, head known) the one-statement append.
      if (/^insert into [`"]audit_record[`"]|^BEGIN NOT ATOMIC/i.test(sql)) batches++;
    };
    db.on('query', onQuery);
    try {
      await call();
    } finally {
      db.off('query', onQuery);
    }
    return batches;
  }

  it('commits 200 concurrent calls as one group, with distinct consecutive seqs', async () => {
    const writer = createAuditWriter({ db, log });
    const start = await headSeq();
    let records: AuditRecord[] = [];
    const batches = await countBatches(async () => {
      records = await Promise.all(Array.from({ length: 200 }, (_, i) => writer.record(entry(i))));
    });
    expect(batches).toBe(1);
    expect(records.map((r) => r.seq)).toEqual(Array.from({ length: 200 }, (_, i) => start + i + 1));
    // Each promise resolves with its own record, linked to the one before.
    expect(records.map((r) => r.requestId)).toEqual(records.map((_, i) => `req-${i}`));
    records.slice(1).forEach((r, i) => expect(r.prevHash).toBe(records[i]?.hash));
    expect(await headSeq()).toBe(start + 200);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: start + 200 });
  });

  it('splits a burst into transactions of at most maxBatch', async () => {
    const writer = createAuditWriter({ db, log, maxBatch: 50 });
    const start = await headSeq();
    const batches = await countBatches(() =>
      Promise.all(Array.from({ length: 200 }, (_, i) => writer.record(entry(i)))),
    );
    expect(batches).toBe(4);
    expect(await headSeq()).toBe(start + 200);
  });

  it('queues calls that arrive while a transaction is in flight into the next one', async () => {
    const writer = createAuditWriter({ db, log });
    let first: AuditRecord | undefined;
    let later: AuditRecord[] = [];
    const batches = await countBatches(async () => {
      const pending = writer.record(entry(1));
      // These arrive after the first batch was taken: they wait for the next transaction.
      await new Promise((resolve) => setImmediate(resolve));
      const queued = Array.from({ length: 20 }, (_, i) => writer.record(entry(100 + i)));
      first = await pending;
      later = await Promise.all(queued);
    });
    expect(batches).toBe(2);
    const firstSeq = first?.seq ?? NaN;
    expect(later.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => firstSeq + 1 + i));
  });

  it('writes a batch larger than one statement can hold (SQLite caps a statement at 500 rows)', async () => {
    const writer = createAuditWriter({ db, log, maxBatch: 600 });
    const many = ['5ZK7P2Q', '3HRT9WX', '7MNB4KC'];
    const records = await Promise.all(
      Array.from({ length: 600 }, (_, i) => writer.record(entry(i, { subjects: many }))),
    );
    expect(new Set(records.map((r) => r.seq)).size).toBe(600);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('keeps two writers (two gateway processes) on one consistent chain', async () => {
    const a = createAuditWriter({ db, log });
    const b = createAuditWriter({ db, log });
    const start = await headSeq();
    const records = await Promise.all(
      Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? a : b).record(entry(i))),
    );
    const seqs = records.map((r) => r.seq).sort((x, y) => x - y);
    expect(seqs).toEqual(Array.from({ length: 100 }, (_, i) => start + i + 1));
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it("moves the head by compare-and-set while it wrote last, and reads it again after another writer's append", async () => {
    const a = createAuditWriter({ db, log });
    const b = createAuditWriter({ db, log });
    const heads: string[] = [];
    const onQuery = ({ sql }: { sql: string }) => {
      if (/^select .* from [`"]audit_chain_head[`"]/i.test(sql)) heads.push(sql);
    };
    await a.record(entry(1)); // a's first append reads the head
    db.on('query', onQuery);
    try {
      await a.record(entry(2));
      await a.record(entry(3));
      expect(heads).toHaveLength(0);
      await b.record(entry(4)); // b reads the head it has not written
      const afterB = heads.length;
      const record = await a.record(entry(5)); // a's compare-and-set misses: it reads again
      expect(heads.length).toBe(afterB + 1);
      expect(record.seq).toBe(await headSeq());
    } finally {
      db.off('query', onQuery);
    }
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('stores exactly what was handed in, even if the caller changes it afterwards', async () => {
    const writer = createAuditWriter({ db, log });
    const subjects = ['5ZK7P2Q'];
    const pending = writer.record(entry(7, { subjects, purpose: 'Ə:ş ğ ı ö ü ç 😀' }));
    subjects.push('3HRT9WX');
    const record = await pending;
    expect(record.subjects).toEqual(['5ZK7P2Q']);
    const row = (await db(AUDIT_TABLES.record).where({ seq: record.seq }).first()) as {
      purpose: string;
      at: string;
      hash: string;
    };
    expect(row).toMatchObject({ purpose: 'Ə:ş ğ ı ö ü ç 😀', at: record.at, hash: record.hash });
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('refuses an entry it could not store byte-exactly, without failing the others', async () => {
    const writer = createAuditWriter({ db, log });
    const results = await Promise.allSettled([
      writer.record(entry(1)),
      writer.record(entry(2, { at: '2026-01-31T09:00:00Z' })),
      writer.record(entry(3, { subjects: ['not-a-fin'] })),
      writer.record(entry(4, { purpose: 'lone \uD800 surrogate' })),
      writer.record(entry(5, { operationHash: 'XYZ' })),
      writer.record(entry(6)),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'rejected',
      'rejected',
      'rejected',
      'fulfilled',
    ]);
  });

  describe('when the database fails', () => {
    const FAULT = 'audit_test_fault';

    async function breakInserts(): Promise<void> {
      await db.raw(
        dialect.name === 'mysql'
          ? `CREATE TRIGGER ${FAULT} BEFORE INSERT ON audit_record FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'disk full'`
          : `CREATE TRIGGER ${FAULT} BEFORE INSERT ON audit_record BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
      );
    }

    it('rejects every pending call, then works again once the database recovers', async () => {
      const writer = createAuditWriter({ db, log });
      const start = await headSeq();
      await breakInserts();
      try {
        const failed = await Promise.allSettled(
          Array.from({ length: 50 }, (_, i) => writer.record(entry(i))),
        );
        expect(failed.every((r) => r.status === 'rejected')).toBe(true);
        // The reason is the driver's, without the SQL and the personal data it carried.
        const reasons = failed.map((r) => (r.status === 'rejected' ? String(r.reason) : ''));
        expect(reasons[0]).toMatch(/not committed .*disk full/);
        expect(reasons.join()).not.toMatch(/5ZK7P2Q|op-17|insert into/i);
        expect(await headSeq()).toBe(start);
      } finally {
        await db.raw(`DROP TRIGGER ${FAULT}`);
      }
      const recovered = await Promise.all(
        Array.from({ length: 10 }, (_, i) => writer.record(entry(i))),
      );
      // The failed batch left no trace: the chain continues without a gap.
      expect(recovered.map((r) => r.seq)).toEqual(
        Array.from({ length: 10 }, (_, i) => start + i + 1),
      );
      expect((await verifyAuditChain(db)).ok).toBe(true);
    });

    it('reports not writable, and rejects, when the store is gone', async () => {
      const gone = await openTestRegistry(dialect, 'audit', auditMigrations);
      const writer = createAuditWriter({ db: gone.db, log });
      expect(await writer.check()).toBe(true);
      await gone.cleanup();
      expect(await writer.check()).toBe(false);
      await expect(writer.record(entry(1))).rejects.toThrow();
    });
  });

  it('answers check() true while writable and flush() once nothing is pending', async () => {
    const writer = createAuditWriter({ db, log });
    expect(await writer.check()).toBe(true);
    let settled = 0;
    for (let i = 0; i < 30; i++) void writer.record(entry(i)).then(() => settled++);
    await writer.flush();
    expect(settled).toBe(30);
  });

  describe('append-only triggers', () => {
    it.each([
      ['update a record', () => db(AUDIT_TABLES.record).update({ purpose: 'x' })],
      ['delete a record', () => db(AUDIT_TABLES.record).where('seq', 1).del()],
      ['update a subject row', () => db(AUDIT_TABLES.subject).update({ fin: '7MNB4KC' })],
      ['delete a subject row', () => db(AUDIT_TABLES.subject).del()],
      ['delete the chain head', () => db(AUDIT_TABLES.head).del()],
    ])('refuse to %s', async (_name, change) => {
      await expect(change()).rejects.toThrow(/append-only/);
    });
  });
});
