import { DEMO_FINS } from './demoFins.ts';
import { decodeFin, encodeFin, FIN_SPACE } from './fin.ts';
import { permuteFinSpace } from './finPermutation.ts';

const DEMO_NUMBERS: readonly number[] = DEMO_FINS.map(decodeFin);

/**
 * The FIN of population index `index` under `seed`: a bijection of [0, 34^7) onto all
 * FINs. Indices 0..4 are the demo FINs; every other index gets a random-looking FIN that is
 * never a demo FIN.
 *
 * Why it stays a bijection: if the permutation sends index j ≥ 5 onto demo FIN k, j takes
 * the value the permutation gave to demo index k instead (free, since index k uses its demo
 * FIN); if that value is itself a demo FIN, the walk repeats. It ends within five steps and
 * no two indices end on the same value because the permutation is injective.
 */
export function finFromIndex(index: number, seed: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= FIN_SPACE) {
    throw new RangeError(`Population index out of range: ${index}`);
  }
  const demo = DEMO_FINS[index];
  if (demo !== undefined) return demo;
  let value = permuteFinSpace(index, seed);
  for (let k = DEMO_NUMBERS.indexOf(value); k >= 0; k = DEMO_NUMBERS.indexOf(value)) {
    value = permuteFinSpace(k, seed);
  }
  return encodeFin(value);
}
