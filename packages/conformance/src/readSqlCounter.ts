import type { SubgraphClient } from './SubgraphClient.ts';

/** The counter the kit's `/metrics` exposes (and any agency's must, under this name). */
export const SQL_STATEMENTS_METRIC = 'dost_subgraph_sql_statements_total';

/** The counter's value, or why it could not be read. */
export type CounterReading = { readonly value: number } | { readonly problem: string };

/**
 * Reads `dost_subgraph_sql_statements_total` from the subgraph's `/metrics` (Prometheus text
 * format), summed over its labels if it has any.
 */
export async function readSqlCounter(client: SubgraphClient): Promise<CounterReading> {
  const answer = await client.get('/metrics');
  if (answer.status !== 200) return { problem: `GET /metrics answered ${answer.status}` };
  let found = false;
  let value = 0;
  for (const line of answer.text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)/.exec(line);
    if (match?.[1] !== SQL_STATEMENTS_METRIC) continue;
    found = true;
    value += Number(match[3]);
  }
  if (!found) return { problem: `/metrics has no ${SQL_STATEMENTS_METRIC}` };
  return Number.isFinite(value)
    ? { value }
    : { problem: `${SQL_STATEMENTS_METRIC} is not a number` };
}
