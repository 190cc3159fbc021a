import type { CitizenProfile, PersonProfile } from '../../seed/synthetic/CitizenProfile.ts';

/** The person every hand-built profile is unless a test says otherwise (UTF-8 on purpose). */
const PERSON: PersonProfile = {
  surname: 'Əliyev',
  givenName: 'Rəşad',
  patronymic: 'Vüqar oğlu',
  sex: 'M',
  birthDate: '1958-03-14',
  citizenship: 'AZE',
  region: 'Bakı',
  district: 'Nəsimi',
  street: 'Şərifzadə küç. 12',
  deathDate: null,
};

export interface ProfileArgs extends Partial<Omit<CitizenProfile, 'index' | 'fin' | 'person'>> {
  readonly index: number;
  readonly fin: string;
  /** Fields of the person that differ from the default one. */
  readonly person?: Partial<PersonProfile>;
}

/**
 * A hand-built CitizenProfile for subgraph tests: a living adult known to no registry but
 * the population, plus whatever records and person fields the test passes.
 */
export function buildProfile({ person, ...records }: ProfileArgs): CitizenProfile {
  return {
    family: [],
    pension: null,
    allowances: [],
    unemployment: null,
    disability: null,
    ...records,
    person: { ...PERSON, ...person },
  };
}
