import type { CitizenProfile } from './CitizenProfile.ts';
import { HOUSEHOLD_BLOCK_SIZE } from './drawHousehold.ts';
import { generateBlock } from './generateBlock.ts';
import { assertPopulationOptions } from './populationOptions.ts';
import { SEED_REFERENCE_DATE } from './seedReferenceDate.ts';

export { SEED_REFERENCE_DATE };

export interface GenerateCitizensOptions {
  /** Population seed: the same seed always yields the same people. */
  readonly seed: number;
  /** Population size: indices [0, count). */
  readonly count: number;
  /** "Today" for ages and statuses. @default SEED_REFERENCE_DATE */
  readonly referenceDate?: string;
  /** Profiles per yielded batch (the last batch may be smaller). @default 1000 */
  readonly batchSize?: number;
}

/**
 * Yields the population [0, count) in index order, in batches ready for bulk inserts.
 * Indices 0..4 are the demo citizens. Citizen i is the same whatever `count` is (a
 * population of 10 000 is a prefix of one of 1 000 000), except that family links to
 * indices ≥ count are dropped from the last, possibly partial, household block.
 */
export function* generateCitizens(options: GenerateCitizensOptions): Generator<CitizenProfile[]> {
  const referenceDate = options.referenceDate ?? SEED_REFERENCE_DATE;
  const batchSize = options.batchSize ?? 1000;
  const { seed, count } = options;
  assertPopulationOptions({ seed, count, referenceDate });
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError(`batchSize must be a positive integer: ${batchSize}`);
  let batch: CitizenProfile[] = [];
  for (let block = 0; block * HOUSEHOLD_BLOCK_SIZE < count; block++) {
    for (const profile of generateBlock({ seed, block, count, referenceDate })) {
      if (profile.index >= count) break;
      batch.push(profile);
      if (batch.length === batchSize) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}
