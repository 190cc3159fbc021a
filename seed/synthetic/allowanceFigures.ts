import { figureOn, type DatedFigure } from './calibration.ts';
import type { AllowanceType, DisabilityDegree } from './CitizenProfile.ts';

/**
 * What a social allowance pays, by date, in qəpik (Law on Social Benefits; the amounts are
 * set by presidential decree). Sources, listed in docs/synthetic-population.md:
 * - the decree of 25 February 2019 (news.az 2019-02-25): old age 130, disability of group
 *   I / II / III 150 / 130 / 110, child with disability 150, loss of breadwinner 80 AZN, a
 *   birth 200 and a funeral 300 AZN (one-time). Earlier amounts are not in our sources:
 *   these are carried back, so they are in force from the table's first day (an assumption
 *   that only the stored amount of allowances that ended before 2019 reads);
 * - 1 January 2022 (Trend 2022-01-01; DOMAIN.md): old age 180, disability 220 / 180 / 120,
 *   child with disability 200, loss of breadwinner 100 AZN;
 * - 1 July 2025 (Ministry of Labour, sosial.gov.az 2025-07-01, the 5th reform package):
 *   disability 300 / 250 / 180 AZN, birth and funeral 600 AZN. The same notice is cut off in
 *   our copy before the other monthly types, so they keep their 2022 amounts (unverified).
 */
export type AllowanceRate =
  Exclude<AllowanceType, 'DISABILITY'> | 'DISABILITY_I' | 'DISABILITY_II' | 'DISABILITY_III';

const SINCE = '1900-01-01';

export const ALLOWANCE_FIGURES: Readonly<Record<AllowanceRate, readonly DatedFigure[]>> = {
  OLD_AGE: [
    { from: SINCE, value: 13_000 },
    { from: '2022-01-01', value: 18_000 },
  ],
  DISABILITY_I: [
    { from: SINCE, value: 15_000 },
    { from: '2022-01-01', value: 22_000 },
    { from: '2025-07-01', value: 30_000 },
  ],
  DISABILITY_II: [
    { from: SINCE, value: 13_000 },
    { from: '2022-01-01', value: 18_000 },
    { from: '2025-07-01', value: 25_000 },
  ],
  DISABILITY_III: [
    { from: SINCE, value: 11_000 },
    { from: '2022-01-01', value: 12_000 },
    { from: '2025-07-01', value: 18_000 },
  ],
  CHILD_WITH_DISABILITY: [
    { from: SINCE, value: 15_000 },
    { from: '2022-01-01', value: 20_000 },
  ],
  LOSS_OF_BREADWINNER: [
    { from: SINCE, value: 8_000 },
    { from: '2022-01-01', value: 10_000 },
  ],
  CHILD_BIRTH: [
    { from: SINCE, value: 20_000 },
    { from: '2025-07-01', value: 60_000 },
  ],
  FUNERAL: [
    { from: SINCE, value: 30_000 },
    { from: '2025-07-01', value: 60_000 },
  ],
};

/** The amount of `rate` in force on `date`. */
export function allowanceAmountOn(rate: AllowanceRate, date: string): number {
  return figureOn(ALLOWANCE_FIGURES[rate], date);
}

/** The disability allowance's rate for a degree, or null when the degree grants none. */
export function disabilityAllowanceRate(degree: DisabilityDegree): AllowanceRate | null {
  if (degree === 'I') return 'DISABILITY_I';
  if (degree === 'II') return 'DISABILITY_II';
  return degree === 'III' ? 'DISABILITY_III' : null;
}
