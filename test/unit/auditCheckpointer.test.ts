import { randomBytes } from 'node:crypto';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAuditBatch } from '@dost/audit-store/appendAuditBatch.ts';
import { auditMigrations } from '@dost/audit-store/auditMigrations.ts';
import type { AuditCheckpoint } from '@dost/audit-store/checkpoint/AuditCheckpoint.ts';
import {
  createAuditCheckpointer,
  type AuditCheckpointer,
  type AuditCheckpointerOptions,
} from '@dost/audit-store/checkpoint/createAuditCheckpointer.ts';
import { verifyAuditTrail } from '@dost/audit-store/checkpoint/verifyAuditTrail.ts';
import { createAuditWriter, type AuditWriter } from '@dost/audit-store/createAuditWriter.ts';
import type { AuditWitness } from '@dost/audit-store/witness/AuditWitness.ts';
import { createFileWitness } from '@dost/audit-store/witness/createFileWitness.ts';
import { openAuditWitness } from '@dost/audit-store/witness/openAuditWitness.ts';
import { createLogger } from '@dost/platform/createLogger.ts';
import { openRegistryDb } from '@dost/platform/openRegistryDb.ts';
import { openTestRegistry, testDialects, type TestDb } from '../helpers/testDatabases.ts';
import { createTestKeys } from '../helpers/testKeys.ts';
import { auditEntry } from '../helpers/auditEntry.ts';

const log = createLogger({ level: 'silent' });
const keys = createTestKeys();
/** Never fires within a test: only the setting under test writes checkpoints. */
const NEVER = 600_000;

const entry = auditEntry;

/** The checkpoints in a witness file, as their readable copies say. */
function checkpointsIn(path: string): AuditCheckpoint[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => (JSON.parse(line) as { checkpoint: AuditCheckpoint }).checkpoint);
}

function claimedBy(checkpoint: AuditCheckpoint): number {
  return checkpoint.ranges.reduce((sum, [from, to]) => sum + to - from + 1, 0);
}

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(20);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe.each(testDialects())('the audit checkpointer on $name', (dialect) => {
  let store: TestDb;
  let db: Knex;
  let dir: string;
  let path: string;
  const opened: { writer: AuditWriter; checkpointer: AuditCheckpointer; witness: AuditWitness }[] =
    [];

  beforeEach(async () => {
    store = await openTestRegistry(dialect, 'audit', auditMigrations);
    db = store.db;
    dir = mkdtempSync(join(tmpdir(), 'dost-witness-'));
    path = join(dir, 'audit-witness.jsonl');
  });

  afterEach(async () => {
    for (const { writer, checkpointer, witness } of opened.splice(0)) {
      await writer.flush();
      await checkpointer.close({ final: false });
      await witness.close();
    }
    await store.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A gateway's writer with its checkpointer, started, on the shared witness file. */
  async function startGateway(settings: Partial<AuditCheckpointerOptions> = {}) {
    const witness = createFileWitness(path);
    const checkpointer = createAuditCheckpointer({
      db,
      witness,
      key: keys.privateKey,
      log,
      everyRecords: 1_000,
      everyMs: NEVER,
      heartbeatMs: NEVER,
      ...settings,
    });
    const writer = createAuditWriter({ db, log, onBatch: checkpointer.onBatch });
    await checkpointer.start();
    const gateway = { writer, checkpointer, witness };
    opened.push(gateway);
    return gateway;
  }

  const verify = (skewMs = 5_000) =>
    verifyAuditTrail({ db, witnesses: [createFileWitness(path)], key: keys.publicKey, skewMs });

  it('writes a checkpoint once a writer committed N records', async () => {
    const { writer } = await startGateway({ everyRecords: 10 });
    for (let i = 0; i < 35; i++) await writer.record(entry(i));
    // Until fewer than N committed records are left unclaimed: from there no checkpoint is due.
    // (How many it takes depends on how many records join each one while it is written.)
    const unclaimed = () =>
      35 - checkpointsIn(path).reduce((sum, checkpoint) => sum + claimedBy(checkpoint), 0);
    await until(() => unclaimed() < 10);
    const [start, ...later] = checkpointsIn(path);
    expect(start).toMatchObject({ n: 0, seq: 0, ranges: [], final: false });
    expect(later.map((c) => c.n)).toEqual(later.map((_, i) => i + 1));
    // Each is due at the 10th record; the few committed while it is written join it.
    for (const checkpoint of later) expect(claimedBy(checkpoint)).toBeGreaterThanOrEqual(10);
    expect(later.reduce((sum, c) => sum + claimedBy(c), 0)).toBeGreaterThan(35 - 10);
  });

  it('writes a checkpoint T after a record, however few records there are', async () => {
    const { writer } = await startGateway({ everyMs: 300 });
    const committed = Date.now();
    await Promise.all([writer.record(entry(1)), writer.record(entry(2))]);
    await until(() => checkpointsIn(path).length >= 2);
    const checkpoint = checkpointsIn(path)[1];
    expect(checkpoint?.ranges).toEqual([[1, 2]]);
    expect(Date.parse(checkpoint?.at ?? '')).toBeGreaterThanOrEqual(committed + 300 - 5);
  });

  it('writes a heartbeat while idle, so that a stopped gateway can be told', async () => {
    await startGateway({ heartbeatMs: 100 });
    await sleep(450);
    const beats = checkpointsIn(path).slice(1);
    expect(beats.length).toBeGreaterThanOrEqual(2);
    for (const beat of beats) expect(beat).toMatchObject({ ranges: [], nextWithinMs: 100 });
  });

  it('writes a final checkpoint on close that claims everything, and nothing after', async () => {
    const { writer, checkpointer } = await startGateway({ heartbeatMs: 100 });
    await Promise.all(Array.from({ length: 30 }, (_, i) => writer.record(entry(i))));
    await writer.flush();
    await checkpointer.close();
    const written = checkpointsIn(path).length;
    await sleep(250);
    const all = checkpointsIn(path);
    expect(all.length).toBe(written);
    expect(all.at(-1)).toMatchObject({ final: true, seq: 30 });
    expect(all.reduce((sum, c) => sum + claimedBy(c), 0)).toBe(30);
    expect(await verify()).toMatchObject({ ok: true, vouched: 30, pending: 0 });
  });

  it('keeps two writers on one chain verifiable, each vouching for its own records', async () => {
    const a = await startGateway({ everyRecords: 20 });
    const b = await startGateway({ everyRecords: 20 });
    const records = await Promise.all(
      Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? a : b).writer.record(entry(i))),
    );
    // While both run, records above a writer's latest checkpoint may be unjudged, never forged.
    expect(await verify()).toMatchObject({ ok: true, records: 200 });
    for (const gateway of [a, b]) {
      await gateway.writer.flush();
      await gateway.checkpointer.close();
    }
    expect(records).toHaveLength(200);
    expect(await verify()).toMatchObject({
      ok: true,
      records: 200,
      writers: 2,
      vouched: 200,
      pending: 0,
      unvouched: [],
    });
  });

  describe('a gateway that crashes before its next checkpoint', () => {
    /** Vouches for 20 records, then commits 5 more and dies before checkpointing them. */
    async function crashedGateway(): Promise<void> {
      const a = await startGateway({ heartbeatMs: 100 });
      for (let i = 0; i < 20; i++) await a.writer.record(entry(i));
      await a.checkpointer.flush();
      // Its checkpoints stop first, so that no heartbeat can catch the last records.
      await a.checkpointer.close({ final: false });
      for (let i = 20; i < 25; i++) await a.writer.record(entry(i));
    }

    it('leaves its last records pending while it may still be running', async () => {
      await crashedGateway();
      expect(await verify()).toMatchObject({ ok: true, vouched: 20, pending: 5 });
    });

    it('leaves its last records unvouched once overdue, and catches a forgery after them', async () => {
      await crashedGateway();
      // Overdue: no checkpoint for 2 × 100 ms (no skew allowed in this test).
      await sleep(300);
      const b = await startGateway({ heartbeatMs: 100 });
      for (let i = 25; i < 35; i++) await b.writer.record(entry(i));
      await b.checkpointer.flush();
      const verdict = await verify(0);
      expect(verdict).toMatchObject({ ok: true, vouched: 30, pending: 0 });
      expect(verdict.unvouched).toEqual([
        expect.objectContaining({ first: 21, last: 25, count: 5 }),
      ]);
      // The crash does not open a door for later: a record forged after it is still caught.
      const [forged] = await appendAuditBatch(db, [entry(9_999, 'op-innocent')]);
      await b.writer.record(entry(35));
      await b.writer.flush();
      await b.checkpointer.close();
      expect(await verify(0)).toMatchObject({ ok: false, brokenAt: forged?.seq });
    });
  });

  it('refuses to start when the witness cannot take the first checkpoint', async () => {
    mkdirSync(path);
    const witness = createFileWitness(path);
    const checkpointer = createAuditCheckpointer({ db, witness, key: keys.privateKey, log });
    await expect(checkpointer.start()).rejects.toThrow(/did not take the first checkpoint/);
    await checkpointer.close({ final: false });
  });

  it('reads past a line cut short by a crash, and keeps the next one whole', async () => {
    const first = await startGateway();
    await first.writer.record(entry(1));
    await first.writer.flush();
    await first.checkpointer.close();
    await first.witness.close();
    appendFileSync(path, '{"checkpoint":{"v":1,"wri');
    const second = await startGateway();
    await second.writer.record(entry(2));
    await second.writer.flush();
    await second.checkpointer.close();
    const verdict = await verify();
    expect(verdict).toMatchObject({ ok: true, vouched: 2, writers: 2 });
    expect(verdict.unreadable).toEqual([expect.stringMatching(/line 3: not JSON/)]);
  });

  it('accepts the same line appended twice (a retry) and reports a lost one', async () => {
    const { writer, checkpointer } = await startGateway();
    for (let i = 0; i < 3; i++) {
      await writer.record(entry(i));
      await checkpointer.flush();
    }
    await checkpointer.close();
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    writeFileSync(path, `${[...lines, lines.at(-1)].join('\n')}\n`);
    expect(await verify()).toMatchObject({ ok: true, vouched: 3 });
    writeFileSync(path, `${lines.filter((_, i) => i !== 2).join('\n')}\n`);
    expect(await verify()).toMatchObject({
      ok: false,
      brokenAt: null,
      reason: expect.stringMatching(/the witness lost checkpoint 2 of gateway/),
    });
  });

  // Only a server database has TRUNCATE and a witness account to refuse; the SQLite run
  // does not declare this test at all (rather than skip it).
  (dialect.name === 'mysql' ? it : () => undefined)(
    'retries a checkpoint the witness database refused, and loses no claim',
    async () => {
      const url = dialect.url ?? '';
      const databasePrefix = `dost_w${randomBytes(4).toString('hex')}_`;
      const witness = await openAuditWitness({ kind: 'mysql', url }, { databasePrefix });
      const admin = await openRegistryDb({ registry: 'audit_witness', url, databasePrefix });
      try {
        const checkpointer = createAuditCheckpointer({
          db,
          witness,
          key: keys.privateKey,
          log,
          everyRecords: 5,
          everyMs: 200,
          heartbeatMs: NEVER,
        });
        const writer = createAuditWriter({ db, log, onBatch: checkpointer.onBatch });
        await checkpointer.start();
        await admin.raw(
          "CREATE TRIGGER witness_down BEFORE INSERT ON audit_witness FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'witness down'",
        );
        for (let i = 0; i < 12; i++) await writer.record(entry(i));
        // Refused meanwhile, and the records stay committed: the gateway keeps serving.
        await sleep(500);
        expect(await admin('audit_witness').count({ n: '*' })).toEqual([{ n: 1 }]);
        await admin.raw('DROP TRIGGER witness_down');
        await writer.flush();
        await checkpointer.close();
        const verdict = await verifyAuditTrail({ db, witnesses: [witness], key: keys.publicKey });
        expect(verdict).toMatchObject({ ok: true, vouched: 12, pending: 0 });
        // Append-only: its own account cannot change or remove a row either.
        await expect(admin('audit_witness').update({ seq: 0 })).rejects.toThrow(/append-only/);
        await expect(admin('audit_witness').del()).rejects.toThrow(/append-only/);
      } finally {
        await witness.close();
        await admin.raw(`DROP DATABASE IF EXISTS \`${databasePrefix}audit_witness\``);
        await admin.destroy();
      }
    },
  );
});
