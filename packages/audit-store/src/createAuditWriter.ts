import type { Knex } from 'knex';
import type { Logger } from '@dost/platform/createLogger.ts';
import type { AuditAppender } from './AuditAppender.ts';
import type { AuditEntry, AuditRecord } from './AuditEntry.ts';
import { auditEntryProblem } from './auditEntryProblem.ts';
import { createAppender } from './createAppender.ts';
import { findCommittedRecords } from './findCommittedRecords.ts';
import { readChainHead } from './readChainHead.ts';
import { probeAuditWritable } from './probeAuditWritable.ts';

export interface AuditWriter {
  /** Resolves once the entry is durably committed in the chain; rejects if it could not be. */
  record(entry: AuditEntry): Promise<AuditRecord>;
  /** Writable right now? (cheap probe for readiness) */
  check(): Promise<boolean>;
  /** Waits for pending writes. */
  flush(): Promise<void>;
}

export interface AuditWriterOptions {
  /** The audit store, migrated with `auditMigrations`. */
  db: Knex;
  log?: Logger;
  /** Largest number of entries committed in one transaction. @default 200 */
  maxBatch?: number;
  /**
   * Batches in flight at once. Above 1 a batch is handed over while the one before still
   * commits, linked to its tail, so it commits only after it (createAppender); the appender
   * needs as many connections. @default 1
   */
  maxInFlight?: number;
  /**
   * Told of each batch as it starts, with a promise of the records it committed: all of
   * them, those found after an unknown outcome, or none. The promise never rejects. The
   * checkpointer (createAuditCheckpointer) vouches for this writer's records with it.
   */
  onBatch?: (committed: Promise<readonly AuditRecord[]>) => void;
  /**
   * Told, for each entry, the seconds from `record()` queueing it to its commit being
   * acknowledged or refused: what the request waited for its record (gateway metrics).
   */
  onWait?: (seconds: number) => void;
  /**
   * Commits one batch. `createWorkerAppender(...).append` runs the transactions on a worker
   * thread of their own (MariaDB); the read-backs after a failure stay on `db`.
   * @default createAppender(db): appendAuditBatch on `db`, in this thread
   */
  append?: AuditAppender;
}

interface Pending {
  readonly entry: AuditEntry;
  resolve(record: AuditRecord): void;
  reject(error: unknown): void;
}

/**
 * The gateway's writer: group commit. Entries that arrive while a transaction is in flight
 * wait and go together in the next one, so throughput grows with load instead of queueing
 * one commit per request. A failed transaction rejects exactly its own entries.
 */
export function createAuditWriter({
  db,
  log,
  maxBatch = 200,
  maxInFlight = 1,
  onBatch,
  onWait,
  append = createAppender(db),
}: AuditWriterOptions): AuditWriter {
  if (!Number.isInteger(maxBatch) || maxBatch < 1) throw new Error('maxBatch must be >= 1');
  if (!Number.isInteger(maxInFlight) || maxInFlight < 1) {
    throw new Error('maxInFlight must be >= 1');
  }
  const queue: Pending[] = [];
  const inFlight = new Set<Promise<void>>();
  // A batch is gathering its entries (one turn of the event loop); the next starts after it.
  let gathering = false;
  // Every record this writer appends lies above this seq; it bounds the read-back after a
  // failure, so an older identical entry is never mistaken for the one just attempted.
  let floorSeq: number | null = null;

  function schedule(): void {
    if (gathering || inFlight.size >= maxInFlight || queue.length === 0) return;
    gathering = true;
    const written: Promise<void> = writeNextBatch().finally(() => {
      inFlight.delete(written);
      schedule();
    });
    inFlight.add(written);
  }

  async function writeNextBatch(): Promise<void> {
    // One turn of the event loop lets callers woken by the last commit join this batch.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const batch = queue.splice(0, maxBatch);
    // Announced before its transaction starts, so a checkpoint reading the head meanwhile
    // knows to wait for it (see createAuditCheckpointer).
    let report: (records: readonly AuditRecord[]) => void = () => undefined;
    onBatch?.(new Promise((resolve) => (report = resolve)));
    let committed: readonly AuditRecord[] = [];
    const floor =
      floorSeq ??
      (await readChainHead(db).then(
        (head) => head.seq,
        () => null,
      ));
    const appending = append(batch.map((p) => p.entry));
    // Handed over in order: the next batch may start (pipelined) while this one commits.
    gathering = false;
    schedule();
    try {
      const records = await appending;
      floorSeq = Math.max(records.at(-1)?.seq ?? 0, floorSeq ?? floor ?? 0);
      committed = records;
      batch.forEach((pending, i) => settle(pending, records[i]));
    } catch (error) {
      committed = await settleUnknownOutcome(batch, commitFailure(error), floor);
    } finally {
      report(committed);
    }
  }

  /** A failed append may still have committed; only entries truly absent are refused. */
  async function settleUnknownOutcome(
    batch: Pending[],
    failure: Error,
    floor: number | null,
  ): Promise<AuditRecord[]> {
    let found: (AuditRecord | null)[] = batch.map(() => null);
    if (floor !== null) {
      try {
        found = await findCommittedRecords(
          db,
          batch.map((p) => p.entry),
          floor,
        );
      } catch {
        // The store cannot even be read: refuse, as for any failed write.
      }
    }
    const committed = found.filter((record) => record !== null).length;
    log?.error(
      { err: failure, entries: batch.length, committedAfterAll: committed },
      'audit batch failed',
    );
    batch.forEach((pending, i) => {
      const record = found[i];
      if (record === null || record === undefined) pending.reject(failure);
      else pending.resolve(record);
    });
    return found.filter((record): record is AuditRecord => record !== null);
  }

  return {
    record(entry) {
      const problem = auditEntryProblem(entry);
      if (problem !== null) return Promise.reject(new Error(`Audit entry refused: ${problem}.`));
      const queued = performance.now();
      const waited = () => onWait?.((performance.now() - queued) / 1000);
      return new Promise<AuditRecord>((resolve, reject) => {
        queue.push({
          entry: snapshot(entry),
          resolve: (record) => {
            waited();
            resolve(record);
          },
          reject: (error) => {
            waited();
            reject(error);
          },
        });
        schedule();
      });
    },
    check: () => probeAuditWritable(db, log),
    async flush() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
}

/**
 * knex prefixes a driver error with the SQL and its bound values: FINs, purposes, staff ids.
 * Only the driver's own reason is kept, so the failure can be logged anywhere.
 */
function commitFailure(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  const separator = message.lastIndexOf(' - ');
  const reason = (separator < 0 ? message : message.slice(separator + 3)).slice(0, 200);
  const code = (error as { code?: unknown } | null)?.code;
  const prefix = typeof code === 'string' ? `${code}: ` : '';
  return new Error(`The audit batch was not committed (${prefix}${reason}).`);
}

function settle(pending: Pending, record: AuditRecord | undefined): void {
  if (record === undefined) pending.reject(new Error('The audit batch lost an entry.'));
  else pending.resolve(record);
}

/** A copy the caller can no longer change between `record()` and the commit. */
function snapshot(entry: AuditEntry): AuditEntry {
  return {
    at: entry.at,
    requestId: entry.requestId,
    correlationId: entry.correlationId,
    actor: { ...entry.actor },
    purpose: entry.purpose,
    subjects: [...entry.subjects],
    registries: [...entry.registries],
    fields: [...entry.fields],
    refused: [...entry.refused],
    outcome: entry.outcome,
    operationHash: entry.operationHash,
  };
}
