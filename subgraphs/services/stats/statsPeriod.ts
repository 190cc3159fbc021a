import { ERRORS } from '@dost/subgraph-kit';

/** StatsPeriod as the graph takes it: whole UTC days, both ends included. */
export interface StatsPeriodInput {
  readonly from: string;
  readonly to: string;
}

/** The longest period one centreStats call aggregates: a (leap) year, to bound its cost. */
export const MAX_PERIOD_DAYS = 366;

const DAY_MS = 86_400_000;

/**
 * The period as the half-open span of instants `[from 00:00, day after to 00:00)` the
 * registry compares its ISO text columns with. The Date scalar has already checked each day
 * exists; a period ending before it starts, or longer than MAX_PERIOD_DAYS, is BAD_USER_INPUT.
 */
export function periodSpan({ from, to }: StatsPeriodInput): { from: string; to: string } {
  const start = Date.parse(`${from}T00:00:00.000Z`);
  const end = Date.parse(`${to}T00:00:00.000Z`) + DAY_MS;
  if (end <= start) {
    throw ERRORS.BAD_USER_INPUT.err('The period ends before it starts.', { argument: 'period' });
  }
  if (end - start > MAX_PERIOD_DAYS * DAY_MS) {
    throw ERRORS.BAD_USER_INPUT.err(`A period is at most ${MAX_PERIOD_DAYS} days.`, {
      argument: 'period',
    });
  }
  return { from: new Date(start).toISOString(), to: new Date(end).toISOString() };
}
