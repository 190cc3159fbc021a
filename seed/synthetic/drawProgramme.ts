import type { Faker } from '@faker-js/faker';
import { buildProgramme } from './buildProgramme.ts';
import { addDays } from './calendar.ts';
import type { ProgrammeKind, ProgrammeProfile } from './CitizenProfile.ts';
import {
  PROGRAMMES,
  PUBLIC_WORKS_PLACEMENTS,
  SELF_EMPLOYMENT_ASSETS,
  TRAINING_COURSES,
} from './programmeCatalogue.ts';

const PROGRAMME_KINDS: readonly { weight: number; value: ProgrammeKind }[] = [
  { weight: 60, value: 'PUBLIC_WORKS' },
  { weight: 20, value: 'SELF_EMPLOYMENT' },
  { weight: 20, value: 'TRAINING' },
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
  });
}
