import type { CitizenProfile } from './CitizenProfile.ts';
import { HOUSEHOLD_BLOCK_SIZE } from './drawHousehold.ts';
import { generateBlock } from './generateBlock.ts';
import { assertPopulationOptions } from './populationOptions.ts';
import { SEED_REFERENCE_DATE } from './seedReferenceDate.ts';

export interface GenerateBatchOptions {
  /** Population seed: the same seed always yields the same people. */
  readonly seed: number;
  /** First index of the batch (inclusive). */
  readonly from: number;
  /** End of the batch (exclusive); clipped to `count`. */
  readonly to: number;
  /** Size of the whole population; family links never point at indices ≥ count. */
  readonly count: number;
  /** "Today" for ages and statuses. @default SEED_REFERENCE_DATE */
  readonly referenceDate?: string;
}

/**
 * Profiles for indices [from, min(to, count)), in index order. Citizen i depends only on
 * (seed, i, referenceDate) — not on the batch, nor on `count` unless i's household block
 * straddles `count`, in which case links to the missing relatives are dropped.
 */
export function generateBatch(options: GenerateBatchOptions): CitizenProfile[] {
  const referenceDate = options.referenceDate ?? SEED_REFERENCE_DATE;
  const { seed, count } = options;
  assertPopulationOptions({ seed, count, referenceDate });
  const from = Math.max(0, options.from);
  const to = Math.min(options.to, count);
  const profiles: CitizenProfile[] = [];
  for (
    let block = Math.floor(from / HOUSEHOLD_BLOCK_SIZE);
    block * HOUSEHOLD_BLOCK_SIZE < to;
    block++
  ) {
    for (const profile of generateBlock({ seed, block, count, referenceDate })) {
      if (profile.index >= from && profile.index < to) profiles.push(profile);
    }
  }
  return profiles;
}
