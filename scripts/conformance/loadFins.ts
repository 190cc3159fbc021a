import { readFileSync } from 'node:fs';
import { isFin } from '@dost/platform/fin.ts';
import { finFromIndex } from '../../seed/synthetic/finFromIndex.ts';

/** Keys in the batching check's many-key call. */
export const MANY_KEYS = 100;

/**
 * The FINs to ask for: those in `file` (one a line, or a JSON array), else the first
 * MANY_KEYS citizens of the development seed (`DOST_SEED`, as `npm start` wrote them; the
 * first five are the demo citizens). Existing citizens, so that nested lookups run too.
 */
export function loadFins({
  file,
  seed,
  seedCitizens,
}: {
  file: string | undefined;
  seed: number;
  seedCitizens: number;
}): string[] {
  if (file === undefined) {
    const count = Math.min(MANY_KEYS, seedCitizens);
    return Array.from({ length: count }, (_, index) => finFromIndex(index, seed));
  }
  const text = readFileSync(file, 'utf8').trim();
  const listed: unknown[] = text.startsWith('[')
    ? (JSON.parse(text) as unknown[])
    : text.split(/\s+/);
  const fins = [...new Set(listed.filter(isFin))].slice(0, MANY_KEYS);
  if (fins.length === 0) throw new Error(`${file} lists no FIN.`);
  return fins;
}
