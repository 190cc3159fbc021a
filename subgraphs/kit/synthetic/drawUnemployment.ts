import type { Faker } from '@faker-js/faker';
import { buildBenefit } from './buildBenefit.ts';
import { buildProgramme } from './buildProgramme.ts';
import {
  addDays,
  addMonths,
  addYears,
  fromDayNumber,
  maxDate,
  monthStart,
  toDayNumber,
} from './calendar.ts';
import type {
  BenefitProfile,
  JobOfferProfile,
  LabourContractProfile,
  ProgrammeKind,
  ProgrammeProfile,
  StatusChangeProfile,
  UnemploymentProfile,
  UnemploymentStatus,
} from './CitizenProfile.ts';
import {
  drawContracts,
  drawWage,
  insuredMonthsInLast24,
  totalInsuredMonths,
} from './drawContracts.ts';
import { EMPLOYER_COUNT, employerByNumber, employerByTin, POSITIONS } from './employers.ts';
import type { PlannedMember } from './HouseholdPlan.ts';
import {
  PROGRAMMES,
  PUBLIC_WORKS_PLACEMENTS,
  SELF_EMPLOYMENT_ASSETS,
  TRAINING_COURSES,
} from './programmeCatalogue.ts';
import { rowId } from './rowId.ts';
import {
  BENEFIT_REQUIRED_INSURANCE_MONTHS,
  REFUSALS_THAT_ANNUL_STATUS,
} from './unemploymentFigures.ts';

/** Registrations in the generated registry start here (benefit figures are known from 2024). */
export const UNEMPLOYMENT_REGISTRY_START = '2024-01-01';

export const STATUS_REASONS = {
  JOBSEEKER: 'Elektron müraciət əsasında iş axtaran kimi qeydiyyata alınıb',
  UNEMPLOYED: 'İşsiz statusu verilib',
  SUSPENDED: 'Məşğulluq mərkəzinə gəlmədiyinə görə status dayandırılıb',
  EMPLOYED: 'İşlə təmin olunub',
  REFUSALS: 'Uyğun iş təklifindən iki dəfə əsassız imtina — status ləğv edilib',
  OWN_REQUEST: 'Öz ərizəsi ilə qeydiyyatdan çıxarılıb',
  DEATH: 'Vəfat etdiyinə görə qeydiyyatdan çıxarılıb',
} as const;

interface Exit {
  readonly on: string;
  readonly status: UnemploymentStatus;
  readonly reason: string;
  /** The accepted offer, when the exit is a new job. */
  readonly job?: JobOfferProfile;
}

/**
 * Draws an unemployment record for a working-age person without a labour pension (the
 * caller selects who registers). The timeline: e-application as jobseeker, usually the
 * unemployed status, job offers, then maybe an exit — a job (with its new contract), two
 * unjustified refusals, own request, suspension or death — plus the benefit and at most one
 * programme, all consistent with that timeline.
 */
export function drawUnemployment(args: {
  faker: Faker;
  member: PlannedMember;
  referenceDate: string;
  payDay: number;
  /** Dependent children under 18 (alive) on a date. */
  dependentChildrenOn: (date: string) => number;
}): UnemploymentProfile | null {
  const f = args.faker;
  const { member } = args;
  const end = member.deathDate ?? args.referenceDate;
  const lo = toDayNumber(maxDate(UNEMPLOYMENT_REGISTRY_START, addYears(member.birthDate, 18)));
  const hi = toDayNumber(end) - 30;
  if (lo > hi) return null;
  const registeredOn = fromDayNumber(f.number.int({ min: lo, max: hi }));
  const history: Omit<StatusChangeProfile, 'id'>[] = [
    { status: 'JOBSEEKER', from: registeredOn, reason: STATUS_REASONS.JOBSEEKER },
  ];
  const contracts = drawContracts({
    faker: f,
    index: member.index,
    birthDate: member.birthDate,
    registeredOn,
  });
  const unemployedOn = f.datatype.boolean(0.7)
    ? addDays(registeredOn, f.number.int({ min: 3, max: 15 }))
    : null;
  if (unemployedOn !== null)
    history.push({ status: 'UNEMPLOYED', from: unemployedOn, reason: STATUS_REASONS.UNEMPLOYED });
  const offers = drawOffers(f, {
    index: member.index,
    from: unemployedOn ?? registeredOn,
    end,
    alive: member.deathDate === null,
  });
  const exit = drawExit(f, {
    offers,
    member,
    end,
    after: offers.at(-1)?.offeredOn ?? unemployedOn ?? registeredOn,
  });
  if (exit !== null) history.push({ status: exit.status, from: exit.on, reason: exit.reason });
  if (exit?.job !== undefined)
    contracts.push(newContract(member.index, contracts.length, exit.on, exit.job));
  const stoppedOn = exit !== null && exit.status === 'DEREGISTERED' ? exit.on : null;
  const suspendedOn = exit !== null && exit.status === 'SUSPENDED' ? exit.on : null;
  const benefit =
    unemployedOn === null
      ? null
      : drawBenefit(f, {
          ...args,
          unemployedOn,
          registeredOn,
          contracts,
          stoppedOn,
          suspendedOn,
          end,
        });
  const programme = drawProgrammeFor(f, {
    index: member.index,
    from: unemployedOn ?? registeredOn,
    interruptedOn: exit?.on ?? null,
    end,
    referenceDate: args.referenceDate,
  });
  const statusHistory = history.map((entry, k) => ({ id: rowId(member.index, k), ...entry }));
  return {
    registrationId: rowId(member.index, 0),
    status: history[history.length - 1]?.status ?? 'JOBSEEKER',
    registeredOn,
    statusHistory,
    contracts,
    offers,
    benefit,
    programmes: programme === null ? [] : [programme],
  };
}

/** Up to three offers, 10–70 days apart, ending at an acceptance, the refusal that annuls
 *  the status, or a still-pending offer in the last two weeks. */
function drawOffers(
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

function drawExit(
  f: Faker,
  a: { offers: readonly JobOfferProfile[]; member: PlannedMember; end: string; after: string },
): Exit | null {
  const last = a.offers.at(-1);
  const unjustified = a.offers.filter((o) => o.refusalJustified === false).length;
  if (last !== undefined && last.response === 'ACCEPTED') {
    return {
      on: addDays(last.offeredOn, f.number.int({ min: 1, max: 10 })),
      status: 'DEREGISTERED',
      reason: STATUS_REASONS.EMPLOYED,
      job: last,
    };
  }
  if (last !== undefined && unjustified >= REFUSALS_THAT_ANNUL_STATUS) {
    return {
      on: addDays(last.offeredOn, f.number.int({ min: 1, max: 10 })),
      status: 'DEREGISTERED',
      reason: STATUS_REASONS.REFUSALS,
    };
  }
  if (a.member.deathDate !== null)
    return { on: a.member.deathDate, status: 'DEREGISTERED', reason: STATUS_REASONS.DEATH };
  const on = addDays(a.after, f.number.int({ min: 5, max: 120 }));
  if (on >= a.end || last?.response === 'PENDING') return null;
  const roll = f.number.float();
  if (roll < 0.06) return { on, status: 'SUSPENDED', reason: STATUS_REASONS.SUSPENDED };
  if (roll < 0.16) return { on, status: 'DEREGISTERED', reason: STATUS_REASONS.OWN_REQUEST };
  return null;
}

function newContract(
  index: number,
  slot: number,
  startedOn: string,
  job: JobOfferProfile,
): LabourContractProfile {
  return {
    id: rowId(index, slot),
    employerTin: job.employerTin,
    employerName: employerByTin(job.employerTin)?.name ?? 'Naməlum işəgötürən',
    position: job.position,
    startedOn,
    endedOn: null,
    terminationArticle: null,
    monthlyWage: job.monthlyWage,
  };
}

/** The insurance benefit for someone granted the unemployed status with a year of insurance. */
function drawBenefit(
  f: Faker,
  a: {
    member: PlannedMember;
    referenceDate: string;
    payDay: number;
    dependentChildrenOn: (date: string) => number;
    unemployedOn: string;
    registeredOn: string;
    contracts: readonly LabourContractProfile[];
    stoppedOn: string | null;
    suspendedOn: string | null;
    end: string;
  },
): BenefitProfile | null {
  const lost = a.contracts.filter((c) => c.endedOn !== null && c.endedOn <= a.registeredOn).at(-1);
  if (lost === undefined || totalInsuredMonths(a.contracts) < BENEFIT_REQUIRED_INSURANCE_MONTHS)
    return null;
  const decidedOn = addDays(a.unemployedOn, f.number.int({ min: 1, max: 7 }));
  // Paid from the next month; not granted at all if the status ends before the first payment.
  const startsOn = addMonths(monthStart(decidedOn), 1);
  const interruption = a.stoppedOn ?? a.suspendedOn;
  if (decidedOn >= a.end || (interruption !== null && interruption <= addDays(startsOn, 15)))
    return null;
  return buildBenefit({
    index: a.member.index,
    decidedOn,
    averageWage: lost.monthlyWage,
    insuredMonthsLast24: insuredMonthsInLast24(a.contracts, a.registeredOn),
    dependentChildren: a.dependentChildrenOn(decidedOn),
    months: f.datatype.boolean(0.5) ? 9 : 6,
    stoppedOn: a.stoppedOn,
    suspendedOn: a.suspendedOn,
    payDay: a.payDay,
    referenceDate: a.referenceDate,
  });
}

const PROGRAMME_KINDS: readonly { weight: number; value: ProgrammeKind }[] = [
  { weight: 60, value: 'PUBLIC_WORKS' },
  { weight: 20, value: 'SELF_EMPLOYMENT' },
  { weight: 20, value: 'TRAINING' },
];

function drawProgrammeFor(
  f: Faker,
  a: {
    index: number;
    from: string;
    interruptedOn: string | null;
    end: string;
    referenceDate: string;
  },
): ProgrammeProfile | null {
  if (!f.datatype.boolean(0.2)) return null;
  const startedOn = addDays(a.from, f.number.int({ min: 10, max: 90 }));
  if (startedOn >= addDays(a.interruptedOn ?? a.end, -1)) return null;
  const kind = f.helpers.weightedArrayElement(PROGRAMME_KINDS);
  const [minMonths, maxMonths] = PROGRAMMES[kind].months;
  const details =
    kind === 'PUBLIC_WORKS'
      ? PUBLIC_WORKS_PLACEMENTS
      : kind === 'SELF_EMPLOYMENT'
        ? SELF_EMPLOYMENT_ASSETS
        : TRAINING_COURSES;
  return buildProgramme({
    index: a.index,
    slot: 0,
    kind,
    detail: f.helpers.arrayElement(details),
    startedOn,
    months: f.number.int({ min: minMonths, max: maxMonths }),
    interruptedOn: a.interruptedOn,
    referenceDate: a.referenceDate,
  });
}
