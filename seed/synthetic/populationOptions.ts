import { isIsoDate } from '@dost/platform/isoTime.ts';
import { FIN_SPACE } from './fin.ts';

/** Earliest reference date the figures support (benefit registrations start in 2024). */
export const EARLIEST_REFERENCE_DATE = '2025-01-01';

/** Throws a RangeError unless the seed, size and reference date describe a population. */
export function assertPopulationOptions(o: {
  seed: number;
  count: number;
  referenceDate: string;
}): void {
  if (!Number.isSafeInteger(o.seed)) throw new RangeError(`seed must be a safe integer: ${o.seed}`);
  if (!Number.isInteger(o.count) || o.count < 0 || o.count > FIN_SPACE) {
    throw new RangeError(`count must be an integer in [0, 34^7]: ${o.count}`);
  }
  if (!isIsoDate(o.referenceDate) || o.referenceDate < EARLIEST_REFERENCE_DATE) {
    throw new RangeError(
      `referenceDate must be an ISO date from ${EARLIEST_REFERENCE_DATE}: ${o.referenceDate}`,
    );
  }
}
