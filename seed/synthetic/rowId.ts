/** Rows each citizen may own in any one table; ids are never shared across citizens. */
export const ROW_ID_STRIDE = 64;

/**
 * Deterministic primary key for the `slot`-th row (0-based) a citizen owns in one table:
 * index·64 + slot + 1. Ids start at 1 (MySQL treats an inserted 0 as "auto-increment"),
 * are unique per table across the population, and let any batch be inserted on its own.
 * 1 000 000 citizens stay below 2^31 (signed INT).
 */
export function rowId(index: number, slot: number): number {
  if (!Number.isInteger(slot) || slot < 0 || slot >= ROW_ID_STRIDE) {
    throw new RangeError(`Row slot ${slot} out of range for citizen ${index}`);
  }
  return index * ROW_ID_STRIDE + slot + 1;
}
