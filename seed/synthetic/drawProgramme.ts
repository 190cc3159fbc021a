import type { Faker } from '@faker-js/faker';
import { buildProgramme } from './buildProgramme.ts';
import { addDays, addMonths } from './calendar.ts';
import type {
  MonitoringOutcome,
  MonitoringVisitProfile,
  ProgrammeKind,
  ProgrammeProfile,
} from './CitizenProfile.ts';
import {
  PROGRAMMES,
  PUBLIC_WORKS_PLACEMENTS,
  SELF_EMPLOYMENT_ASSETS,
  TRAINING_COURSES,
} from './programmeCatalogue.ts';
import { rowId } from './rowId.ts';

/**
 * The programme mix follows the State Employment Agency's January–September 2021 report
 * (Report via az24saat, 2021-10-09): 23 289 in paid public works, 11 950 in the
 * self-employment programme, 262 in vocational training (calibration.ts: PROGRAMME_MIX).
 */
const PROGRAMME_KINDS: readonly { weight: number; value: ProgrammeKind }[] = [
  { weight: 656, value: 'PUBLIC_WORKS' },
  { weight: 337, value: 'SELF_EMPLOYMENT' },
  { weight: 7, value: 'TRAINING' },
];

/** Months after the asset handover at which the monitored contract's visits fall. */
const VISIT_MONTHS = [6, 12, 18, 24];

const OUTCOMES: readonly { weight: number; value: MonitoringOutcome }[] = [
  { weight: 85, value: 'OPERATING' },
  { weight: 15, value: 'STRUGGLING' },
];

/**
 * One in five registrations joins a programme 10–90 days after registering (public works
 * mostly), provided it starts before the registration ends.
 */
export function drawProgramme(
  f: Faker,
  a: {
    index: number;
    from: string;
    interruptedOn: string | null;
    end: string;
    referenceDate: string;
  },
): ProgrammeProfile | null {
  if (!f.datatype.boolean(0.2)) return null;
  const startedOn = addDays(a.from, f.number.int({ min: 10, max: 90 }));
  if (startedOn >= addDays(a.interruptedOn ?? a.end, -1)) return null;
  const kind = f.helpers.weightedArrayElement(PROGRAMME_KINDS);
  const [minMonths, maxMonths] = PROGRAMMES[kind].months;
  const details =
    kind === 'PUBLIC_WORKS'
      ? PUBLIC_WORKS_PLACEMENTS
      : kind === 'SELF_EMPLOYMENT'
        ? SELF_EMPLOYMENT_ASSETS
        : TRAINING_COURSES;
  return buildProgramme({
    index: a.index,
    slot: 0,
    kind,
    detail: f.helpers.arrayElement(details),
    startedOn,
    months: f.number.int({ min: minMonths, max: maxMonths }),
    interruptedOn: a.interruptedOn,
    referenceDate: a.referenceDate,
    ...(kind === 'SELF_EMPLOYMENT' ? { monitoringVisits: drawVisits(f, a.index, startedOn) } : {}),
  });
}

/**
 * The monitored contract's visits: the assets are handed over after the month of training,
 * then an employment-centre officer visits every six months of the two-year contract.
 */
function drawVisits(f: Faker, index: number, startedOn: string): MonitoringVisitProfile[] {
  const handedOverOn = addMonths(startedOn, 1);
  return VISIT_MONTHS.map((months, k) => ({
    id: rowId(index, k),
    visitedOn: addDays(addMonths(handedOverOn, months), -f.number.int({ min: 1, max: 20 })),
    outcome: f.helpers.weightedArrayElement(OUTCOMES),
  }));
}
