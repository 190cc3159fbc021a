import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release, platform } from 'node:os';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import type { BenchOptions } from './benchSettings.ts';
import type { TargetCheck } from './evaluateTargets.ts';
import type { CellRun } from './measureCell.ts';
import { SCENARIOS } from './scenarios.ts';
import type { CellSummary } from './summariseCells.ts';

const RESULTS = fileURLToPath(new URL('./results/', import.meta.url));
const BENCHMARKS_MD = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));
const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

export interface Report {
  readonly date: string;
  readonly command: string;
  readonly options: BenchOptions;
  readonly database: string;
  readonly citizensSeeded: number;
  readonly totalSeconds: number;
  readonly cells: readonly CellSummary[];
  /** Every measured run; latencies are not kept in the JSON. */
  readonly runs: readonly Omit<CellRun, 'latencies'>[];
  readonly targets: readonly TargetCheck[];
  /** Cells not run, with why. */
  readonly skipped: readonly string[];
}

/** The machine, as `os` sees it. */
export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${platform()} ${release()}, Node ${process.version}`;
}

/** Writes bench/results/latest.json and the results block of BENCHMARKS.md; returns the tables. */
export async function writeReport(report: Report): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const withoutLatencies = (key: string, value: unknown) =>
    key === 'latencies' ? undefined : value;
  writeFileSync(
    `${RESULTS}latest.json`,
    `${JSON.stringify({ ...report, machine: machine() }, withoutLatencies, 2)}\n`,
  );
  const block = renderBlock(report);
  const existing = existsSync(BENCHMARKS_MD)
    ? readFileSync(BENCHMARKS_MD, 'utf8')
    : `# Benchmarks\n\n${START}\n${END}\n`;
  const from = existing.indexOf(START);
  const to = existing.indexOf(END);
  const updated =
    from >= 0 && to > from
      ? `${existing.slice(0, from + START.length)}\n${block}\n${existing.slice(to)}`
      : `${existing.trimEnd()}\n\n${START}\n${block}\n${END}\n`;
  // Formatted as `npm run lint` checks it, so a fresh run leaves the tree lint-clean.
  const options = (await resolveConfig(BENCHMARKS_MD)) ?? {};
  writeFileSync(BENCHMARKS_MD, await format(updated, { ...options, filepath: BENCHMARKS_MD }));
  return block;
}

function renderBlock(report: Report): string {
  const { options } = report;
  const lines = [
    `Latest run: **${report.date}**, \`${report.command}\`, ${Math.round(report.totalSeconds)} s in all.`,
    '',
    `- Machine: ${machine()}`,
    `- Database: MariaDB ${report.database}; ${report.citizensSeeded.toLocaleString('en')} citizens seeded`,
    `- Load: autocannon, ${options.connections} connections, ${options.warmup} s warm-up + ${options.duration} s measured per cell and round, ${options.rounds} rounds interleaved; pace "max" sends each connection's next request as soon as its answer arrives, "N/s" paces all of them together to N requests per second`,
    '',
    '| Scenario | Config | Population | Pace | req/s | p50 ms | p95 ms | p99 ms | Errors | SQL/req (SELECT) | RSS MiB | CPU ms/req gw · subgraphs · db | other work, cores |',
    '| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
    ...report.cells.map(row),
    ...auditWaitTable(report.cells),
    '',
    '### Targets (issue 5)',
    '',
    '| Target | Measured | Met |',
    '| --- | --- | --- |',
    ...report.targets.map(
      (t) =>
        `| ${t.target} | ${t.measured} | ${t.met === null ? 'n/a' : t.met ? 'yes' : '**no**'} |`,
    ),
  ];
  if (report.skipped.length > 0)
    lines.push('', 'Not run:', '', ...report.skipped.map((s) => `- ${s}`));
  const failures = report.cells.filter((c) => c.firstError !== null);
  if (failures.length > 0) {
    lines.push('', 'First error per failing cell:', '');
    for (const c of failures)
      lines.push(
        `- ${c.scenario} (${c.config}): \`${(c.firstError ?? '').replace(/`/g, "'").slice(0, 240)}\``,
      );
  }
  return lines.join('\n');
}

function row(c: CellSummary): string {
  const n = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
  const cpu = c.cpuMsPerRequest;
  return [
    '',
    `${c.scenario}`,
    `(${c.config})`,
    c.population.toLocaleString('en'),
    c.rate === null ? 'max' : `${c.rate}/s`,
    `${n(c.rps, 0)} (${c.roundsRps.map((r) => n(r, 0)).join(' / ')})`,
    n(c.p50),
    n(c.p95),
    n(c.p99),
    String(c.errors),
    `${n(c.sqlPerRequest, 2)} (${n(c.selectsPerRequest, 2)})`,
    c.rssMiB === null ? '—' : n(c.rssMiB, 0),
    `${n(cpu.gateway, 2)} · ${n(cpu.subgraphs, 2)} · ${n(cpu.database, 2)}`,
    n(c.otherCores, 2),
    '',
  ]
    .join(' | ')
    .trim();
}

/**
 * (a)'s audit wait per request: from its record being queued to the commit being
 * acknowledged, read from the gateway's dost_gateway_audit_wait_seconds histogram around each
 * measured run (bucket estimates, as Prometheus's histogram_quantile).
 */
function auditWaitTable(cells: readonly CellSummary[]): string[] {
  const measured = cells.filter((c) => c.auditWait !== null);
  if (measured.length === 0) return [];
  const n = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '—');
  return [
    '',
    "(a)'s audit wait per request, queued to commit acknowledged (from the gateway's histogram):",
    '',
    '| Scenario | Population | Pace | records | p50 ms | p99 ms |',
    '| --- | --- | --- | ---: | ---: | ---: |',
    ...measured.map((c) =>
      [
        '',
        c.scenario,
        c.population.toLocaleString('en'),
        c.rate === null ? 'max' : `${c.rate}/s`,
        String(c.auditWait?.records ?? 0),
        n(c.auditWait?.p50 ?? Number.NaN),
        n(c.auditWait?.p99 ?? Number.NaN),
        '',
      ]
        .join(' | ')
        .trim(),
    ),
  ];
}

/** The scenario titles, for the console. */
export function scenarioLegend(): string {
  return Object.values(SCENARIOS)
    .map((s) => `${s.id}: ${s.title}`)
    .join('\n');
}

/** The report of the latest run, as bench/results/latest.json keeps it. */
export function readLatestReport(): Report {
  const report = JSON.parse(readFileSync(`${RESULTS}latest.json`, 'utf8')) as Report;
  // Reports written before paced cells existed carry no rate: every cell of theirs was unpaced;
  // and before the audit wait was read, none.
  return {
    ...report,
    cells: report.cells.map((cell) => ({
      ...cell,
      rate: cell.rate ?? null,
      auditWait: cell.auditWait ?? null,
    })),
  };
}
