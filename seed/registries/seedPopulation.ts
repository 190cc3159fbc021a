import type { Knex } from 'knex';
import { insertRows } from '../insertRows.ts';
import type { CitizenProfile } from '../synthetic/CitizenProfile.ts';
import { FAMILY_RELATION } from '../../subgraphs/people/registry.ts';

/** Family links per citizen are numbered within this stride so ids stay deterministic. */
const LINK_STRIDE = 16;

/** Writes one batch of synthetic citizens into the population registry's legacy tables. */
export async function seedPopulation(
  db: Knex | Knex.Transaction,
  profiles: readonly CitizenProfile[],
): Promise<void> {
  await insertRows(
    db,
    'vetendas',
    profiles.map(({ fin, person }) => ({
      fin,
      soyad: person.surname,
      ad: person.givenName,
      ata_adi: person.patronymic,
      dog_tarixi: person.birthDate,
      cins: person.sex === 'F' ? 'Q' : 'K',
      vetendasliq: person.citizenship,
      olum_tarixi: person.deathDate,
    })),
  );
  await insertRows(
    db,
    'unvan',
    profiles.map(({ index, fin, person }) => ({
      id: index + 1,
      fin,
      bolge: person.region,
      rayon: person.district,
      kuce: person.street,
      qeyd_tarixi: person.birthDate,
      aktiv: 'Y',
    })),
  );
  await insertRows(
    db,
    'aile_elaqe',
    profiles.flatMap(({ index, fin, family }) =>
      family.map((link, k) => ({
        id: index * LINK_STRIDE + k + 1,
        fin,
        qohum_fin: link.fin,
        elaqe_kodu: FAMILY_RELATION.encode(link.relation),
      })),
    ),
  );
}
