import type { Knex } from 'knex';

/** What a tarn pool (knex's) can say about itself. */
export interface PoolCounts {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

/** The knex instance's connection pool, or null while knex has not made it (first query). */
export function poolOf(db: Knex): PoolCounts | null {
  const pool: unknown = (db.client as { pool?: unknown }).pool;
  if (typeof pool !== 'object' || pool === null) return null;
  const counts = pool as Partial<Record<keyof PoolCounts, unknown>>;
  return typeof counts.numUsed === 'function' &&
    typeof counts.numFree === 'function' &&
    typeof counts.numPendingAcquires === 'function'
    ? (pool as PoolCounts)
    : null;
}
