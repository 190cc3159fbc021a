import type { Knex } from 'knex';
import { Registry } from 'prom-client';
import type { RequestHandler } from '@dost/platform/createGraphQLHandler.ts';
import { countSqlStatements } from './countSqlStatements.ts';
import { createMetricsHandler } from './createMetricsHandler.ts';
import {
  observeSubgraphRequests,
  type SubgraphRequestObserver,
} from './observeSubgraphRequests.ts';
import { watchPool } from './watchPool.ts';

/** A registry subgraph's metrics: its `/metrics` handler, and `stop()` to detach from the db. */
export interface SubgraphMetrics {
  readonly registry: Registry;
  readonly handler: RequestHandler;
  /** Requests by outcome and their latency; the server wires it (createSubgraphServer). */
  readonly requests: SubgraphRequestObserver;
  stop(): void;
}

/**
 * The metrics of one registry subgraph in a Prometheus registry of its own (not prom-client's
 * global one), so that several subgraphs in one process, as in tests, never share a counter:
 * requests by outcome with latency, SQL statements, and the database pool.
 */
export function createSubgraphMetrics({ db }: { db: Knex }): SubgraphMetrics {
  const registry = new Registry();
  const stopCounting = countSqlStatements(db, registry);
  watchPool(db, registry);
  return {
    registry,
    handler: createMetricsHandler(registry),
    requests: observeSubgraphRequests(registry),
    stop: stopCounting,
  };
}
