import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAuditBatch, linkRecords } from '@dost/audit-store/appendAuditBatch.ts';
import {
  createAppendOnlyTrigger,
  dropAppendOnlyTrigger,
} from '@dost/audit-store/appendOnlyTriggers.ts';
import { auditMigrations } from '@dost/audit-store/auditMigrations.ts';
import { fromAuditRow, toAuditRow, type AuditRecordRow } from '@dost/audit-store/auditRows.ts';
import { AUDIT_TABLES, CHAIN_HEAD_ID } from '@dost/audit-store/auditTables.ts';
import type { AuditCheckpoint } from '@dost/audit-store/checkpoint/AuditCheckpoint.ts';
import {
  createAuditCheckpointer,
  type AuditCheckpointer,
} from '@dost/audit-store/checkpoint/createAuditCheckpointer.ts';
import { signAuditCheckpoint } from '@dost/audit-store/checkpoint/signAuditCheckpoint.ts';
import { verifyAuditTrail } from '@dost/audit-store/checkpoint/verifyAuditTrail.ts';
import { createAuditWriter, type AuditWriter } from '@dost/audit-store/createAuditWriter.ts';
import { APPEND_ONLY_TRIGGERS } from '@dost/audit-store/migrations/001_audit_trail.ts';
import { readChainHead } from '@dost/audit-store/readChainHead.ts';
import { verifyAuditChain } from '@dost/audit-store/verifyAuditChain.ts';
import type { AuditWitness } from '@dost/audit-store/witness/AuditWitness.ts';
import { openAuditWitness } from '@dost/audit-store/witness/openAuditWitness.ts';
import { createLogger } from '@dost/platform/createLogger.ts';
import { openRegistryDb } from '@dost/platform/openRegistryDb.ts';
import {
  openTestRegistry,
  testDialects,
  type TestDb,
  type TestDialect,
} from '../helpers/testDatabases.ts';
import { createTestKeys } from '../helpers/testKeys.ts';
import { auditEntry } from '../helpers/auditEntry.ts';

const log = createLogger({ level: 'silent' });
/** Records the gateway writes before each attack; checkpoints every 50 of them. */
const RECORDS = 300;

const entry = auditEntry;

/** Every witness kind the dialect offers: a file always, a second database on MariaDB. */
function witnessKinds(dialect: TestDialect) {
  return [
    { dialect, witness: 'file' as const },
    ...(dialect.url === undefined ? [] : [{ dialect, witness: 'mysql' as const }]),
  ];
}

describe.each(testDialects().flatMap(witnessKinds))(
  'checkpoints against a DBA on $dialect.name, witness in a $witness',
  ({ dialect, witness: kind }) => {
    const keys = createTestKeys();
    let store: TestDb;
    let db: Knex;
    let dir: string;
    let witness: AuditWitness;
    /** The witness database as its own administrator sees it (MariaDB witness only). */
    let witnessAdmin: Knex | null;
    let checkpointer: AuditCheckpointer;
    let writer: AuditWriter;

    beforeEach(async () => {
      store = await openTestRegistry(dialect, 'audit', auditMigrations);
      db = store.db;
      dir = mkdtempSync(join(tmpdir(), 'dost-witness-'));
      const databasePrefix = `dost_w${randomBytes(4).toString('hex')}_`;
      const url = dialect.url ?? '';
      witness = await openAuditWitness(
        kind === 'file' ? { kind, path: join(dir, 'audit-witness.jsonl') } : { kind, url },
        { databasePrefix },
      );
      witnessAdmin =
        kind === 'file'
          ? null
          : await openRegistryDb({ registry: 'audit_witness', url, databasePrefix });
      checkpointer = createAuditCheckpointer({
        db,
        witness,
        key: keys.privateKey,
        log,
        everyRecords: 50,
        // Long enough never to fire during a test: only the record count and flush() write.
        everyMs: 600_000,
        heartbeatMs: 600_000,
      });
      writer = createAuditWriter({ db, log, onBatch: checkpointer.onBatch });
      await checkpointer.start();
      await writeRecords(0, RECORDS);
    });

    afterEach(async () => {
      await checkpointer.close({ final: false });
      await witness.close();
      if (witnessAdmin !== null) {
        const database = new URL(witness.name).pathname.slice(1);
        await witnessAdmin.raw(`DROP DATABASE IF EXISTS \`${database}\``);
        await witnessAdmin.destroy();
      }
      await store.cleanup();
      rmSync(dir, { recursive: true, force: true });
    });

    async function writeRecords(from: number, count: number): Promise<void> {
      await Promise.all(Array.from({ length: count }, (_, i) => writer.record(entry(from + i))));
      await writer.flush();
    }

    /** A clean shutdown: every record claimed, the head anchored by a final checkpoint. */
    async function shutDown(): Promise<void> {
      await writer.flush();
      await checkpointer.close();
    }

    const verify = () => verifyAuditTrail({ db, witnesses: [witness], key: keys.publicKey });

    /** As a DBA: the append-only triggers out of the way for the change. */
    async function asDba(change: () => Promise<unknown>): Promise<void> {
      for (const trigger of APPEND_ONLY_TRIGGERS) await dropAppendOnlyTrigger(db, trigger);
      await change();
      for (const trigger of APPEND_ONLY_TRIGGERS) await createAppendOnlyTrigger(db, trigger);
    }

    async function moveHead(seq: number): Promise<void> {
      const row = (await db(AUDIT_TABLES.record).where({ seq }).first('hash')) as { hash: string };
      await db(AUDIT_TABLES.head).where({ id: CHAIN_HEAD_ID }).update({ seq, hash: row.hash });
    }

    it('verifies an untouched chain: every record vouched for', async () => {
      await shutDown();
      const verdict = await verify();
      expect(verdict).toMatchObject({ ok: true, records: RECORDS, vouched: RECORDS, pending: 0 });
      // The start, then at least the final one (a 200-record batch already crosses the 50).
      expect(verdict).toMatchObject({ writers: 1, unvouched: [], legacy: 0 });
      expect(verdict.checkpoints).toBeGreaterThanOrEqual(2);
    });

    it('detects the tail cut off and the head moved back', async () => {
      await shutDown();
      await asDba(async () => {
        await db(AUDIT_TABLES.record).where('seq', '>', 200).del();
        await db(AUDIT_TABLES.subject).where('seq', '>', 200).del();
      });
      await moveHead(200);
      // The chain alone cannot tell: it is a valid, shorter chain.
      expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 200 });
      expect(await verify()).toMatchObject({
        ok: false,
        brokenAt: 201,
        reason: expect.stringMatching(/records 201–300 .* gone: the chain was cut back to 200/),
      });
    });

    // Only a server database has TRUNCATE and a witness account to refuse; the SQLite run
    // does not declare this test at all (rather than skip it).
    (dialect.name === 'mysql' ? it : () => undefined)(
      'detects a TRUNCATE and a shorter chain put back, with no trigger dropped',
      async () => {
        await shutDown();
        const kept = (await db(AUDIT_TABLES.record).where('seq', '<=', 120)) as object[];
        const subjects = (await db(AUDIT_TABLES.subject).where('seq', '<=', 120)) as object[];
        // TRUNCATE fires no DELETE trigger on MariaDB.
        await db.raw('TRUNCATE TABLE ??', [AUDIT_TABLES.subject]);
        await db.raw('TRUNCATE TABLE ??', [AUDIT_TABLES.record]);
        await db(AUDIT_TABLES.record).insert(kept);
        await db(AUDIT_TABLES.subject).insert(subjects);
        await moveHead(120);
        expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 120 });
        expect(await verify()).toMatchObject({
          ok: false,
          brokenAt: 121,
          reason: expect.stringMatching(/cut back/),
        });
      },
    );

    it('detects a rewritten suffix, re-hashed and re-linked consistently', async () => {
      await shutDown();
      const from = 120;
      await asDba(async () => {
        const rows = (await db(AUDIT_TABLES.record)
          .where('seq', '>=', from)
          .orderBy('seq')) as AuditRecordRow[];
        // Record 120 now blames someone else; everything after is re-linked onto it.
        const entries = rows.map(fromAuditRow).map((record, i) => ({
          ...record,
          actor: i === 0 ? { ...record.actor, sub: 'op-innocent' } : record.actor,
        }));
        const before = (await db(AUDIT_TABLES.record)
          .where({ seq: from - 1 })
          .first('hash')) as { hash: string };
        for (const record of linkRecords({ seq: from - 1, hash: before.hash }, entries)) {
          await db(AUDIT_TABLES.record).where({ seq: record.seq }).update(toAuditRow(record));
        }
      });
      await moveHead(RECORDS);
      expect(await verifyAuditChain(db)).toEqual({ ok: true, count: RECORDS });
      const verdict = await verify();
      expect(verdict).toMatchObject({ ok: false, reason: expect.stringMatching(/was rewritten/) });
      expect(verdict.ok ? 0 : verdict.brokenAt).toBeGreaterThanOrEqual(from);
    });

    it('detects a properly chained record appended by someone with the gateway’s rights', async () => {
      // INSERT on the records and UPDATE on the head suffice: no trigger needs dropping.
      const [forged] = await appendAuditBatch(db, [entry(9_999, 'op-innocent')]);
      await writeRecords(RECORDS, 100);
      await shutDown();
      expect(forged?.seq).toBe(RECORDS + 1);
      expect(await verifyAuditChain(db)).toEqual({ ok: true, count: RECORDS + 101 });
      expect(await verify()).toMatchObject({
        ok: false,
        brokenAt: RECORDS + 1,
        reason: `record ${RECORDS + 1} was appended by no gateway: no checkpoint claims it`,
      });
    });

    it('does not yet detect a record forged after the latest checkpoint of a running gateway', async () => {
      // The documented window: nothing is judged above a running gateway's latest checkpoint.
      await checkpointer.flush();
      await appendAuditBatch(db, [entry(9_999, 'op-innocent')]);
      expect(await verify()).toMatchObject({ ok: true, records: RECORDS + 1, pending: 1 });
      // Its next checkpoint closes the window: the record lies below a head it read.
      await checkpointer.flush();
      expect(await verify()).toMatchObject({ ok: false, brokenAt: RECORDS + 1 });
    });

    it('refuses a checkpoint whose signature was tampered with', async () => {
      await shutDown();
      await tamperWitness(witnessAdmin, dir, (jws) => {
        const signature = jws.slice(jws.lastIndexOf('.') + 1);
        const flipped = signature.startsWith('A')
          ? `B${signature.slice(1)}`
          : `A${signature.slice(1)}`;
        return `${jws.slice(0, jws.lastIndexOf('.') + 1)}${flipped}`;
      });
      expect(await verify()).toMatchObject({
        ok: false,
        brokenAt: null,
        reason: expect.stringMatching(/is not a gateway's checkpoint: its signature/),
      });
    });

    it('refuses a checkpoint vouching for a forged record with any key but the gateway’s', async () => {
      const [forged] = await appendAuditBatch(db, [entry(9_999, 'op-innocent')]);
      const seq = forged?.seq ?? 0;
      const head = await readChainHead(db);
      const fake: AuditCheckpoint = {
        v: 1,
        writer: 'f'.repeat(16),
        n: 0,
        at: new Date().toISOString(),
        seq: head.seq,
        hash: head.hash,
        ranges: [[seq, seq]],
        nextWithinMs: 1_000,
        final: true,
      };
      await witness.append(fake, await signAuditCheckpoint(fake, createTestKeys().privateKey));
      await writeRecords(RECORDS, 10);
      await shutDown();
      const verdict = await verify();
      expect(verdict).toMatchObject({ ok: false, reason: expect.stringMatching(/signature/) });
      // The fake checkpoint, and the record it tried to vouch for.
      expect(verdict.ok ? 0 : verdict.problems).toBe(2);
    });
  },
);

/** Rewrites the JWS of the witness's last checkpoint in place, as its administrator could. */
async function tamperWitness(
  witnessAdmin: Knex | null,
  dir: string,
  change: (jws: string) => string,
): Promise<void> {
  if (witnessAdmin === null) {
    const path = join(dir, 'audit-witness.jsonl');
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    const last = JSON.parse(lines.at(-1) ?? '{}') as { checkpoint: unknown; jws: string };
    lines[lines.length - 1] = JSON.stringify({ ...last, jws: change(last.jws) });
    writeFileSync(path, `${lines.join('\n')}\n`);
    return;
  }
  await witnessAdmin.raw('DROP TRIGGER audit_witness_no_update');
  const last = (await witnessAdmin('audit_witness').orderBy('id', 'desc').first('id', 'jws')) as {
    id: number;
    jws: string;
  };
  await witnessAdmin('audit_witness')
    .where({ id: last.id })
    .update({ jws: change(last.jws) });
}
