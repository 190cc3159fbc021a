import type { CheckpointHistory, WriterHistory } from './readCheckpointHistory.ts';
import type { TrailFinding } from './TrailFinding.ts';

/** Records in the last window of a gateway that stopped without a final checkpoint. */
export interface UnvouchedWindow {
  readonly writer: string;
  /** When its last checkpoint was taken. */
  readonly lastCheckpointAt: string;
  readonly first: number;
  readonly last: number;
  readonly count: number;
}

export interface UnclaimedJudgement {
  /** Records some checkpoint claims. */
  readonly vouched: number;
  /** Records at or below the first checkpoint's head, written before checkpoints began. */
  readonly legacy: number;
  /** Unclaimed records a running gateway may still claim: not judged yet. */
  readonly pending: number;
  /** Unclaimed records a crashed gateway may have written in its last moments. */
  readonly unvouched: readonly UnvouchedWindow[];
}

export interface JudgeOptions {
  history: CheckpointHistory;
  /** The verified chain head. */
  head: number;
  /** Time (ms) taken just before that head was read. */
  now: number;
  /** Clock difference tolerated between gateways and this verifier. */
  skewMs: number;
  report(finding: TrailFinding): void;
}

/** Where an unclaimed record may still come from a gateway: (lo, hi], hi Infinity while open. */
interface Window {
  readonly writer: WriterHistory;
  readonly lo: number;
  readonly hi: number;
}

/**
 * Sorts every record no checkpoint claims. A writer claims all its records at or below the
 * head its latest checkpoint read (the checkpointer waits for batches in flight), so an
 * unclaimed record can only be a gateway's if it lies above that head of some writer
 * without a final checkpoint. While that writer may still be running (its next checkpoint
 * is not overdue), the record is pending. Once overdue (2 × nextWithinMs + skew after its
 * last one, by a later checkpoint's clock or this verifier's), the writer is taken as
 * stopped, and what it could have written is bounded by the head read after that moment:
 * unclaimed records there are unvouched, to be reviewed. Every other unclaimed record was
 * appended by no gateway: forged.
 */
export function judgeUnclaimed({
  history,
  head,
  now,
  skewMs,
  report,
}: JudgeOptions): UnclaimedJudgement {
  const headAfter = createHeadAfter(history.times, history.heads);
  const windows: Window[] = [];
  for (const writer of history.writers.values()) {
    if (writer.final) continue;
    const overdue = writer.lastAt + 2 * writer.nextWithinMs + skewMs;
    const hi = Math.min(headAfter(overdue), now >= overdue ? head : Infinity);
    windows.push({ writer, lo: Math.max(writer.lastSeq, writer.claimedTo), hi });
  }
  const openFrom = Math.min(...windows.filter((w) => w.hi === Infinity).map((w) => w.lo));
  const closed = windows.filter((w) => w.hi !== Infinity);
  const legacyTo = history.firstSeq ?? head;
  const unvouched = new Map<WriterHistory, { first: number; last: number; count: number }>();
  let unclaimed = 0;
  let legacy = 0;
  let pending = 0;
  let forgedFirst: number | null = null;
  let forgedCount = 0;
  for (const [from, to] of history.claimed.gaps(1, head)) {
    unclaimed += to - from + 1;
    legacy += overlap(from, to, 1, legacyTo);
    pending += overlap(from, to, Math.max(legacyTo, openFrom) + 1, Infinity);
    let pieces: [number, number][] = [[Math.max(from, legacyTo + 1), Math.min(to, openFrom)]];
    pieces = pieces.filter(([a, b]) => a <= b);
    for (const window of closed) {
      pieces = pieces.flatMap(([a, b]) => {
        const inside = overlap(a, b, window.lo + 1, window.hi);
        if (inside > 0) {
          const first = Math.max(a, window.lo + 1);
          const seen = unvouched.get(window.writer);
          unvouched.set(window.writer, {
            first: seen?.first ?? first,
            last: Math.min(b, window.hi),
            count: (seen?.count ?? 0) + inside,
          });
        }
        return outside(a, b, window.lo + 1, window.hi);
      });
    }
    for (const [a, b] of pieces) {
      forgedFirst ??= a;
      forgedCount += b - a + 1;
    }
  }
  if (forgedFirst !== null) {
    const others = forgedCount > 1 ? ` (nor ${forgedCount - 1} other records)` : '';
    report({
      seq: forgedFirst,
      reason: `record ${forgedFirst} was appended by no gateway: no checkpoint claims it${others}`,
    });
  }
  return {
    vouched: head - unclaimed,
    legacy,
    pending,
    unvouched: [...unvouched].map(([writer, run]) => ({
      writer: writer.writer,
      lastCheckpointAt: new Date(writer.lastAt).toISOString(),
      ...run,
    })),
  };
}

/** How many seqs [a, b] and [c, d] share. */
function overlap(a: number, b: number, c: number, d: number): number {
  return Math.max(0, Math.min(b, d) - Math.max(a, c) + 1);
}

/** The parts of [a, b] outside [c, d]. */
function outside(a: number, b: number, c: number, d: number): [number, number][] {
  const parts: [number, number][] = [];
  if (a < c) parts.push([a, Math.min(b, c - 1)]);
  if (b > d) parts.push([Math.max(a, d + 1), b]);
  return parts;
}

/** The lowest head any checkpoint read at or after a time; Infinity when none did. */
function createHeadAfter(
  times: readonly number[],
  heads: readonly number[],
): (at: number) => number {
  const order = times.map((_, i) => i).sort((a, b) => (times[a] ?? 0) - (times[b] ?? 0));
  const sortedTimes = order.map((i) => times[i] ?? 0);
  // lowest[k]: the lowest head among the checkpoints from the k-th earliest on.
  const lowest = order.map((i) => heads[i] ?? 0);
  for (let k = lowest.length - 2; k >= 0; k--) {
    lowest[k] = Math.min(lowest[k] ?? Infinity, lowest[k + 1] ?? Infinity);
  }
  return (at) => {
    let low = 0;
    let high = sortedTimes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sortedTimes[middle] ?? 0) < at) low = middle + 1;
      else high = middle;
    }
    return lowest[low] ?? Infinity;
  };
}
