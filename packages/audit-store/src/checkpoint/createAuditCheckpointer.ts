import { randomBytes, type KeyObject } from 'node:crypto';
import type { Knex } from 'knex';
import type { Logger } from '@dost/platform/createLogger.ts';
import type { AuditRecord } from '../AuditEntry.ts';
import { readChainHead } from '../readChainHead.ts';
import type { AuditWitness } from '../witness/AuditWitness.ts';
import type { AuditCheckpoint, SeqRange } from './AuditCheckpoint.ts';
import { signAuditCheckpoint } from './signAuditCheckpoint.ts';

export interface AuditCheckpointer {
  /** Random id of this writer in its checkpoints. */
  readonly writer: string;
  /** Give it to `createAuditWriter({ onBatch })`: the checkpoints then claim that writer's batches. */
  readonly onBatch: (committed: Promise<readonly AuditRecord[]>) => void;
  /** Writes checkpoint 0; throws when the witness cannot take it (the gateway must not start). */
  start(): Promise<void>;
  /** Writes a checkpoint now, covering every batch committed so far; throws if it could not. */
  flush(): Promise<void>;
  /**
   * Stops. With `final` (the default), first writes the final checkpoint: call it after the
   * writer's `flush()`. `final: false` stops as a crash would (tests, fatal errors).
   */
  close(options?: { final?: boolean }): Promise<void>;
}

export interface AuditCheckpointerOptions {
  /** The audit store, to read the chain head. */
  db: Knex;
  witness: AuditWitness;
  /** The gateway's internal ES256 private key. */
  key: KeyObject;
  log?: Logger;
  /** A checkpoint as soon as this writer committed this many records. @default 100 */
  everyRecords?: number;
  /** At most this long after a record is committed, its checkpoint is due. @default 5_000 */
  everyMs?: number;
  /** While idle, a checkpoint at least this often: the verifier can tell a stopped gateway. @default 30_000 */
  heartbeatMs?: number;
}

interface Signed {
  readonly checkpoint: AuditCheckpoint;
  readonly jws: string;
}

type Attempt = { written: AuditCheckpoint } | { error: unknown };

/** Failed writes tolerated on shutdown before the final checkpoint is given up. */
const CLOSE_ATTEMPTS = 3;
/** First retry delay after a failed checkpoint; doubles up to `everyMs`. */
const FIRST_RETRY_MS = 250;

/**
 * Signs checkpoints of the chain and appends them to the witness, off the request path: a
 * failed write is logged and retried with the same signed line (the claims are kept), and
 * the records meanwhile stay committed; the exposure is only that they are vouched for late.
 */
export function createAuditCheckpointer(options: AuditCheckpointerOptions): AuditCheckpointer {
  const {
    db,
    witness,
    key,
    log,
    everyRecords = 100,
    everyMs = 5_000,
    heartbeatMs = 30_000,
  } = options;
  for (const [name, value] of Object.entries({ everyRecords, everyMs, heartbeatMs })) {
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be >= 1`);
  }
  const writer = randomBytes(8).toString('hex');
  // Batches announced and not yet settled; a checkpoint waits for those its head may include.
  const inFlight = new Set<Promise<void>>();
  let claims: [number, number][] = [];
  let claimedRecords = 0;
  let firstClaimAt = 0;
  let n = 0;
  let lastAt = Date.now();
  let unsent: Signed | null = null;
  let failures = 0;
  let retryAt = 0;
  let timer: NodeJS.Timeout | undefined;
  let timerDue = 0;
  let ticking = false;
  let stopped = false;
  let serial: Promise<unknown> = Promise.resolve();

  /** Checkpoints are built and written one at a time, in `n` order. */
  function serially<T>(task: () => Promise<T>): Promise<T> {
    const next = serial.then(task);
    serial = next.catch(() => undefined);
    return next;
  }

  function claim(records: readonly AuditRecord[]): void {
    if (records.length === 0) return;
    if (stopped) {
      log?.error(
        { writer, records: records.length },
        'audit records committed after the checkpointer stopped; no checkpoint vouches for them',
      );
    }
    for (const seq of records.map((record) => record.seq).sort((a, b) => a - b)) {
      const last = claims.at(-1);
      if (last !== undefined && last[1] === seq - 1) last[1] = seq;
      else claims.push([seq, seq]);
    }
    if (claimedRecords === 0) firstClaimAt = Date.now();
    claimedRecords += records.length;
    schedule();
  }

  function dueInMs(now: number): number {
    if (unsent !== null) return retryAt - now;
    if (claimedRecords >= everyRecords) return 0;
    const claimsDue = claimedRecords > 0 ? firstClaimAt + everyMs : Infinity;
    return Math.min(lastAt + heartbeatMs, claimsDue) - now;
  }

  function schedule(): void {
    if (ticking || stopped) return;
    const now = Date.now();
    const due = now + Math.max(0, dueInMs(now));
    // Kept when it fires no later: re-arming on every claim would postpone it for ever
    // while records arrive faster than a timer can fire.
    if (timer !== undefined && timerDue <= due) return;
    clearTimeout(timer);
    timerDue = due;
    timer = setTimeout(tick, due - now).unref();
  }

  function tick(): void {
    timer = undefined;
    if (ticking || stopped) return;
    ticking = true;
    serially(async () => {
      if (dueInMs(Date.now()) <= 0) await attempt(false);
    })
      .catch((error: unknown) => log?.error({ err: error, writer }, 'audit checkpoint tick failed'))
      .finally(() => {
        ticking = false;
        schedule();
      });
  }

  async function build(final: boolean): Promise<Signed> {
    const at = new Date();
    const head = await readChainHead(db);
    // A batch announced before the head was read may have committed before it: once it has
    // settled, every record of this writer at or below `head.seq` is in `claims` or claimed
    // before. Batches announced later start after the read, so they lie above the head.
    await Promise.all([...inFlight]);
    const ranges: SeqRange[] = claims;
    claims = [];
    claimedRecords = 0;
    const checkpoint: AuditCheckpoint = {
      v: 1,
      writer,
      n,
      at: at.toISOString(),
      seq: head.seq,
      hash: head.hash,
      ranges,
      nextWithinMs: heartbeatMs,
      final,
    };
    try {
      return { checkpoint, jws: await signAuditCheckpoint(checkpoint, key) };
    } catch (error) {
      // Not signed, not sent: the claims go back in front of any that arrived meanwhile.
      claims = [...ranges.map(([from, to]): [number, number] => [from, to]), ...claims];
      claimedRecords += countRecords(ranges);
      throw error;
    }
  }

  async function attempt(final: boolean): Promise<Attempt> {
    let signed: Signed;
    try {
      signed = unsent ??= await build(final);
      await witness.append(signed.checkpoint, signed.jws);
    } catch (error) {
      failures += 1;
      retryAt = Date.now() + Math.min(FIRST_RETRY_MS * 2 ** (failures - 1), everyMs);
      // Loud: until it is written, this gateway's latest records are vouched for by nothing.
      log?.error(
        { err: error, writer, n, failures, witness: witness.name, unvouched: pendingRecords() },
        'AUDIT CHECKPOINT NOT WRITTEN; retrying',
      );
      return { error };
    }
    unsent = null;
    failures = 0;
    n += 1;
    lastAt = Date.parse(signed.checkpoint.at);
    return { written: signed.checkpoint };
  }

  function pendingRecords(): number {
    return claimedRecords + countRecords(unsent?.checkpoint.ranges ?? []);
  }

  function failed(what: string, result: Attempt): Error | null {
    if (!('error' in result)) return null;
    return new Error(`The audit witness (${witness.name}) did not take ${what}.`, {
      cause: result.error,
    });
  }

  return {
    writer,
    onBatch(committed) {
      const settled = committed.then(claim, () => undefined);
      inFlight.add(settled);
      void settled.finally(() => inFlight.delete(settled));
    },
    async start() {
      const problem = failed('the first checkpoint', await serially(() => attempt(false)));
      if (problem !== null) throw problem;
      schedule();
    },
    async flush() {
      const result = await serially(async () => {
        // A line still waiting for a retry goes first; the one after covers everything.
        if (unsent !== null) {
          const retried = await attempt(false);
          if ('error' in retried) return retried;
        }
        return attempt(false);
      });
      const problem = failed('a checkpoint', result);
      if (problem !== null) throw problem;
    },
    async close({ final = true } = {}) {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      if (!final) return void (await serial);
      await serially(async () => {
        let failuresLeft = CLOSE_ATTEMPTS;
        while (failuresLeft > 0) {
          // A line waiting for a retry is written first (not final), then the final one.
          const result = await attempt(true);
          if ('written' in result) {
            if (result.written.final) return;
          } else {
            failuresLeft -= 1;
            await sleep(retryAt - Date.now());
          }
        }
        log?.error(
          { writer, witness: witness.name },
          'final audit checkpoint not written; this gateway will look as if it had crashed',
        );
      });
    },
  };
}

function countRecords(ranges: readonly SeqRange[]): number {
  return ranges.reduce((sum, [from, to]) => sum + to - from + 1, 0);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
