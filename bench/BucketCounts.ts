/**
 * A Prometheus histogram read at one moment: cumulative counts per upper bound (seconds),
 * in ascending order, the last bound `Infinity` (`le="+Inf"`).
 */
export interface BucketCounts {
  readonly bounds: readonly number[];
  readonly counts: readonly number[];
}

/** What was observed between two readings of one histogram. */
export function bucketDelta(before: BucketCounts, after: BucketCounts): BucketCounts {
  return {
    bounds: after.bounds,
    counts: after.counts.map((count, i) => count - (before.counts[i] ?? 0)),
  };
}

/** Several runs' observations together (same buckets). */
export function addBuckets(all: readonly BucketCounts[]): BucketCounts | null {
  const first = all[0];
  if (first === undefined) return null;
  return {
    bounds: first.bounds,
    counts: first.bounds.map((_, i) => all.reduce((sum, each) => sum + (each.counts[i] ?? 0), 0)),
  };
}

/**
 * The q-quantile (0–1) in seconds, as Prometheus's histogram_quantile estimates it: linear
 * within the bucket it falls in; the highest finite bound when it falls in `+Inf`. NaN when
 * nothing was observed.
 */
export function bucketQuantile(q: number, { bounds, counts }: BucketCounts): number {
  const total = counts.at(-1) ?? 0;
  if (total <= 0) return Number.NaN;
  const rank = q * total;
  for (let i = 0; i < bounds.length; i += 1) {
    const count = counts[i] ?? 0;
    if (count < rank) continue;
    const upper = bounds[i] ?? Infinity;
    const lower = i === 0 ? 0 : (bounds[i - 1] ?? 0);
    if (upper === Infinity) return lower;
    const below = i === 0 ? 0 : (counts[i - 1] ?? 0);
    const inBucket = count - below;
    return inBucket === 0 ? upper : lower + ((upper - lower) * (rank - below)) / inBucket;
  }
  return bounds.at(-2) ?? Number.NaN;
}
