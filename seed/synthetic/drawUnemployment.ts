import type { Faker } from '@faker-js/faker';
import { addDays, addYears, fromDayNumber, maxDate, toDayNumber } from './calendar.ts';
import type {
  JobOfferProfile,
  LabourContractProfile,
  StatusChangeProfile,
  UnemploymentProfile,
} from './CitizenProfile.ts';
import { drawBenefit } from './drawBenefit.ts';
import { drawContracts } from './drawContracts.ts';
import { drawExit } from './drawExit.ts';
import { drawOffers } from './drawOffers.ts';
import { drawProgramme } from './drawProgramme.ts';
import { buildPlacementContract } from './buildPlacementContract.ts';
import { DEATH_TERMINATION_ARTICLE, employerByTin } from './employers.ts';
import type { PlannedMember } from './HouseholdPlan.ts';
import { rowId } from './rowId.ts';
import { STATUS_REASONS } from './unemploymentStatusReasons.ts';

/** Registrations in the generated registry start here (benefit figures are known from 2024). */
export const UNEMPLOYMENT_REGISTRY_START = '2024-01-01';

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
  const pastCount = contracts.length;
  if (exit?.job !== undefined) {
    contracts.push(
      newContract(member.index, contracts.length, exit.on, exit.job, member.deathDate),
    );
  }
  const stoppedOn = exit !== null && exit.status === 'DEREGISTERED' ? exit.on : null;
  const suspendedOn = exit !== null && exit.status === 'SUSPENDED' ? exit.on : null;
  const programme = drawProgramme(f, {
    index: member.index,
    from: unemployedOn ?? registeredOn,
    interruptedOn: exit?.on ?? null,
    end,
    referenceDate: args.referenceDate,
  });
  // A public-works placement is a job on a fixed-term contract, which falls between the
  // contracts that ended before the registration and the job that ended it.
  const placement =
    programme?.kind === 'PUBLIC_WORKS'
      ? buildPlacementContract({ id: 0, programme, deathDate: member.deathDate })
      : null;
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
          placement,
        });
  const allContracts = (
    placement === null
      ? contracts
      : [...contracts.slice(0, pastCount), placement, ...contracts.slice(pastCount)]
  ).map((c, k) => ({ ...c, id: rowId(member.index, k) }));
  const statusHistory = history.map((entry, k) => ({ id: rowId(member.index, k), ...entry }));
  return {
    registrationId: rowId(member.index, 0),
    status: history[history.length - 1]?.status ?? 'JOBSEEKER',
    registeredOn,
    statusHistory,
    contracts: allContracts,
    offers,
    benefit,
    programmes: programme === null ? [] : [programme],
  };
}

/** The job taken from an accepted offer: still running, unless the person has since died. */
function newContract(
  index: number,
  slot: number,
  startedOn: string,
  job: JobOfferProfile,
  deathDate: string | null,
): LabourContractProfile {
  return {
    id: rowId(index, slot),
    employerTin: job.employerTin,
    employerName: employerByTin(job.employerTin)?.name ?? 'Naməlum işəgötürən',
    position: job.position,
    startedOn,
    endedOn: deathDate,
    terminationArticle: deathDate === null ? null : DEATH_TERMINATION_ARTICLE,
    monthlyWage: job.monthlyWage,
  };
}
