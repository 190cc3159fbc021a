import type { Randomizer } from '@faker-js/faker';
import { addDays, addMonths, addYears, minDate } from './calendar.ts';
import type { PensionType } from './CitizenProfile.ts';
import {
  ARREARS_LIMIT_YEARS,
  DECIDED_IN_TIME_SHARE,
  DECISION_DEADLINE_DAYS,
  LATE_APPLICATION_SHARE,
  PROACTIVE_ASSIGNMENT_FROM,
  PROACTIVE_SHARE,
} from './pensionFigures.ts';

/** How a pension came to be assigned: on an application, or proactively. */
export interface PensionDecision {
  /** Null when assigned proactively. */
  readonly appliedOn: string | null;
  readonly decidedOn: string;
  readonly proactive: boolean;
}

export interface DrawPensionDecisionArgs {
  /**
   * The generator's second stream for pension records: drawing from it leaves the faker's
   * draws (and so every other record of the block) as they were.
   */
  readonly random: Randomizer;
  readonly type: PensionType;
  /** Day the pension runs from: the day the right arose. */
  readonly assignedOn: string;
  /** Last day the pension runs (the day before it ended, or the reference date). */
  readonly lastDay: string;
}

/**
 * Draws the application and decision (pensionFigures.ts): old-age pensions from 2019 are
 * proactive in `PROACTIVE_SHARE` of cases, decided in the days before they run; otherwise
 * the holder applies on the day the right arose, or (`LATE_APPLICATION_SHARE`) 1–36
 * months later and is paid arrears back to it, and the decision follows within
 * `DECISION_DEADLINE_DAYS` days in `DECIDED_IN_TIME_SHARE` of cases, in 11–40 days
 * otherwise. Nothing is decided after `lastDay`.
 */
export function drawPensionDecision(args: DrawPensionDecisionArgs): PensionDecision {
  const { random, assignedOn, lastDay } = args;
  const proactive =
    args.type === 'OLD_AGE' &&
    assignedOn >= PROACTIVE_ASSIGNMENT_FROM &&
    chance(random, PROACTIVE_SHARE);
  if (proactive) {
    return { appliedOn: null, decidedOn: addDays(assignedOn, -int(random, 0, 5)), proactive };
  }
  const late = chance(random, LATE_APPLICATION_SHARE)
    ? minDate(
        addDays(addMonths(assignedOn, int(random, 1, 35)), int(random, 0, 27)),
        addYears(assignedOn, ARREARS_LIMIT_YEARS),
      )
    : null;
  const appliedOn = late !== null && late <= lastDay ? late : assignedOn;
  const lag = chance(random, DECIDED_IN_TIME_SHARE)
    ? int(random, 0, DECISION_DEADLINE_DAYS)
    : int(random, DECISION_DEADLINE_DAYS + 1, 40);
  return { appliedOn, decidedOn: minDate(addDays(appliedOn, lag), lastDay), proactive };
}

function chance(random: Randomizer, probability: number): boolean {
  return random.next() < probability;
}

function int(random: Randomizer, min: number, max: number): number {
  return min + Math.floor(random.next() * (max - min + 1));
}
