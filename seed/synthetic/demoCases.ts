import type { DemoFin } from './demoFins.ts';
import { rowId } from './rowId.ts';

/** The centre every demo case is open at: the one the README's operator token names. */
export const DEMO_CASE_CENTRE = 'baku-1';
/** When the demo cases were opened: in the seed's year, before its reference date. */
export const DEMO_CASE_OPENED_AT = '2026-10-30T09:00:00.000Z';
/** The service the demo cases are for: a certificate (arayış), which any citizen may ask. */
export const DEMO_CASE_SERVICE = 'REF-01';

/**
 * The row id of demo citizen `index`'s open case: slot 1 of its rows, since slot 0 is the
 * case of its drawn visit, so the two never collide.
 */
export function demoCaseId(index: number): number {
  return rowId(index, 1);
}

/**
 * Each demo citizen's open case at baku-1, whatever the seed, as staff cite it in
 * X-Dost-Purpose (`SERVICE_APPLICATION:APP-2026-000002` to read 5ZK7P2Q): the README's
 * examples, the playground and the tests read the demo citizens under these.
 */
export const DEMO_CASES: Readonly<Record<DemoFin, string>> = {
  '5ZK7P2Q': referenceOf(0),
  '3HRT9WX': referenceOf(1),
  '7DMV4LA': referenceOf(2),
  '2NXC8FE': referenceOf(3),
  '9BQ6YTJ': referenceOf(4),
};

/** The reference the service desk gives the case (subgraphs/services/caseReference.ts). */
function referenceOf(index: number): string {
  return `APP-${DEMO_CASE_OPENED_AT.slice(0, 4)}-${String(demoCaseId(index)).padStart(6, '0')}`;
}
