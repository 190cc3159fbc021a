/** The families issue 13 asks of the gateway (requests, calls, audit, pools, limits, version). */
export const GATEWAY_FAMILIES = [
  'dost_gateway_requests_total',
  'dost_gateway_request_duration_seconds',
  'dost_gateway_subgraph_call_duration_seconds',
  'dost_gateway_subgraph_call_failures_total',
  'dost_gateway_subgraph_breaker_state',
  'dost_gateway_audit_commit_duration_seconds',
  'dost_gateway_audit_batch_size',
  'dost_gateway_audit_wait_seconds',
  'dost_gateway_audit_batch_failures_total',
  'dost_gateway_db_pool_connections',
  'dost_gateway_rate_limit_refusals_total',
  'dost_gateway_supergraph_info',
] as const;

/** And of every subgraph: requests by outcome with latency, SQL statements, the pool. */
export const SUBGRAPH_FAMILIES = [
  'dost_subgraph_requests_total',
  'dost_subgraph_request_duration_seconds',
  'dost_subgraph_sql_statements_total',
  'dost_subgraph_db_pool_connections',
] as const;

/** The families a Prometheus text names (its `# TYPE` lines). */
export function familiesIn(text: string): Set<string> {
  return new Set(
    text
      .split('\n')
      .filter((line) => line.startsWith('# TYPE '))
      .map((line) => line.split(' ')[2] ?? ''),
  );
}

/** The sum of a series' samples over all its labels (`name{…} value` and `name value`). */
export function total(text: string, series: string): number {
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${series}{`) || line.startsWith(`${series} `))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}
