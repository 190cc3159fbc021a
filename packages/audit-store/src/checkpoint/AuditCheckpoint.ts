import { isIsoInstant } from '@dost/platform/isoTime.ts';

/** A run of seqs `[from, to]`, both included. */
export type SeqRange = readonly [from: number, to: number];

/**
 * A gateway's signed statement about the audit chain, written to the witness outside the
 * audit database (docs/audit-trail.md, "Checkpoints"). It anchors the head it read and
 * claims the records its own writer committed, so a verifier can tell a cut, a rewrite or a
 * record no gateway wrote.
 */
export interface AuditCheckpoint {
  /** Format version. */
  readonly v: 1;
  /** Random id of the gateway process that signed it: one writer, one lifetime. */
  readonly writer: string;
  /** This writer's checkpoint number: 0 when it starts, then 1, 2, … without gaps. */
  readonly n: number;
  /** Gateway time just before it read the head: records committed earlier are all <= `seq`. */
  readonly at: string;
  /** The chain head as read at `at`. */
  readonly seq: number;
  readonly hash: string;
  /**
   * The batches this writer committed since its previous checkpoint, as merged runs.
   * Together with the checkpoints before, every record of this writer at or below `seq`.
   */
  readonly ranges: readonly SeqRange[];
  /** While it runs, this writer's next checkpoint follows within this many ms. */
  readonly nextWithinMs: number;
  /** Clean shutdown: this writer has claimed all its records and appends nothing more. */
  readonly final: boolean;
}

export type ParsedCheckpoint = { checkpoint: AuditCheckpoint } | { problem: string };

const KEYS = ['v', 'writer', 'n', 'at', 'seq', 'hash', 'ranges', 'nextWithinMs', 'final'];

/** Checks a decoded payload field by field; a checkpoint is trusted only in this exact shape. */
export function parseAuditCheckpoint(value: unknown): ParsedCheckpoint {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problem: 'not an object' };
  }
  const fields: Record<string, unknown> = { ...value };
  const extra = Object.keys(fields).find((key) => !KEYS.includes(key));
  if (extra !== undefined) return { problem: `unknown field ${extra}` };
  const { v, writer, n, at, seq, hash, ranges, nextWithinMs, final } = fields;
  if (v !== 1) return { problem: 'unknown version' };
  if (typeof writer !== 'string' || !/^[0-9a-f]{16,64}$/.test(writer)) {
    return { problem: 'bad writer id' };
  }
  if (!isCount(n) || !isCount(seq) || !isCount(nextWithinMs)) {
    return { problem: 'bad n, seq or nextWithinMs' };
  }
  if (!isIsoInstant(at)) return { problem: 'bad time' };
  if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) return { problem: 'bad hash' };
  if (typeof final !== 'boolean') return { problem: 'bad final flag' };
  const runs = parseRanges(ranges);
  if (runs === null) return { problem: 'bad ranges' };
  return {
    checkpoint: { v, writer, n, at, seq, hash, ranges: runs, nextWithinMs, final },
  };
}

/** Ascending, disjoint, non-adjacent runs of positive seqs (the writer merges adjacent ones). */
function parseRanges(value: unknown): SeqRange[] | null {
  if (!Array.isArray(value)) return null;
  const runs: SeqRange[] = [];
  let last = 0;
  for (const run of value as unknown[]) {
    if (!Array.isArray(run) || run.length !== 2) return null;
    const [from, to] = run as unknown[];
    if (!isCount(from) || !isCount(to) || from <= last || to < from) return null;
    runs.push([from, to]);
    last = to;
  }
  return runs;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
