import type { BenchOptions } from './benchSettings.ts';
import { bucketQuantile } from './BucketCounts.ts';
import type { BenchTokens } from './createBenchTokens.ts';
import type { SqlCounter } from './createSqlCounter.ts';
import type { FinPool } from './FinPool.ts';
import { measureCell, type CellRun, type Watched } from './measureCell.ts';
import { runLoad } from './runLoad.ts';
import type { Cell } from './planCells.ts';
import { planRequests, type RequestPlan } from './planRequests.ts';
import { findDatabasePid, foreignCores } from './processStats.ts';
import { SCENARIOS, type FinSource } from './scenarios.ts';
import type { BenchSystem } from './startBenchSystem.ts';
import type { TlsIdentity } from '@dost/platform/tls/TlsIdentity.ts';

/**
 * Load on a process the first time it is loaded. The gateways keep getting faster for well
 * over the per-run warm-up (JIT of the large planner and executor, connection pools
 * filling): without it the first scenario measured favours whoever runs later.
 */
const PRIME_SECONDS = 15;

/**
 * Load on every configuration of a scenario (and population) before its first measured run,
 * once its process has had PRIME_SECONDS. The subgraphs and MariaDB are shared: without it
 * the configuration measured first in round 1 (always (a)) would be the one to warm the
 * subgraphs' code for that scenario and the database pages its draw touches, and round 2's
 * reversed order would not undo that.
 */
const GROUP_PRIME_SECONDS = 3;

/** Seconds of load each unpaced cell gets before its group's first measurement, in run order. */
function primeSecondsOf(cells: readonly Cell[]): Map<Cell, number> {
  const loaded = new Set<Cell['config']>();
  const seconds = new Map<Cell, number>();
  for (const cell of cells) {
    if (cell.rate !== null) continue;
    seconds.set(cell, loaded.has(cell.config) ? GROUP_PRIME_SECONDS : PRIME_SECONDS);
    loaded.add(cell.config);
  }
  return seconds;
}

/** Seconds of priming a run of these cells spends before its measurements. */
export function primingSeconds(cells: readonly Cell[]): number {
  return [...primeSecondsOf(cells).values()].reduce((sum, s) => sum + s, 0);
}

/** Other work above this many cores during a run makes it worth measuring again. */
const NOISY_CORES = 0.35;

/**
 * Runs every cell once per round. Round by round the order of configurations within a
 * scenario is reversed, so that drift (caches warming, the audit table growing) and
 * whatever else runs on the machine fall on every configuration alike. A run during which
 * other processes took a noticeable share of the two cores is repeated once, after waiting
 * for a quiet moment, while the time budget allows.
 */
export async function runMatrix(options: {
  cells: readonly Cell[];
  options: BenchOptions;
  system: BenchSystem;
  sql: SqlCounter;
  tokens: BenchTokens;
  /** The gateway's client certificate, for (e)'s direct calls to a subgraph. */
  tls: TlsIdentity;
  pools: (population: number) => Readonly<Record<FinSource, FinPool>>;
  /** performance.now() by which every run must have ended. */
  deadline: number;
}): Promise<CellRun[]> {
  const { cells, system, sql, tokens, tls, deadline } = options;
  const { rounds, connections, warmup, duration } = options.options;
  const database = findDatabasePid();
  const subgraphPids = Object.values(system.subgraphs).map((s) => s.pid);
  const all = [
    ...subgraphPids,
    ...Object.values(system.gateways).map((g) => g.pid),
    ...(database === null ? [] : [database]),
  ];
  const runSeconds = warmup + duration + 1.5;
  let left = cells.length * rounds;
  const spare = () => (deadline - performance.now()) / 1000 - left * runSeconds;
  const poolsByPopulation = new Map<number, Readonly<Record<FinSource, FinPool>>>();
  const poolsFor = (population: number) => {
    let pools = poolsByPopulation.get(population);
    if (pools === undefined) {
      pools = options.pools(population);
      poolsByPopulation.set(population, pools);
    }
    return pools;
  };
  const planFor = (cell: Cell) =>
    planRequests({
      scenario: SCENARIOS[cell.scenario],
      config: cell.config,
      pools: poolsFor(cell.population),
      tokens,
      tls,
    });
  const primeSeconds = primeSecondsOf(cells);
  const primedGroups = new Set<string>();
  const runs: CellRun[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    for (const cell of orderForRound(cells, round)) {
      const key = `${cell.scenario}|${cell.population}`;
      if (!primedGroups.has(key)) {
        primedGroups.add(key);
        const group = cells.filter(
          (c) => c.scenario === cell.scenario && c.population === cell.population,
        );
        await prime({ group, seconds: primeSeconds, connections, plan: planFor });
      }
      const scenario = SCENARIOS[cell.scenario];
      const plan = planFor(cell);
      const watched: Watched = {
        gateway: watchedPid(cell, system),
        subgraphs: subgraphPids,
        database,
        all,
      };
      const measure = () =>
        measureCell({
          scenario,
          config: cell.config,
          population: cell.population,
          rate: cell.rate,
          round,
          plan,
          watched,
          sql,
          connections,
          warmup,
          duration,
        });
      let run = await measure();
      left -= 1;
      if (run.foreignCores > NOISY_CORES && spare() > runSeconds + 10) {
        const waited = await waitForQuiet(all, Math.min(10, spare() - runSeconds));
        console.log(
          `  other work took ${run.foreignCores.toFixed(2)} cores; waited ${waited} s, measuring again`,
        );
        const again = await measure();
        if (again.foreignCores < run.foreignCores) run = again;
      }
      runs.push(run);
      console.log(
        `round ${round} ${cell.scenario} (${cell.config}) ${cell.population}${cell.rate === null ? '' : ` paced ${cell.rate}/s`}: ${(run.responses / run.seconds).toFixed(0)} req/s, ${run.errors} errors` +
          auditWaitNote(run) +
          `, other work ${run.foreignCores.toFixed(2)} cores` +
          (run.firstError === null ? '' : ` — ${run.firstError.slice(0, 160)}`),
      );
    }
  }
  return runs;
}

/** `, audit wait p99 4.2 ms` for a run of (a); empty for the others. */
function auditWaitNote(run: CellRun): string {
  if (run.auditWait === null) return '';
  const p99 = bucketQuantile(0.99, run.auditWait) * 1000;
  return `, audit wait p99 ${Number.isFinite(p99) ? p99.toFixed(1) : '—'} ms`;
}

/** The process a cell's RSS and "gateway" CPU are read from. */
function watchedPid(cell: Cell, system: BenchSystem): number {
  if (cell.config === 'e') {
    const name = SCENARIOS[cell.scenario].floor.subgraph;
    return system.subgraphs[name]?.pid ?? 0;
  }
  return system.gateways[cell.config]?.pid ?? 0;
}

/** Odd rounds run configurations in the planned order, even rounds in reverse. */
function orderForRound(cells: readonly Cell[], round: number): Cell[] {
  if (round % 2 === 1) return [...cells];
  const groups: Cell[][] = [];
  for (const cell of cells) {
    const last = groups[groups.length - 1];
    const same = last?.[0];
    if (
      last !== undefined &&
      same?.scenario === cell.scenario &&
      same.population === cell.population &&
      same.rate === cell.rate
    )
      last.push(cell);
    else groups.push([cell]);
  }
  return groups.flatMap((group) => group.reverse());
}

/** Waits, up to `maxSeconds`, for a second in which other processes use under 0.25 cores. */
async function waitForQuiet(pids: readonly number[], maxSeconds: number): Promise<number> {
  let waited = 0;
  while (waited < maxSeconds) {
    waited += 1;
    if ((await foreignCores(pids, 1)) < 0.25) break;
  }
  return waited;
}

/** Loads each configuration of a group in turn, for the seconds planned for it. */
async function prime(options: {
  group: readonly Cell[];
  seconds: ReadonlyMap<Cell, number>;
  connections: number;
  plan: (cell: Cell) => RequestPlan;
}): Promise<void> {
  const { group, seconds, connections, plan } = options;
  for (const cell of group) {
    const duration = seconds.get(cell);
    if (duration === undefined) continue;
    const requests = plan(cell);
    await runLoad({
      url: requests.url,
      tls: requests.tls,
      connections,
      seconds: duration,
      next: () => requests.next(),
    });
  }
}
