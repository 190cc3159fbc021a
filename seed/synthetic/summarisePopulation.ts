import { ageOn } from './calendar.ts';
import type { CitizenProfile, PensionType } from './CitizenProfile.ts';

/** Head counts of a generated population, for seeding logs and sanity checks. */
export interface PopulationSummary {
  readonly people: number;
  readonly deceased: number;
  /** Alive and 18 or over on the reference date. */
  readonly adults: number;
  /** Alive adults with an ACTIVE or SUSPENDED labour pension, by type. */
  readonly pensioners: Readonly<Record<PensionType, number>>;
  readonly withAllowance: number;
  readonly withUnemploymentRecord: number;
  readonly withDisabilityRecord: number;
}

/** Counts who is what in `profiles` on `referenceDate`. */
export function summarisePopulation(
  profiles: Iterable<CitizenProfile>,
  referenceDate: string,
): PopulationSummary {
  const pensioners: Record<PensionType, number> = { OLD_AGE: 0, DISABILITY: 0, SURVIVOR: 0 };
  let people = 0;
  let deceased = 0;
  let adults = 0;
  let withAllowance = 0;
  let withUnemploymentRecord = 0;
  let withDisabilityRecord = 0;
  for (const p of profiles) {
    people++;
    if (p.person.deathDate !== null) deceased++;
    else if (ageOn(p.person.birthDate, referenceDate) >= 18) {
      adults++;
      if (p.pension !== null && p.pension.status !== 'TERMINATED') pensioners[p.pension.type]++;
    }
    if (p.allowances.length > 0) withAllowance++;
    if (p.unemployment !== null) withUnemploymentRecord++;
    if (p.disability !== null) withDisabilityRecord++;
  }
  return {
    people,
    deceased,
    adults,
    pensioners,
    withAllowance,
    withUnemploymentRecord,
    withDisabilityRecord,
  };
}
