import type { ConfigId, ScenarioId } from './benchSettings.ts';
import { addBuckets, bucketQuantile } from './BucketCounts.ts';
import type { CellRun } from './measureCell.ts';
import { percentile } from './runLoad.ts';

/** The figures of one cell over all its rounds. */
export interface CellSummary {
  readonly scenario: ScenarioId;
  readonly config: ConfigId;
  readonly population: number;
  /** Paced requests per second, or null for as fast as they answer. */
  readonly rate: number | null;
  /** Responses per second over every measured second of every round. */
  readonly rps: number;
  readonly roundsRps: readonly number[];
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly responses: number;
  readonly errors: number;
  readonly firstError: string | null;
  /** MariaDB statements (Questions) per response; includes audit writes. */
  readonly sqlPerRequest: number;
  readonly selectsPerRequest: number;
  /** CPU milliseconds per response: gateway (or the floor's subgraph), subgraphs, MariaDB. */
  readonly cpuMsPerRequest: { gateway: number; subgraphs: number; database: number };
  /** Largest RSS seen at the end of a run, MiB. */
  readonly rssMiB: number | null;
  /** Largest share of the cores other processes used during a run of this cell. */
  readonly otherCores: number;
  /**
   * (a): each request's wait for its audit record, queued to commit acknowledged, in ms
   * (estimated from the gateway's histogram buckets); null where it is not measured.
   */
  readonly auditWait: {
    readonly p50: number;
    readonly p99: number;
    readonly records: number;
  } | null;
}

/** Merges the rounds of each cell: latencies pooled, counters summed. */
export function summariseCells(runs: readonly CellRun[]): CellSummary[] {
  const groups = new Map<string, CellRun[]>();
  for (const run of runs) {
    const key = `${run.scenario}|${run.config}|${run.population}|${run.rate ?? 'max'}`;
    groups.set(key, [...(groups.get(key) ?? []), run]);
  }
  return [...groups.values()].map(summarise);
}

function summarise(runs: CellRun[]): CellSummary {
  const first = runs[0];
  if (first === undefined) throw new Error('A cell needs at least one run.');
  const sum = (pick: (run: CellRun) => number) => runs.reduce((total, run) => total + pick(run), 0);
  const responses = sum((r) => r.responses);
  const perRequest = (value: number) => (responses === 0 ? Number.NaN : value / responses);
  const latencies = new Float64Array(responses);
  let offset = 0;
  for (const run of runs) {
    latencies.set(run.latencies, offset);
    offset += run.latencies.length;
  }
  latencies.sort();
  const rss = runs.map((r) => r.rssMiB).filter((v): v is number => v !== null);
  return {
    scenario: first.scenario,
    config: first.config,
    population: first.population,
    rate: first.rate,
    rps: responses / sum((r) => r.seconds),
    roundsRps: runs.map((r) => r.responses / r.seconds),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    responses,
    errors: sum((r) => r.errors),
    firstError: runs.find((r) => r.firstError !== null)?.firstError ?? null,
    sqlPerRequest: perRequest(sum((r) => r.sql.statements)),
    selectsPerRequest: perRequest(sum((r) => r.sql.selects)),
    cpuMsPerRequest: {
      gateway: perRequest(sum((r) => r.cpu.gateway) * 1000),
      subgraphs: perRequest(sum((r) => r.cpu.subgraphs) * 1000),
      database: perRequest(sum((r) => r.cpu.database) * 1000),
    },
    rssMiB: rss.length === 0 ? null : Math.max(...rss),
    otherCores: Math.max(...runs.map((r) => r.foreignCores)),
    auditWait: auditWaitOf(runs),
  };
}

function auditWaitOf(runs: readonly CellRun[]): CellSummary['auditWait'] {
  const measured = runs.flatMap((r) => (r.auditWait === null ? [] : [r.auditWait]));
  const all = addBuckets(measured);
  if (all === null) return null;
  return {
    p50: bucketQuantile(0.5, all) * 1000,
    p99: bucketQuantile(0.99, all) * 1000,
    records: all.counts.at(-1) ?? 0,
  };
}
