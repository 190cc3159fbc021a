import type { Faker } from '@faker-js/faker';
import { addYears, monthsBetween } from './calendar.ts';
import type { Sex } from './CitizenProfile.ts';

/** What the generator assumes about someone's working life; drives pensions. */
export interface WorkRecord {
  /** Share of the months since the 18th birthday spent in insured work. */
  readonly workShare: number;
  /** Earnings level: 1 makes a full 400-month career's old-age pension the minimum. */
  readonly wageLevel: number;
  /** Day of the month this person's pension or benefit is paid (1–28). */
  readonly payDay: number;
}

/**
 * Draws a working life. Older cohorts of women more often stayed out of insured work, which
 * is why some of them reach 65 without a labour pension and get the old-age allowance.
 */
export function drawWorkRecord(faker: Faker, sex: Sex): WorkRecord {
  const steady = faker.datatype.boolean(sex === 'M' ? 0.88 : 0.7);
  return {
    workShare: steady
      ? faker.number.float({ min: 0.6, max: 1 })
      : faker.number.float({ min: 0, max: 0.5 }),
    wageLevel: faker.number.float({ min: 0.6, max: 2.4 }),
    payDay: faker.number.int({ min: 3, max: 20 }),
  };
}

/** Insured months from the 18th birthday to `date`. */
export function insuranceMonthsUntil(record: WorkRecord, birthDate: string, date: string): number {
  return Math.max(0, Math.floor(record.workShare * monthsBetween(addYears(birthDate, 18), date)));
}
