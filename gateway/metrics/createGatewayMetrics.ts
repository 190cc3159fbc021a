import type { Knex } from 'knex';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AuditRecord } from '@dost/audit-store/AuditEntry.ts';
import type { RateLimitEvents } from '../admission/createRateLimiter.ts';
import type { BreakerState, SubgraphCallObserver } from '../datasource/SubgraphCallObserver.ts';
import { createLabelCap } from './labels.ts';
import { poolOf } from '@dost/platform/poolOf.ts';
import { noteSubgraphCalled } from './noteSubgraphCalled.ts';

/** One ended request, as its labels. */
export interface RequestSummary {
  readonly operation: string;
  readonly outcome: string;
  readonly role: string;
  readonly seconds: number;
}

/** The gateway's Prometheus metrics, in a registry of its own. */
export interface GatewayMetrics {
  readonly registry: Registry;
  requestEnded(summary: RequestSummary): void;
  readonly subgraphCalls: SubgraphCallObserver;
  readonly rateLimits: RateLimitEvents;
  /** The audit writer's onBatch: commit latency, batch size, failed batches. */
  auditBatch(committed: Promise<readonly AuditRecord[]>): void;
  /** The audit writer's onWait: how long one request waited for its record's commit. */
  auditWaited(seconds: number): void;
  /** Reports a knex pool's connections in use, free and awaited, at each scrape. */
  watchPool(database: string, db: Knex): void;
  /** Reports the supergraph version being served at each scrape (null: the committed file). */
  watchSupergraph(version: () => number | null): void;
}

export interface GatewayMetricsOptions {
  /** Also the process's CPU, memory, event-loop lag and GC (prom-client's defaults). @default false */
  processMetrics?: boolean;
  /** Most distinct operation names labelled; later ones count as `(other)`. @default 200 */
  maxOperations?: number;
}

/**
 * A request's wait for its audit record is a few milliseconds when the writer keeps up; the
 * finer low buckets let a p99 against a 10 ms target be read from the histogram.
 */
const AUDIT_WAIT_SECONDS = [
  0.0005, 0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.05, 0.075, 0.1, 0.25, 0.5,
  1, 2.5,
];
const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const BREAKER_STATES: readonly BreakerState[] = ['closed', 'open', 'halfOpen'];

/**
 * Creates the gateway's metrics (prom-client). Labels carry roles, codes, subgraph and
 * operation names only: never a FIN, subject, purpose or staff id (README, "Operating").
 */
export function createGatewayMetrics({
  processMetrics = false,
  maxOperations = 200,
}: GatewayMetricsOptions = {}): GatewayMetrics {
  const registry = new Registry();
  if (processMetrics) collectDefaultMetrics({ register: registry });
  const metric = { registers: [registry] };
  const requests = new Counter({
    name: 'dost_gateway_requests_total',
    help: 'GraphQL requests by operation name, outcome code (OK or the first error) and role.',
    labelNames: ['operation', 'outcome', 'role'],
    ...metric,
  });
  const requestSeconds = new Histogram({
    name: 'dost_gateway_request_duration_seconds',
    help: 'Time from a request reaching the gateway to its answer being written.',
    labelNames: ['operation', 'outcome', 'role'],
    buckets: SECONDS,
    ...metric,
  });
  const callSeconds = new Histogram({
    name: 'dost_gateway_subgraph_call_duration_seconds',
    help: 'Gateway → subgraph calls by subgraph and outcome (ok, or why there was no answer).',
    labelNames: ['subgraph', 'outcome'],
    buckets: SECONDS,
    ...metric,
  });
  const callFailures = new Counter({
    name: 'dost_gateway_subgraph_call_failures_total',
    help: 'Subgraph calls without an answer: timeout, deadline, circuit-open, unreachable, bad-response.',
    labelNames: ['subgraph', 'failure'],
    ...metric,
  });
  const breaker = new Gauge({
    name: 'dost_gateway_subgraph_breaker_state',
    help: "1 for the state each subgraph's circuit breaker is in (closed, open, halfOpen).",
    labelNames: ['subgraph', 'state'],
    ...metric,
  });
  const auditSeconds = new Histogram({
    name: 'dost_gateway_audit_commit_duration_seconds',
    help: 'Time to commit one group of audit records (one transaction).',
    buckets: SECONDS,
    ...metric,
  });
  const auditBatchSize = new Histogram({
    name: 'dost_gateway_audit_batch_size',
    help: 'Audit records committed per transaction.',
    buckets: [1, 2, 5, 10, 20, 50, 100, 200],
    ...metric,
  });
  const auditWait = new Histogram({
    name: 'dost_gateway_audit_wait_seconds',
    help: "Time from a request's audit record being queued to its commit being acknowledged (or refused).",
    buckets: AUDIT_WAIT_SECONDS,
    ...metric,
  });
  const auditFailures = new Counter({
    name: 'dost_gateway_audit_batch_failures_total',
    help: 'Audit transactions that committed none of their records (callers got AUDIT_UNAVAILABLE).',
    ...metric,
  });
  const refusals = new Counter({
    name: 'dost_gateway_rate_limit_refusals_total',
    help: 'Requests answered 429 RATE_LIMITED, by budget (principal, failed_auth).',
    labelNames: ['limit'],
    ...metric,
  });
  const storeFailures = new Counter({
    name: 'dost_gateway_rate_limit_store_failures_total',
    help: 'Rate-limit checks Redis failed, answered by this process alone: alert on any increase.',
    ...metric,
  });
  const pools: { readonly database: string; readonly db: Knex }[] = [];
  new Gauge({
    name: 'dost_gateway_db_pool_connections',
    help: 'Database pool connections by database and state (used, free, pending acquires).',
    labelNames: ['database', 'state'],
    ...metric,
    collect() {
      for (const { database, db } of pools) {
        const pool = poolOf(db);
        if (pool === null) continue;
        this.set({ database, state: 'used' }, pool.numUsed());
        this.set({ database, state: 'free' }, pool.numFree());
        this.set({ database, state: 'pending' }, pool.numPendingAcquires());
      }
    },
  });
  let servedVersion: () => number | null = () => null;
  new Gauge({
    name: 'dost_gateway_supergraph_info',
    help: 'The supergraph being served: its schema registry version, or "committed" for the file.',
    labelNames: ['version'],
    ...metric,
    collect() {
      this.reset();
      this.set({ version: String(servedVersion() ?? 'committed') }, 1);
    },
  });
  const operations = createLabelCap(maxOperations);
  return {
    registry,
    requestEnded({ operation, outcome, role, seconds }) {
      const labels = { operation: operations(operation), outcome, role };
      requests.inc(labels);
      requestSeconds.observe(labels, seconds);
    },
    subgraphCalls: {
      callEnded(subgraph, seconds, failure, context) {
        callSeconds.observe({ subgraph, outcome: failure ?? 'ok' }, seconds);
        if (failure !== null) callFailures.inc({ subgraph, failure });
        noteSubgraphCalled(subgraph, context);
      },
      breakerChanged(subgraph, state) {
        for (const each of BREAKER_STATES) {
          breaker.set({ subgraph, state: each }, each === state ? 1 : 0);
        }
      },
    },
    rateLimits: {
      refused: (limit) => refusals.inc({ limit }),
      storeFailed: () => storeFailures.inc(),
    },
    auditBatch(committed) {
      const end = auditSeconds.startTimer();
      void committed.then((records) => {
        end();
        // A batch always holds at least one entry: none committed means it failed.
        if (records.length === 0) auditFailures.inc();
        else auditBatchSize.observe(records.length);
      });
    },
    auditWaited(seconds) {
      auditWait.observe(seconds);
    },
    watchPool(database, db) {
      pools.push({ database, db });
    },
    watchSupergraph(version) {
      servedVersion = version;
    },
  };
}
