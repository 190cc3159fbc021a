import { describe, expect, it } from 'vitest';
import { readBenchOptions } from '../../bench/benchSettings.ts';
import { evaluateTargets } from '../../bench/evaluateTargets.ts';
import { planCells } from '../../bench/planCells.ts';
import { bucketQuantile } from '../../bench/BucketCounts.ts';
import { parseBuckets } from '../../bench/scrapeAuditWait.ts';
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
    auditWait: null,
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

  it('paces S1 at 50 and 100 req/s by default, and at every rate listed', () => {
    const rates = (argv: string[]) =>
      planCells(readBenchOptions(argv), 100_000)
        .cells.filter((cell) => cell.rate !== null && cell.config === 'a')
        .map((cell) => cell.rate);
    expect(rates([])).toEqual([50, 100]);
    expect(rates(['--paced-rate', '25,75,150'])).toEqual([25, 75, 150]);
    expect(() => readBenchOptions(['--paced-rate', '50,x'])).toThrow(/paced-rate/);
  });

  it("judges issue 14's paced targets, (a)'s audit wait included", () => {
    const checks = evaluateTargets([
      summary({
        scenario: 'S1',
        config: 'a',
        rate: 100,
        p99: 45,
        auditWait: { p50: 2, p99: 8, records: 800 },
      }),
      summary({ scenario: 'S1', config: 'c', rate: 100, p99: 47 }),
      summary({ scenario: 'S1', config: 'd', rate: 100, p99: 60 }),
      summary({ scenario: 'S1', config: 'a', rate: 50, p99: 31 }),
    ]);
    expect(target(checks, 'Paced S1 at 100 req/s')).toMatchObject({ met: true });
    expect(target(checks, 'Paced S1 at 100 req/s')?.measured).toContain('vs (c) 47.0 ms');
    expect(target(checks, 'Paced S1 at 50 req/s')).toMatchObject({ met: false });
    expect(target(checks, "(a)'s audit wait")).toMatchObject({ met: true });
    expect(target(checks, "(a)'s audit wait")?.measured).toContain('8.0 ms');
  });

  it("reads quantiles of the gateway's audit wait from its histogram buckets", () => {
    const text = [
      '# TYPE dost_gateway_audit_wait_seconds histogram',
      'dost_gateway_audit_wait_seconds_bucket{le="0.001"} 50',
      'dost_gateway_audit_wait_seconds_bucket{le="0.005"} 90',
      'dost_gateway_audit_wait_seconds_bucket{le="0.01"} 100',
      'dost_gateway_audit_wait_seconds_bucket{le="+Inf"} 100',
      'dost_gateway_audit_wait_seconds_sum 0.2',
      'dost_gateway_audit_wait_seconds_count 100',
    ].join('\n');
    const buckets = parseBuckets(text, 'dost_gateway_audit_wait_seconds');
    expect(buckets?.bounds).toEqual([0.001, 0.005, 0.01, Infinity]);
    if (buckets === null) throw new Error('no buckets');
    expect(bucketQuantile(0.5, buckets)).toBeCloseTo(0.001);
    // The 99th of 100 lies 9/10 into the (5 ms, 10 ms] bucket.
    expect(bucketQuantile(0.99, buckets)).toBeCloseTo(0.0095);
    expect(bucketQuantile(0.99, { bounds: [0.001, Infinity], counts: [0, 0] })).toBeNaN();
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
