import { describe, expect, it } from 'vitest';
import { drawCentreHistory, HISTORY_ID_BASE } from '../../seed/synthetic/drawCentreHistory.ts';
import { kpiTargetOf, PUBLISHED_KPIS } from '../../seed/synthetic/kpiTargets.ts';
import { rowId } from '../../seed/synthetic/rowId.ts';
import { periodSpan } from '../../subgraphs/services/stats/statsPeriod.ts';

const seconds = (from: unknown, to: unknown) =>
  (Date.parse(String(to)) - Date.parse(String(from))) / 1000;

describe('the centres’ seeded history', () => {
  const rows = drawCentreHistory();

  it('is bounded and deterministic, with ids clear of every citizen’s', () => {
    expect(rows.length).toBeLessThan(80_000);
    expect(drawCentreHistory().slice(0, 50)).toEqual(rows.slice(0, 50));
    expect(Math.min(...rows.map((r) => Number(r['id'])))).toBe(HISTORY_ID_BASE);
    expect(rowId(1_000_000, 63)).toBeLessThan(HISTORY_ID_BASE);
    expect(rows.every((r) => !('fin' in r))).toBe(true);
  });

  it('interpolates the years between the published figures, then stays flat', () => {
    expect(kpiTargetOf(2019)).toEqual(PUBLISHED_KPIS[2019]);
    expect(kpiTargetOf(2023)).toEqual(PUBLISHED_KPIS[2023]);
    expect(kpiTargetOf(2021)).toEqual({ serviceSeconds: 502, queueWaitSeconds: 206 });
    expect(kpiTargetOf(2026)).toEqual(PUBLISHED_KPIS[2023]);
  });

  it.each([2019, 2021, 2023, 2025])('puts %i’s means on its target at every centre', (year) => {
    const target = kpiTargetOf(year);
    const ofYear = rows.filter((r) => String(r['issued_at']).startsWith(String(year)));
    for (const centre of new Set(ofYear.map((r) => r['centre']))) {
      const visits = ofYear.filter((r) => r['centre'] === centre);
      const served = visits.filter((r) => r['serving_at'] !== null);
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      expect(mean(visits.map((r) => seconds(r['issued_at'], r['called_at'])))).toBeCloseTo(
        target.queueWaitSeconds,
        6,
      );
      expect(mean(served.map((r) => seconds(r['serving_at'], r['closed_at'])))).toBeCloseTo(
        target.serviceSeconds,
        6,
      );
      expect(served.length).toBeLessThan(visits.length);
    }
  });
});

describe('a stats period', () => {
  it('spans whole UTC days, both ends included', () => {
    expect(periodSpan({ from: '2023-01-01', to: '2023-12-31' })).toEqual({
      from: '2023-01-01T00:00:00.000Z',
      to: '2024-01-01T00:00:00.000Z',
    });
    expect(periodSpan({ from: '2024-01-01', to: '2024-12-31' }).to).toBe(
      '2025-01-01T00:00:00.000Z',
    );
  });

  it.each([
    ['ends before it starts', { from: '2023-02-02', to: '2023-02-01' }],
    ['spans more than 366 days', { from: '2023-01-01', to: '2024-01-02' }],
  ])('is BAD_USER_INPUT when it %s', (_why, period) => {
    expect(() => periodSpan(period)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });
});
