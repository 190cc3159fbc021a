import type { SeqRange } from './AuditCheckpoint.ts';

/** Disjoint runs of seqs, kept sorted and merged: the records the checkpoints claim. */
export interface SeqRanges {
  /** Adds a run; returns the first seq that was already in (a double claim), or null. */
  add(from: number, to: number): number | null;
  /** The parts of [from, to] no run covers, ascending. */
  gaps(from: number, to: number): SeqRange[];
  /** Highest seq covered; 0 when empty. */
  max(): number;
}

/**
 * Memory grows with the number of runs, not of records: on an intact chain the claims of
 * every writer merge into one run from the first claimed record up, plus the few batches
 * of each writer that interleave with others' beyond its latest checkpoint.
 */
export function createSeqRanges(): SeqRanges {
  const starts: number[] = [];
  const ends: number[] = [];

  /** Index of the first run starting above `seq`. */
  function firstAbove(seq: number): number {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((starts[middle] ?? 0) > seq) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  return {
    add(from, to) {
      let i = firstAbove(from);
      const before = i - 1;
      const beforeEnd = ends[before] ?? -Infinity;
      const nextStart = starts[i] ?? Infinity;
      if (beforeEnd >= from) return from;
      if (nextStart <= to) return nextStart;
      let start = from;
      let end = to;
      if (beforeEnd === from - 1) {
        start = starts[before] ?? from;
        starts.splice(before, 1);
        ends.splice(before, 1);
        i -= 1;
      }
      if (nextStart === to + 1) {
        end = ends[i] ?? to;
        starts.splice(i, 1);
        ends.splice(i, 1);
      }
      starts.splice(i, 0, start);
      ends.splice(i, 0, end);
      return null;
    },
    gaps(from, to) {
      const found: SeqRange[] = [];
      let next = from;
      for (let i = Math.max(0, firstAbove(from) - 1); i < starts.length && next <= to; i++) {
        const start = starts[i] ?? Infinity;
        const end = ends[i] ?? -Infinity;
        if (end < next) continue;
        if (start > next) found.push([next, Math.min(start - 1, to)]);
        next = end + 1;
      }
      if (next <= to) found.push([next, to]);
      return found;
    },
    max: () => ends.at(-1) ?? 0,
  };
}
