import type { ConfigId } from './benchSettings.ts';
import { bucketDelta, type BucketCounts } from './BucketCounts.ts';
import { sqlDelta, type SqlCounter, type SqlCounts } from './createSqlCounter.ts';
import type { RequestPlan } from './planRequests.ts';
import {
  cpuSeconds,
  loadAverage,
  machineBusySeconds,
  ownCpuSeconds,
  rssMiB,
} from './processStats.ts';
import { runLoad, type LoadOptions } from './runLoad.ts';
import { runPacedLoad } from './runPacedLoad.ts';
import { scrapeAuditWait } from './scrapeAuditWait.ts';
import { smokeCheck } from './planRequests.ts';
import type { Scenario } from './scenarios.ts';

/** Processes whose CPU a run accounts for. */
export interface Watched {
  /** The process under test: the gateway, or for (e) the subgraph called. */
  readonly gateway: number;
  readonly subgraphs: readonly number[];
  readonly database: number | null;
  /** Every process of the bench, to tell other work on the machine from ours. */
  readonly all: readonly number[];
}

/** One measured run of one cell (scenario × configuration × population) in one round. */
export interface CellRun {
  readonly scenario: Scenario['id'];
  readonly config: ConfigId;
  readonly population: number;
  /** Paced requests per second, or null for as fast as they answer. */
  readonly rate: number | null;
  readonly round: number;
  readonly responses: number;
  readonly seconds: number;
  readonly latencies: Float64Array;
  readonly errors: number;
  readonly firstError: string | null;
  readonly sql: SqlCounts;
  /** CPU seconds used during the measured window. */
  readonly cpu: { gateway: number; subgraphs: number; database: number };
  readonly rssMiB: number | null;
  readonly loadAverage: number;
  /** Cores' worth of CPU that processes outside the bench used during the run. */
  readonly foreignCores: number;
  /**
   * (a) only: each request's wait for its audit record during the measured window, from the
   * gateway's dost_gateway_audit_wait_seconds histogram; null for the other configurations.
   */
  readonly auditWait: BucketCounts | null;
}

/** Checks one answer, warms up, then measures with SQL, CPU and RSS accounting around it. */
export async function measureCell(options: {
  scenario: Scenario;
  config: ConfigId;
  population: number;
  rate: number | null;
  round: number;
  plan: RequestPlan;
  watched: Watched;
  sql: SqlCounter;
  connections: number;
  warmup: number;
  duration: number;
}): Promise<CellRun> {
  const { scenario, config, plan, watched, sql, connections, rate } = options;
  const problem = await smokeCheck(plan, scenario, config === 'e').catch(String);
  const drive = (load: LoadOptions) =>
    rate === null ? runLoad(load) : runPacedLoad({ ...load, rate });
  const load = { url: plan.url, tls: plan.tls, connections, next: () => plan.next() };
  if (options.warmup > 0) await drive({ ...load, seconds: options.warmup });
  const cpuBefore = cpuOf(watched);
  const busyBefore = machineBusySeconds();
  const ownBefore = ownCpuSeconds(watched.all);
  const sqlBefore = await sql.read();
  const waitBefore = config === 'a' ? await scrapeAuditWait() : null;
  const result = await drive({ ...load, seconds: options.duration });
  // Let answers still in flight when the clock stopped finish their statements.
  await new Promise((resolve) => setTimeout(resolve, 250));
  const sqlAfter = await sql.read();
  const waitAfter = waitBefore === null ? null : await scrapeAuditWait();
  const cpuAfter = cpuOf(watched);
  const foreign = machineBusySeconds() - busyBefore - (ownCpuSeconds(watched.all) - ownBefore);
  return {
    scenario: scenario.id,
    config,
    population: options.population,
    rate,
    round: options.round,
    responses: result.responses,
    seconds: result.seconds,
    latencies: result.latencies,
    errors: result.errors + (problem === null ? 0 : 1),
    firstError: problem === null ? result.firstError : `smoke check: ${problem}`,
    sql: sqlDelta(sqlBefore, sqlAfter),
    cpu: {
      gateway: cpuAfter.gateway - cpuBefore.gateway,
      subgraphs: cpuAfter.subgraphs - cpuBefore.subgraphs,
      database: cpuAfter.database - cpuBefore.database,
    },
    rssMiB: rssMiB(watched.gateway),
    loadAverage: loadAverage(),
    foreignCores: Math.max(0, foreign / (result.seconds + 0.25)),
    auditWait:
      waitBefore === null || waitAfter === null ? null : bucketDelta(waitBefore, waitAfter),
  };
}

function cpuOf(watched: Watched): { gateway: number; subgraphs: number; database: number } {
  return {
    gateway: cpuSeconds(watched.gateway),
    subgraphs: watched.subgraphs.reduce((sum, pid) => sum + cpuSeconds(pid), 0),
    database: watched.database === null ? 0 : cpuSeconds(watched.database),
  };
}
