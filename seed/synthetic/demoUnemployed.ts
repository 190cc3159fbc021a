import { buildBenefit } from './buildBenefit.ts';
import { buildPlacementContract } from './buildPlacementContract.ts';
import { buildProgramme } from './buildProgramme.ts';
import { addDays, addMonths, monthStart } from './calendar.ts';
import type { LabourContractProfile, UnemploymentProfile } from './CitizenProfile.ts';
import { insuredMonthsInLast24 } from './drawContracts.ts';
import { STATUS_REASONS } from './unemploymentStatusReasons.ts';
import { employerByNumber } from './employers.ts';
import { rowId } from './rowId.ts';

const INDEX = 1;

/**
 * 3HRT9WX: registered four months before the reference date after a staff reduction,
 * unemployed status ten days later, on the insurance benefit (50 % of a 1 200 AZN wage),
 * in the "İşsizin dostu" public works for two months on a six-month fixed-term contract —
 * so the benefit, paid for the month before the placement, is SUSPENDED while it runs — one
 * unjustified refusal of an offer and one offer still pending.
 */
export function demoUnemployedRecord(referenceDate: string): UnemploymentProfile {
  const registeredOn = addDays(addMonths(monthStart(referenceDate), -4), 5);
  const unemployedOn = addDays(registeredOn, 10);
  const placement = buildProgramme({
    index: INDEX,
    slot: 0,
    kind: 'PUBLIC_WORKS',
    detail: 'Təmiz Şəhər ASC — abadlıq işləri',
    startedOn: addMonths(monthStart(referenceDate), -2),
    months: 6,
    interruptedOn: null,
    referenceDate,
  });
  const placementContract = buildPlacementContract({
    id: rowId(INDEX, 2),
    programme: placement,
    deathDate: null,
  });
  const pastContracts = [
    contract(0, {
      employer: 17,
      position: 'texnik',
      from: addMonths(registeredOn, -96),
      to: addMonths(registeredOn, -50),
      wage: 85_000,
      article: '73.1',
    }),
    contract(1, {
      employer: 4,
      position: 'mühəndis',
      from: addMonths(registeredOn, -48),
      to: addDays(registeredOn, -20),
      wage: 120_000,
      article: '70.b',
    }),
  ];
  const refused = employerByNumber(33);
  const pending = employerByNumber(58);
  return {
    registrationId: rowId(INDEX, 0),
    status: 'UNEMPLOYED',
    registeredOn,
    statusHistory: [
      {
        id: rowId(INDEX, 0),
        status: 'JOBSEEKER',
        from: registeredOn,
        reason: STATUS_REASONS.JOBSEEKER,
      },
      {
        id: rowId(INDEX, 1),
        status: 'UNEMPLOYED',
        from: unemployedOn,
        reason: STATUS_REASONS.UNEMPLOYED,
      },
    ],
    contracts: [...pastContracts, placementContract],
    offers: [
      {
        id: rowId(INDEX, 0),
        offeredOn: addDays(unemployedOn, 21),
        employerTin: refused.tin,
        position: 'satıcı-kassir',
        monthlyWage: 60_000,
        response: 'REFUSED',
        refusalJustified: false,
      },
      {
        id: rowId(INDEX, 1),
        offeredOn: addDays(referenceDate, -6),
        employerTin: pending.tin,
        position: 'mühəndis',
        monthlyWage: 110_000,
        response: 'PENDING',
        refusalJustified: null,
      },
    ],
    benefit: buildBenefit({
      index: INDEX,
      decidedOn: addDays(unemployedOn, 3),
      averageWage: 120_000,
      insuredMonthsLast24: insuredMonthsInLast24(pastContracts, registeredOn),
      dependentChildren: 0,
      months: 9,
      stoppedOn: null,
      suspendedOn: null,
      payDay: 15,
      referenceDate,
      placement: placementContract,
    }),
    programmes: [placement],
  };
}

function contract(
  slot: number,
  c: {
    employer: number;
    position: string;
    from: string;
    to: string;
    wage: number;
    article: string;
  },
): LabourContractProfile {
  const employer = employerByNumber(c.employer);
  return {
    id: rowId(INDEX, slot),
    employerTin: employer.tin,
    employerName: employer.name,
    position: c.position,
    startedOn: c.from,
    endedOn: c.to,
    terminationArticle: c.article,
    monthlyWage: c.wage,
  };
}
