import { isFin } from '@dost/platform/fin.ts';
import { DEMO_FINS } from './demoFins.ts';
import { decodeFin } from './fin.ts';
import { unpermuteFinSpace } from './finPermutation.ts';

const DEMO_INDEX = new Map<string, number>(DEMO_FINS.map((fin, index) => [fin, index]));
const DEMO_COUNT = DEMO_FINS.length;

/**
 * Inverse of `finFromIndex`: the population index that carries `fin` under `seed`, or null
 * when `fin` is not a well-formed FIN. The person exists when the index is below the
 * population size.
 */
export function indexFromFin(fin: string, seed: number): number | null {
  if (!isFin(fin)) return null;
  const demoIndex = DEMO_INDEX.get(fin);
  if (demoIndex !== undefined) return demoIndex;
  let index = unpermuteFinSpace(decodeFin(fin), seed);
  // A value the permutation gave to a demo index was handed on to whichever index the
  // permutation sent onto that demo FIN: walk the redirection backwards.
  while (index < DEMO_COUNT) {
    const demoFin = DEMO_FINS[index];
    if (demoFin === undefined) break;
    index = unpermuteFinSpace(decodeFin(demoFin), seed);
  }
  return index;
}
