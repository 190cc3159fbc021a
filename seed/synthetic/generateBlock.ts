import type { CitizenProfile } from './CitizenProfile.ts';
import { demoCitizens } from './demoCitizens.ts';
import { DEMO_POPULATION_SIZE } from './demoHousehold.ts';
import { HOUSEHOLD_BLOCK_SIZE } from './drawHousehold.ts';
import { generateHouseholdBlock } from './generateHouseholdBlock.ts';

/** Blocks 0 and 1 hold the demo citizens and their relatives. */
const DEMO_BLOCKS = DEMO_POPULATION_SIZE / HOUSEHOLD_BLOCK_SIZE;

/**
 * All four profiles of block `block` (indices 4·block … 4·block+3), whether or not they
 * fall below `count`; links to indices ≥ `count` are already dropped.
 */
export function generateBlock(args: {
  seed: number;
  block: number;
  count: number;
  referenceDate: string;
}): CitizenProfile[] {
  if (args.block >= DEMO_BLOCKS) return generateHouseholdBlock(args);
  const first = args.block * HOUSEHOLD_BLOCK_SIZE;
  return demoCitizens(args).slice(first, first + HOUSEHOLD_BLOCK_SIZE);
}
