import type { Faker } from '@faker-js/faker';
import { addDays } from './calendar.ts';
import type { JobOfferProfile } from './CitizenProfile.ts';
import { drawWage } from './drawContracts.ts';
import { EMPLOYER_COUNT, employerByNumber, POSITIONS } from './employers.ts';
import { rowId } from './rowId.ts';
import { REFUSALS_THAT_ANNUL_STATUS } from './unemploymentFigures.ts';

/** Up to three offers, 10–70 days apart, ending at an acceptance, the refusal that annuls
 *  the status, or a still-pending offer in the last two weeks. */
export function drawOffers(
  f: Faker,
  a: { index: number; from: string; end: string; alive: boolean },
): JobOfferProfile[] {
  const offers: JobOfferProfile[] = [];
  let cursor = a.from;
  let unjustified = 0;
  for (let n = f.number.int({ min: 0, max: 3 }); n > 0; n--) {
    const offeredOn = addDays(cursor, f.number.int({ min: 10, max: 70 }));
    if (offeredOn >= a.end) break;
    const late = offeredOn >= addDays(a.end, -15);
    if (late && !a.alive) break;
    const response = late ? 'PENDING' : f.datatype.boolean(0.3) ? 'ACCEPTED' : 'REFUSED';
    const refusalJustified = response === 'REFUSED' ? f.datatype.boolean(0.4) : null;
    const employer = employerByNumber(f.number.int({ min: 0, max: EMPLOYER_COUNT - 1 }));
    offers.push({
      id: rowId(a.index, offers.length),
      offeredOn,
      employerTin: employer.tin,
      position: f.helpers.arrayElement(POSITIONS),
      monthlyWage: drawWage(f, 400, 1600),
      response,
      refusalJustified,
    });
    if (refusalJustified === false) unjustified++;
    if (response !== 'REFUSED' || unjustified >= REFUSALS_THAT_ANNUL_STATUS) break;
    cursor = offeredOn;
  }
  return offers;
}
