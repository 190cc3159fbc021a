import type { Faker } from '@faker-js/faker';
import { addDays, addMonths, addYears, maxDate, monthsBetween } from './calendar.ts';
import type { LabourContractProfile } from './CitizenProfile.ts';
import { EMPLOYER_COUNT, employerByNumber, POSITIONS, TERMINATION_ARTICLES } from './employers.ts';
import { rowId } from './rowId.ts';

/** A monthly wage in whole manats (qəpik multiple of 100) between `min` and `max` AZN. */
export function drawWage(faker: Faker, min = 400, max = 2200): number {
  return 100 * faker.number.int({ min, max });
}

/**
 * Up to three past labour contracts before a registration, oldest first, none before the
 * 18th birthday and none overlapping. The last one usually ended shortly before the person
 * registered — it is the job whose wage the benefit replaces.
 */
export function drawContracts(args: {
  faker: Faker;
  index: number;
  birthDate: string;
  registeredOn: string;
}): LabourContractProfile[] {
  const f = args.faker;
  const adultOn = addYears(args.birthDate, 18);
  const specs: { startedOn: string; endedOn: string }[] = [];
  let before = addDays(
    args.registeredOn,
    -(f.datatype.boolean(0.8)
      ? f.number.int({ min: 5, max: 120 })
      : f.number.int({ min: 121, max: 700 })),
  );
  for (let n = f.helpers.weightedArrayElement(CONTRACT_COUNTS); n > 0; n--) {
    const startedOn = maxDate(adultOn, addMonths(before, -f.number.int({ min: 3, max: 60 })));
    if (startedOn >= before) break;
    specs.unshift({ startedOn, endedOn: before });
    before = addDays(startedOn, -f.number.int({ min: 10, max: 365 }));
  }
  return specs.map((spec, k) => {
    const employer = employerByNumber(f.number.int({ min: 0, max: EMPLOYER_COUNT - 1 }));
    return {
      id: rowId(args.index, k),
      employerTin: employer.tin,
      employerName: employer.name,
      position: f.helpers.arrayElement(POSITIONS),
      startedOn: spec.startedOn,
      endedOn: spec.endedOn,
      terminationArticle: f.helpers.arrayElement(TERMINATION_ARTICLES),
      monthlyWage: drawWage(f),
    };
  });
}

const CONTRACT_COUNTS = [
  { weight: 10, value: 0 },
  { weight: 35, value: 1 },
  { weight: 35, value: 2 },
  { weight: 20, value: 3 },
];

/** Insured months across all contracts that ended (whole months, started to ended). */
export function totalInsuredMonths(contracts: readonly LabourContractProfile[]): number {
  return contracts.reduce(
    (sum, c) => sum + (c.endedOn === null ? 0 : monthsBetween(c.startedOn, c.endedOn)),
    0,
  );
}

/** Months of the 24 before the registration month with a contract running on some day. */
export function insuredMonthsInLast24(
  contracts: readonly LabourContractProfile[],
  registeredOn: string,
): number {
  let insured = 0;
  for (let k = 1; k <= 24; k++) {
    const from = addMonths(`${registeredOn.slice(0, 8)}01`, -k);
    const to = addDays(addMonths(from, 1), -1);
    if (contracts.some((c) => c.startedOn <= to && (c.endedOn === null || c.endedOn >= from))) {
      insured++;
    }
  }
  return insured;
}
