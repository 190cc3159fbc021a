import type { PersonProfile } from './CitizenProfile.ts';
import type { PlannedMember } from './HouseholdPlan.ts';

/** The population registry's view of a planned household member. */
export function personProfileOf(m: PlannedMember): PersonProfile {
  return {
    surname: m.surname,
    givenName: m.givenName,
    patronymic: m.patronymic,
    sex: m.sex,
    birthDate: m.birthDate,
    citizenship: m.citizenship,
    region: m.address.region,
    district: m.address.district,
    street: m.address.street,
    deathDate: m.deathDate,
  };
}
