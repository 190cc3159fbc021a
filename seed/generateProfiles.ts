import { HOUSEHOLD_BLOCK_SIZE } from './synthetic/drawHousehold.ts';
import { generateBatch } from './synthetic/generateBatch.ts';
import type { CitizenProfile } from './synthetic/CitizenProfile.ts';

/**
 * Rounds a population up to whole households, so that no family is cut at the end and a
 * later, larger seed appends new households without changing anyone already written.
 */
export function wholeHouseholds(citizens: number): number {
  return Math.ceil(citizens / HOUSEHOLD_BLOCK_SIZE) * HOUSEHOLD_BLOCK_SIZE;
}

/** The synthetic population of one seed, as `seedRegistries` asks for it. */
export function generateProfiles(
  seed: number,
): (from: number, to: number, count: number) => readonly CitizenProfile[] {
  return (from, to, count) => generateBatch({ seed, from, to, count });
}
