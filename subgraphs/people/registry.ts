import { createCodeBook, selectCompiled, type Knex } from '@dost/subgraph-kit';

export type Sex = 'MALE' | 'FEMALE';
export type FamilyRelation = 'SPOUSE' | 'CHILD' | 'PARENT';

/** A person as the graph sees them; the legacy row never leaves this file. */
export interface Person {
  readonly fin: string;
  readonly surname: string;
  readonly givenName: string;
  readonly patronymic: string | null;
  readonly birthDate: string;
  readonly sex: Sex;
  readonly citizenship: string;
  readonly deathDate: string | null;
  readonly address: { region: string; district: string; street: string | null } | null;
}

export interface FamilyLink {
  readonly fin: string;
  readonly relation: FamilyRelation;
  readonly relativeFin: string;
}

interface PersonRow {
  fin: string;
  soyad: string;
  ad: string;
  ata_adi: string | null;
  dog_tarixi: string;
  cins: string;
  vetendasliq: string;
  olum_tarixi: string | null;
  bolge: string | null;
  rayon: string | null;
  kuce: string | null;
}

interface FamilyRow {
  fin: string;
  qohum_fin: string;
  elaqe_kodu: string;
}

/** aile_elaqe.elaqe_kodu: həyat yoldaşı, övlad, valideyn. */
export const FAMILY_RELATION = createCodeBook<FamilyRelation>('aile_elaqe.elaqe_kodu', {
  SPOUSE: 'HYT',
  CHILD: 'OVL',
  PARENT: 'VAL',
});

/** Read access to the population registry; the only module here that speaks SQL. */
export interface PopulationRegistry {
  personsByFin(fins: readonly string[]): Promise<Person[]>;
  familyByFin(fins: readonly string[]): Promise<FamilyLink[]>;
}

export function createPopulationRegistry(db: Knex): PopulationRegistry {
  return {
    async personsByFin(fins) {
      const rows = await selectCompiled<PersonRow>(db, 'persons.byFin', ['Y', ...fins], () =>
        db('vetendas as v')
          .leftJoin('unvan as u', function joinCurrentAddress() {
            this.on('u.fin', '=', 'v.fin').andOn('u.aktiv', '=', db.raw('?', ['Y']));
          })
          .select('v.*', 'u.bolge', 'u.rayon', 'u.kuce')
          .whereIn('v.fin', fins),
      );
      return rows.map(toPerson);
    },
    async familyByFin(fins) {
      const rows = await selectCompiled<FamilyRow>(db, 'family.byFin', fins, () =>
        db('aile_elaqe')
          .select('fin', 'qohum_fin', 'elaqe_kodu')
          .whereIn('fin', fins)
          .orderBy('id'),
      );
      return rows.map(toFamilyLink);
    },
  };
}

function toPerson(row: PersonRow): Person {
  return {
    fin: row.fin,
    surname: row.soyad,
    givenName: row.ad,
    patronymic: row.ata_adi,
    birthDate: row.dog_tarixi,
    sex: row.cins === 'Q' ? 'FEMALE' : 'MALE',
    citizenship: row.vetendasliq,
    deathDate: row.olum_tarixi,
    address:
      row.bolge === null || row.rayon === null
        ? null
        : { region: row.bolge, district: row.rayon, street: row.kuce },
  };
}

/** A relation code this graph does not model throws: a family is never shown incomplete. */
function toFamilyLink(row: FamilyRow): FamilyLink {
  return {
    fin: row.fin,
    relation: FAMILY_RELATION.decode(row.elaqe_kodu),
    relativeFin: row.qohum_fin,
  };
}
