import type { Faker } from '@faker-js/faker';
import type { Address } from './azAddresses.ts';
import { isBaku } from './azAddresses.ts';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, SURNAME_ROOTS, surnameFor } from './azNames.ts';
import { buildDisability, type DecisionSpec } from './buildDisability.ts';
import {
  addDays,
  addYears,
  ageOn,
  fromDayNumber,
  maxDate,
  minDate,
  toDayNumber,
} from './calendar.ts';
import type { DisabilityCause, DisabilityProfile, Sex } from './CitizenProfile.ts';
import { PERCENTAGE_ASSESSMENT_FROM } from './calibration.ts';
import { DIAGNOSES, type DiagnosisEntry, type DiagnosisGroup } from './diagnosisCatalogue.ts';
import type { PlannedMember } from './HouseholdPlan.ts';

/** Earliest decision date the registry holds electronically. */
const REGISTRY_START = '2008-01-01';

/** Share of people with a disability record, by age at the end of their record; calibrated
 *  so about 5.6 % of the living hold a disability status and children are about 10 % of them
 *  (calibration.ts). The steep rise at 65 is a skew of the seed that keeps disability pensions
 *  on target (no public split by age is cited): see docs/synthetic-population.md. */
function recordProbability(age: number): number {
  if (age < 18) return 0.032;
  if (age < 40) return 0.025;
  if (age < 55) return 0.04;
  if (age < 65) return 0.06;
  return 0.38;
}

/** Share of adults whose decision in force is a long-standing indefinite one from the group
 *  system (before July 2022), never re-examined since: more common at older ages. */
function longStandingProbability(age: number): number {
  return age >= 55 ? 0.45 : 0.15;
}

/**
 * Draws a disability record, or null. The current decision dates from the last four years
 * and is re-examined after the reference date (or never), or, for some adults, is a
 * long-standing indefinite one from before July 2022; up to two earlier decisions
 * precede it back to back. Children's decisions end by the 18th birthday; adults whose
 * disability dates from childhood are first decided on as adults soon after turning 18.
 */
export function drawDisability(args: {
  faker: Faker;
  member: PlannedMember;
  referenceDate: string;
}): DisabilityProfile | null {
  const { faker: f, member } = args;
  const end = member.deathDate ?? args.referenceDate;
  const ageAtEnd = ageOn(member.birthDate, end);
  if (!f.datatype.boolean(recordProbability(ageAtEnd))) return null;
  const adultOn = addYears(member.birthDate, 18);
  const cause = drawCause(f, member.sex, ageAtEnd);
  const earliest = cause === 'SINCE_CHILDHOOD' ? addDays(member.birthDate, 60) : adultOn;
  const longStanding =
    ageAtEnd >= 18 && f.datatype.boolean(longStandingProbability(ageAtEnd))
      ? drawLongStandingStart(f, { earliest: maxDate(earliest, adultOn), end })
      : null;
  const currentFrom = longStanding ?? drawCurrentStart(f, { earliest, end, adultOn });
  if (currentFrom === null) return null;
  const starts = [currentFrom];
  for (let n = f.helpers.weightedArrayElement(PREVIOUS_COUNTS); n > 0; n--) {
    const next = starts[0] ?? currentFrom;
    const start = addYears(next, -f.number.int({ min: 1, max: 3 }));
    if (start < maxDate(earliest, REGISTRY_START)) break;
    starts.unshift(start);
  }
  const group = diagnosisGroup(cause);
  const main = f.helpers.arrayElement<DiagnosisEntry>(DIAGNOSES[group]);
  const drawnNow = drawPercent(f, ageOn(member.birthDate, currentFrom) < 18);
  // A long-standing decision recognised a disability: it is why it was made indefinite.
  const percentNow = longStanding === null ? drawnNow : clampPercent(drawnNow);
  const decisions = starts.map((decidedOn, k): DecisionSpec => {
    const isCurrent = k === starts.length - 1;
    const percent = isCurrent
      ? percentNow
      : clampPercent(percentNow + 5 * f.number.int({ min: -3, max: 3 }));
    const reexamination = !isCurrent
      ? { on: nextReexamination(member.birthDate, decidedOn, starts[k + 1] ?? decidedOn) }
      : longStanding !== null
        ? INDEFINITE
        : drawReexamination(f, { decidedOn, percent, end, birthDate: member.birthDate });
    return {
      decidedOn,
      percent,
      reexaminationOn: reexamination.on,
      indefinite: reexamination.indefinite ?? false,
      signatories: drawSignatories(f),
      referredOn: addDays(decidedOn, -f.number.int({ min: 10, max: 45 })),
      clinic: drawClinic(f, member.address, ageOn(member.birthDate, decidedOn) < 18),
      diagnoses: f.datatype.boolean(0.3) ? [main, drawSecondary(f, main)] : [main],
    };
  });
  return buildDisability({
    index: member.index,
    birthDate: member.birthDate,
    cause,
    commission: `Tibbi-Sosial Ekspert Komissiyası №${f.number.int({ min: 1, max: 6 })} (${member.address.region})`,
    decisions,
  });
}

const PREVIOUS_COUNTS = [
  { weight: 55, value: 0 },
  { weight: 30, value: 1 },
  { weight: 15, value: 2 },
];

function drawCause(f: Faker, sex: Sex, age: number): DisabilityCause {
  if (age < 18) return f.datatype.boolean(0.8) ? 'SINCE_CHILDHOOD' : 'OTHER';
  // War-related disability is drawn only for men of an age to have served since the 1990s.
  const veteran = sex === 'M' && age >= 20 && age <= 60;
  return f.helpers.weightedArrayElement(veteran ? ADULT_CAUSES_VETERAN : ADULT_CAUSES);
}

const ADULT_CAUSES: readonly { weight: number; value: DisabilityCause }[] = [
  { weight: 62, value: 'GENERAL_ILLNESS' },
  { weight: 8, value: 'WORK_INJURY' },
  { weight: 5, value: 'OCCUPATIONAL_DISEASE' },
  { weight: 8, value: 'SINCE_CHILDHOOD' },
  { weight: 5, value: 'OTHER' },
];

const ADULT_CAUSES_VETERAN = [...ADULT_CAUSES, { weight: 8, value: 'WAR_RELATED' as const }];

/** Start of the current decision: in the last four years of the record; someone who came
 *  of age meanwhile is re-examined as an adult within two months of turning 18, so a CHILD
 *  decision is never current for an adult. */
function drawCurrentStart(
  f: Faker,
  w: { earliest: string; end: string; adultOn: string },
): string | null {
  const lo = toDayNumber(maxDate(w.earliest, addYears(w.end, -4)));
  const hi = toDayNumber(w.end) - 1;
  if (lo > hi) return null;
  const start = fromDayNumber(f.number.int({ min: lo, max: hi }));
  if (start >= w.adultOn || w.adultOn >= w.end) return start;
  const adultDay = toDayNumber(w.adultOn);
  return fromDayNumber(f.number.int({ min: adultDay, max: Math.min(adultDay + 60, hi) }));
}

/** Start of a long-standing decision in force: in the group system, from the registry's
 *  start (or coming of age) to June 2022; null when that window is empty. */
function drawLongStandingStart(f: Faker, w: { earliest: string; end: string }): string | null {
  const lo = toDayNumber(maxDate(w.earliest, REGISTRY_START));
  const hi = Math.min(toDayNumber(PERCENTAGE_ASSESSMENT_FROM), toDayNumber(w.end)) - 1;
  return lo > hi ? null : fromDayNumber(f.number.int({ min: lo, max: hi }));
}

function drawPercent(f: Faker, child: boolean): number {
  if (child) return 5 * f.number.int({ min: 7, max: 20 });
  const band = f.helpers.weightedArrayElement([
    { weight: 15, value: [17, 20] },
    { weight: 35, value: [13, 16] },
    { weight: 40, value: [7, 12] },
    { weight: 10, value: [2, 6] },
  ]);
  return 5 * f.number.int({ min: band[0] ?? 7, max: band[1] ?? 12 });
}

function clampPercent(percent: number): number {
  return Math.min(100, Math.max(35, percent));
}

/** A re-examination: a date, none due (`on` null, not indefinite) or indefinite. */
interface Reexamination {
  readonly on: string | null;
  readonly indefinite?: boolean;
}

const INDEFINITE: Reexamination = { on: null, indefinite: true };

/** Children are re-examined by 18; severe or older adults are often decided indefinitely;
 *  "no disability" decisions have no re-examination and are not indefinite either. Any date
 *  lies after the record's end. */
function drawReexamination(
  f: Faker,
  a: { decidedOn: string; percent: number; end: string; birthDate: string },
): Reexamination {
  const adultOn = addYears(a.birthDate, 18);
  const child = a.decidedOn < adultOn;
  const age = ageOn(a.birthDate, a.decidedOn);
  if (!child && a.percent <= 30) return { on: null };
  if (!child && f.datatype.boolean(a.percent > 80 || age >= 55 ? 0.6 : 0.15)) return INDEFINITE;
  const lo = toDayNumber(maxDate(addYears(a.decidedOn, 1), addDays(a.end, 1)));
  const hi = Math.max(lo, toDayNumber(addYears(a.decidedOn, 5)));
  const date = fromDayNumber(f.number.int({ min: lo, max: hi }));
  return { on: child ? minDate(date, adultOn) : date };
}

/** A superseded decision was due for re-examination when the next one was taken (or at 18). */
function nextReexamination(birthDate: string, decidedOn: string, nextDecidedOn: string): string {
  const adultOn = addYears(birthDate, 18);
  return decidedOn < adultOn ? minDate(adultOn, nextDecidedOn) : nextDecidedOn;
}

function diagnosisGroup(cause: DisabilityCause): DiagnosisGroup {
  switch (cause) {
    case 'SINCE_CHILDHOOD':
      return 'CHILD';
    case 'WORK_INJURY':
      return 'INJURY';
    case 'OCCUPATIONAL_DISEASE':
      return 'OCCUPATIONAL';
    case 'WAR_RELATED':
      return 'WAR';
    case 'GENERAL_ILLNESS':
    case 'OTHER':
      return 'GENERAL_ILLNESS';
  }
}

function drawSecondary(f: Faker, main: DiagnosisEntry): DiagnosisEntry {
  const others = DIAGNOSES.GENERAL_ILLNESS.filter((entry) => entry.icd10 !== main.icd10);
  return f.helpers.arrayElement<DiagnosisEntry>(others);
}

/** Three commission members, as "Surname I." */
function drawSignatories(f: Faker): string[] {
  return [0, 1, 2].map(() => {
    const sex: Sex = f.datatype.boolean() ? 'M' : 'F';
    const given = f.helpers.arrayElement(sex === 'M' ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES);
    return `${surnameFor(f.helpers.arrayElement(SURNAME_ROOTS), sex)} ${given.charAt(0)}.`;
  });
}

function drawClinic(f: Faker, address: Address, child: boolean): string {
  if (isBaku(address)) {
    return `${f.number.int({ min: 1, max: 40 })} saylı ${child ? 'uşaq' : 'şəhər'} poliklinikası`;
  }
  return `${address.district} rayon Mərkəzi Xəstəxanası`;
}
