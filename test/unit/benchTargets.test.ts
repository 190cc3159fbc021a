import { describe, expect, it } from 'vitest';
import { readBenchOptions } from '../../bench/benchSettings.ts';
import { evaluateTargets } from '../../bench/evaluateTargets.ts';
import { planCells } from '../../bench/planCells.ts';
import type { CellSummary } from '../../bench/summariseCells.ts';

function summary(
  over: Partial<CellSummary> & Pick<CellSummary, 'scenario' | 'config'>,
): CellSummary {
  return {
    population: 100_000,
    rate: null,
    rps: 100,
    roundsRps: [100],
    p50: 10,
    p95: 20,
    p99: 30,
    responses: 1000,
    errors: 0,
    firstError: null,
    sqlPerRequest: 5,
    selectsPerRequest: 5,
    cpuMsPerRequest: { gateway: 1, subgraphs: 1, database: 1 },
    rssMiB: 300,
    otherCores: 0,
    ...over,
  };
}

const target = (checks: ReturnType<typeof evaluateTargets>, starts: string) =>
  checks.find((check) => check.target.startsWith(starts));

describe('bench plan and targets', () => {
  it('plans S1 again, paced, for (a), (c), (d) and (f) only, unless the pace is 0', () => {
    const paced = planCells(readBenchOptions(['--paced-rate', '120']), 100_000).cells.filter(
      (cell) => cell.rate !== null,
    );
    expect(paced.map((cell) => [cell.scenario, cell.config, cell.rate])).toEqual([
      ['S1', 'a', 120],
      ['S1', 'c', 120],
      ['S1', 'd', 120],
      ['S1', 'f', 120],
    ]);
    const none = planCells(readBenchOptions(['--paced-rate', '0']), 100_000).cells;
    expect(none.every((cell) => cell.rate === null)).toBe(true);
  });

  it('judges the full-load p99 on the unpaced cell and the paced p99 on the paced one', () => {
    const checks = evaluateTargets([
      summary({ scenario: 'S1', config: 'a', p99: 300 }),
      summary({ scenario: 'S1', config: 'a', rate: 100, p99: 40, rps: 99 }),
    ]);
    const full = target(checks, 'S1 p99 ≤ 50 ms at 50 connections, (a)');
    const paced = target(checks, 'S1 p99 ≤ 50 ms at 50 connections paced to 100 req/s');
    expect(full).toMatchObject({ measured: '300.0 ms', met: false });
    expect(paced?.met).toBe(true);
    expect(paced?.measured).toContain('40.0 ms');
  });

  it('compares throughput only between unpaced cells', () => {
    const checks = evaluateTargets([
      summary({ scenario: 'S1', config: 'a', rps: 300 }),
      summary({ scenario: 'S1', config: 'a', rate: 100, rps: 100 }),
      summary({ scenario: 'S1', config: 'd', rps: 200 }),
    ]);
    expect(target(checks, 'S1: (a) at least as fast as (d)')).toMatchObject({ met: true });
    expect(target(checks, 'S1: (a) at least as fast as (d)')?.measured).toContain('300 vs 200');
  });
});
