import type { Knex } from 'knex';
import { insertRows } from '../insertRows.ts';
import type {
  CitizenProfile,
  DisabilityDecisionProfile,
  DisabilityDegree as ProfileDegree,
} from '../synthetic/CitizenProfile.ts';
import {
  ASSESSMENT_SYSTEM,
  CAUSE,
  DECISION_STATUS,
  DEGREE,
  NO_PERCENT,
  SIGNATORY_SEPARATOR,
  type DisabilityDegree,
} from '../../subgraphs/disability/registry.ts';

/** The profile says CHILD; the graph names the degree in full. */
const GRAPH_DEGREE: Record<ProfileDegree, DisabilityDegree> = {
  I: 'I',
  II: 'II',
  III: 'III',
  NONE: 'NONE',
  CHILD: 'CHILD_LIMITED_HEALTH_CAPACITY',
};

/** Writes one batch of synthetic citizens into the medical-social expertise registry. */
export async function seedDisability(
  db: Knex | Knex.Transaction,
  profiles: readonly CitizenProfile[],
): Promise<void> {
  const files = profiles.flatMap(({ fin, disability }) =>
    disability === null ? [] : [{ fin, ...disability }],
  );
  await insertRows(
    db,
    'tse_qerar',
    files.flatMap(({ fin, decisions }) => decisions.map((d) => decisionRow(fin, d))),
  );
  await insertRows(
    db,
    'tse_gonderis',
    files.flatMap(({ fin, referrals }) =>
      referrals.map((r) => ({
        id: r.id,
        fin,
        gonderis_tarixi: r.referredOn,
        klinika: r.clinic,
      })),
    ),
  );
  await insertRows(
    db,
    'tse_diaqnoz',
    files.flatMap(({ diagnoses }) =>
      diagnoses.map((d) => ({
        id: d.id,
        qerar_id: d.decisionId,
        icd10: d.icd10,
        tesvir: d.description,
      })),
    ),
  );
}

function decisionRow(fin: string, d: DisabilityDecisionProfile): Record<string, unknown> {
  return {
    id: d.id,
    fin,
    qerar_tarixi: d.decidedOn,
    derece: DEGREE.encode(GRAPH_DEGREE[d.degree]),
    // A group-system decision set no percentage; the NOT NULL column holds the registry's 0.
    faiz: d.percent ?? NO_PERCENT,
    sebeb: CAUSE.encode(d.cause),
    quvvede_tarixi: d.validFrom,
    yeni_muayine: d.reexaminationOn,
    sistem: ASSESSMENT_SYSTEM.encode(d.system),
    muddetsiz: d.indefinite,
    komissiya: d.commission,
    imzalar: d.signatories.join(`${SIGNATORY_SEPARATOR} `),
    status: DECISION_STATUS.encode(d.status),
  };
}
