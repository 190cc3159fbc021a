import type { Knex } from 'knex';
import { Counter, type Registry } from 'prom-client';

/** The counter's name: what `npm run agency:conformance` reads to find an N+1. */
export const SQL_STATEMENTS_METRIC = 'dost_subgraph_sql_statements_total';

/**
 * Counts every statement knex sends for this registry (its `query` event), in `registry`.
 * Only a count leaves: no SQL text and no bindings, so no personal data reaches /metrics.
 * Returns the function that stops counting (the listener must not outlive the server).
 */
export function countSqlStatements(db: Knex, registry: Registry): () => void {
  const counter = new Counter({
    name: SQL_STATEMENTS_METRIC,
    help: 'SQL statements this subgraph sent to its registry database.',
    registers: [registry],
  });
  const onQuery = () => counter.inc();
  db.on('query', onQuery);
  return () => void db.off('query', onQuery);
}
