/** One PromQL query of a panel, with its legend. */
export interface PanelQuery {
  readonly expr: string;
  readonly legend: string;
}

/** What a dashboard row shows: a title and its queries. */
export interface PanelSpec {
  readonly title: string;
  readonly description: string;
  readonly unit: string;
  readonly queries: readonly PanelQuery[];
  /** `stat` for one current value; a time series otherwise. @default 'timeseries' */
  readonly type?: 'timeseries' | 'stat';
}

const RATE = '[$__rate_interval]';

function quantiles(histogram: string, by: string): PanelQuery[] {
  const group = by === '' ? 'le' : `le, ${by}`;
  const legend = by === '' ? '' : ` {{${by}}}`;
  return [0.5, 0.95, 0.99].map((q) => ({
    expr: `histogram_quantile(${String(q)}, sum by (${group}) (rate(${histogram}_bucket${RATE})))`,
    legend: `p${String(q * 100)}${legend}`,
  }));
}

/**
 * The panels of docs/deployment.md's dashboard, in rows: what issue 13 asks operators to see.
 * Every metric named here is registered by the gateway (gateway/metrics/createGatewayMetrics.ts,
 * prom-client's process defaults) or a subgraph (packages/subgraph-kit/src/metrics/);
 * test/integration/grafanaDashboard.test.ts scrapes both and fails on any other name.
 */
export const DASHBOARD_ROWS: readonly {
  readonly title: string;
  readonly panels: readonly PanelSpec[];
}[] = [
  {
    title: 'Requests',
    panels: [
      {
        title: 'Requests by outcome',
        description: 'GraphQL requests per second, by outcome code (OK or the first error).',
        unit: 'reqps',
        queries: [
          {
            expr: `sum by (outcome) (rate(dost_gateway_requests_total${RATE}))`,
            legend: '{{outcome}}',
          },
        ],
      },
      {
        title: 'Error ratio',
        description: 'Share of requests whose outcome is not OK.',
        unit: 'percentunit',
        queries: [
          {
            expr: `sum(rate(dost_gateway_requests_total{outcome!="OK"}${RATE})) / sum(rate(dost_gateway_requests_total${RATE}))`,
            legend: 'not OK',
          },
        ],
      },
      {
        title: 'Request latency',
        description: 'From the request reaching the gateway to its answer being written.',
        unit: 's',
        queries: quantiles('dost_gateway_request_duration_seconds', ''),
      },
      {
        title: 'Requests by role',
        description: 'Requests per second by the caller role.',
        unit: 'reqps',
        queries: [
          { expr: `sum by (role) (rate(dost_gateway_requests_total${RATE}))`, legend: '{{role}}' },
        ],
      },
      {
        title: 'Slowest operations (p95)',
        description: 'p95 latency of the ten slowest operation names.',
        unit: 's',
        queries: [
          {
            expr: `topk(10, histogram_quantile(0.95, sum by (le, operation) (rate(dost_gateway_request_duration_seconds_bucket${RATE}))))`,
            legend: '{{operation}}',
          },
        ],
      },
    ],
  },
  {
    title: 'Subgraphs',
    panels: [
      {
        title: 'Subgraph call latency (p95)',
        description: 'Gateway → subgraph calls, by subgraph.',
        unit: 's',
        queries: [
          {
            expr: `histogram_quantile(0.95, sum by (le, subgraph) (rate(dost_gateway_subgraph_call_duration_seconds_bucket${RATE})))`,
            legend: '{{subgraph}}',
          },
        ],
      },
      {
        title: 'Subgraph calls without an answer',
        description:
          'By subgraph and reason: timeout, deadline, circuit-open, unreachable, bad-response.',
        unit: 'reqps',
        queries: [
          {
            expr: `sum by (subgraph, failure) (rate(dost_gateway_subgraph_call_failures_total${RATE}))`,
            legend: '{{subgraph}} {{failure}}',
          },
        ],
      },
      {
        title: 'Open circuit breakers',
        description: 'Gateways whose breaker for a subgraph is open (calls refused at once).',
        unit: 'short',
        queries: [
          {
            expr: 'sum by (subgraph) (dost_gateway_subgraph_breaker_state{state="open"})',
            legend: '{{subgraph}}',
          },
        ],
      },
      {
        title: 'SQL statements by subgraph',
        description: 'Statements per second each subgraph sends its registry database.',
        unit: 'short',
        queries: [
          {
            expr: `sum by (job) (rate(dost_subgraph_sql_statements_total${RATE}))`,
            legend: '{{job}}',
          },
        ],
      },
      {
        title: 'Subgraph requests by outcome',
        description:
          'Requests each subgraph answered: OK, a registry error code, or an HTTP refusal.',
        unit: 'reqps',
        queries: [
          {
            expr: `sum by (job, outcome) (rate(dost_subgraph_requests_total${RATE}))`,
            legend: '{{job}} {{outcome}}',
          },
        ],
      },
      {
        title: 'Subgraph request latency',
        description: 'From a signed call reaching a subgraph to its answer being written.',
        unit: 's',
        queries: quantiles('dost_subgraph_request_duration_seconds', 'job'),
      },
      {
        title: 'Subgraph database pools',
        description: "Each subgraph's registry connections by state: used, free, pending.",
        unit: 'short',
        queries: [
          {
            expr: 'sum by (job, state) (dost_subgraph_db_pool_connections)',
            legend: '{{job}} {{state}}',
          },
        ],
      },
    ],
  },
  {
    title: 'Audit trail',
    panels: [
      {
        title: 'Audit records committed',
        description:
          'Records per second, all gateways: compare with the chain ceiling in BENCHMARKS.md.',
        unit: 'short',
        queries: [
          { expr: `sum(rate(dost_gateway_audit_batch_size_sum${RATE}))`, legend: 'records/s' },
          { expr: `sum(rate(dost_gateway_audit_batch_size_count${RATE}))`, legend: 'commits/s' },
        ],
      },
      {
        title: 'Audit commit latency',
        description: 'One audit transaction; it grows as writers queue for the chain head.',
        unit: 's',
        queries: quantiles('dost_gateway_audit_commit_duration_seconds', ''),
      },
      {
        title: 'Audit wait per request',
        description:
          "A request's wait for its own audit record, queued to committed: what the fail-closed rule adds to its latency (issue 14's target: p99 ≤ 10 ms at 100 req/s).",
        unit: 's',
        queries: quantiles('dost_gateway_audit_wait_seconds', ''),
      },
      {
        title: 'Audit batch size',
        description: 'Mean records per transaction (group commit grows it under load).',
        unit: 'short',
        queries: [
          {
            expr: `sum(rate(dost_gateway_audit_batch_size_sum${RATE})) / sum(rate(dost_gateway_audit_batch_size_count${RATE}))`,
            legend: 'mean',
          },
        ],
      },
      {
        title: 'Failed audit batches',
        description: 'Each failed batch answered its callers 503 AUDIT_UNAVAILABLE.',
        unit: 'short',
        type: 'stat',
        queries: [
          {
            expr: 'sum(increase(dost_gateway_audit_batch_failures_total[1h]))',
            legend: 'last hour',
          },
        ],
      },
    ],
  },
  {
    title: 'Limits, pools and schema',
    panels: [
      {
        title: 'Rate-limit refusals',
        description: 'Requests answered 429, by budget.',
        unit: 'reqps',
        queries: [
          {
            expr: `sum by (limit) (rate(dost_gateway_rate_limit_refusals_total${RATE}))`,
            legend: '{{limit}}',
          },
        ],
      },
      {
        title: 'Rate-limit store failures',
        description: 'Checks Redis failed, counted per process instead: alert on any.',
        unit: 'short',
        type: 'stat',
        queries: [
          {
            expr: 'sum(increase(dost_gateway_rate_limit_store_failures_total[1h]))',
            legend: 'last hour',
          },
        ],
      },
      {
        title: 'Database pool connections',
        description: "The gateway's pools (the audit store) by state: used, free, pending.",
        unit: 'short',
        queries: [
          {
            expr: 'sum by (database, state) (dost_gateway_db_pool_connections)',
            legend: '{{database}} {{state}}',
          },
        ],
      },
      {
        title: 'Supergraph served',
        description: "Gateways serving each schema registry version ('committed': the file).",
        unit: 'short',
        queries: [
          { expr: 'sum by (version) (dost_gateway_supergraph_info)', legend: '{{version}}' },
        ],
      },
    ],
  },
  {
    title: 'Gateway processes',
    panels: [
      {
        title: 'CPU per gateway',
        description: 'Cores used by each gateway process (the HPA scales on this).',
        unit: 'short',
        queries: [{ expr: `rate(process_cpu_seconds_total${RATE})`, legend: '{{instance}}' }],
      },
      {
        title: 'Resident memory',
        description: 'Per gateway process.',
        unit: 'bytes',
        queries: [{ expr: 'process_resident_memory_bytes', legend: '{{instance}}' }],
      },
      {
        title: 'Event-loop lag (p99)',
        description: 'Per gateway process: a saturated loop delays every request on it.',
        unit: 's',
        queries: [{ expr: 'nodejs_eventloop_lag_p99_seconds', legend: '{{instance}}' }],
      },
    ],
  },
];
