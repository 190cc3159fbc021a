import type { Faker } from '@faker-js/faker';
import { drawAddress, type Address } from './azAddresses.ts';
import {
  givenNamesFor,
  MALE_GIVEN_NAMES,
  patronymicFor,
  surnameFor,
  WEIGHTED_SURNAME_ROOTS,
} from './azNames.ts';
import { addDays, addYears, ageOn, fromDayNumber, maxDate, toDayNumber } from './calendar.ts';
import type { Sex } from './CitizenProfile.ts';
import type { HouseholdPlan, PlannedMember } from './HouseholdPlan.ts';

/** Consecutive indices that form one household block (and one PRNG seeding unit). */
export const HOUSEHOLD_BLOCK_SIZE = 4;

type Template =
  | 'NUCLEAR'
  | 'WIDOWED_FAMILY'
  | 'THREE_GENERATIONS'
  | 'ELDERLY_COUPLE'
  | 'ELDERLY_WIDOW'
  | 'COUPLE_CHILD_SINGLE'
  | 'SINGLES';

/**
 * Weights and ages calibrated so the living population lands near the public age shares
 * (calibration.ts: about 21.8 % under 15, 8.6 % aged 65+): mostly couples with young
 * children, fewer elderly households than a four-person block would suggest. The widowed
 * shapes (a husband who died in the last eight years) stand for the families behind
 * survivor pensions, which the random deaths alone leave too rare (12.4 % of pensions).
 */
const TEMPLATES: readonly { weight: number; value: Template }[] = [
  { weight: 39, value: 'NUCLEAR' },
  { weight: 1.5, value: 'WIDOWED_FAMILY' },
  { weight: 18, value: 'THREE_GENERATIONS' },
  { weight: 10, value: 'ELDERLY_COUPLE' },
  { weight: 2, value: 'ELDERLY_WIDOW' },
  { weight: 18, value: 'COUPLE_CHILD_SINGLE' },
  { weight: 12, value: 'SINGLES' },
];

const FOREIGN_CITIZENSHIPS = ['RUS', 'GEO', 'TUR', 'UKR', 'KAZ'];

interface Draft {
  readonly sex: Sex;
  readonly birthDate: string;
  /** Family unit: members of one unit share address and citizenship. */
  readonly unit: number;
  readonly surnameRoot: string;
  readonly givenName: string;
  readonly patronymic: string;
}

interface Drafting {
  readonly faker: Faker;
  readonly referenceDate: string;
  readonly drafts: Draft[];
  readonly spouses: [number, number][];
  readonly parentChild: { parent: number; child: number }[];
  /** Slots that certainly died in the last eight years (the widowed shapes). */
  readonly deceased: Set<number>;
}

/**
 * Draws the four members of the household block starting at `firstIndex`: a family shape
 * (couple with children, three generations, elderly couple, lodgers…), birth dates that keep
 * children at least 19 years younger than their parents, names, deaths and addresses.
 */
export function drawHousehold(args: {
  faker: Faker;
  firstIndex: number;
  referenceDate: string;
}): HouseholdPlan {
  const d: Drafting = {
    faker: args.faker,
    referenceDate: args.referenceDate,
    drafts: [],
    spouses: [],
    parentChild: [],
    deceased: new Set(),
  };
  draftTemplate(d, args.faker.helpers.weightedArrayElement(TEMPLATES));
  return finishPlan(d, args.firstIndex);
}

function draftTemplate(d: Drafting, template: Template): void {
  const f = d.faker;
  switch (template) {
    case 'NUCLEAR': {
      const [father, mother] = addCouple(d, f.number.int({ min: 24, max: 54 }));
      addChild(d, [father, mother], [19, 36]);
      addChild(d, [father, mother], [19, 36]);
      return;
    }
    case 'WIDOWED_FAMILY': {
      const [father, mother] = addCouple(d, f.number.int({ min: 30, max: 56 }));
      addChild(d, [father, mother], [19, 36]);
      addChild(d, [father, mother], [19, 36]);
      d.deceased.add(father);
      return;
    }
    case 'THREE_GENERATIONS': {
      const elder = addSingle(
        d,
        f.number.int({ min: 56, max: 92 }),
        f.datatype.boolean(0.35) ? 'M' : 'F',
      );
      const son = addChild(d, [elder], [20, 38], 'M');
      const wife = addSpouse(d, son);
      addChild(d, [son, wife], [19, 40]);
      return;
    }
    case 'ELDERLY_COUPLE': {
      const [husband, wife] = addCouple(d, f.number.int({ min: 58, max: 92 }));
      addChild(d, [husband, wife], [20, 40]);
      addSingle(d, drawAdultAge(f));
      return;
    }
    case 'ELDERLY_WIDOW': {
      const [husband, wife] = addCouple(d, f.number.int({ min: 64, max: 90 }));
      addChild(d, [husband, wife], [20, 40]);
      addSingle(d, drawAdultAge(f));
      d.deceased.add(husband);
      return;
    }
    case 'COUPLE_CHILD_SINGLE': {
      const [husband, wife] = addCouple(d, f.number.int({ min: 22, max: 60 }));
      addChild(d, [husband, wife], [19, 40]);
      addSingle(d, drawAdultAge(f));
      return;
    }
    case 'SINGLES':
      for (let i = 0; i < 4; i++) addSingle(d, drawAdultAge(f));
      return;
  }
}

/** Adult ages 18–95, mostly of working age, with a tail of the elderly. */
function drawAdultAge(f: Faker): number {
  if (f.datatype.boolean(0.9)) return f.number.int({ min: 18, max: 64 });
  return 65 + Math.floor(30 * f.number.float() ** 1.5);
}

function birthDateForAge(d: Drafting, age: number): string {
  const lo = toDayNumber(addYears(d.referenceDate, -(age + 1))) + 1;
  const hi = toDayNumber(addYears(d.referenceDate, -age));
  return fromDayNumber(d.faker.number.int({ min: lo, max: hi }));
}

function push(d: Drafting, draft: Draft): number {
  d.drafts.push(draft);
  return d.drafts.length - 1;
}

function nextUnit(d: Drafting): number {
  return d.drafts.reduce((max, draft) => Math.max(max, draft.unit + 1), 0);
}

function addSingle(
  d: Drafting,
  age: number,
  sex: Sex = d.faker.datatype.boolean() ? 'M' : 'F',
): number {
  return push(d, {
    sex,
    birthDate: birthDateForAge(d, age),
    unit: nextUnit(d),
    surnameRoot: d.faker.helpers.weightedArrayElement(WEIGHTED_SURNAME_ROOTS),
    givenName: d.faker.helpers.arrayElement(givenNamesFor(sex)),
    patronymic: patronymicFor(d.faker.helpers.arrayElement(MALE_GIVEN_NAMES), sex),
  });
}

function addCouple(d: Drafting, husbandAge: number): [number, number] {
  const husband = addSingle(d, husbandAge, 'M');
  return [husband, addSpouse(d, husband)];
}

/** A wife up to 7 years younger than her husband, usually taking his surname. */
function addSpouse(d: Drafting, husband: number): number {
  const partner = draftAt(d, husband);
  const age = Math.max(
    20,
    ageOn(partner.birthDate, d.referenceDate) - d.faker.number.int({ min: 0, max: 7 }),
  );
  const wife = push(d, {
    sex: 'F',
    birthDate: birthDateForAge(d, age),
    unit: partner.unit,
    surnameRoot: d.faker.datatype.boolean(0.75)
      ? partner.surnameRoot
      : d.faker.helpers.weightedArrayElement(WEIGHTED_SURNAME_ROOTS),
    givenName: d.faker.helpers.arrayElement(givenNamesFor('F')),
    patronymic: patronymicFor(d.faker.helpers.arrayElement(MALE_GIVEN_NAMES), 'F'),
  });
  d.spouses.push([husband, wife]);
  return wife;
}

/** A child born `gap` years after the younger parent (and before the reference date). */
function addChild(
  d: Drafting,
  parents: readonly number[],
  gap: readonly [number, number],
  sex?: Sex,
): number {
  const drafts = parents.map((slot) => draftAt(d, slot));
  const youngest = drafts.reduce((a, b) => (a.birthDate > b.birthDate ? a : b));
  const lo = toDayNumber(addYears(youngest.birthDate, gap[0]));
  const hi = Math.min(
    toDayNumber(addYears(youngest.birthDate, gap[1])),
    toDayNumber(d.referenceDate) - 1,
  );
  const childSex = sex ?? (d.faker.datatype.boolean() ? 'M' : 'F');
  const father = drafts.find((draft) => draft.sex === 'M');
  const child = push(d, {
    sex: childSex,
    birthDate: fromDayNumber(d.faker.number.int({ min: lo, max: Math.max(lo, hi) })),
    unit: youngest.unit,
    surnameRoot: father?.surnameRoot ?? youngest.surnameRoot,
    givenName: d.faker.helpers.arrayElement(givenNamesFor(childSex)),
    patronymic: patronymicFor(
      father?.givenName ?? d.faker.helpers.arrayElement(MALE_GIVEN_NAMES),
      childSex,
    ),
  });
  for (const parent of parents) d.parentChild.push({ parent, child });
  return child;
}

function draftAt(d: Drafting, slot: number): Draft {
  const draft = d.drafts[slot];
  if (draft === undefined) throw new RangeError(`No draft in slot ${slot}`);
  return draft;
}

function finishPlan(d: Drafting, firstIndex: number): HouseholdPlan {
  const units: { address: Address; citizenship: string }[] = [];
  const members: PlannedMember[] = d.drafts.map((draft, slot) => {
    let unit = units[draft.unit];
    if (unit === undefined) {
      unit = { address: drawAddress(d.faker), citizenship: drawCitizenship(d.faker) };
      units[draft.unit] = unit;
    }
    return {
      index: firstIndex + slot,
      sex: draft.sex,
      birthDate: draft.birthDate,
      deathDate: drawDeathDate(d, slot),
      surname: surnameFor(draft.surnameRoot, draft.sex),
      givenName: draft.givenName,
      patronymic: draft.patronymic,
      citizenship: unit.citizenship,
      address: unit.address,
    };
  });
  return { members, spouses: d.spouses, parentChild: d.parentChild };
}

function drawCitizenship(f: Faker): string {
  return f.datatype.boolean(0.985) ? 'AZE' : f.helpers.arrayElement(FOREIGN_CITIZENSHIPS);
}

/**
 * Chance of having died in the last 8 years, by age and sex: men die younger (male life
 * expectancy in Azerbaijan is about 5 years below women's), which leaves the widows and
 * orphans behind the survivor pensions and the female majority among pensioners.
 */
function deathProbability(age: number, sex: Sex): number {
  if (age < 18) return 0.003;
  if (age < 50) return sex === 'M' ? 0.015 : 0.008;
  if (age < 65) return sex === 'M' ? 0.07 : 0.03;
  if (age < 80) return sex === 'M' ? 0.2 : 0.08;
  return sex === 'M' ? 0.4 : 0.2;
}

/** A death in the last 8 years, never before the birth of one's own children. */
function drawDeathDate(d: Drafting, slot: number): string | null {
  const draft = draftAt(d, slot);
  const dies = d.faker.datatype.boolean(
    deathProbability(ageOn(draft.birthDate, d.referenceDate), draft.sex),
  );
  if (!dies && !d.deceased.has(slot)) return null;
  let earliest = maxDate(addDays(draft.birthDate, 1), addYears(d.referenceDate, -8));
  for (const link of d.parentChild) {
    if (link.parent === slot) earliest = maxDate(earliest, draftAt(d, link.child).birthDate);
  }
  const lo = toDayNumber(earliest);
  const hi = toDayNumber(d.referenceDate) - 1;
  return lo <= hi ? fromDayNumber(d.faker.number.int({ min: lo, max: hi })) : null;
}
