import type { Knex } from 'knex';
import type { AuditAppender } from './AuditAppender.ts';
import type { AuditEntry, AuditRecord } from './AuditEntry.ts';
import { appendAuditBatch, linkRecords } from './appendAuditBatch.ts';
import type { ChainHead } from './readChainHead.ts';

/** The tail a batch was linked to end at, and whether that batch committed. */
interface Link {
  readonly tail: ChainHead;
  /** Resolves true once the batch committed, false if its append failed. */
  readonly committed: Promise<boolean>;
}

/**
 * The appender of one connection pool: appendAuditBatch, told the head its own last append
 * left, so that while no other writer appends each batch skips the locked head read.
 *
 * Appends may overlap (the writer's pipelining, on a pool of several connections): each is
 * linked to the tail of the one before, even while that one is still in flight, and its
 * compare-and-set on that tail waits on the head's row lock, so it commits only after the one
 * before did. If that one fails, this one misses and is refused with it; if it committed
 * elsewhere in the chain (another writer came first), this one is linked anew. After a failure
 * the next append reads the head under its lock (the outcome may be unknown).
 */
export function createAppender(db: Knex): AuditAppender {
  let last: Link | undefined;
  // The append handed over before the current one, settled either way.
  let previous: Promise<unknown> = Promise.resolve();

  const appender: AuditAppender = (entries) => {
    const run = appendAfter(entries, previous);
    previous = run.catch(() => undefined);
    return run;
  };

  async function appendAfter(
    entries: readonly AuditEntry[],
    before: Promise<unknown>,
  ): Promise<AuditRecord[]> {
    if (entries.length === 0) return [];
    // Head unknown: wait for the append before (it will know it) rather than race it for the
    // head's lock, which could put the later batch first in the chain.
    if (last === undefined) await before;
    const after = last;
    let settle: (committed: boolean) => void = () => undefined;
    const committed = new Promise<boolean>((resolve) => (settle = resolve));
    const tail = after === undefined ? undefined : linkRecords(after.tail, entries).at(-1);
    const self: Link | undefined =
      tail === undefined ? undefined : { tail: { seq: tail.seq, hash: tail.hash }, committed };
    last = self;
    try {
      const records = await appendAuditBatch(
        db,
        entries,
        after?.tail,
        () => after?.committed ?? Promise.resolve(true),
      );
      settle(true);
      const end = records.at(-1);
      // Linked anew, or appended with the head unknown: later appends follow its real tail.
      if (last === self && end !== undefined && end.hash !== self?.tail.hash) {
        last = { tail: { seq: end.seq, hash: end.hash }, committed };
      }
      return records;
    } catch (error) {
      settle(false);
      // Appends already linked to this one are refused with it; the next reads the head.
      last = undefined;
      throw error;
    }
  }

  return appender;
}
