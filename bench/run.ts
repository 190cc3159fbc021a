import { readEnv } from '@dost/platform/env.ts';
import { buildDist } from '../scripts/build/buildDist.ts';
import { loadBenchKeys } from './benchIdentities.ts';
import { loadBenchTls } from './benchTls.ts';
import {
  DEFAULT_BENCH_DB_URL,
  MAIN_POPULATION,
  readBenchOptions,
  SCALE_POPULATION,
} from './benchSettings.ts';
import { createBenchTokens } from './createBenchTokens.ts';
import { createSqlCounter } from './createSqlCounter.ts';
import { evaluateTargets } from './evaluateTargets.ts';
import { FinPool } from './FinPool.ts';
import { planCells } from './planCells.ts';
import { preparePopulation } from './preparePopulation.ts';
import { profileGateway } from './profileGateway.ts';
import { primingSeconds, runMatrix } from './runMatrix.ts';
import { REPO_ROOT } from './spawnService.ts';
import { benchEnv, startBenchSystem } from './startBenchSystem.ts';
import { sizeBufferPool } from './sizeBufferPool.ts';
import { summariseCells } from './summariseCells.ts';
import { readLatestReport, scenarioLegend, writeReport } from './writeReport.ts';

// `npm run bench [-- --duration 8 --warmup 2 --rounds 2 --configs a,b,c,d,e --profile]`
const started = performance.now();
const args = process.argv.slice(2);
const options = readBenchOptions(args);
if (options.reportOnly) {
  const latest = readLatestReport();
  console.log(await writeReport({ ...latest, targets: evaluateTargets(latest.cells) }));
  process.exit(0);
}
const env = readEnv();
const dbUrl = env.dbUrls['people'] ?? DEFAULT_BENCH_DB_URL;
const poolMib = await sizeBufferPool(dbUrl, options.bufferPoolMib);
console.log(`MariaDB's InnoDB buffer pool: ${poolMib} MiB`);
const population = await preparePopulation({
  env,
  dbUrl,
  atLeast: options.seedScale ? SCALE_POPULATION : MAIN_POPULATION,
  pensionersWithin: MAIN_POPULATION,
});
console.log(
  `MariaDB holds ${population.citizens.toLocaleString('en')} citizens of seed ${env.seed}` +
    (population.seededSeconds > 0 ? ` (seeded in ${population.seededSeconds.toFixed(0)} s)` : ''),
);
const keys = await loadBenchKeys(env);
const citizenSample = FinPool.ofPopulation({
  seed: env.seed,
  population: MAIN_POPULATION,
  size: 2000,
});
const tokens = await createBenchTokens({ env, ...keys, citizenFins: citizenSample.fins });
const pools = (size: number) => ({
  population: FinPool.ofPopulation({ seed: env.seed, population: size, size: 20_000 }),
  pensioners: new FinPool(population.pensioners, 7),
  citizens: citizenSample,
});
const vars = benchEnv(env, dbUrl);
if (options.runtime === 'dist') {
  // The processes run what production runs: today's bundles, rebuilt only when stale.
  const building = performance.now();
  if (await buildDist({ root: REPO_ROOT })) {
    console.log(`Built dist/ in ${((performance.now() - building) / 1000).toFixed(1)} s`);
  }
}
// Made (on first use) before any subgraph starts, so that they all find the same dev CA.
const tls = await loadBenchTls(env);

if (options.profile) {
  await profileGateway({
    vars,
    options,
    plan: { pools: pools(MAIN_POPULATION), tokens, tls },
  });
  process.exit(0);
}

const { cells, skipped } = planCells(options, population.citizens);
const perRun = options.warmup + options.duration + 1.5;
const priming = primingSeconds(cells);
console.log(
  `${cells.length} cells × ${options.rounds} rounds ≈ ${Math.round((cells.length * options.rounds * perRun + priming) / 60)} min of load\n${scenarioLegend()}`,
);
const system = await startBenchSystem({
  vars,
  tls,
  configs: options.configs,
  sourceMaps: options.sourceMaps,
  runtime: options.runtime,
});
const sql = createSqlCounter(dbUrl);
const stopAll = () => void system.stop().then(() => process.exit(130));
process.once('SIGINT', stopAll);
process.once('SIGTERM', stopAll);
try {
  // Keep the whole run under 15 minutes: repeats of noisy runs only fit in what is left.
  const deadline = started + 14 * 60_000 - 20_000;
  const runs = await runMatrix({ cells, options, system, sql, tokens, tls, pools, deadline });
  const summaries = summariseCells(runs);
  const block = await writeReport({
    date: new Date().toISOString(),
    command: ['npm run bench', ...(args.length > 0 ? ['--', ...args] : [])].join(' '),
    options,
    database: await sql.describe(),
    citizensSeeded: population.citizens,
    totalSeconds: (performance.now() - started) / 1000,
    cells: summaries,
    runs,
    targets: evaluateTargets(summaries),
    skipped,
  });
  console.log(`\n${block}\n\nWritten: BENCHMARKS.md, bench/results/latest.json`);
} finally {
  await sql.close();
  await system.stop();
}
