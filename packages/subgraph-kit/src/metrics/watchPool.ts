import type { Knex } from 'knex';
import { Gauge, type Registry } from 'prom-client';
import { poolOf } from '@dost/platform/poolOf.ts';

export const DB_POOL_METRIC = 'dost_subgraph_db_pool_connections';

/**
 * The registry database's pool at each scrape: connections used, free, and acquires waiting
 * for one (a pool too small for the load shows as `pending` above zero).
 */
export function watchPool(db: Knex, registry: Registry): void {
  new Gauge({
    name: DB_POOL_METRIC,
    help: 'Registry database pool connections by state (used, free, pending acquires).',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const pool = poolOf(db);
      this.set({ state: 'used' }, pool?.numUsed() ?? 0);
      this.set({ state: 'free' }, pool?.numFree() ?? 0);
      this.set({ state: 'pending' }, pool?.numPendingAcquires() ?? 0);
    },
  });
}
