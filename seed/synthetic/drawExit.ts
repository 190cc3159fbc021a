import type { Faker } from '@faker-js/faker';
import { addDays } from './calendar.ts';
import type { JobOfferProfile, UnemploymentStatus } from './CitizenProfile.ts';
import type { PlannedMember } from './HouseholdPlan.ts';
import { REFUSALS_THAT_ANNUL_STATUS } from './unemploymentFigures.ts';
import { STATUS_REASONS } from './unemploymentStatusReasons.ts';

/** How and when a registration left the registered states. */
export interface Exit {
  readonly on: string;
  readonly status: UnemploymentStatus;
  readonly reason: string;
  /** The accepted offer, when the exit is a new job. */
  readonly job?: JobOfferProfile;
}

/**
 * The end of a registration, if any: deregistration a few days after an accepted offer or
 * after the refusal that annuls the status, deregistration at death, or else (rarely) a
 * suspension or deregistration on request some weeks after the last event.
 */
export function drawExit(
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
