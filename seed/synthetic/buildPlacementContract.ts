import { addDays } from './calendar.ts';
import type { LabourContractProfile, ProgrammeProfile } from './CitizenProfile.ts';
import { DEATH_TERMINATION_ARTICLE } from './employers.ts';
import { publicWorksEmployerOf } from './programmeCatalogue.ts';
import { minimumWageOn } from './unemploymentFigures.ts';

/** Labour Code ground cited when a fixed-term contract runs to its agreed end (illustrative). */
export const TERM_EXPIRY_ARTICLE = '68.1.b';
/** Ground cited when the participant leaves a placement early (own initiative; illustrative). */
export const EARLY_LEAVE_ARTICLE = '69.1';

/** A placement's contract: fixed-term, so it always has its last day. */
export type PlacementContract = LabourContractProfile & {
  readonly endedOn: string;
  readonly programmeId: number;
};

/**
 * The fixed-term labour contract of an "İşsizin dostu" placement: the placement's employer
 * and position, its first and last day (a fixed term, so the end is known from the start),
 * paid the minimum wage in force when it starts. The termination article is written once it
 * has ended: expiry of the term, death, or the participant's leaving early.
 */
export function buildPlacementContract(args: {
  id: number;
  programme: ProgrammeProfile;
  deathDate: string | null;
}): PlacementContract {
  const p = args.programme;
  const employer = publicWorksEmployerOf(p.detail);
  const endedOn = p.endsOn ?? p.startedOn;
  let terminationArticle: string | null = null;
  if (p.status === 'COMPLETED') terminationArticle = TERM_EXPIRY_ARTICLE;
  if (p.status === 'DROPPED') {
    terminationArticle =
      // A placement cut by death ends the day before it.
      args.deathDate !== null && args.deathDate <= addDays(endedOn, 1)
        ? DEATH_TERMINATION_ARTICLE
        : EARLY_LEAVE_ARTICLE;
  }
  return {
    id: args.id,
    employerTin: employer?.tin ?? '0000000001',
    employerName: employer?.name ?? p.detail,
    position: employer?.position ?? 'fəhlə',
    startedOn: p.startedOn,
    endedOn,
    terminationArticle,
    monthlyWage: minimumWageOn(p.startedOn),
    programmeId: p.id,
  };
}
