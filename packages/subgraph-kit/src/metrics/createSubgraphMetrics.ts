import type { Knex } from 'knex';
import { Registry } from 'prom-client';
import type { RequestHandler } from '@dost/platform/createGraphQLHandler.ts';
import { countSqlStatements } from './countSqlStatements.ts';
import { createMetricsHandler } from './createMetricsHandler.ts';

/** A registry subgraph's metrics: its `/metrics` handler, and `stop()` to detach from the db. */
export interface SubgraphMetrics {
  readonly registry: Registry;
  readonly handler: RequestHandler;
  stop(): void;
}

/**
 * The metrics of one registry subgraph in a Prometheus registry of its own (not prom-client's
 * global one), so that several subgraphs in one process, as in tests, never share a counter.
 */
export function createSubgraphMetrics({ db }: { db: Knex }): SubgraphMetrics {
  const registry = new Registry();
  const stopCounting = countSqlStatements(db, registry);
  return { registry, handler: createMetricsHandler(registry), stop: stopCounting };
}
