import { ageOn } from './calendar.ts';
import type { CitizenProfile, DisabilityProfile, UnemploymentProfile } from './CitizenProfile.ts';
import { drawAllowances } from './drawAllowances.ts';
import { drawDisability } from './drawDisability.ts';
import { drawHousehold, HOUSEHOLD_BLOCK_SIZE } from './drawHousehold.ts';
import { drawPension, type PensionOutcome } from './drawPension.ts';
import { drawUnemployment } from './drawUnemployment.ts';
import { familyLinksOf } from './familyLinks.ts';
import { finFromIndex } from './finFromIndex.ts';
import { createSeedableRandomizer } from './createSeedableRandomizer.ts';
import { childrenOf, memberAt, type HouseholdPlan, type PlannedMember } from './HouseholdPlan.ts';
import { personProfileOf } from './personProfileOf.ts';
import { syntheticFaker } from './syntheticFaker.ts';
import { WORKING_AGE_MAX, WORKING_AGE_MIN } from './unemploymentFigures.ts';
import { drawWorkRecord } from './WorkRecord.ts';

/** Tags the block's second PRNG stream, the one pension records (issue 15) draw from. */
const PENSION_RECORDS_STREAM = 15;

/** Share of eligible working-age people with an unemployment record since 2024. */
const REGISTRATION_PROBABILITY = 0.1;

/**
 * Generates household block `block` (indices 4·block … 4·block+3). The PRNG is reseeded
 * from (seed, block) first, so a block never depends on any other block or on `count`,
 * except that family links to indices ≥ `count` are left out.
 */
export function generateHouseholdBlock(args: {
  seed: number;
  block: number;
  count: number;
  referenceDate: string;
}): CitizenProfile[] {
  const faker = syntheticFaker;
  faker.seed([args.seed, args.block]);
  const referenceDate = args.referenceDate;
  const plan = drawHousehold({
    faker,
    firstIndex: args.block * HOUSEHOLD_BLOCK_SIZE,
    referenceDate,
  });
  const fins = plan.members.map((m) => finFromIndex(m.index, args.seed));
  const work = plan.members.map((m) => drawWorkRecord(faker, m.sex));
  const disability = plan.members.map((member) => drawDisability({ faker, member, referenceDate }));
  // Pension records draw from their own stream, so they shift none of the faker's draws.
  const random = createSeedableRandomizer();
  random.seed([args.seed, args.block, PENSION_RECORDS_STREAM]);
  const pensions = plan.members.map((_, slot) =>
    drawPension({
      faker,
      plan,
      slot,
      work,
      disability: disability[slot] ?? null,
      referenceDate,
      random,
    }),
  );
  const unemployment = plan.members.map((member, slot): UnemploymentProfile | null => {
    const pension = pensions[slot];
    if (
      pension === undefined ||
      !mayRegister(member, pension, disability[slot] ?? null, referenceDate)
    )
      return null;
    if (!faker.datatype.boolean(REGISTRATION_PROBABILITY)) return null;
    const payDay = work[slot]?.payDay ?? 15;
    const dependentChildrenOn = (date: string): number => dependentChildren(plan, slot, date);
    return drawUnemployment({ faker, member, referenceDate, payDay, dependentChildrenOn });
  });
  return plan.members.map((member, slot) => {
    const pension = pensions[slot] ?? {
      pension: null,
      oldAgeAllowanceFrom: null,
      breadwinnerAllowance: null,
    };
    const record = disability[slot] ?? null;
    return {
      index: member.index,
      fin: fins[slot] ?? finFromIndex(member.index, args.seed),
      person: personProfileOf(member),
      family: familyLinksOf({ plan, slot, fins, count: args.count }),
      pension: pension.pension,
      allowances: drawAllowances({
        faker,
        plan,
        slot,
        disability: record,
        pension,
        referenceDate,
        payDay: work[slot]?.payDay ?? 15,
      }),
      unemployment: unemployment[slot] ?? null,
      disability: record,
    };
  });
}

/** Working age at the end of the record (death or reference date), no labour pension, and
 *  not so disabled (degree I–II, or a child) as to be out of the labour market. */
function mayRegister(
  m: PlannedMember,
  pension: PensionOutcome,
  disability: DisabilityProfile | null,
  referenceDate: string,
): boolean {
  const age = ageOn(m.birthDate, m.deathDate ?? referenceDate);
  if (age < WORKING_AGE_MIN || age > WORKING_AGE_MAX || pension.pension !== null) return false;
  const degree = disability?.decisions[disability.decisions.length - 1]?.degree;
  return degree !== 'I' && degree !== 'II' && degree !== 'CHILD';
}

/** Children of `slot` alive and under 18 on `date`. */
function dependentChildren(plan: HouseholdPlan, slot: number, date: string): number {
  return childrenOf(plan, slot).filter((child) => {
    const c = memberAt(plan, child);
    return (
      c.birthDate <= date &&
      ageOn(c.birthDate, date) < 18 &&
      (c.deathDate === null || c.deathDate > date)
    );
  }).length;
}
