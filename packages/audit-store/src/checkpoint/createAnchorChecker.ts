import type { Knex } from 'knex';
import { AUDIT_TABLES, GENESIS_HASH } from '../auditTables.ts';
import type { TrailFinding } from './TrailFinding.ts';

/** A (seq, hash) pair a checkpoint signed, with the checkpoint named for messages. */
export interface Anchor {
  readonly seq: number;
  readonly hash: string;
  readonly label: string;
}

export interface AnchorChecker {
  add(anchor: Anchor): Promise<void>;
  /** Checks what is still buffered. */
  done(): Promise<void>;
}

/** Anchors looked up per statement: memory stays flat however many checkpoints there are. */
const BATCH = 1_000;

/**
 * Each anchor must still name a stored record with exactly the signed hash. Missing means
 * the chain was cut back; another hash means it was rewritten, even if re-hashed and
 * re-linked consistently, since the chain then verifies on its own.
 */
export function createAnchorChecker(
  db: Knex,
  report: (finding: TrailFinding) => void,
): AnchorChecker {
  let buffered: Anchor[] = [];

  async function check(anchors: readonly Anchor[]): Promise<void> {
    const seqs = [...new Set(anchors.map((anchor) => anchor.seq).filter((seq) => seq > 0))];
    const rows = (await db(AUDIT_TABLES.record).select('seq', 'hash').whereIn('seq', seqs)) as {
      seq: number | string;
      hash: string;
    }[];
    const stored = new Map(rows.map((row) => [Number(row.seq), row.hash]));
    stored.set(0, GENESIS_HASH);
    for (const { seq, hash, label } of anchors) {
      const found = stored.get(seq);
      if (found === undefined) {
        report({
          seq,
          reason: `record ${seq} is gone, though ${label} saw it: the chain was cut back`,
        });
      } else if (found !== hash) {
        report({ seq, reason: `record ${seq} was rewritten: ${label} signed another hash for it` });
      }
    }
  }

  return {
    async add(anchor) {
      buffered.push(anchor);
      if (buffered.length < BATCH) return;
      const full = buffered;
      buffered = [];
      await check(full);
    },
    async done() {
      const rest = buffered;
      buffered = [];
      if (rest.length > 0) await check(rest);
    },
  };
}
