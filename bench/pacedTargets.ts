import { MAIN_POPULATION } from './benchSettings.ts';
import type { TargetCheck } from './evaluateTargets.ts';
import type { CellSummary } from './summariseCells.ts';

const fmt = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '—');

/** The configurations (a)'s paced tail is compared with: the other gateways, not (b). */
const isPeer = (config: string) => config !== 'a' && config !== 'b' && config !== 'e';

/**
 * Issue 14's paced S1 targets: at 100 req/s (a)'s p99 at most the best peer's and ≤ 50 ms,
 * at 50 req/s ≤ 30 ms, and (a)'s own audit wait per request at 100 req/s p99 ≤ 10 ms.
 */
export function pacedTargets(cells: readonly CellSummary[]): TargetCheck[] {
  const paced = (rate: number) =>
    cells.filter((c) => c.scenario === 'S1' && c.population === MAIN_POPULATION && c.rate === rate);
  const a100 = paced(100).find((c) => c.config === 'a');
  const a50 = paced(50).find((c) => c.config === 'a');
  const peers = paced(100).filter((c) => isPeer(c.config));
  const best = peers.reduce<CellSummary | undefined>(
    (top, c) => (top === undefined || c.p99 < top.p99 ? c : top),
    undefined,
  );
  return [
    {
      target: 'Paced S1 at 100 req/s: (a) p99 ≤ the best peer gateway and ≤ 50 ms',
      measured:
        a100 === undefined
          ? 'not measured'
          : `${fmt(a100.p99)} ms` +
            (best === undefined
              ? ' (no peer measured)'
              : ` vs (${best.config}) ${fmt(best.p99)} ms`),
      met:
        a100 === undefined ? null : a100.p99 <= 50 && (best === undefined || a100.p99 <= best.p99),
    },
    {
      target: 'Paced S1 at 50 req/s: (a) p99 ≤ 30 ms',
      measured: a50 === undefined ? 'not measured' : `${fmt(a50.p99)} ms (p50 ${fmt(a50.p50)})`,
      met: a50 === undefined ? null : a50.p99 <= 30,
    },
    auditWaitTarget(a100),
  ];
}

function auditWaitTarget(a100: CellSummary | undefined): TargetCheck {
  const target = "(a)'s audit wait per request at 100 req/s: p99 ≤ 10 ms";
  const wait = a100?.auditWait ?? null;
  if (wait === null) return { target, measured: 'not measured', met: null };
  return {
    target,
    measured: `${fmt(wait.p99)} ms (p50 ${fmt(wait.p50)}, ${wait.records} records)`,
    met: wait.p99 <= 10,
  };
}
