import { ERRORS, type SubgraphContext } from '@dost/subgraph-kit';
import type { ServicesLoaders } from '../loaders.ts';
import type { ServiceDirection } from '../registry.ts';
import { CASE_MOVES, type CaseStatus } from '../transitions.ts';
import { periodSpan, type StatsPeriodInput } from './statsPeriod.ts';

/** Every case status in the order of a case's life (CASE_MOVES lists them so). */
const STATUSES = Object.keys(CASE_MOVES) as CaseStatus[];

/** What CentreStats resolves from: aggregates only, keyed by the centre's code. */
export interface CentreStats {
  readonly centre: string;
  readonly from: string;
  readonly to: string;
  readonly visits: number;
  readonly servedVisits: number;
  readonly averageServiceTimeSeconds: number | null;
  readonly averageQueueWaitSeconds: number | null;
  readonly casesByStatus: readonly { status: CaseStatus; count: number }[];
  readonly casesByDirection: readonly { direction: ServiceDirection; count: number }[];
}

/**
 * One centre's KPIs over a period. The rules have already admitted the caller for this
 * centre; an unknown centre is BAD_USER_INPUT (a manager's token names a centre that exists,
 * so only an auditor can reach that). Means are rounded to whole seconds here, once.
 */
export async function centreStats(
  { centre, period }: { centre: string; period: StatsPeriodInput },
  { loaders }: SubgraphContext<ServicesLoaders>,
): Promise<CentreStats> {
  const span = periodSpan(period);
  const known = await loaders.centre.load(centre);
  if (known === null) {
    throw ERRORS.BAD_USER_INPUT.err('No centre has this code.', { argument: 'centre' });
  }
  const [figures, directions] = await Promise.all([
    loaders.registry.centreFigures(centre, span.from, span.to),
    loaders.registry.directions(),
  ]);
  return {
    centre,
    from: period.from,
    to: period.to,
    visits: figures.visits,
    servedVisits: figures.servedVisits,
    averageServiceTimeSeconds: roundOrNull(figures.meanServiceSeconds),
    averageQueueWaitSeconds: roundOrNull(figures.meanQueueWaitSeconds),
    casesByStatus: STATUSES.map((status) => ({
      status,
      count: figures.casesByStatus.get(status) ?? 0,
    })),
    casesByDirection: directions.map((direction) => ({
      direction,
      count: figures.casesByDirection.get(direction.code) ?? 0,
    })),
  };
}

function roundOrNull(seconds: number | null): number | null {
  return seconds === null ? null : Math.round(seconds);
}
